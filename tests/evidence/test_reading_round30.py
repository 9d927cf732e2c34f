"""Round 30 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them."""

from __future__ import annotations

from tests.evidence.letters import read_letter, table_rows

from camcensus.evidence.counts import find_counts
from camcensus.evidence.reading import read_segments

_read = read_letter

_SURVEY = (
    "Q1. What is the total number of CCTV cameras you operate?\n"
    "Q2. Are any of these cameras, or their recorders, made by Hikvision or Dahua?\n"
    "Q3. Which other manufacturers' cameras make up your system?\n"
)


# -- layout --


def test_questions_set_in_bold_by_a_mail_client_still_align() -> None:
    reply = (
        "**Q1. What is the total number of CCTV cameras you operate?**\n"
        "About 80 across the stations.\n"
        "**Q2. Are any of these cameras, or their recorders, made by Hikvision or Dahua?**\n"
        "Yes - Dahua recorders are used at two stations.\n"
        "**Q3. Which other manufacturers' cameras make up your system?**\n"
        "Mainly Axis and Hanwha; makes at the smaller sites vary.\n"
    )
    found = _read(reply, _SURVEY)
    assert found.vendor_status("Dahua") == "yes"
    assert found.vendor_status("Hikvision") == "unknown"
    assert found.camera_count == 80


def test_emphasis_marks_turn_to_spaces_and_keep_every_place() -> None:
    from camcensus.evidence.text import unmarked  # (new this round)

    text = "**Q1. How many?**\n*Q2 Any Hikvision?*\n**Note:** see below\n* a bullet\n2*3 is 6"
    out = unmarked(text)
    assert len(out) == len(text)
    assert out.splitlines() == [
        "  Q1. How many?  ",
        " Q2 Any Hikvision? ",
        "  Note:   see below",
        "* a bullet",
        "2*3 is 6",
    ]


# -- makes --


def test_the_other_manufacturer_named_in_the_request_is_the_one_not_yet_named() -> None:
    reply = (
        "The older cameras at the Beechwood Unit are analogue units of various makes, connected to three "
        "recorders made by Hikvision, due "
        "to be replaced next year. The other manufacturer named in your request does not feature anywhere "
        "in the Trust's estate. Cameras installed since 2018, including all of those at the main site, are "
        "Axis and Bosch.\n"
    )
    found = _read(reply, _SURVEY)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "no"


def test_makes_not_held_outwith_one_scheme_leave_the_other_make_open() -> None:
    reply = (
        "Question 2: Yes. Some school systems include HIKVISION equipment.\n"
        "Question 3: The Council does not hold a central record of camera manufacturer for systems outwith "
        "the public space scheme.\n"
        "Question 4: The public space CCTV system uses Vicon and Bosch cameras.\n"
    )
    request = (
        _SURVEY.replace("Q1.", "Question 1:").replace("Q2.", "Question 2:").replace("Q3.", "Question 3:")
    )
    request += "Question 4: Which manufacturers' cameras are used?\n"
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "unknown"


def test_the_most_common_models_are_no_whole_list() -> None:
    request = "1. Any Hikvision cameras?\n2. Any Dahua cameras?\n3. What models are used?\n"
    reply = (
        "1 and 2. Please see our answer to question 3.\n"
        "3. We keep no register of every model, but the most common models in use are the Axis P3245-LVE "
        "and, in the halls, the DS-2CD2143G2-I dome.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "unknown"


def test_a_table_that_lists_all_camera_models_in_use_is_the_whole_list() -> None:
    request = "Q1 How many cameras at each site?\nQ2 Which models?\nQ3 Are any Hikvision or Dahua?\n"
    reply = (
        "Q1, Q2 and Q3\n"
        "Site                     | Cameras | Camera models\n"
        "North Hospital           |   40    | M3106-LVE Mk II, Q6075-E\n"
        "Riverside Clinic         |   12    | IPC-HFW2431S-S-S2\n"
        "The table above lists all camera models in use across the Trust.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Dahua") == "yes"
    assert found.vendor_status("Hikvision") == "no"
    assert found.camera_count == 52


def test_models_without_a_word_that_the_list_is_whole_leave_the_other_make_open() -> None:
    """Guard: a model only known to be Dahua's at medium confidence lists no makes on its own."""
    request = "Q1 Which models?\nQ2 Are any Hikvision or Dahua?\n"
    reply = "Q1 and Q2\nSite | Cameras | Camera models\nNorth | 40 | M3106-LVE\nSouth | 12 | IPC-HFW2431S\n"
    assert _read(reply, request).vendor_status("Hikvision") == "unknown"


def test_serial_numbers_removed_from_an_extract_are_no_equipment_removed() -> None:
    request = "1. A list of your cameras with makes and models.\n2. Are any made by Hikvision or Dahua?\n"
    segments = table_rows(
        ("sheet Response row 1", "Q2 Please refer to the Model column of the register."),
        ("sheet Response row 2", "Serial numbers and IP addresses have been removed from this extract."),
        ("sheet Cameras row 1", "Asset ID | Location | Model | Status"),
        ("sheet Cameras row 2", "C-001 | Foyer | IPC-HFW2431S-S-S2 | In service"),
        ("sheet Cameras row 3", "C-002 | Yard | IPC-HFW2431S-S-S2 | In service"),
    )
    assert read_segments(segments, request=request).vendor_status("Dahua") == "yes"


# -- registers and tables --


def test_a_register_with_a_model_and_a_status_column_counts_its_rows_in_use() -> None:
    request = "1. A list of all cameras with make and model.\n2. Any Hikvision?\n3. Any Dahua?\n"
    segments = table_rows(
        ("row 1", "Device name | Site | Model | Recorder | Status"),
        ("row 2", "CAM01 Entrance | Lodge | DH-IPC-HDBW5442R-ASE | DHI-NVR5832-4KS2 | Connected"),
        ("row 3", "CAM02 Yard | Lodge | DH-IPC-HDBW5442R-ASE | DHI-NVR5832-4KS2 | Connected"),
        ("row 4", "CAM03 Gate | Lodge | DH-IPC-HFW5442E-ZE | DHI-NVR5832-4KS2 | Connected"),
        ("row 5", "CAM04 (old) | Lodge | DS-2CD2143G2-I | DHI-NVR5832-4KS2 | Decommissioned"),
    )
    found = read_segments(segments, request=request)
    assert found.camera_count == 3
    assert found.vendor_status("Dahua") == "yes"
    assert found.vendor_status("Hikvision") == "no"


def test_a_status_key_gives_the_codes_of_a_register_their_meaning() -> None:
    request = "1. Your CCTV asset register.\n2. How many cameras are in operation?\n"
    segments = table_rows(
        (
            "sheet Response row 1",
            "Status key: A = active / in service D = decommissioned S = spare / in stock",
        ),
        ("sheet Lib row 1", "Asset ID | Location | Equipment type | Model | Status"),
        ("sheet Lib row 2", "L-01 | Lobby | Camera - dome | AXIS P3245-LVE | A"),
        ("sheet Lib row 3", "L-02 | Desk | Camera - dome | AXIS P3245-LVE | A"),
        ("sheet Lib row 4", "L-03 | Desk | Camera - dome | IPC-HDBW2431E-S | D"),
        ("sheet Lib row 5", "L-04 | Store | Camera - bullet | AXIS M2036-LE | S"),
        ("sheet Lib row 6", "L-05 | Yard | Camera - bullet | AXIS P3245-LVE | A"),
    )
    assert read_segments(segments, request=request).camera_count == 3


def test_subtotal_rows_are_the_parts_and_the_rows_above_them_inside() -> None:
    request = "1. Any Hikvision or Dahua?\n2. How many CCTV cameras, and at which sites?\n"
    segments = table_rows(
        ("x.xlsx: sheet S row 1", "Category | Site | No. of cameras | Manufacturer | Notes"),
        ("x.xlsx: sheet S row 2", "Town centre | High Street | 8 | Hanwha"),
        ("x.xlsx: sheet S row 3", " | Market Square | 6 | Hanwha"),
        ("x.xlsx: sheet S row 4", " | Town centre subtotal | 14"),
        ("x.xlsx: sheet S row 5", "Car parks | Castle Street | 12 | Axis"),
        ("x.xlsx: sheet S row 6", " | Station Road | 3 | Axis"),
        ("x.xlsx: sheet S row 7", " | Car parks subtotal | 15"),
        ("x.xlsx: sheet S row 8", "Spare stock | Depot store | 3 | Hanwha | Not deployed"),
        ("x.xlsx: sheet S row 9", "Recording equipment | Control room | 4 | Milestone | Servers"),
    )
    assert read_segments(segments, request=request).camera_count == 29


def test_subtotals_under_a_grand_total_stay_inside_it() -> None:
    """Guard: where the table gives its own total, that is the count."""
    request = "1. How many CCTV cameras at each academy?\n"
    segments = table_rows(
        ("sheet A row 1", "Area | Location | No. of cameras | Manufacturer"),
        ("sheet A row 2", "Internal | Corridors | 14 | Axis"),
        ("sheet A row 3", " | Internal subtotal | 14"),
        ("sheet A row 4", "External | Perimeter | 10 | Hanwha"),
        ("sheet A row 5", " | External subtotal | 10"),
        ("sheet A row 6", " | Academy total | 24"),
    )
    assert read_segments(segments, request=request).camera_count == 24


def test_sheets_whose_totals_repeat_a_figure_are_still_parts_of_the_count() -> None:
    request = "1. How many CCTV cameras does the Trust have at each academy?\n"
    rows = []
    for name, figures in (("Oak", (30, 10)), ("Brook", (5, 4)), ("Meadow", (1, 6)), ("River", (3, 4))):
        rows += [
            (f"sheet {name} row 1", "Area | No. of cameras | Manufacturer"),
            (f"sheet {name} row 2", f"Internal | {figures[0]} | Axis"),
            (f"sheet {name} row 3", f"External | {figures[1]} | Axis"),
            (f"sheet {name} row 4", f"Academy total | {sum(figures)}"),
        ]
    assert read_segments(table_rows(*rows), request=request).camera_count == 63


def test_a_row_of_no_cameras_with_no_make_leaves_no_make_unknown() -> None:
    request = (
        "(a) the number of cameras at each site\n(b) the make at each site\n(c) any Hikvision or Dahua?\n"
    )
    segments = table_rows(
        ("row 1", "Site ref | Site type | No. of cameras | Camera manufacturer(s)"),
        ("row 2", "S01 | Custody suite | 46 | Bosch"),
        ("row 3", "S02 | Police station | 5 | HIKVISION"),
        ("row 4", "S03 | Shared office | 0 | n/a"),
    )
    found = read_segments(segments, request=request)
    assert found.vendor_status("Dahua") == "no"
    assert found.camera_count == 51


def test_a_make_left_unknown_on_a_row_of_cameras_still_leaves_the_list_open() -> None:
    """Guard: "n/a" on a row that has cameras is a make not given."""
    request = (
        "(a) the number of cameras at each site\n(b) the make at each site\n(c) any Hikvision or Dahua?\n"
    )
    segments = table_rows(
        ("row 1", "Site ref | Site type | No. of cameras | Camera manufacturer(s)"),
        ("row 2", "S01 | Custody suite | 46 | Bosch"),
        ("row 3", "S02 | Police station | 5 | HIKVISION"),
        ("row 4", "S03 | Shared office | 7 | n/a"),
    )
    assert read_segments(segments, request=request).vendor_status("Dahua") == "unknown"


# -- counts --


def test_places_with_their_numbers_in_brackets_and_words_are_parts() -> None:
    text = (
        "Cameras are installed in the Main Library (twenty-four), the Students' Union building (18), the "
        "Sports Centre (22) and the Engineering and Computing Building (31)."
    )
    assert [c.value for c in find_counts(text)] == [24, 18, 22, 31]


def test_a_further_count_after_cameras_across_the_estate_adds_to_them() -> None:
    text = (
        "There are approximately 640 fixed cameras across the estate, together with a further 18 PTZ "
        "(pan-tilt-zoom) domes covering the main entrances."
    )
    assert [(c.value, c.role) for c in find_counts(text)] == [(640, "part"), (18, "part")]


def test_cameras_across_the_estate_alone_are_the_total() -> None:
    """Guard: with nothing added after it, "across all sites" gives the total."""
    assert [(c.value, c.role) for c in find_counts("There are 96 cameras across all sites.")] == [
        (96, "total")
    ]


def test_the_total_restated_after_including_is_the_total() -> None:
    text = "The remainder of our original response, including the total of 148 cameras, is correct."
    assert [(c.value, c.role) for c in find_counts(text)] == [(148, "total")]


def test_a_part_after_including_is_still_inside() -> None:
    """Guard: "including 12 PTZ" and "including a total of 12" are parts of the count before."""
    text = "There are 40 cameras, including a total of 12 PTZ cameras."
    assert [(c.value, c.role) for c in find_counts(text)] == [(40, "total"), (12, "sub")]


def test_a_further_number_used_by_a_team_is_of_the_kind_before() -> None:
    request = "1. How many body-worn cameras does the council use?\n2. What make are they?\n"
    reply = (
        "We currently have 38 body-worn cameras issued to Civil Enforcement Officers in the Parking Service "
        "and a further 7 used by the Neighbourhood Warden team. All are Motorola VB400 units.\n"
    )
    assert _read(reply, request).camera_count == 45


def test_the_year_of_a_figure_is_no_count() -> None:
    text = "In the 2024 calendar year camera footage led to 37 fixed penalty notices."
    assert find_counts(text) == ()


# -- outcomes --


def test_what_other_forces_published_is_no_capability_of_this_one() -> None:
    request = (
        "Has the force deployed facial recognition on any fixed CCTV cameras, and were any made by "
        "Hikvision or Dahua?\n"
    )
    reply = (
        "Internal review\n"
        "I have considered the points you raise, in particular that other forces have published information "
        "about their use of facial recognition. The force acknowledges that the use of live facial "
        "recognition by police in England and Wales is a matter of public record. To confirm or deny whether "
        "information is held would disclose whether such a capability has been used in this force area.\n"
        "The original decision is upheld. The force neither confirms nor denies that it holds the "
        "information you have requested, by virtue of sections 24(2) and 31(3).\n"
    )
    found = _read(reply, request)
    assert found.outcome == "refused"


def test_a_review_that_amends_the_first_response_drops_its_not_held() -> None:
    request = "1. How many CCTV cameras?\n2. Who made them?\n3. Are any Hikvision or Dahua?\n"
    reply = (
        "In the original response the council confirmed that it operates 26 CCTV cameras, and stated that "
        "information about the manufacturers was not held.\n"
        "These records do show the manufacturer, and I can therefore now provide the following information:\n"
        "    Hallam Road Depot - 17 cameras - Hik Vision\n"
        "    Vale Leisure Centre - 9 cameras - Axis\n"
        "These are the only CCTV cameras operated by the council.\n"
        "Outcome: your complaint is upheld.\n"
    )
    found = _read(reply, request)
    assert found.outcome == "answered"
    assert found.vendor_status("Hikvision") == "yes"


def test_a_review_that_upholds_the_first_response_keeps_its_refusal() -> None:
    """Guard: the first response's refusal stands where the review upholds it."""
    request = "1. How many CCTV cameras?\n2. Where are they?\n"
    reply = (
        "Our original response stated that the locations were exempt under section 31(1)(a).\n"
        "Having reviewed the request, the original decision is upheld and the locations remain withheld "
        "under section 31(1)(a).\n"
    )
    assert _read(reply, request).outcome == "refused"


def test_why_the_cameras_were_missed_before_is_no_not_held() -> None:
    request = "1. How many CCTV cameras?\n2. Are any Hikvision or Dahua?\n"
    reply = (
        "In our response we stated that none of the council's cameras are Hikvision. This was incorrect: 12 "
        "cameras at the car parks are Hikvision. These were installed by a previous contractor and were not "
        "recorded on the corporate CCTV asset list, which is why they were missed. The remainder of our "
        "original response, including the total of 148 cameras, is correct.\n"
    )
    found = _read(reply, request)
    assert found.outcome == "answered"
    assert found.camera_count == 148


def test_a_count_in_brackets_after_a_make_is_that_makes_cameras() -> None:
    """Guard: with "domes" now a camera noun, "Da Hua (38 PTZ domes ...)" is Dahua's, inside the count."""
    reply = (
        "The Council has access to 126 traffic monitoring CCTV cameras. They are manufactured by Siemens, "
        "Da Hua (38 PTZ domes on the A-road corridors) and Axis.\n"
    )
    assert _read(reply).camera_count == 126


def test_counts_in_brackets_after_places_still_add() -> None:
    """Guard: a place's name before the bracket is no make."""
    assert (
        _read("We have cameras at the Town Hall (12 cameras) and the Depot (8 cameras).\n").camera_count == 20
    )


# -- part 2 (read off the first held-out batch) --


def test_refuse_collection_vehicles_are_no_refusal() -> None:
    request = "1. How many refuse vehicles have cameras?\n2. How many cameras in total?\n3. Who makes them?\n"
    reply = (
        "1. All 38 of the council's refuse collection vehicles (RCVs) are fitted with camera systems.\n"
        "2. Each RCV has five cameras - 190 cameras in all.\n"
        "3. The camera systems are supplied by Brigade Electronics. No other manufacturer's equipment is "
        "fitted to these vehicles.\n"
    )
    found = _read(reply, request)
    assert found.outcome == "answered"
    assert found.vendor_status("Hikvision") == "no"


def test_more_detail_than_was_asked_withheld_is_no_refusal() -> None:
    request = "1. Has footage been used in staff disciplinary proceedings in the last 2 years?\n"
    reply = (
        "1. Yes. Footage has been used in 3 disciplinary investigations in the last two years. We are unable "
        "to provide further detail on these cases as this would constitute the personal data of the "
        "employees concerned.\n"
    )
    assert _read(reply, request).outcome == "answered"


def test_none_inside_beside_cameras_counted_outside_leaves_the_makes_not_held() -> None:
    request = (
        "How many CCTV cameras does the school have, and who made them (especially Hikvision or Dahua)?\n"
    )
    reply = (
        "The school has 8 CCTV cameras, all of them outside the building. We don't have any cameras inside "
        "the building at all. We don't have any record of the make of the cameras.\n"
    )
    found = _read(reply, request)
    assert found.outcome == "partially_answered"
    assert found.camera_count == 8


def test_our_two_stations_each_and_places_with_has_add_up() -> None:
    text = (
        "Ashcombe and Bridgend Road, our two wholetime stations, each have six cameras; Carrick has four; "
        "Dunlow has three, and the Joint Fire Control Centre at Northcliffe has ten."
    )
    assert sum(c.value for c in find_counts(text) if c.role == "part") == 29


def test_it_has_after_a_count_is_no_place_of_its_own() -> None:
    """Guard: "and it has 4 PTZ" names no place: no part added."""
    assert [c.value for c in find_counts("The depot has 12 cameras, and it has 4 PTZ.")] == [12]


def test_one_other_place_with_none_now_does_not_zero_the_count() -> None:
    request = "How many cameras are there at each station, and what make are they?\n"
    reply = (
        "Ashcombe and Bridgend Road, our two wholetime stations, each have six cameras; Carrick has four; "
        "Dunlow has three, and the Control Centre has ten. Our other on-call station, Pellow Cove, does not "
        "currently have CCTV.\n"
    )
    assert _read(reply, request).camera_count == 29


def test_a_count_included_in_the_figure_above_adds_nothing_and_a_range_gives_none() -> None:
    request = "1 - How many CCTV cameras does the Trust have?\n2 - Are cameras used in seclusion rooms?\n"
    reply = (
        "1 - Our Estates team estimate that there are between 400 and 450 CCTV cameras across these sites.\n"
        "2 - There are no CCTV cameras in patient bedrooms or bathrooms. Each of the Trust's 9 seclusion "
        "rooms has one camera, which is included in the figure above.\n"
    )
    assert _read(reply, request).camera_count is None


def test_what_makes_beside_are_any_hikvision_asks_every_make() -> None:
    request = (
        "Q2 How many cameras are in the car parks?\n"
        "Q4 What makes are the cameras? Are any Hikvision or Dahua?\n"
    )
    reply = (
        "Q2 Information not held. Car parking is provided by Paxton Parking under a concession; Paxton own "
        "and operate the cameras in the car parks and the Trust does not hold details of them.\n"
        "Q4 Trust cameras are Axis and Bosch. See Q2 for the car parks.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "no"
    assert found.vendor_status("Dahua") == "no"


def test_a_flattened_table_of_questions_and_answers_aligns_by_each_rows_number() -> None:
    request = (
        "1) How many CCTV cameras does the council currently operate (public space cameras and cameras at "
        "council buildings)?\n2) Are any of these cameras manufactured by Hikvision?\n"
        "3) Are any of these cameras manufactured by Dahua?\n"
    )
    reply = (
        "No.   Your question   Council response\n"
        "1   How many CCTV cameras does the\n"
        "council currently operate (public space\n"
        "cameras and cameras at council buildings)?\n"
        "The Public Space CCTV system comprises 148\n"
        "cameras covering the town centres. A\n"
        "further 64 cameras are in operation at Council owned buildings,\n"
        "depots and car parks. The total number of\n"
        "cameras currently operated is therefore 212.\n"
        "2   Are any of these cameras manufactured\n"
        "by Hikvision?\n"
        "Yes. 23 cameras at the leisure centre are Hik Vision units.\n"
        "3   Are any of these cameras manufactured\n"
        "by Dahua?\n"
        "No.\n"
    )
    found = _read(reply, request)
    assert found.camera_count == 212
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "no"


def test_a_word_ending_in_ref_is_no_reference_before_a_figure() -> None:
    text = "The total number of cameras currently operated is therefore 212."
    assert [(c.value, c.role) for c in find_counts(text)] == [(212, "total")]


def test_a_refusals_reasoning_denies_no_make() -> None:
    request = "1. How many cameras?\n2. How many of these are made by Hikvision or Dahua?\n"
    reply = (
        "1. There were approximately 1,360 fixed CCTV cameras.\n"
        "2. The force neither confirms nor denies that it holds any further information relevant to this "
        "part of your request by virtue of section 24(2) and section 31(3). This should not be taken as an "
        "indication that information relevant to this question is, or is not, held by the force.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "unknown"
    assert found.vendor_status("Dahua") == "unknown"


def test_places_each_with_a_dash_and_figure_add_up_even_where_the_first_equals_the_rest() -> None:
    request = "(a) How many CCTV cameras are there at each of your academies?\n"
    reply = "(a) Brightwater Academy – 34. Fernhill Academy – 9. St Wilfrid's Academy – 17. Holme Lea – 8.\n"
    assert _read(reply, request).camera_count == 68


def test_a_sites_system_replaced_on_a_date_is_its_cameras_now() -> None:
    request = "- How many CCTV cameras are installed at each of your stations?\n"
    segments = table_rows(
        ("row 1", "Station | Type | No. of CCTV cameras | Camera make | Notes"),
        ("row 2", "Central | Wholetime | 8 | Hanwha | Dahua cameras replaced with Hanwha Jan 2024"),
        ("row 3", "Kettleby | Day crewed | 4 | Hanwha | Replaced Jan 2024"),
        ("row 4", "Total |  | 12"),
    )
    assert read_segments(segments, request=request).camera_count == 12


def test_a_cameras_replaced_status_in_a_register_is_still_gone() -> None:
    """Guard: in a register of single cameras, a "Replaced" status is a camera no longer there."""
    request = "1. A list of your cameras.\n"
    segments = table_rows(
        ("row 1", "Asset ID | Location | Model | Status"),
        ("row 2", "C-1 | Foyer | DS-2CD2143G2-I | In service"),
        ("row 3", "C-2 | Yard | DS-2CD2143G2-I | Replaced 2023"),
    )
    assert read_segments(segments, request=request).camera_count == 1


def test_the_services_answers_forwarded_below_are_the_answer_and_its_correction_counts() -> None:
    request = "Q1. How many CCTV cameras does the council operate?\nQ2. Are any of them Hikvision?\n"
    reply = (
        "Dear Ms Harcourt,\nPlease see below the information provided by the service, which I hope answers "
        "your questions.\n"
        "From: Gary Pughe\nSent: 19 November 2024 09:12\nSubject: RE: FOI 2024/0912\n"
        "Sarah - correction to the below, I'd missed the three new ones. Q1 should be 44 not 41.\n"
        "From: Gary Pughe\nSent: 18 November 2024 16:40\nSubject: RE: FOI 2024/0912\n"
        "Hi Sarah\nQ1 - 41\nQ2 - no\n"
    )
    found = _read(reply, request)
    assert found.camera_count == 44
    assert found.vendor_status("Hikvision") == "no"


def test_exemptions_not_gone_on_to_be_considered_are_not_applied() -> None:
    request = "1. How many cameras?\n2. Their locations.\n"
    reply = (
        "The University is refusing your request under section 12(1) of the Act, because the cost of "
        "complying would exceed the appropriate limit. We have therefore not gone on to consider whether any "
        "information would be exempt, for example under section 31 (law enforcement) or section 43.\n"
    )
    assert _read(reply, request).as_dict()["exemptions"] == ["s12"]


def test_a_make_after_replaced_in_a_recorder_cell_is_gone() -> None:
    request = "Q1 How many cameras at each development?\nQ3 Is any equipment made by Dahua?\n"
    segments = table_rows(
        ("row 1", "Location | Cameras | Make | Model | Notes"),
        ("row 2", "Main entrance | 2 | Hikvision | DS-2CD2147G2-SU"),
        (
            "row 3",
            "Car park | 3 | Hikvision | DS-2CD2T47G2-L | Recorder: Hikvision DS-7608NXI-K2 (installed Mar "
            "2023, replaced Dahua DVR)",
        ),
    )
    assert read_segments(segments, request=request).vendor_status("Dahua") != "yes"


def test_makes_not_recorded_for_some_systems_leave_the_other_make_open() -> None:
    request = (
        "Q3 Are any cameras made by Hikvision?\nQ4 Are any cameras made by Dahua?\nQ5 Which makes are used?\n"
    )
    reply = (
        "Question 3 – Yes, at four sites.\nQuestion 5 – Axis and Hikvision.\n"
        "Question 4 – We have not identified any Dahua cameras at the sites where the manufacturer is "
        "recorded. The manufacturer of the legacy systems at Birchfield Primary Academy and Castle Mead "
        "Primary Academy is not recorded, and we therefore do not hold information which would allow us to "
        "answer this question for those two academies.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "unknown"


def test_naming_one_of_the_asked_pair_under_what_makes_leaves_the_other_open() -> None:
    """Guard: "Who manufactures them? Are any Hikvision or Dahua?" - "They are Hikvision." says nothing of
    Dahua."""
    request = "Q2 Who manufactures these cameras? Are any made by Hikvision or Dahua?\n"
    reply = "Q2 The fixed cameras are HIKVISION (DS-2CD2 series).\n"
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "unknown"


def test_a_subsections_number_is_no_count() -> None:
    request = "1. How many CCTV cameras?\n2. Are any Hikvision?\n"
    reply = (
        "Questions 1 and 2\nThe force neither confirms nor denies that it holds the information, by "
        "virtue of sections 24(2) and 31(3).\nFor completeness, the force also considered whether "
        "section 43(2) (commercial interests) would apply to any costs. As no such information has been "
        "requested, that exemption has not been relied on.\n"
    )
    assert _read(reply, request).camera_count is None


def test_a_figure_glued_to_its_unit_is_no_count_of_its_own() -> None:
    text = "Your system is 6 x HiWatch 4MP turrets outside and 2 x HiWatch domes (reception and corridor)."
    assert sum(c.value for c in find_counts(text) if c.role == "part") == 8


def test_a_request_about_vehicles_with_cctv_is_about_vehicle_cameras() -> None:
    request = (
        "1. How many of your vehicles have CCTV fitted?\n"
        "2. How many CCTV cameras in total are fitted to your vehicle fleet?\n"
        "3. Who manufactures the vehicle cameras and the vehicle recording units?\n"
    )
    reply = (
        "1. 309 vehicles.\n2. In total 1,236 cameras are fitted across the 309 vehicles.\n"
        "3. The cameras are supplied by Brigade Electronics. The vehicle recording units are Hikvision "
        "mobile DVRs, supplied and fitted by Brigade as part of the package.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.camera_count == 1236


# -- part 3 (read off the second held-out batch, after its score was taken) --


def test_a_short_denial_after_a_capability_denies_the_capability_not_the_make() -> None:
    request = "- how many CCTV cameras the school has\n- are any of them made by Hikvision or Dahua?\n"
    reply = (
        "We have 14 cameras. They are all the same type: Imou Bullet 2 Pro outside and Imou Dome Lite "
        "inside. They do not record audio. They can't - the microphones were switched off when they were "
        "installed.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def test_no_power_supply_where_the_cameras_are_is_no_denial_and_a_bracketed_year_no_count() -> None:
    request = "How many fly-tipping cameras do you have? What make are they - are any Hikvision or Dahua?\n"
    reply = (
        "We currently have 18 redeployable cameras. 12 are WCCTV units, and 6 are Hikvison 4G solar cameras "
        "for rural lay-bys where there is no power supply. The WCCTV units cost £4,950 each (2021) and the "
        "solar cameras £1,180 each (2023).\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.camera_count == 18


def test_a_contractors_schedule_copied_below_counts_its_units_without_the_servers() -> None:
    request = "1. How many CCTV cameras are installed?\n2. Does the council use any Hikvision equipment?\n"
    reply = (
        "I passed your questions to our Facilities team, who obtained the following from the contractor. I "
        "have copied their answer below as received:\n"
        "  Civic Centre - 31 x Hanwha Wisenet XND-6080RV (internal domes), 9 x Hanwha XNO-6080R (external "
        "bullets), 4 x Dahua DH-SD49225XA-HNR PTZ (roof & car park)\n"
        "  Depot - 8 x Hanwha XNO-6080R, 2 x Dahua PTZ (same model as above)\n"
        "  Recording is on 2 x Milestone XProtect servers (one per site). No Hikvision kit on either site.\n"
    )
    found = _read(reply, request)
    assert found.camera_count == 54
    assert found.vendor_status("Dahua") == "yes"


def test_a_not_held_notice_the_review_found_wrong_is_not_applied() -> None:
    request = "1. How many CCTV cameras are there at your offices?\n"
    reply = (
        "Our original response of 19 December 2024 gave you notice under section 17(1) of FOISA that we did "
        "not hold the information. I have found that this was wrong. There are 73 cameras at our offices.\n"
    )
    assert _read(reply, request).as_dict()["exemptions"] == []


def test_capabilities_of_a_concessionaires_cameras_disclose_nothing_of_the_bodys() -> None:
    request = "Q1. How many ANPR cameras are at your car parks?\nQ2. How many CCTV cameras are there?\n"
    reply = (
        "The ANPR and CCTV cameras at the Authority's visitor car parks are owned and operated by ParkSure "
        "Services Ltd, who run car parking at these sites under a concession agreement.\n"
        "The Authority does not hold any information about the number, manufacturer or specification of "
        "the cameras. We are therefore refusing your request under Regulation 12(4)(a) of the EIR, as the "
        "information is not held.\n"
    )
    assert _read(reply, request).outcome == "not_held"


def test_a_lists_numbered_items_are_no_counts() -> None:
    text = (
        "(1) the number of CCTV cameras; (2) the make and model of each camera; (3) the date each camera "
        "was installed"
    )
    assert find_counts(text) == ()


def test_a_question_about_trail_cameras_asks_no_count_of_the_estate() -> None:
    request = (
        "1. The number of CCTV cameras at your visitor centres and car parks.\n"
        "3. Whether you use any other cameras (e.g. wildlife / trail cameras) and how many.\n"
    )
    reply = (
        "1. There are 23 CCTV cameras: 11 at our four visitor centres and 12 at six car parks.\n"
        "3. Yes. Our ranger teams use around 40 trail cameras for wildlife surveys. These are not part of "
        "our CCTV system.\n"
    )
    assert _read(reply, request).camera_count == 23
