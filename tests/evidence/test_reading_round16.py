"""Round 16 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


def test_until_last_year_is_past_use_and_no_longer_has_any_after_a_replacement_is_a_denial() -> None:
    reply = (
        "The University currently operates 212 CCTV cameras across the campus.\n\n"
        "Until last year, 38 of the cameras at the sports park were made by Hikvision. These were replaced "
        "with Axis cameras between June and August 2024, and the University no longer has any Hikvision "
        "cameras or recorders.\n\nThe University has no Dahua cameras.\n"
    )
    reading = _read(reply)
    assert reading.vendor_status("Hikvision") == "no"
    assert reading.camera_count == 212


def test_the_new_side_of_a_replacement_is_still_in_use() -> None:
    # guard: the make a replacement brings in is in use
    reading = _read("The Hikvision cameras were replaced with Axis cameras in 2023, and the work is done.")
    assert reading.vendor_status("Hikvision") == "no"


def test_no_cameras_removed_and_no_plan_to_replace_them_are_not_denials_of_use() -> None:
    request = (
        "Question 1: How many CCTV cameras does the Trust operate?\n"
        "Question 2: Which manufacturers' cameras are used?\n"
        "Question 3: Has the Trust removed any Hikvision or Dahua cameras?\n"
        "Question 4: Does the Trust have any plans to replace such cameras?\n"
    )
    reply = (
        "Question 1: approximately one hundred cameras.\n\n"
        "Question 2: Hik-Vision (HiLook range) at four clinic sites; a small number of Axis cameras at the "
        "headquarters.\n\n"
        "Question 3: Dahau cameras previously installed at one clinic were all removed in 2022, and none "
        "remain in use. No Hikvision cameras have been removed.\n\n"
        "Question 4: There is no current plan to replace the HiLook cameras.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") == "no"


def test_not_required_to_provide_it_again_is_not_a_denial_of_the_makes() -> None:
    request = (
        "1. The number of CCTV cameras at each court building.\n"
        "2. Which manufacturers supply these cameras, and whether any are Hikvision or Dahua.\n"
    )
    reply = (
        "Q1 - Cardiff Crown Court 58, Swansea Crown Court 37.\n\n"
        "Q2 - Information on the manufacturers of CCTV equipment across the estate was provided in response "
        "to an earlier request and is published on GOV.UK. As this information is already reasonably "
        "accessible to you, it is exempt under section 21 of the FOIA and we are not required to provide it "
        "again.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "unknown"
    assert reading.vendor_status("Dahua") == "unknown"


_COUNCIL_REQUEST = (
    "Question 1: How many public space CCTV cameras does the Council operate?\n"
    "Question 2: Are any of them made by Hikvision?\n"
)


def test_a_places_count_before_a_full_stop_is_not_the_next_answers_number() -> None:
    reply = (
        "Question 1: Colwyn Bay - 31. Llandudno - 38. Abergele - 9. Conwy town / quay - 11. Llanrwst - 4\n"
        "Question 2: No\n"
    )
    assert _read(reply, _COUNCIL_REQUEST).camera_count == 93


def test_cameras_across_the_car_parks_are_a_part_of_the_count() -> None:
    reply = (
        "1. 64 PUBLIC SPACE CAMERAS (TOWN CENTRE), 12 ACROSS THE COUNCIL'S CAR PARKS AND 9 AT THE COUNCIL "
        "OFFICES.\n2. NO\n"
    )
    assert _read(reply, _COUNCIL_REQUEST.replace("Question ", "").replace(":", ".")).camera_count == 85


def test_a_bracket_of_rates_is_an_aside_and_a_further_figure_adds_to_the_first() -> None:
    request = "1. How many CCTV cameras are installed at your fire stations and headquarters?\n2. Who?\n"
    reply = (
        "1. How many CCTV cameras are installed at your fire stations and headquarters?\n"
        "There are 78 cameras across the Service's 31 fire stations (typically 2 or 3 per station covering "
        "the appliance bay doors and yard) and a further 16 at Service Headquarters.\n"
        "2. Who made them?\nAxis.\n"
    )
    assert _read(reply, request).camera_count == 94


def test_a_heading_of_two_questions_numbered_question_1_and_2_heads_their_answer() -> None:
    request = (
        "Question 1: How many CCTV cameras are installed at buildings owned by the Council?\n"
        "Question 2: How many of these are internal and how many external?\n"
        "Question 3: Please list the manufacturers of these cameras.\n"
    )
    reply = (
        "Question 1 & 2:\nInternal: 143\nExternal: 61\nPlease note these figures exclude cameras at leisure "
        "centres managed under contract.\n\nQuestion 3:\nAxis and Hanwha Vision.\n"
    )
    assert _read(reply, request).camera_count == 204


def test_a_request_numbered_with_bare_numbers_is_split_into_its_questions() -> None:
    request = (
        "Request under FOISA:\n\n1 How many CCTV cameras does the University have on each campus?\n"
        "2 How many cameras of each manufacturer?\n3 Are there plans to expand the system?\n"
    )
    reply = (
        "1 & 3\nCampus | Cameras\nMain campus | 412\nHighland | 22\nWestern Isles | 16\nTotal | 450\n"
        "Planned (2025 upgrade) | 40\n\n2\nAvigilon | 310\nAxis | 140\nHikvision | 0 (all removed 2022)\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 450
    assert reading.vendor_status("Hikvision") == "no"


def test_an_answer_to_the_count_and_the_makes_together_gives_the_count_of_its_rows() -> None:
    # guard: the rows under "Q1-Q3" still count (the makes' question beside it makes it no maker's count)
    request = (
        "Q1. The number of CCTV cameras operated by the Authority.\nQ2. The make and model of them.\n"
        "Q3. Whether any of these are made by Hikvision or Dahua.\n"
    )
    reply = (
        "Q1-Q3\nOur CCTV is limited to the three visitor centres. The schedule of the equipment:\n\n"
        "    DS-2CD2143G2-I          x 14\n    IPC-HDW2431T-AS-S2      x 6\n"
        "    Axis P3265-LVE          x 4\n\n"
        "There are no cameras at the Authority's office.\n"
    )
    assert _read(reply, request).camera_count == 24


def test_schools_counted_in_an_answer_are_not_cameras_nor_a_page_footer() -> None:
    # guard: with the count read from answers to several questions, neither number is the count
    request = (
        "1. The number of CCTV cameras in the Council's schools.\n2. The makes of those cameras.\n"
        "3. Whether any are made by Hikvision or Dahua.\n"
    )
    reply = (
        "Questions 1 to 3\nCCTV at all eight of the Council's secondary schools is maintained by the "
        "Council's contractor. The make of the cameras is not held.\n"
        "Council Information Team - FOI 001734/24 Page 1 of 2\n"
    )
    assert _read(reply, request).camera_count is None


def test_a_tables_internal_and_external_columns_add_up_to_each_rows_cameras() -> None:
    request = (
        "1) the number of CCTV cameras at each fire station, and in total;\n2) the make of the cameras;\n"
        "3) whether any of the cameras are Hikvision or Dahua products;\n"
    )
    reply = (
        "1 | See the breakdown below.\n3 | There are no Hikvision cameras in use.\n\n"
        "Station | Internal | External | Make\nWorcester | 4 | 6 | Axis\nHereford | 3 | 5 | Axis\n"
        "Leominster | - | 2 | Vista\n"
    )
    assert _read(reply, request).camera_count == 20


def test_a_breakdown_of_the_cameras_asks_their_number() -> None:
    request = (
        "1. A breakdown, by hospital site and area, of the CCTV cameras the Trust operates.\n"
        "2. Whether the Trust uses any equipment made by Hikvision or Dahua.\n"
    )
    reply = "1.\nBasildon    37\nOrsett    9\n\n2. No.\n"
    assert _read(reply, request).camera_count == 46


def test_a_sheets_header_ending_in_a_question_heads_its_rows_and_all_cameras_is_their_total() -> None:
    request = (
        "Please could you provide, for each school in the Trust:\n1) number of CCTV cameras (internal / "
        "external)\n2) make of cameras and of the recorders\n3) whether any cameras are in toilets\n"
    )
    reply = (
        "School / site | Internal | External | PTZ | Camera make | Cameras in toilets?\n"
        "Kestrel Academy | 38 | 21 | 2 | Hikvision | No\nLarkfield Primary | 6 | 5 | 0 | Dahua | No\n"
        "Total | 44 | 26 | 2\nAll cameras | 72\n\n"
        "Notes: the 5 cameras on the leisure centre are run by the leisure provider and are not included.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 72
    assert reading.vendor_status("Hikvision") == "yes"


def test_door_entry_cameras_in_a_column_of_their_own_are_not_the_cctv() -> None:
    request = "1. How many CCTV cameras are there at each secondary school?\n2. Are any made by Hikvision?\n"
    reply = (
        "C1 / Q1\n\nYsgol / School | Allanol / External | Mewnol / Internal | Door-entry cameras* | Year\n"
        "Ysgol Friars | 16 | 12 | 3 | 2019\nYsgol Botwnnog | 6 | 2 | 1 | 2015\n\n"
        "* Door-entry cameras are part of the access control system.\n\nC2 / Q2\nNo.\n"
    )
    assert _read(reply, request).camera_count == 36


def test_a_figure_given_in_welsh_then_in_english_is_said_once() -> None:
    request = "1. How many CCTV cameras does the Council operate?\n2. Are any made by Hikvision?\n"
    reply = (
        "1. Mae'r Cyngor yn gweithredu chwe deg pedwar o gamerâu TCC ar draws ei swyddfeydd. The Council "
        "operates sixty-four CCTV cameras across its offices, depots and car parks.\n2. Nac oes. No.\n"
    )
    assert _read(reply, request).camera_count == 64


def test_the_information_from_another_team_below_is_the_answer_forwarded() -> None:
    request = (
        "1. How many CCTV cameras are installed at your fire stations?\n2. What makes of camera are they?\n"
        "3. Are any manufactured by Hikvision?\n4. Are any manufactured by Dahua?\n"
    )
    reply = (
        "Dear Mr Hale\n\nPlease see the information from our Estates department below, which answers "
        "questions 1, 2 and 3.\n\nQ4 - the answer is no.\n\nRegards\n\nJo Ashdown\n\n"
        "---------- Forwarded message ---------\nFrom: Paul Dewsbury <paul.dewsbury@example.gov.uk>\n"
        "Subject: RE: FOI 0962 - CCTV\n\nHi Jo\n\nNumbers - 118 cameras installed across the 24 stations and "
        "headquarters.\n\nMakes - the on-call stations are mostly HiLook, Axis at headquarters.\n\nPaul\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 118
    assert reading.vendor_status("Hikvision") == "yes"


def test_questions_2_to_5_answered_with_one_refusal_are_refused_beside_the_count() -> None:
    request = (
        "1. How many CCTV cameras are operated by the force?\n2. Which companies made these cameras?\n"
        "3. Are any of the cameras made by Hikvision?\n4. Are any of the cameras made by Dahua?\n"
    )
    reply = (
        "I note you seek access to the following information:\n" + request + "Response\n"
        "Following receipt of your request, searches were conducted to locate relevant information.\n"
        "Question 1: The force currently operates 1,214 CCTV cameras across the police estate.\n"
        "Questions 2 to 4: West Marcia Police can neither confirm nor deny that it holds any other "
        "information relevant to your request by virtue of the following exemptions:\n"
        "Section 24(2) National Security\nSection 31(3) Law Enforcement\n"
    )
    reading = _read(reply, request)
    assert reading.outcome == "partially_answered"
    assert reading.camera_count == 1214


def test_places_counted_in_words_and_nil_are_rows_of_the_count_but_a_number_in_words_alone_is_not() -> None:
    request = "1. The number of CCTV cameras at each school in the Trust.\n2. The make of the cameras.\n"
    reply = (
        "1.\nOakfield Primary Academy \u2013 16\nHillcrest Academy \u2013 42\n"
        "St Mary's C of E Primary \u2013 nil (no CCTV system at this school)\n"
        "Brookside Infant School \u2013 six (external only)\n\n2.\nOakfield \u2013 HiLook\n\n"
        "If you are dissatisfied with the handling of your request you may ask for an internal review by "
        "contacting the Trust's Data Protection Lead. If you remain dissatisfied you may contact the ICO.\n"
    )
    assert _read(reply, request).camera_count == 64
    # guard: "Thirty-two" is a number, not a place called "Thirty" with 2 cameras
    assert _read("1. Thirty-two\n2. Axis\n", request).camera_count == 32


def test_labelled_figures_are_parts_though_one_says_across_the_suites() -> None:
    reply = (
        "Custody: 312 cameras across the force's 5 custody suites.\n\n"
        "Police stations (front counters, yards, perimeters): 127 cameras.\n\n"
        "Public space: the force operates 46 town centre cameras (38 fixed, 8 PTZ).\n"
    )
    assert _read(reply).camera_count == 485


def test_responses_in_capitals_below_are_typed_under_the_quoted_request() -> None:
    request = "1. The number of ANPR cameras in council car parks.\n2. The manufacturer of those cameras.\n"
    reply = (
        "Dear Mr Gaunt\n\nPlease see responses in CAPITALS below.\n\nKind regards\nJo Harnett\n"
        "Information Governance Support Officer\n\nFrom: Martin Gaunt\nSent: 01 September 2025 18:33\n"
        "To: FOI\nSubject: FOI: ANPR in council car parks\n\nPlease provide:\n"
        + request.replace("\n2.", "\nFOURTEEN CAMERAS ACROSS FIVE CAR PARKS.\n\n2.")
        + "ALL UNITS ARE HIK VISION DS-TCG406-E CAMERAS.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 14
    assert reading.vendor_status("Hikvision") == "yes"


def test_a_reply_in_two_parts_under_banners_is_read_whole() -> None:
    request = (
        "Question 1: How many CCTV cameras does the Trust operate at each of its sites?\n"
        "Question 2: Which manufacturers supplied these cameras?\n"
        "Question 3: Are any Hikvision or Dahua products used in the Trust's CCTV system?\n"
    )
    reply = (
        "==========================\nPART 2 - sent 14/08/2025 16:05\n==========================\n"
        "From: Information Governance (County Hospital)\nTo: Helen Marsh\nSubject: FOI 25-412 - Part 2\n\n"
        "Dear Dr Marsh\n\nFurther to Part 1 of our response (below), the Trust is now able to respond.\n\n"
        "Question 2: Which manufacturers supplied these cameras?\nResponse: Axis Communications - 176\n"
        "          HiWatch - 97\n\nQuestion 3: Are any Hikvision or Dahua products used?\n"
        "Response: Please see the answer to Question 2. No Dahua products.\n\nKind regards\n"
        "Information Governance Team\n\n==========================\nPART 1 - sent 29/07/2025 10:47\n"
        "==========================\nDear Dr Marsh\n\nWe are able to answer Question 1 now.\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") == "no"
