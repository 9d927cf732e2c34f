"""Round 17 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.evidence.questions import lettered_texts
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request

_read = read_letter


def test_vehicles_counted_in_one_sentence_and_cameras_on_each_in_the_next_are_multiplied() -> None:
    request = (
        "1. How many CCTV cameras are installed at your depots and offices?\n"
        "2. How many CCTV cameras are fitted to your gritters and other winter vehicles?\n"
        "3. Are any of them made by Hikvision?\n"
    )
    reply = (
        "1. There are 58 cameras across the depots and offices.\n\n"
        "2. CCTV is fitted to 22 gritters. Each gritter is fitted with three cameras (front, rear and "
        "nearside). Other winter vehicles carry no CCTV.\n\n"
        "3. No.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 58 + 22 * 3


def test_a_list_of_fleets_with_cameras_each_adds_up() -> None:
    request = (
        "Q1. How many of your buses are fitted with CCTV?\n"
        "Q2. How many cameras are fitted per bus, by type of bus?\n"
    )
    reply = (
        "Q1. 150 buses.\n\n"
        "Q2. Our response:\n"
        "- Double-deck buses: 90 buses, eight cameras each (saloons, stairs, cab, exterior).\n"
        "- Single-deck buses: 60 buses, five cameras each.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 90 * 8 + 60 * 5


def test_request_parts_numbered_1a_and_1b_are_parts_of_question_1() -> None:
    questions = split_request(
        "1a. How many cameras at your stations?\n1b. How many on your vehicles?\n2. Are any Hikvision?\n"
    )
    assert [q.n for q in questions] == [1, 2]
    parts = ("How many cameras at your stations?", "How many on your vehicles?")
    assert lettered_texts(questions[0].text) == parts


def test_an_answer_pointing_to_another_for_the_vehicles_adds_that_answers_count() -> None:
    request = (
        "1) The total number of CCTV cameras the Trust operates.\n"
        "2) How many of your vehicles have CCTV, and how many cameras does each have?\n"
    )
    reply = (
        "1) We do not hold one combined figure; please see the answer to question 2 for vehicle CCTV. At our "
        "buildings there are 140 cameras across 12 sites.\n\n"
        "2) All 75 patient transport vehicles have CCTV. Each vehicle has two cameras.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 140 + 150


def test_a_pointer_to_another_answer_for_something_else_adds_nothing() -> None:
    # guard: "see question 2 for the locations" points to no part of the cameras
    request = "1) The total number of CCTV cameras.\n2) How many cameras are at each of your hospitals?\n"
    reply = (
        "1) The Trust operates 140 cameras; please see the answer to question 2 for the locations.\n\n"
        "2) Main hospital 100 cameras and community hospital 40 cameras.\n"
    )
    assert _read(reply, request).camera_count == 140


def test_a_row_with_a_footnote_mark_is_a_row() -> None:
    request = "1. How many CCTV cameras are installed in each custody suite?\n2. Are any made by Dahua?\n"
    reply = (
        "1.\n"
        "  Custody suite        Cameras\n"
        "  Northgate            40\n"
        "  Riverside            33\n"
        "  Hillside             9 *\n"
        "\n* Hillside is a reserve suite opened only when needed.\n\n"
        "2. No.\n"
    )
    assert _read(reply, request).camera_count == 82


def test_a_row_label_may_carry_numbers_in_its_aside() -> None:
    request = "Q1 How many CCTV cameras does the force operate?\nQ2 Are any made by Hikvision?\n"
    reply = (
        "Q1 Fixed cameras (stations and custody): 300\n"
        "   Vehicle cameras (30 cars, 2 cameras per car): 60\n"
        "   Redeployable cameras: 12\n"
        "Q2 No\n"
    )
    assert _read(reply, request).camera_count == 372


def test_parts_numbered_i_and_ii_are_answered_as_parts_of_their_question() -> None:
    request = (
        "1. How many CCTV cameras are there (i) at your stations and (ii) at your headquarters?\n"
        "2. Who makes the cameras?\n"
    )
    reply = "1. (i) 120\n   (ii) 35\n2. The make of each camera is not recorded.\n"
    assert _read(reply, request).camera_count == 155


def test_a_pointer_to_a_bare_no_about_one_maker_answers_no_for_the_other() -> None:
    request = (
        "Q1 How many CCTV cameras do you operate at your bus stations?\n"
        "Q2 Are any of these Hikvision?\nQ3 Are any of these Dahua?\n"
    )
    reply = "Q1 We operate 310 cameras at the bus stations.\nQ2 No.\nQ3 Please see our answer to Q2.\n"
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "no"
    assert reading.vendor_status("Dahua") == "no"


def test_a_decision_not_yet_made_about_a_makes_cameras_is_no_denial_of_them() -> None:
    request = "1. How many cameras?\n2. Are any of the cameras manufactured by Dahua?\n"
    reply = (
        "1. 64 cameras.\n\n"
        "2. Most cameras are Axis. There are 5 older Dahua domes at the market awaiting replacement; "
        "funding for this has not yet been agreed.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def test_not_used_at_any_other_site_is_use_at_the_sites_named() -> None:
    request = "1. Do you have any Hikvision equipment (cameras or recorders)?\n2. Any Dahua equipment?\n"
    reply = (
        "1. The cameras at the two depots record to Hikvision DVRs. Hikvision equipment is not used at any "
        "other site.\n\n2. No.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_a_count_in_words_then_in_figures_is_one_count() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. Who makes them?\n"
    reply = (
        "1. Cant pum deg saith (157). Mae hyn yn cynnwys camerau yng nghanol y dref.\n\n2. Axis a Hanwha.\n"
    )
    assert _read(reply, request).camera_count == 157


def test_a_row_with_a_long_label_is_a_row() -> None:
    request = "Q1. The number of CCTV cameras, broken down by public space and council buildings.\n"
    reply = (
        "Q1.\n"
        "Public space CCTV (monitored from the control room at the Civic Centre): 120 cameras\n"
        "Council offices, libraries, leisure centres, depots and housing blocks (managed by Facilities "
        "Management): 95 cameras\n"
    )
    assert _read(reply, request).camera_count == 215


def test_one_makes_cameras_are_not_the_count_where_other_makes_are_in_use() -> None:
    request = (
        "1. How many public space CCTV cameras does the council operate?\n"
        "2. Which manufacturers supply the cameras?\n"
        "3. Are any of them Hikvision?\n"
    )
    reply = (
        "1. The number of cameras is published on our website, so section 21 applies.\n\n"
        "2. The system uses Bosch and Axis cameras, with some older Hikvision units.\n\n"
        "3. Yes, there are currently 18 Hikvision cameras in the system.\n"
    )
    assert _read(reply, request).camera_count is None


def test_a_table_after_the_table_of_questions_and_answers_is_a_table_of_counts() -> None:
    request = "Question 1: The number of CCTV cameras at each school.\nQuestion 2: Are any made by Dahua?\n"
    rows = [
        "Question | Response",
        "1 | See Table 2 below.",
        "2 | No.",
        "Academy | Internal | External",
        "Hill Academy | 10 | 6",
        "Vale Academy | 4 | 3",
        "Total | 14 | 9",
    ]
    segments = [TextSegment(seq=0, text="Dear Mr Smith, our answers are below.", location="paragraph 1")]
    for n, row in enumerate(rows[:3], start=1):
        segments.append(TextSegment(seq=len(segments), text=row, location=f"table 1 row {n}", row=n))
    segments.append(
        TextSegment(seq=len(segments), text="Table 2 - cameras by academy", location="paragraph 3")
    )
    for n, row in enumerate(rows[3:], start=1):
        segments.append(TextSegment(seq=len(segments), text=row, location=f"table 2 row {n}", row=n))
    reading = read_segments(segments, request=request)
    assert reading.camera_count == 23


def test_a_tables_or_rows_number_is_no_count() -> None:
    request = "Q1 How many CCTV cameras are at your stations?\nQ2 Are any Hikvision?\n"
    reply = "Q1 - see the asset data tab (one row per site; totals in row 12).\nQ2 - None.\n"
    assert _read(reply, request).camera_count is None


def test_a_header_on_two_rows_that_leaves_out_the_label_column_is_read_by_its_columns() -> None:
    request = (
        "1. The number of CCTV cameras at each campus, internal and external.\n"
        "2. How many are made by (a) Hikvision, (b) Dahua.\n"
    )
    reply = (
        "Parts 1 and 2\n"
        "Table 1: cameras by campus\n"
        "Cameras   Manufacturer (number of cameras)\n"
        "Internal   External   Axis   Hikvision   Dahua\n"
        "North campus   40   20   60   0   0\n"
        "South campus   10   5   9   6   0\n"
        "Total   50   25   69   6   0\n"
    )
    assert _read(reply, request).camera_count == 75
    assert _read(reply).camera_count == 75


def test_cameras_used_to_monitor_something_are_in_use() -> None:
    request = "1. How many traffic CCTV cameras does the council operate?\n2. Are any Hikvision?\n"
    reply = (
        "1. The Traffic Control Centre operates 63 CCTV cameras on the highway network, used to monitor "
        "congestion and incidents.\n\n2. This information is withheld under regulation 12(5)(a).\n"
    )
    assert _read(reply, request).camera_count == 63


def test_an_annex_holding_the_request_as_received_is_not_an_answer() -> None:
    request = (
        "1. The number of CCTV cameras at each campus.\n"
        "2. How many are made by (a) Hikvision, (b) Dahua.\n"
        "3. A copy of the CCTV risk assessment.\n"
    )
    reply = (
        "Parts 1 and 2: the University has 40 cameras, 12 at the north campus and 28 at the south campus.\n"
        "Part 3: the risk assessment is withheld under section 31.\n\n"
        "Annex - your request as received\n"
        "1. The number of CCTV cameras at each of your campuses. 2. How many of these are made by (a) "
        "Hikvision, (b) Dahua. 3. A copy of your most recent CCTV risk assessment.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "unknown"
    assert reading.vendor_status("Dahua") == "unknown"


def test_the_cctv_estate_given_for_context_is_not_the_body_worn_count_asked() -> None:
    request = "1. How many body-worn cameras does the university hold?\n2. What make are they?\n"
    reply = (
        "1. The University holds 9 body-worn cameras, shared by the security team. For context, the "
        "University's fixed CCTV system has approximately 350 cameras; these are not body-worn.\n\n"
        "2. Motorola VB400.\n"
    )
    assert _read(reply, request).camera_count == 9


def test_a_table_runs_on_over_wrapped_cells_and_a_page_break() -> None:
    request = "1. For each station, the number of CCTV cameras and their make.\n2. Any Hikvision?\n"
    page_one = (
        "Questions 1 and 2\n"
        "Station   Cameras   Manufacturer\n"
        "Northgate   12   Axis\n"
        "Eastfield   6   Hikvision (due for replacement under\n"
        "Estates Project 7)\n"
        "Westbrook   9   Bosch\n"
    )
    page_two = (
        "OFFICIAL   Ref: XY/FOI/12/24\n"
        "Constabulary - FOI Response   Page 2\n"
        "Station   Cameras   Manufacturer\n"
        "Southport   20   Axis\n"
        "Question 2: Yes, see the table.\n"
    )
    segments = [
        TextSegment(seq=0, text=page_one, location="page 1", page=1),
        TextSegment(seq=1, text=page_two, location="page 2", page=2),
    ]
    assert read_segments(segments, request=request).camera_count == 47


def test_the_count_answer_pointing_to_a_list_of_models_takes_its_quantities() -> None:
    request = "Q1 How many CCTV cameras do you operate?\nQ2 Please list the make and model of the cameras.\n"
    reply = (
        "Q1 How many CCTV cameras do you operate?\nPlease see the answer to Q2.\n"
        "Q2 Please list the make and model of the cameras.\nThe asset list records these models:\n"
        "  P3245-LVE ............ 20\n"
        "  XNV-8080R ............ 6\n"
        "These are the only models in use.\n"
    )
    assert _read(reply, request).camera_count == 26


def test_total_cameras_without_how_many_asks_the_count() -> None:
    request = "1. Total CCTV cameras across all the Board's hospitals.\n2. Is any of it made by Hikvision?\n"
    reply = (
        "1. Total CCTV cameras across all the Board's hospitals.\n268\n"
        "2. Is any of it made by Hikvision?\nNo.\n"
    )
    assert _read(reply, request).camera_count == 268


def test_yes_to_both_answers_each_question_answered_together() -> None:
    request = "Q1 How many cameras?\nQ2 Are any made by Hikvision?\nQ3 Are any made by Dahua?\n"
    reply = "Q1 - About 300.\nQ2 / Q3 - Yes to both. Most of the cameras are Hikvision.\n"
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") == "yes"


def test_a_plain_yes_to_questions_answered_together_says_neither() -> None:
    # guard: a "Yes" to both makers together does not say which
    request = "Q1 How many cameras?\nQ2 Are any made by Hikvision?\nQ3 Are any made by Dahua?\n"
    reply = "Q1 - About 300.\nQ2 / Q3 - Yes.\n"
    assert _read(reply, request).vendor_status("Dahua") == "unknown"


def test_a_sheets_rows_under_a_site_keep_their_columns_and_the_grand_total_counts() -> None:
    rows = [
        "Site | Area | No. cameras | Make",
        "North Hospital | Entrances | 10 | Axis",
        " | Wards | 20 | Axis",
        " | Sub-total North Hospital | 30",
        "South Clinic | Car park | 5 | Bosch",
        " | Sub-total South Clinic | 5",
        "GRAND TOTAL |  | 35",
    ]
    segments = [
        TextSegment(seq=n, text=row, location=f"sheet Sites row {n + 1}", sheet="Sites", row=n + 1)
        for n, row in enumerate(rows)
    ]
    assert read_segments(segments).camera_count == 35
