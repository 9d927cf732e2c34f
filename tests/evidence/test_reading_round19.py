"""Round 19 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import Reading, read_segments
from camcensus.evidence.request import split_request

_read = read_letter


def _rows(rows: list[str], place: str, start: int = 1, sheet: str | None = None) -> list[TextSegment]:
    """Rows of one Word table ("table 1") or one sheet ("sheet Sites"), as the document readers give them."""
    return [
        TextSegment(seq=start + n, text=row, location=f"{place} row {n + 1}", sheet=sheet, row=n + 1)
        for n, row in enumerate(rows)
    ]


def _document(request: str, *parts: list[TextSegment] | str) -> Reading:
    segments: list[TextSegment] = []
    for part in parts:
        if isinstance(part, str):
            part = [TextSegment(seq=0, text=part, location="paragraphs")]
        segments.extend(
            TextSegment(seq=len(segments), text=s.text, location=s.location, sheet=s.sheet, row=s.row)
            for s in part
        )
    return read_segments(segments, request=request)


def test_a_count_asked_on_a_condition_on_a_makers_question_asks_about_its_makers() -> None:
    request = (
        "1) How many CCTV cameras are there at each court building?\n2) Who maintains them?\n"
        "3) Are any of the cameras made by Hikvision or Dahua?\n4) If yes to 3, how many?\n"
    )
    assert split_request(request)[3].ask.vendors == ("Hikvision", "Dahua")
    reply = (
        "1)\nCardiff Crown Court - 41\nMold Justice Centre - 25\nSwansea Crown Court - 31\n"
        "2) Maintained by a national security contractor.\n3) Yes.\n4) 57.\n"
    )
    assert _read(reply, request).camera_count == 97


def test_if_so_how_many_takes_the_makers_of_the_question_just_before() -> None:
    request = "1. How many cameras?\n2. Are any made by Dahua?\n3. If so, how many?\n4. Who installed them?\n"
    questions = split_request(request)
    assert questions[2].ask.vendors == ("Dahua",) and questions[3].ask.vendors == ()


def test_a_fleet_asked_about_and_then_restated_is_counted_once() -> None:
    request = (
        "1. The number of drones owned by the force.\n2. The make and model of each.\n3. Capabilities?\n"
    )
    reply = (
        "1. I can confirm that the force currently has 24 Remotely Piloted Aircraft Systems (RPAS) in "
        "service.\n"
        "2. DJI Matrice 30T.\n"
        "3. All 24 aircraft have thermal imaging and zoom capability.\n"
    )
    assert _read(reply, request).camera_count == 24


def test_a_numbered_answer_of_a_large_figure_after_a_dash_is_the_answer() -> None:
    request = (
        "1 - How many body worn video cameras does the force have?\n2 - Make and model?\n"
        "3 - Any made by Hikvision or Dahua?\n"
    )
    reply = "Your request has been considered.\n\n1 - 4,180\n2 - Axon Body 3\n3 - No\n"
    got = _read(reply, request)
    assert (got.camera_count, got.vendor_status("Hikvision")) == (4180, "no")


def test_a_table_whose_cameras_column_says_what_it_covers_in_brackets_is_summed() -> None:
    request = "1) How many CCTV cameras are installed in each of your custody suites?\n2) Audio in cells?\n"
    reply = (
        "Thank you for your request, the response to which is below.\n\n"
        "Custody suite          Cameras (cells, corridors, booking-in, charge room, yard)\n"
        "Canterbury                      58\n"
        "Maidstone                       66\n"
        "Medway                          71\n\n"
        "3) Yes, audio is recorded in cells.\n"
    )
    assert _read(reply, request).camera_count == 195


def test_rows_of_vehicles_times_cameras_each_are_multiplied_out() -> None:
    request = (
        "Q1 How many vehicles are fitted with in-car cameras, by role?\nQ2 How many cameras in each?\n"
        "Q3 Any made by Hikvision or Dahua?\n"
    )
    reply = (
        "Q1 and Q2\nIn-car video (ICV) is fitted to our vehicles as follows:\n"
        "Roads Policing Unit (BMW 330e / X5)     46 vehicles x 3 cameras (front, rear, cabin)\n"
        "Armed Response Vehicles                 22 vehicles x 3 cameras\n"
        "Response (Vauxhall Astra / Ford Focus) 180 vehicles x 1 camera (forward facing)\n"
        "Dog Section vans                         0 - not fitted\n"
        "Q3\nNo.\n"
    )
    assert _read(reply, request).camera_count == 384


def test_a_screen_size_is_no_fleet() -> None:
    """A guard: "1920 x 1080" names no vehicles."""
    reply = "1. We operate 40 cameras, recording at 1920 x 1080 resolution.\n"
    assert _read(reply, "1. How many cameras?\n").camera_count == 40


def test_a_count_on_a_condition_on_a_question_about_removal_asks_of_no_makers_in_use() -> None:
    """A guard: "If so, how many were removed?" after "Has the council removed Hikvision cameras?"."""
    request = (
        "1) How many CCTV cameras?\n2) What brand are they?\n"
        "3) Has the council removed Hikvision cameras following the 2022 government announcement?\n"
        "4) If so, how many were removed and at what cost?\n"
    )
    assert split_request(request)[3].ask.vendors == ()
    reply = (
        "1) 430 cameras.\n2) Axis, Hanwha and Avigilon.\n3) Yes.\n"
        "4) 57 units were removed between October 2022 and March 2023.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


_SURVEY = (
    "1) How many CCTV cameras does the council currently operate?\n"
    "2) Are any of the council's cameras manufactured by Hikvision or Dahua?\n"
    "3) Please list the manufacturers of the cameras.\n"
)


def test_a_word_tables_section_rows_head_its_rows_and_a_question_table_names_no_make() -> None:
    sites = [
        "Site / system | Fixed | PTZ | Make of camera",
        "Town centre (public space)",
        "Market Place | 11 | 4 | Axis Communications",
        "Council car parks",
        "Eastgate | 14 | 0 | HiWatch (DS-2CD1 series)",
    ]
    answers = [
        "Question | Response",
        "1. Number of cameras (fixed / PTZ) | Please refer to the table above.",
        "2. Hikvision or Dahua | Please refer to the table above.",
        "3. Manufacturers | As above: the estate comprises the two makes shown.",
    ]
    got = _document(_SURVEY, "Our response is below.", _rows(sites, "table 1"), _rows(answers, "table 2"))
    assert (got.camera_count, got.vendor_status("Hikvision"), got.vendor_status("Dahua")) == (29, "yes", "no")


def test_a_sheet_row_of_one_sentence_is_read_as_a_sentence() -> None:
    """A guard: "No Dahua equipment is in use." under a summary is no row of a make in use."""
    summary = [
        "Manufacturer | No. of cameras",
        "Axis | 21",
        "Hikvision | 17",
        "Total | 38",
        "No Dahua equipment is in use.",
    ]
    got = _document(
        _SURVEY, "Please see the tab 'Summary by make'.", _rows(summary, "sheet Summary", 1, "Summary")
    )
    assert (got.camera_count, got.vendor_status("Dahua")) == (38, "no")


def test_kinds_of_camera_beside_a_total_column_are_a_table() -> None:
    table = [
        "Academy | Internal | External | Total",
        "Cotswold Edge Academy | 22 | 14 | 36",
        "Riverside Academy | 19 | 12 | 31",
        "Trust total | 41 | 26 | 67",
    ]
    assert _document(_SURVEY, "Table 1 - CCTV cameras by academy", _rows(table, "table 1")).camera_count == 67


def test_the_rows_of_two_sheets_are_two_tables() -> None:
    cover = [
        "The information is on the tabs: 'By building' - question 1; 'Manufacturers' - questions 2 and 3"
    ]
    buildings = [
        "Campus | Building / area | No. of cameras",
        "Stirling | Cottrell Building | 38",
        "Stirling | Library | 14",
        "Inverness | Centre for Health Science | 9",
    ]
    makes = [
        "Manufacturer | Cameras | Comment",
        "Axis | 47",
        "Da Hua | 14 | Library, legacy system, still in use",
        "Hikvision | 0",
    ]
    got = _document(
        _SURVEY,
        _rows(cover, "sheet Response", 0, "Response"),
        _rows(buildings, "sheet By building", 1, "By building"),
        _rows(makes, "sheet Manufacturers", 5, "Manufacturers"),
    )
    assert (got.camera_count, got.vendor_status("Hikvision"), got.vendor_status("Dahua")) == (61, "no", "yes")


def test_makes_as_columns_without_a_total_are_summed_and_a_removed_sheet_holds_none_in_use() -> None:
    current = [
        "Location | Axis | Hanwha | Bosch | Notes",
        "Town centre | 18 | 7",
        "Council House |  | 6 | 4 | Internal",
        "Depot |  |  | 8",
    ]
    removed = [
        "Location | Manufacturer | Model | Qty | Date removed",
        "Town centre | Hikvision | DS-2DE4425IW-DE | 6 | Mar 2023",
    ]
    got = _document(
        _SURVEY,
        "Yes. In 2023 a number of older cameras were removed and replaced, listed on the second tab.",
        _rows(current, "sheet Current cameras", 1, "Current cameras"),
        _rows(removed, "sheet Removed 2023", 6, "Removed 2023"),
    )
    assert (got.camera_count, got.vendor_status("Hikvision")) == (43, "no")


def test_not_having_realised_a_brands_owner_is_no_denial_of_it() -> None:
    reply = (
        "Across the six academies there are 94 cameras in total. Most are Vivotek (71), with 20 Uniview "
        "cameras. The remaining three are small EZVIZ wireless cameras. We had not realised until your "
        "request that EZVIZ is connected to a company you name. At present they are still in place.\n"
    )
    assert _read(reply, _SURVEY).vendor_status("Hikvision") == "yes"


def test_a_make_removed_from_some_places_with_the_rest_remaining_is_in_use() -> None:
    reply = (
        "1. The Council operates forty-eight fixed cameras and six PTZ cameras.\n2. Yes - Hikvision.\n"
        "3. Hikvision - 31\n   Samsung Wisenet (Hanwha) - 23\n"
        "7. The Council has removed Hikvision equipment from sensitive areas of its network. The remaining "
        "cameras are in town centre and car park locations.\n"
    )
    assert _read(reply, _SURVEY).vendor_status("Hikvision") == "yes"


def test_a_make_removed_and_none_remaining_is_not_in_use() -> None:
    """A guard: "... were removed. None remain." leaves none of the make."""
    reply = (
        "1. 459\n3. Axis, Hanwha, Dahau.\n"
        "Dahau: 26 Dahau cameras at Ellesmere Hospital were removed and replaced with Hanwha cameras. "
        "None remain.\n"
    )
    assert _read(reply, _SURVEY).vendor_status("Dahua") == "no"


def test_rows_of_counts_under_a_heading_of_the_count_question_are_summed() -> None:
    request = (
        "* the number of CCTV cameras at each academy in the trust\n"
        "* whether any cameras at any of your academies are made by Hikvision\n"
        "* whether any cameras at any of your academies are made by Dahua\n"
    )
    reply = (
        "Our response is below.\n\nNumber of CCTV cameras at each academy\n\n"
        "  Calder Bridge Academy (secondary)        - 58\n"
        "  Weir Street Primary Academy              - 14\n"
        "  Holmfirth Lane Primary Academy           - 9\n\n"
        "Hikvision\n\nYes. Cameras at Holmfirth Lane Primary Academy are Hikvision.\n\n"
        "Dahua\n\nWe do not have any Dahua equipment at any of our academies.\n"
    )
    got = _read(reply, request)
    assert (got.camera_count, got.vendor_status("Hikvision"), got.vendor_status("Dahua")) == (81, "yes", "no")


def test_a_shared_services_rows_of_the_other_council_are_not_counted() -> None:
    request = "Dear Tarnby District Council,\n1. How many CCTV cameras?\n2. Which makes?\n3. Any Hikvision?\n"
    reply = (
        "As the two councils share services, we have provided the information for both councils.\n\n"
        "Number of CCTV cameras\nTarnby District Council - 54\nSouth Hallam District Council - 31\n\n"
        "Manufacturers\nTarnby: Axis and HiWatch\nSouth Hallam: Dahua (all sites)\n\n"
        "Hikvision\nTarnby: Yes, see above.\nSouth Hallam: No.\n"
    )
    assert _read(reply, request).camera_count == 54


def test_a_model_number_starting_with_q_is_no_question() -> None:
    request = (
        "Q1. How many CCTV cameras does the University operate?\n"
        "Q2. Please list the manufacturer and model of each type of camera, with quantities.\n"
        "Q3. Are any of the University's CCTV cameras made by Hikvision or Dahua?\n"
    )
    reply = (
        "Q1. How many CCTV cameras does the University operate?\nEFM response: 84 across both campuses.\n"
        "Q2. Please list the manufacturer and model of each type of camera, with quantities.\n"
        "EFM response: Current camera types and quantities from our asset register:\n"
        "  Model                  Qty\n  P3265-LVE               12\n  Q6135-LE                 8\n"
        "  DS-2CD2347G2-LU         64\n"
        "Q3. Are any of the University's CCTV cameras made by Hikvision or Dahua?\n"
        "EFM response: Please refer to the model list at Q2.\n"
    )
    got = _read(reply, request)
    assert (got.camera_count, got.vendor_status("Hikvision")) == (84, "yes")


def test_answers_to_the_lettered_parts_of_the_count_question_are_summed() -> None:
    request = (
        "1. Please give the number of CCTV cameras operated by the council for (a) public space, "
        "(b) council car parks, (c) libraries and (d) housing estates managed by Barnet Homes.\n"
        "2. Are any of the council's CCTV cameras made by Hikvision or Dahua?\n"
    )
    reply = (
        "Our response is as follows.\n\n1.\n   (a) Public space / town centres .......... 148\n"
        "   (b) Council car parks .................... 27\n   (c) Libraries ............................ 52\n"
        "   (d) Barnet Homes estates ................. 316\n2. Yes.\n"
    )
    assert _read(reply, request).camera_count == 543


def test_a_text_table_is_not_run_on_into_the_wrapped_paragraph_below_it() -> None:
    request = (
        "1. How many CCTV cameras are there in each block?\n2. Who makes the cameras and recorders?\n"
        "3. How long is footage kept?\n"
    )
    reply = (
        "1 and 2. The CCTV equipment in the three blocks is as follows:\n"
        "   Block               Cameras   Camera make   Recording equipment\n"
        "   ------------------  -------   -----------   ----------------------\n"
        "   Brunel House          18      Vista         Hik Vision DVR (16ch x2)\n"
        "   Telford Court         14      Vista         Hik Vision DVR (16ch)\n"
        "   Stephenson Tower      22      Hanwha        Hanwha Wisenet NVR\n"
        "   We do not have any Hikvision or Dahua cameras in the blocks. We note concerns and the\n"
        "   recording equipment will be looked at as part of the renewal programme planned\n"
        "   for 2026/27.\n"
        "3. Footage is kept for 31 days. Residents can ask for footage of themselves by making a subject\n"
        "   access request. Footage showing other people may\n   need to be redacted.\n"
    )
    got = _read(reply, request)
    assert (got.camera_count, got.vendor_status("Hikvision")) == (54, "yes")


def test_rows_under_a_sentence_saying_what_the_estate_comprises_are_summed() -> None:
    request = (
        "Please tell me how many CCTV cameras you have, broken down into fixed, PTZ and dome. Which brands?\n"
    )
    reply = (
        "Our CCTV estate across general needs blocks, sheltered housing and grounds currently comprises:\n"
        "Fixed bullet cameras ........ 141\nPTZ cameras ................. 17\n"
        "Dome cameras ................ 203\n"
        "The cameras are Hanwha Wisenet.\n"
    )
    assert _read(reply, request).camera_count == 361


def test_the_same_labelled_count_in_each_sites_section_is_summed() -> None:
    request = "Q1. How many CCTV cameras does the Trust operate across its sites?\nQ2. Which manufacturers?\n"
    reply = (
        "The information below is given for each site separately.\n\n"
        "Site A - Harrowfield General Hospital\n\nNumber of cameras: 214\nManufacturers: Axis, Hanwha\n\n"
        "Site B - Eastbrook Community Hospital\n\nNumber of cameras: 37\nManufacturers: Axis (37)\n\n"
        "Site C - Millfield Rehabilitation Unit\n\nNumber of cameras: 22\nManufacturers: Hikvision (22)\n"
    )
    assert _read(reply, request).camera_count == 273


def test_the_same_labelled_count_given_twice_is_one_count() -> None:
    """A guard: "Number of cameras: 214" in a summary and again below is one figure."""
    request = "Q1. How many CCTV cameras does the Trust operate?\nQ2. Which manufacturers?\n"
    reply = (
        "Summary\n\nNumber of cameras: 214\n\nDetail\n\nNumber of cameras: 214\nManufacturers: Axis (168), "
        "Hanwha (46)\n"
    )
    assert _read(reply, request).camera_count == 214


_PARTS = (
    "1. In relation to the Trust's CCTV cameras, please provide:\n"
    "   (i) the total number of cameras currently in operation;\n"
    "   (ii) how many of these are manufactured by Hikvision;\n"
    "   (iii) how many of these are manufactured by Dahua.\n"
    "2. Has a Data Protection Impact Assessment been completed for the CCTV system?\n"
)


def test_roman_parts_under_a_numbered_question_are_its_parts_not_questions() -> None:
    assert [(q.n, q.label) for q in split_request(_PARTS)] == [(1, "1."), (2, "2.")]


def test_answers_labelled_with_their_question_and_part_answer_that_part() -> None:
    for reply in (
        "1 (i)   340\n1 (ii)  0\n1 (iii) 12\n2       Yes.\n",
        "1(i) 340\n1(ii) 0\n1(iii) 12\n2. Yes.\n",
    ):
        got = _read(reply, _PARTS)
        assert (got.camera_count, got.vendor_status("Hikvision"), got.vendor_status("Dahua")) == (
            340,
            "no",
            "yes",
        )


def test_the_makers_part_of_a_lettered_count_question_is_no_part_of_the_count() -> None:
    """A guard: "(i) how many cameras; (ii) the manufacturer of each, with the number of each" asks the same
    cameras twice."""
    request = (
        "1. For CCTV cameras on our premises:\n   (i) how many cameras are in operation;\n"
        "   (ii) the manufacturer of each camera, with the number of each.\n2. Any security review?\n"
    )
    reply = (
        "1(i) There are 615 cameras in operation.\n1(ii) The breakdown of the estate:\n"
        "  Axis Communications      402\n  Avigilon                 131\n"
        "  Vivotek                   82\n2. No.\n"
    )
    assert _read(reply, request).camera_count == 615
