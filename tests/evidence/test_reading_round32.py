"""Round 32 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them. Tables a PDF sets out without rules and scanned pages' layout, read this round,
are tested in ``tests/documents/test_pdf_columns.py`` and ``tests/documents/test_ocr_layout.py``, and read
through at the end of this file."""

from __future__ import annotations

from tests.documents.files import ruled_pdf
from tests.evidence.letters import read_letter, table_rows

from camcensus.documents.model import TextSegment
from camcensus.documents.reader import read_bytes
from camcensus.evidence.reading import read_segments

_SCHOOL = (
    "1. Does the school have CCTV, and if so how many cameras?\n"
    "2. Are any of the cameras made by Hikvision?\n"
    "3. Are any of the cameras made by Dahua?\n"
)


# -- counts --


def test_a_yes_before_a_count_and_its_places_is_the_count_not_their_sum() -> None:
    reply = (
        "1. Yes - 6 cameras (3 at the front gate, 2 at the back playground, 1 by the hall). They are Axis "
        "ones, bought by the PTA in 2021.\n2. No\n3. No\n"
    )
    assert read_letter(reply, _SCHOOL).camera_count == 6


def test_a_yes_before_parts_still_sums_them() -> None:  # guard
    reply = "1. Yes, 12 fixed cameras and 4 PTZ cameras.\n2. No\n3. No\n"
    assert read_letter(reply, _SCHOOL).camera_count == 16


_TRUST = (
    "1. How many cameras are there at each school in the Trust?\n"
    "2. What make are they?\n"
    "3. Are any Hikvision or Dahua?\n"
)


def test_an_aside_naming_the_recorder_leaves_a_sites_cameras_counted() -> None:
    rows = table_rows(
        ("table 1 row 1", "School | Cameras | Manufacturer"),
        ("table 1 row 2", "Ashgrove Primary | 12 | Axis"),
        ("table 1 row 3", "Dunmore Primary | 10 | Hik Vision (recorder is Hikvision too)"),
        ("table 1 row 4", "Elmstead Academy | 51 | Avigilon"),
    )
    found = read_segments(rows, request=_TRUST)
    assert found.camera_count == 73 and found.vendor_status("Hikvision") == "yes"


def test_a_recorders_row_is_still_no_cameras() -> None:  # guard
    rows = table_rows(
        ("table 1 row 1", "Site | Cameras | Manufacturer"),
        ("table 1 row 2", "Ashgrove Primary | 12 | Axis"),
        ("table 1 row 3", "Ashgrove Primary | 2 | Hikvision NVR (recorder)"),
        ("table 1 row 4", "Elmstead Academy | 51 | Avigilon"),
    )
    assert read_segments(rows, request=_TRUST).camera_count == 63


_ICB = (
    "1. How many CCTV cameras are installed at the ICB's offices and premises?\n"
    "2. Who manufactures them?\n"
    "3. Do you have any cameras made by Hikvision or Dahua?\n"
)


def test_a_footnote_under_a_table_is_no_answer_of_how_many() -> None:
    segments = [
        TextSegment(0, "text", "Questions 1 and 2"),
        *table_rows(
            ("table 1 row 1", "Premises | Cameras | Manufacturer"),
            ("table 1 row 2", "Kingfisher House | 14 | Axis"),
            ("table 1 row 3", "Tanner Street hub | 10 | Other\u00b9"),
            ("table 1 row 4", "Records store | 5 | Axis"),
        ),
        TextSegment(
            5,
            "text",
            "\u00b9 The Tanner Street cameras were inherited in 2022: 6 are Hikvision and 4 are Uniview.\n\n"
            "Question 3\n\nThe ICB does not have any Dahua cameras.",
        ),
    ]
    segments = [TextSegment(n, s.location, s.text, row=s.row) for n, s in enumerate(segments)]
    found = read_segments(segments, request=_ICB)
    assert found.camera_count == 29 and found.vendor_status("Hikvision") == "yes"


# -- a table of questions and answers, then another table --


def test_a_table_after_answers_set_out_as_questions_and_responses_is_read_as_a_table() -> None:
    request = (
        "Q1 The total number of CCTV cameras operated by the Trust.\n"
        "Q2 A breakdown by hospital/site, with the manufacturer of the cameras.\n"
        "Q3 Are any of the Trust's CCTV cameras manufactured by Dahua?\n"
    )
    segments = [
        TextSegment(
            0,
            "page 1",
            "Q   Response\n1   Please see Appendix A (total row).\n2   Please see Appendix A.\n"
            "3   Please see Appendix A.\n\nKind regards,\nFOI Office",
            page=1,
        ),
        *table_rows(
            ("table 1 row 1", "Site | Location | No. | Manufacturer"),
            ("table 1 row 2", "Royal Hospital | Main entrance | 40 | Hanwha"),
            ("table 1 row 3", " | Car park | 30 | Axis"),
            ("table 1 row 4", "Harrow Lane Clinic | Reception | 4 | Dahua"),
            ("table 1 row 5", " | TOTAL (all sites) | 74"),
        ),
    ]
    segments = [TextSegment(n, s.location, s.text, page=1, row=s.row) for n, s in enumerate(segments)]
    found = read_segments(segments, request=request)
    assert found.camera_count == 74 and found.vendor_status("Dahua") == "yes"


# -- read through: a PDF table set out without rules --


def test_a_borderless_pdf_table_of_sites_with_wrapped_names_is_counted_whole() -> None:
    request = (
        "Q1 How many cameras are there in total?\nQ2 Which buildings, and how many in each?\n"
        "Q3 Are any Hikvision?\n"
    )
    rows = (
        ("Service area", "Premises", "Internal", "External", "Total", "Camera make"),
        ("Adult Social Care", "Fernlea Day Centre", "4", "3", "7", "Hanwha"),
        ("Environment", "Household Waste Recycling Centre, Tolley Lane", "0", "8", "8", "Vista"),
        ("Culture and Leisure", "Corrington Museum and Art Gallery", "14", "3", "17", "Axis"),
    )
    pdf = ruled_pdf(rows, (35, 45, 20, 20, 15, 30), "Q1-Q3", "Q3 No.", lines=False, size=9, height=5)
    found = read_segments(read_bytes(pdf, "reply.pdf").segments, request=request)
    assert found.camera_count == 32


# -- outcomes --

_ANPR = (
    "1. How many fixed ANPR cameras does the force operate in the division?\n"
    "2. Where are they located?\n"
    "3. Who manufactures the ANPR cameras?\n"
)


def test_a_refusal_of_a_request_about_anpr_saying_what_anpr_is_used_for_discloses_nothing() -> None:
    reply = (
        "I can confirm that the information is held and that the following exemptions apply to all parts of "
        "your request:\n\nSection 35(1)(a) - Law Enforcement\nANPR is used to detect, deter and disrupt "
        "criminality at a local, force, regional and national level. Disclosure of the number or location of "
        "cameras would allow individuals to plan routes which avoid detection.\n"
    )
    assert read_letter(reply, _ANPR).outcome == "refused"


def test_anpr_said_to_be_used_where_nothing_is_refused_answers() -> None:  # guard
    reply = "1. The force uses ANPR at 12 fixed sites.\n2. The A9 and A96 corridors.\n3. Genetec.\n"
    assert read_letter(reply, _ANPR).outcome == "answered"


def test_bare_answers_read_without_their_request_answer() -> None:
    reply = "Our responses are below.\n\n74\nNo\nNo\nYes - attached (CCTV Policy v3.2)\n"
    assert read_letter(reply).outcome == "answered"
