"""Round 24 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing. The letters here are written for the tests, in the forms the round's blind sets
showed, not copied from them."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments

_read = read_letter

_COUNT_AND_MAKES = (
    "1. How many CCTV cameras does the council operate?\n2. Which manufacturers supply them?\n"
    "3. Are any of them made by Hikvision or Dahua?\n"
)
_RUN_ON = (
    "Please tell me how many CCTV cameras you have and where they are, "
    "what make they are, and whether any are "
    "made by Hikvision or Dahua.\n"
)


def _rows(rows: list[str], request: str | None, where: str = "table 1") -> object:
    segments = [
        TextSegment(seq=n, text=r, location=f"{where} row {n + 1}", row=n + 1) for n, r in enumerate(rows)
    ]
    return read_segments(segments, request=request)


# -- counts --


def test_sites_listed_under_a_line_naming_the_cameras_are_summed() -> None:
    reply = (
        "Thank you for your request.\n\nOur cameras are:\n- Bridge Street - "
        "5\n- Leisure centre car park - 2\n"
        "- Allotments (gate) - 1\n\nThey are Axis cameras, put in during 2020.\n"
    )
    assert _read(reply, _RUN_ON).camera_count == 8
    assert _read(reply).camera_count == 8  # read alone too


def test_a_heading_of_cameras_by_make_heads_no_sites() -> None:
    """Guard: rows of makes are read as makes' rows, once."""
    reply = "Our cameras by make:\n- Axis - 5\n- Hanwha - 3\n"
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 8


def test_a_total_row_whose_label_spans_two_columns_gives_the_cameras_column() -> None:
    rows = [
        "Site | Make | Cameras | Recorders",
        "Depot | Axis | 12 | 1",
        "Depot | Hanwha | 30 | 2",
        "Museum | Axis | 7 | 1",
        "Total | 49 | 4",
    ]
    assert _rows(rows, _COUNT_AND_MAKES).camera_count == 49  # type: ignore[attr-defined]


# -- makes --


def test_a_no_after_the_makes_answers_the_question_of_hikvision_or_dahua() -> None:
    request = (
        "Q1. Does the Service use body-worn cameras?\nQ2. How many?\n"
        "Q3. Who manufactures them? Are any made by Hikvision or Dahua?\n"
    )
    reading = _read("Q1. Yes.\nQ2. 22\nQ3. Motorola Solutions (VB400). No.\n", request)
    assert reading.vendor_status("Hikvision") == "no" and reading.vendor_status("Dahua") == "no"


def test_a_writer_who_cannot_say_either_way_neither_says_nor_denies() -> None:
    reply = (
        "We have about 20 cameras. I've asked the installer who made them but "
        "not heard back, so I can't tell "
        "you about Hikvision or Dahua I'm afraid.\n"
    )
    reading = _read(reply, _RUN_ON)
    assert reading.vendor_status("Hikvision") == "unknown" and reading.vendor_status("Dahua") == "unknown"


def test_a_make_the_writer_could_not_swear_to_is_not_denied() -> None:
    reply = "The newer cameras might be Hik Vision but I couldn't swear to it.\n"
    assert _read(reply, _RUN_ON).vendor_status("Hikvision") == "unknown"


def test_a_make_taken_down_in_the_same_sentence_is_not_in_use() -> None:
    reply = (
        "We had a Dahua camera on the boathouse but it was taken down last year when the roof was redone.\n"
    )
    assert _read(reply, _RUN_ON).vendor_status("Dahua") == "no"


def test_did_have_is_possession_in_the_past() -> None:
    reply = "The Board does not currently have CCTV. We did have a Hikvision camera at the sluice.\n"
    assert _read(reply, _RUN_ON).vendor_status("Hikvision") == "no"


def test_the_make_of_the_recorders_beside_cameras_of_no_known_make_lists_no_makes() -> None:
    for gap in ("We do not know who made the cameras themselves.", "Our records do not include their make."):
        reply = f"We have 6 cameras. {gap} Recording is on a Dahua 8-channel NVR in the office.\n"
        reading = _read(reply, _RUN_ON)
        assert reading.vendor_status("Dahua") == "yes" and reading.vendor_status("Hikvision") == "unknown"
        assert reading.outcome == "partially_answered"


def test_a_question_repeated_whole_with_a_dash_in_it_is_no_answer() -> None:
    request = (
        "a) the number of fixed ANPR cameras the force operates\n"
        "b) the make of those cameras - in particular are any supplied by Hikvision or Dahua\n"
    )
    reply = (
        "You asked:\n\na) the number of fixed ANPR cameras the force operates\n"
        "b) the make of those cameras - in particular are any supplied by Hikvision or Dahua\n\n"
        "a) The force operates about 180 fixed ANPR cameras.\n\n"
        "The information at b) is exempt under section 31(1)(a) of the Act.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "unknown" and reading.vendor_status("Dahua") == "unknown"


def test_the_ncnd_caution_that_information_exists_or_not_denies_no_make() -> None:
    request = "(a) Are any Hikvision or Dahua cameras installed at your premises?\n"
    reply = (
        "(a) Under section 18(1) the Authority can neither confirm nor deny "
        "whether it holds the information, "
        "relying on section 35(1)(a).\n\nThis should not be taken as "
        "conclusive evidence that the information "
        "you have requested exists or does not exist.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "unknown" and reading.vendor_status("Dahua") == "unknown"


def test_the_laws_account_of_what_ncnd_covers_applies_no_exemption() -> None:
    reply = (
        "We can neither confirm nor deny whether we hold the information, under section 18(1), relying on "
        "section 35(1)(a). Section 18 applies where, if the information was "
        "held, it would be exempt under one "
        "or more of the exemptions in sections 28 to 35, 38, 39(1) or 41 of the Act.\n"
    )
    assert sorted(_read(reply).as_dict()["exemptions"]) == ["s35"]


def test_no_cameras_used_for_a_purpose_is_not_no_cameras() -> None:
    request = "1. Does the force use facial recognition on CCTV?\n2. If so, with which cameras?\n"
    reply = "1. No cameras are used by the force for facial recognition.\n2. Not applicable.\n"
    reading = _read(reply, request)
    assert reading.camera_count is None and reading.vendor_status("Hikvision") == "unknown"


# -- outcome --


def test_a_refusal_as_vexatious_beside_the_commissioners_name_is_read() -> None:
    reply = (
        "Having considered the history of your requests and the guidance from the Information Commissioner, "
        "the Council considers this request vexatious and so under section 14(1) it will not be answered.\n"
    )
    reading = _read(reply, _COUNT_AND_MAKES)
    assert reading.outcome == "refused" and sorted(reading.as_dict()["exemptions"]) == ["s14"]


def test_nothing_from_a_maker_denies_it() -> None:
    reply = "The ones at the depot are HiLook, and there is nothing from Dahua anywhere on site.\n"
    reading = _read(reply, _RUN_ON)
    assert reading.vendor_status("Dahua") == "no" and reading.vendor_status("Hikvision") == "yes"


def test_a_brand_of_the_maker_beats_a_belief_that_it_is_not_that_maker() -> None:
    reply = "We have 3 cameras. I don't think they are Hikvision. The boxes they came in say Annke.\n"
    assert _read(reply, _RUN_ON).vendor_status("Hikvision") == "yes"


def test_a_makers_name_not_on_the_devices_is_no_denial_of_its_brands() -> None:
    reply = (
        'The doorbells are EZVIZ DB1C (6) and Imou DB11 (2). Neither "Hikvision" nor "Dahua" appears on '
        "any of the devices.\n"
    )
    reading = _read(reply, _RUN_ON)
    assert reading.vendor_status("Hikvision") == "yes" and reading.vendor_status("Dahua") == "yes"


def test_dummy_cameras_are_no_cctv() -> None:
    reply = (
        "The council put up three dummy cameras on the pavilion to deter vandals. They do not record. So the "
        "council doesn't have any actual CCTV.\n"
    )
    reading = _read(reply, _RUN_ON)
    assert reading.camera_count == 0 and reading.vendor_status("Dahua") == "no"


def test_words_of_a_header_wrapped_onto_a_second_line_leave_the_header_whole() -> None:
    reply = (
        "Site                      Internal   External   NVRs   Manufacturer\n"
        "                          cameras    cameras\n"
        "Northgate Hospital          40         12        3    Axis\n"
        "Riverside Clinic             8          5        1    Hanwha\n"
    )
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 65


def test_an_exemption_set_aside_for_some_parts_and_upheld_for_others_is_applied() -> None:
    reply = (
        "Internal review. I do not consider that section 31(1)(a) is engaged in respect of the number of "
        "cameras, which I now provide: 88.\n\nI have concluded that the original decision to withhold the "
        "locations of the cameras under section 31(1)(a) was correct and this "
        "part of the decision is upheld.\n"
    )
    assert _read(reply, _COUNT_AND_MAKES).as_dict()["exemptions"] == ["s31"]


def test_a_recorders_make_lists_no_makes_of_cameras_unless_recorders_were_asked_of() -> None:
    reply = "We have 12 cameras. They record onto two Hanwha 16-channel NVRs in the control room.\n"
    assert _read(reply, _COUNT_AND_MAKES).vendor_status("Dahua") == "unknown"
    asked = (
        "1. How many CCTV cameras do you have?\n2. Are any of your recorders made by Hikvision or Dahua?\n"
    )
    assert _read(reply, asked).vendor_status("Dahua") == "no"  # guard: the recorders' makes are the answer


def test_no_other_makes_completes_a_list_that_gives_each_makes_share() -> None:
    reply = (
        "2. The cameras in use are HiLook (the large majority, fitted in 2020) and Bosch (at the depot "
        "only). No other makes are in use.\n"
    )
    reading = _read(reply, _COUNT_AND_MAKES)
    assert reading.vendor_status("Hikvision") == "yes" and reading.vendor_status("Dahua") == "no"


def test_a_question_repeated_in_welsh_on_its_answers_line_is_no_later_yes() -> None:
    """Guard: "Oes ...?" opens a question, and the answer after it is the one that counts."""
    request = "1. How many cameras?\n2. Who makes them?\n3. Do you have any Hikvision equipment?\n"
    reply = (
        "Cwestiwn 1: Faint o gamerâu? 30 camera.\nQuestion 1: How many cameras? 30.\n"
        "Cwestiwn 2: Gwneuthurwr: Dahua.\nQuestion 2: Manufacturer: all 30 cameras are Dahua.\n"
        "Cwestiwn 3: Oes gennych offer Hikvision? Nac oes.\n"
        "Question 3: Do you have Hikvision equipment? No.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"
