"""Round 27 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them."""

from __future__ import annotations

from pathlib import Path

from tests.evidence.letters import read_letter, table_rows

from camcensus.evidence.counts import find_counts
from camcensus.evidence.files import read_file
from camcensus.evidence.reading import read_segments
from camcensus.evidence.text import parse_number

_read = read_letter


# -- the register: Honeywell's HQA (Performance) range is Dahua-made --


def test_honeywell_hqa_in_brackets_is_dahua_equipment() -> None:
    request = "1. How many CCTV cameras does the trust have?\n2. Who makes them?\n"
    found = _read("1. 46\n2. Avigilon, Honeywell (HQA range) and Vivotek.\n", request)
    assert found.vendor_status("Dahua") == "yes"
    assert found.vendor_status("Hikvision") == "no"


def test_honeywell_performance_series_is_dahua_equipment() -> None:
    found = _read("The school's 12 cameras are Honeywell Performance series domes.")
    assert found.vendor_status("Dahua") == "yes"


def test_plain_honeywell_says_nothing_of_dahua() -> None:
    """Guard: only the HQA (Performance) range is Dahua-made, not every Honeywell product."""
    found = _read("The school's 12 cameras are Honeywell equIP domes recording to a Honeywell MAXPRO NVR.")
    assert found.vendor_status("Dahua") != "yes"


# -- makes --


def test_information_that_would_have_to_be_created_is_not_held_not_denied() -> None:
    request = "1. How many cameras?\n2. Are any made by Hikvision or Dahua?\n"
    reply = (
        "1. The Board operates 410 cameras.\n"
        "2. The make of each camera has not been recorded. To establish it would require an inspection of "
        "every camera, and information which would have to be created in this way is not information held "
        "by the Board.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("unknown", "unknown")


def test_the_make_that_replaced_some_cameras_is_no_list_of_the_estate() -> None:
    request = "1. How many cameras are in use?\n2. Are any made by Hikvision or Dahua?\n"
    reply = (
        "1. About 300.\n"
        "2. Hikvision cameras used to cover the two multi-storey car parks. All of these were removed and "
        "replaced with Axis units in 2023 and none remain.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "no"
    assert found.vendor_status("Dahua") == "unknown"


def test_the_make_that_replaced_the_system_answers_which_makes() -> None:
    """Guard: asked which makes are used, the make that replaced the system is the list."""
    request = "1. How many cameras are in use?\n2. Who manufactures the cameras?\n"
    reply = (
        "1. 87.\n2. Until 2021 the system used Hikvision cameras. These were replaced with Hanwha cameras "
        "and no Hikvision equipment remains.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("no", "no")


def test_the_other_few_named_by_number_complete_the_list() -> None:
    request = "1. How many cameras?\n2. What make are they?\n3. Are any Hikvision or Dahua?\n"
    reply = (
        "1. Twelve.\n2. Please see 3.\n"
        "3. Yes, eight of the twelve are Hikvision domes. The other four, at the pavilion, are older Vicon "
        "units.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("yes", "no")


def test_yes_to_one_make_stands_beside_the_make_named_again() -> None:
    request = "1. How many cameras?\n2. Are any made by Hikvision?\n3. Are any made by Dahua?\n"
    reply = (
        "1. 70.\n2. Yes. There are currently 14 Hikvision cameras at two depots.\n3. No.\n"
        "The control room system was replaced last year and no longer contains any Hikvision equipment.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_a_bare_no_for_cameras_then_recorders_of_the_make() -> None:
    request = "1. How many cameras?\n2. Are any of your cameras made by Hikvision?\n"
    reply = (
        "1. 60.\n"
        "2. No. The cameras are Axis. The recorders at two sites are Hikvision units, as in the table "
        "above.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_no_policy_on_the_makers_denies_no_use() -> None:
    request = (
        "1. How many cameras?\n2. How many of each make?\n"
        "3. Do you have any policy or risk assessment relating to the use of Hikvision and Dahua equipment?\n"
    )
    reply = (
        "1. 520.\n\n2. Axis - 400\nHikvision - 120\n\n"
        "3. The College does not have a specific policy relating to these manufacturers.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_cameras_to_be_swapped_out_are_still_in_use() -> None:
    found = _read(
        "We have about 90 cameras. Most are Axis, and there are some older Dahua domes by the sports hall "
        "that are on the list to be swapped out when budget allows."
    )
    assert found.vendor_status("Dahua") == "yes"


def test_a_request_about_the_makes_named_in_advice_says_nothing_of_them() -> None:
    request = "1. How many cameras at each station?\n2. Are any Hikvision or Dahua?\n"
    reply = (  # (a letter's lines as a PDF gives them)
        "I regret that I am unable to provide the information, as it would cost more than the appropriate\n"
        "limit under section 12.\nBy way of assistance, you may wish to refine your request. You may also "
        "find it helpful to note that the Force\nresponded to a request concerning Hikvision and Dahua "
        "equipment in 2023 (FOI-2023-1187),\nwhich is available on our disclosure log.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("unknown", "unknown")
    assert found.outcome == "refused"


def test_yes_all_of_them_makes_the_one_make_every_make() -> None:
    request = "Q1 How many cameras?\nQ2 Are any made by Hikvision?\nQ3 Are any made by Dahua?\n"
    found = read_segments(
        table_rows(
            ("table 1 row 1", "No. | Question | Answer"),
            ("table 1 row 2", "Q1 | How many cameras? | 41 in the town centre and 16 in car parks."),
            ("table 1 row 3", "Q2 | Are any made by Hikvision? | Yes – all of the cameras in Q1."),
            ("table 1 row 4", "Q3 | Are any made by Dahua? | See answer to Q2."),
        ),
        request=request,
    )
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("yes", "no")


def test_a_welsh_answer_then_its_english_stays_with_its_question() -> None:
    request = (
        "1. How many cameras?\n2. Does the council use any cameras made by Hikvision?\n"
        "3. Does the council use any cameras made by Dahua?\n"
    )
    reply = (
        "1. 120\n\n2. Hikvision\nOes - 30 o unedau, yn bennaf yn y meysydd parcio.\n"
        "Yes - 30 units, mainly in the car parks.\n\n3. Dahua\nNac oes.\nNo.\n"
    )
    found = _read(reply, request)
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("yes", "no")


def test_a_bilingual_row_saying_the_same_is_read_once() -> None:
    request = "1. How many cameras?\n2. Are any Hikvision?\n"
    found = read_segments(
        table_rows(
            ("table 1 row 1", "Annwyl Mr Jones | Dear Mr Jones"),
            ("table 1 row 2", "1. 97 | 1. 97"),
            ("table 1 row 3", "2. Ydy | 2. Yes"),
        ),
        request=request,
    )
    assert found.camera_count == 97


# -- exemptions --


def test_an_exemption_examined_and_then_not_applied_withholds_nothing() -> None:
    reply = (
        "The University examined whether the exemption at section 31(1)(a) should be applied to the "
        "breakdown by manufacturer. Having considered the detail requested, the University has concluded "
        "that disclosure would not prejudice the prevention of crime and the exemption has not been "
        "applied.\n"
        "The University operates 900 cameras: Axis 700, Hikvision 200."
    )
    assert _read(reply).as_dict()["exemptions"] == []


# -- counts --


def test_a_total_then_one_part_and_the_rest_unnumbered() -> None:
    request = "1) How many CCTV cameras does the school have?\n2) Are any Hikvision?\n"
    found = _read("1) Sixteen, 4 inside (hall, office) and the rest outside.\n2) No\n", request)
    assert found.camera_count == 16


def test_a_range_in_words_is_no_part_of_the_count() -> None:
    assert parse_number("one and three") is None
    assert parse_number("two hundred and twelve") == 212  # guard
    assert [c.ranged for c in find_counts("Most stations have between one and three external cameras.")] == [
        True
    ]
    request = "1. How many CCTV cameras are there at your stations?\n2. Are any Dahua?\n"
    reply = (
        "1. There are 87 CCTV cameras across the Service's stations. Not all stations have CCTV; most have "
        "between one and three external cameras.\n2. No.\n"
    )
    assert _read(reply, request).camera_count == 87


def test_no_cameras_in_bedrooms_is_no_count_of_none() -> None:
    request = "1. How many CCTV cameras does the Trust operate?\n2. Are any on wards or in bedrooms?\n"
    reply = (
        "1. The Trust's CCTV estate comprises between 300 and 350 cameras.\n"
        "2. There are cameras in communal corridors of some wards. There are no cameras in patient "
        "bedrooms.\n"
    )
    assert _read(reply, request).camera_count is None


def test_questions_of_council_owned_or_occupied_buildings_are_parts() -> None:
    request = (
        "1. How many public space CCTV cameras does the council operate?\n"
        "2. How many CCTV cameras are installed at council-owned or council-occupied buildings?\n"
    )
    found = _read(
        "1. 186. This figure includes 20 redeployable cameras.\n2. 243, across 57 buildings.\n", request
    )
    assert found.camera_count == 429


def test_an_approximate_total_and_its_approximate_parts() -> None:
    reply = (
        "The Council operates around 960 CCTV cameras. This is made up of 212 public space cameras and "
        "approximately 750 cameras in Council buildings."
    )
    assert _read(reply).camera_count == 960


def test_an_audit_figure_the_estate_comprised_is_history() -> None:
    reply = (
        "The Council currently operates 186 CCTV cameras.\n\nAt the time of the audit the estate comprised "
        "171 cameras, of which 37 were Hikvision. All 37 were removed and replaced with Hanwha equipment."
    )
    assert _read(reply).camera_count == 186


def test_a_row_counting_recording_servers_is_no_answer_of_cameras(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("(a) How many cameras are installed? Please see the table in answer to (b).")
    document.add_paragraph("(b) Which manufacturers made these cameras, and how many of each?")
    makes = document.add_table(rows=3, cols=2)
    for row, (make, number) in enumerate((("Manufacturer", "Number"), ("Axis", "412"), ("Hik Vision", "58"))):
        makes.cell(row, 0).text, makes.cell(row, 1).text = make, number
    document.add_paragraph("For completeness, the cameras record to the following equipment:")
    kit = document.add_table(rows=2, cols=2)
    kit.cell(0, 0).text, kit.cell(0, 1).text = "Recording equipment", "Quantity"
    kit.cell(1, 0).text, kit.cell(1, 1).text = "Milestone XProtect recording servers", "6"
    path = tmp_path / "reply.docx"
    document.save(str(path))
    request = (
        "(a) How many cameras are installed?\n(b) Which manufacturers made them, and how many of each?\n"
    )
    assert read_file(path, request=request).camera_count == 470


def test_an_exported_register_header_with_underscores() -> None:
    found = read_segments(
        table_rows(
            ("sheet Sheet1 row 1", "Site_Ref | Location | No_Cameras | Manufacturer | Status"),
            ("sheet Sheet1 row 2", "A1 | High Street | 14 | Hikvision | Operational"),
            ("sheet Sheet1 row 3", "A2 | Bus station | 9 | Axis | Operational"),
            ("sheet Sheet1 row 4", "A3 | Country park | 5 | | Planned"),
        )
    )
    assert found.camera_count == 23


def test_the_cameras_column_beside_a_count_of_sites() -> None:
    reply = (
        "1. Number of CCTV cameras by type of location\n"
        "Location type   No. of sites   Cameras\n"
        "Bus stations   17   412\n"
        "Rail stations   66   836\n"
        "Offices   6   100\n"
        "Total   89   1,348\n"
    )
    assert (
        _read(reply, "1. How many cameras, by type of location?\n2. Who makes them?\n").camera_count == 1348
    )


def test_the_totals_of_a_workbooks_sheets_are_its_parts() -> None:
    request = "1. How many cameras does the council operate?\n2. Who makes them?\n"
    book = "FOI 77.xlsx: sheet "
    found = read_segments(
        table_rows(
            (book + "Note row 1", "Q1: The number of cameras is on the 'Public space' and 'Buildings' tabs."),
            (book + "Public space row 1", "Location | Number of cameras | Manufacturer"),
            (book + "Public space row 2", "Town centre | 46 | Hikvision"),
            (book + "Public space row 3", "Station approach | 22 | Dahua"),
            (book + "Public space row 4", "Total | 68"),
            (book + "Buildings row 1", "Building | Number of cameras | Manufacturer"),
            (book + "Buildings row 2", "Town Hall | 34 | Axis"),
            (book + "Buildings row 3", "Depot | 12 | Axis"),
            (book + "Buildings row 4", "Total | 46"),
        ),
        request=request,
    )
    assert found.camera_count == 114


def test_a_sheet_of_planned_works_adds_no_total() -> None:
    """Guard: the stations' total stands beside a sheet of planned works."""
    book = "FOI 9.xlsx: sheet "
    found = read_segments(
        table_rows(
            (book + "Stations row 1", "Station | Fixed | PTZ | Total"),
            (book + "Stations row 2", "Headquarters | 14 | 2 | 16"),
            (book + "Stations row 3", "Riverside | 10 | 1 | 11"),
            (book + "Stations row 4", "Total | 24 | 3 | 27"),
            (book + "Planned works row 1", "Site | Current equipment | Planned work | Target date | Status"),
            (book + "Planned works row 2", "All sites | - | Migrate VMS to Hanwha | 2026/27 | Proposed"),
        ),
        request="1. How many cameras?\n2. Any plans?\n",
    )
    assert found.camera_count == 27


def test_a_location_description_column_is_no_type_of_camera() -> None:
    rows = [("sheet Register row 1", "Asset | Location description | Camera type | Make | Status")]
    rows += [(f"sheet Register row {n}", f"C{n} | Corridor {n} | Fixed | Axis | Live") for n in range(2, 6)]
    rows += [("sheet Register row 6", "C6 | Server room corridor | Fixed | Axis | Live")]
    assert read_segments(table_rows(*rows)).camera_count == 5


def test_a_table_under_the_answers_on_one_sheet() -> None:
    request = "Q1 How many cameras?\nQ2 Which makes?\nQ3 Any Hikvision?\nQ4 Doorbell cameras?\n"
    found = read_segments(
        table_rows(
            ("sheet Summary row 1", "Q1 |  | See table below."),
            ("sheet Summary row 2", "Q2 |  | See estate tabs."),
            ("sheet Summary row 3", "Q3 |  | See estate tabs."),
            ("sheet Summary row 4", "Q4 |  | Tenants must ask permission."),
            ("sheet Summary row 5", "Estate | No. cameras"),
            ("sheet Summary row 6", "Ferncliffe | 47"),
            ("sheet Summary row 7", "Moorside | 54"),
            ("sheet Summary row 8", "Total | 101"),
        ),
        request=request,
    )
    assert found.camera_count == 101


# -- documents --


def test_a_table_nested_in_a_word_tables_cell_is_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    outer = document.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Question", "Response"
    outer.cell(1, 0).text = "Q1 How many cameras, and how many of each make?"
    outer.cell(1, 1).text = "Manufacturer - number of cameras:"
    inner = outer.cell(1, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Axis", "143"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Hikvision", "38"
    outer.cell(2, 0).text, outer.cell(2, 1).text = "Q2 Are any Hikvision or Dahua?", "Yes - see Q1."
    path = tmp_path / "reply.docx"
    document.save(str(path))
    found = read_file(path, request="1. How many cameras, of each make?\n2. Any Hikvision or Dahua?\n")
    assert (found.vendor_status("Hikvision"), found.vendor_status("Dahua")) == ("yes", "no")
