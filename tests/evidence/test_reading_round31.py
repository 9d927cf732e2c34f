"""Round 31 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them. Ruled PDF tables, read cell by cell this round, are tested in
``tests/documents/test_pdf_tables.py`` and, read through, at the end of this file."""

from __future__ import annotations

from tests.documents.files import ruled_pdf
from tests.evidence.letters import read_letter, table_rows

from camcensus.documents.reader import read_bytes
from camcensus.evidence.reading import read_segments

_read = read_letter

_PARENT = (
    "1. How many CCTV cameras does the academy have, inside and outside?\n"
    "2. Are any of the cameras made by Hikvision or Dahua?\n"
    "3. Do any of the cameras record sound?\n"
)


# -- answers given in order, unnumbered --


def test_a_first_answer_of_parts_summed_answers_the_first_question_of_how_many() -> None:
    reply = "Thank you for your request. Our answers are below.\n\n30 inside and 12 outside.\n\nYes.\n\nNo.\n"
    found = _read(reply, _PARENT)
    assert found.camera_count == 42
    # the bare "Yes." answers question 2, which names both makes: neither is known
    assert found.vendor_status("Hikvision") == "unknown" and found.vendor_status("Dahua") == "unknown"


def test_an_address_line_before_the_answers_answers_nothing() -> None:  # guard
    reply = "5 Harbour Walk, Portree IV51 9XX\n\nThe academy has 40 cameras.\n\nNo.\n\nNo.\n"
    found = _read(reply, _PARENT)
    assert found.camera_count == 40


def test_scanned_figures_run_into_words_answer_nothing() -> None:  # guard
    reply = "4 7 them, outweighs the public interest in disclosure of the information requested\n"
    assert _read(reply, _PARENT).camera_count is None


# -- makes --


def test_the_rest_of_the_estate_after_other_than_those_is_a_whole_list() -> None:  # guard
    # (this form was read already; the blind letter's own form is the phrase list's example)
    request = (
        "Please tell me how many CCTV cameras the council operates, who manufactures them, and whether any "
        "are made by Hikvision or Dahua."
    )
    reply = (
        "In answer to your first question, the Council operates 212 CCTV cameras.\n\n"
        "In relation to manufacturers, nineteen of the older cameras at the bus station are Hikvision "
        "models. "
        "Other than those, the Council's cameras are manufactured by Axis Communications or Bosch.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "no"


def test_the_other_manufacturer_you_name_said_to_remain_in_service_is_in_use() -> None:
    request = (
        "Please tell me how many CCTV cameras the force has, whether any of those cameras or their recorders "
        "are made by Hikvision or Dahua, and where."
    )
    reply = (
        "The force estate has a total of 640 CCTV cameras.\n\n"
        "The force can confirm that it does not use Hikvision equipment.\n\n"
        "With regard to the other manufacturer you name, a small number of digital video recorders of this "
        "make remain in service at two stations.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "no"
    assert found.vendor_status("Dahua") == "yes"
    assert found.camera_count == 640


def test_a_topic_the_sentence_says_nothing_of_stays_a_topic() -> None:  # guard
    reply = "As regards Dahua, CCTV in a number of our leased premises was installed by the landlord.\n"
    assert _read(reply).vendor_status("Dahua") == "unknown"


# -- counts --


def test_a_further_figure_before_the_total_it_makes_up_adds_nothing() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. Are any made by Hikvision?\n"
    reply = (
        "1. The public space system comprises 148 cameras covering the town centres. A further 64 cameras "
        "are "
        "in operation at council buildings and car parks. The total number of cameras operated is therefore "
        "212.\n2. No.\n"
    )
    assert _read(reply, request).camera_count == 212


def test_a_further_figure_after_the_answer_still_adds_to_it() -> None:  # guard
    request = "1. How many CCTV cameras does the council operate?\n2. Are any made by Hikvision?\n"
    reply = (
        "1. The public space system comprises 148 cameras. A further 64 cameras are at our depots.\n2. No.\n"
    )
    assert _read(reply, request).camera_count == 212


# -- tables --


def test_a_table_of_numbered_questions_and_their_answers_aligns_each_row() -> None:
    request = (
        "1. The total number of CCTV cameras at the Trust's hospitals.\n"
        "2. The manufacturers of those cameras.\n"
        "3. Whether any of the cameras are made by Hikvision or Dahua.\n"
    )
    rows = table_rows(
        ("table 1 row 1", "No. | Question | Trust response"),
        (
            "table 1 row 2",
            "1 | The total number of CCTV cameras at the Trust's hospitals. | About 260 cameras.",
        ),
        (
            "table 1 row 3",
            "2 | The manufacturers of those cameras. | The cameras are from three manufacturers: Avigilon, "
            "Axis "
            "and Hikvision.",
        ),
        (
            "table 1 row 4",
            "3 | Whether any of the cameras are made by Hikvision or Dahua. | Yes - see question 2.",
        ),
    )
    found = read_segments(rows, request=request)
    assert found.camera_count == 260
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "no"  # the makes of question 2's answer are all of them


def test_a_column_of_the_places_with_cctv_counts_places_not_cameras() -> None:
    request = (
        "(i) The number of CCTV cameras at each fire station.\n(ii) Are any made by Hikvision or Dahua?\n"
    )
    rows = table_rows(
        ("table 1 row 1", "Area | Number of stations with CCTV | Number of CCTV cameras"),
        ("table 1 row 2", "Highland | 19 | 96"),
        ("table 1 row 3", "Moray | 7 | 31"),
    )
    assert read_segments(rows, request=request).camera_count == 127


def test_fixed_and_vehicle_mounted_columns_are_the_cameras_of_a_row() -> None:
    request = "Q1 How many ANPR cameras does the force operate, fixed and vehicle-mounted?\n"
    rows = table_rows(
        ("sheet ANPR row 1", "District | Category | Fixed | Vehicle-mounted | Total"),
        ("sheet ANPR row 2", "Northern | Trunk roads | 18 |  | 18"),
        ("sheet ANPR row 3", "Northern | Patrol cars |  | 14 | 14"),
        ("sheet ANPR row 4", "Northern subtotal |  | 18 | 14 | 32"),
        ("sheet ANPR row 5", "Southern | Port approach | 6 |  | 6"),
        ("sheet ANPR row 6", "Southern subtotal |  | 6 |  | 6"),
        ("sheet ANPR row 7", "GRAND TOTAL |  | 24 | 14 | 38"),
    )
    assert read_segments(rows, request=request).camera_count == 38


def test_a_table_of_questions_drawn_with_outer_bars_aligns_each_row() -> None:  # guard
    request = (
        "1. Number of CCTV cameras at the depot.\n2. Are any made by Hikvision?\n3. Are any made by Dahua?\n"
    )
    reply = (
        "| No. | Question | Response |\n| 1 | Number of CCTV cameras at the depot | 12 |\n"
        "| 2 | Hikvision? | No |\n| 3 | Dahua? | No |\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "no" and found.vendor_status("Dahua") == "no"
    assert found.camera_count == 12


def test_a_make_not_held_for_some_rows_leaves_the_others_unknown() -> None:
    request = "1. How many cameras at each academy?\n2. Are any Hikvision?\n3. Are any Dahua?\n"
    rows = table_rows(
        ("table 1 row 1", "Academy | Number of CCTV cameras | Make"),
        ("table 1 row 2", "Riverside Academy | 24 | Hikvision"),
        ("table 1 row 3", "Kingfisher Primary | 6 | Hikvision"),
        ("table 1 row 4", "Northgate Academy | Not held (PFI) | Not held (PFI)"),
        ("table 1 row 5", "Total (Trust-operated systems) | 30"),
    )
    found = read_segments(rows, request=request)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "unknown"  # (the PFI academy's makes are not known)
    assert found.camera_count == 30


def test_the_make_column_of_a_header_over_two_rows_is_read() -> None:
    request = "1. How many CCTV cameras, internal and external?\n2. What make are they?\n"
    rows = table_rows(
        ("table 1 row 1", "Building | Cameras |  | Camera make | Recorder"),
        ("table 1 row 2", " | Internal | External"),
        ("table 1 row 3", "Council HQ | 19 | 8 | Hanwha | Dahua NVR"),
        ("table 1 row 4", "Inverallan Academy | 11 | 14 | Vivotek | Dahua NVR"),
    )
    found = read_segments(rows, request=request)
    assert found.camera_count == 52
    assert found.vendor_status("Hikvision") == "no"  # Hanwha and Vivotek are all the cameras' makes
    assert found.vendor_status("Dahua") == "yes"  # (its recorders are in use)


def test_recorders_named_with_a_slash_are_no_cameras() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. Are any Hikvision?\n"
    reply = "1. The Council has 9 network/hybrid video recorders in total.\n2. No.\n"
    assert _read(reply, request).camera_count is None


def test_a_row_saying_its_information_is_not_held_makes_the_answer_partial() -> None:
    request = "1. How many CCTV cameras at each hospital?\n2. Are any made by Hikvision?\n"
    rows = table_rows(
        ("table 1 row 1", "Site | Make | Number of cameras"),
        ("table 1 row 2", "Queen's Hospital | Axis | 86"),
        ("table 1 row 3", "Trentham Treatment Centre (PFI building) | Information not held by the Trust"),
    )
    assert read_segments(rows, request=request).outcome == "partially_answered"


def test_a_recorder_row_naming_its_make_counts_no_cameras() -> None:
    request = "1. How many cameras?\n2. Who manufactured them?\n"
    rows = table_rows(
        ("table 1 row 1", "Manufacturer | Units"),
        ("table 1 row 2", "Hikvision (cameras) | 16"),
        ("table 1 row 3", "Axis (cameras) | 4"),
        ("table 1 row 4", "Hikvision DS-7616NI NVR (recorder) | 2"),
    )
    assert read_segments(rows, request=request).camera_count == 20


def test_questions_labelled_in_roman_numerals_in_a_table_align() -> None:
    request = "(i) How many CCTV cameras does the school have?\n(ii) Are any made by Hikvision?\n"
    rows = table_rows(
        ("sheet Response row 1", "No. | Question |  | Response"),
        ("sheet Response row 2", "i | How many CCTV cameras does the school have? |  | 38"),
        ("sheet Response row 3", "ii | Are any made by Hikvision? |  | No"),
    )
    found = read_segments(rows, request=request)
    assert found.camera_count == 38 and found.vendor_status("Hikvision") == "no"


def test_a_table_headed_you_asked_and_our_response_aligns_its_rows() -> None:
    request = (
        "I would like to know how many CCTV cameras the trust has, what brands they are, whether you have "
        "any made by Hikvision and whether you have any made by Dahua."
    )
    rows = table_rows(
        ("table 1 row 1", "No. | You asked | Our response"),
        ("table 1 row 2", "1 | How many CCTV cameras the Trust has | 431"),
        ("table 1 row 3", "2 | What brands they are | Axis, Hanwha and HikVision."),
        ("table 1 row 4", "3 | Whether you have any made by Hikvision | See answer to Q2."),
        ("table 1 row 5", "4 | Whether you have any made by Dahua | See answer to Q2."),
    )
    found = read_segments(rows, request=request)
    assert found.vendor_status("Hikvision") == "yes" and found.vendor_status("Dahua") == "no"


def test_anpr_capable_cameras_in_a_register_are_cctv_cameras() -> None:
    request = (
        "1) The total number of CCTV cameras operated by the council.\n2) The manufacturer at each site.\n"
    )
    rows = table_rows(
        ("table 1 row 1", "Site | Camera type | No. of cameras | Manufacturer"),
        ("table 1 row 2", "High Street | PTZ | 8 | Bosch"),
        ("table 1 row 3", "Depot yard | ANPR-capable fixed | 5 | Axis"),
    )
    assert read_segments(rows, request=request).camera_count == 13


def test_parts_labelled_with_a_dash_add_up() -> None:
    request = "1. The number of CCTV cameras owned or operated by the council.\n2. Are any Hikvision?\n"
    reply = (
        "1. The number of CCTV cameras owned or operated by the council.\n"
        "Public space CCTV - 38 cameras (town centre 26, Fenby 8, Northwick 4). These cameras are owned by "
        "the council.\nCouncil buildings - 9 cameras at Quay House.\n"
        "2. Are any Hikvision?\nNo.\n"
    )
    assert _read(reply, request).camera_count == 47


def test_a_count_asked_if_yes_to_either_of_two_questions_says_neither_make() -> None:
    request = (
        "1. Total number of CCTV cameras?\n2. Are any cameras manufactured by Hikvision?\n"
        "3. Are any cameras manufactured by Dahua?\n4. If yes to 2 or 3, how many and where?\n"
    )
    reply = (
        "1. Approx. 900\n2. No\n3. Please see the answer to 4.\n4. 36, all in the multi-storey car park.\n"
    )
    found = _read(reply, request)
    assert found.vendor_status("Hikvision") == "no"  # (the 36 are not Hikvision's: question 2 says no)


def test_bedrooms_are_places_not_cameras() -> None:
    request = (
        "Q1 How many cameras are in patient bedrooms or seclusion rooms?\nQ2 Are any made by Hikvision?\n"
    )
    reply = (
        "Q1 - Cameras are in seclusion rooms only. The Trust uses a monitoring system in 46 bedrooms; it is "
        "not "
        "CCTV.\nQ2 - No.\n"
    )
    assert _read(reply, request).camera_count is None


# -- a ruled PDF table read through --


def _ruled_reply() -> bytes:
    rows = (
        ("Site", "Make", "Model", "Number of cameras"),
        (
            "Civic Centre, Market Street (internal and external, including council chamber lobby and "
            "reception)",
            "Axis Communications",
            "P3265-LVE dome / M3106-L Mk II mini dome",
            "18",
        ),
        (
            "Riverside Multi-Storey Car Park (levels 0 to 5, stair cores A and B, pay station area)",
            "Hikvision",
            "DS-2CD2T46G2-4I bullet and DS-2DE4425IW-DE PTZ",
            "24",
        ),
        ("Bramley Road Depot (yard, fuel island, vehicle gate)", "HiWatch", "IPC-B140H", "9"),
    )
    before = "Questions 1 and 2 - the cameras at each site are shown in the table below."
    after = "Question 3 - Dahua: none of the cameras or recorders are made by Dahua."
    return ruled_pdf(rows, (60, 35, 40, 20), before, after, size=9, height=5)


def test_a_ruled_table_of_wrapped_cells_is_counted_row_by_row() -> None:
    request = (
        "1. How many CCTV cameras does the council operate?\n"
        "2. For each site please give the make and model of cameras and the number of cameras.\n"
        "3. Are any made by Hikvision or Dahua?\n"
    )
    doc = read_bytes(_ruled_reply(), "reply.pdf")
    found = read_segments(doc.segments, request=request)
    assert found.camera_count == 18 + 24 + 9  # (not the storeys in a wrapped site name)
    assert found.vendor_status("Hikvision") == "yes"
    assert found.vendor_status("Dahua") == "no"
