"""Round 11 of the reading rules: each test fails with the rules of the round before."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


def test_questions_numbered_inside_one_paragraph_are_split() -> None:
    request = (
        "Hello, I'd like to know about the cameras the council uses to catch fly-tippers. 1) How many "
        "cameras does the council have for fly-tipping enforcement? 2) Where are they deployed? 3) Are any "
        "of them Hikvision or Dahua? Thanks, Sam Smith"
    )
    questions = split_request(request)
    assert [q.n for q in questions] == [1, 2, 3]
    assert questions[2].text == "Are any of them Hikvision or Dahua?"
    reading = _read("1) The Council has 14 cameras.\n\n2) Withheld.\n\n3) No.", request)
    assert reading.camera_count == 14
    assert reading.vendor_status("Hikvision") == "no"


def test_numbers_out_of_sequence_in_prose_do_not_split_a_request() -> None:
    request = (
        "Please tell me how many cameras you had in 2023. 5) was my earlier question. What make are they?"
    )
    assert all(not q.label for q in split_request(request))


def test_bracketed_numbers_run_on_with_semicolons_split_a_request() -> None:
    request = (
        "FOI request. Please tell me: (1) how many CCTV cameras the office operates; (2) whether any are "
        "made by Hikvision or Dahua; and (3) whether any have facial recognition."
    )
    assert [q.text for q in split_request(request)] == [
        "how many CCTV cameras the office operates;",
        "whether any are made by Hikvision or Dahua;",
        "whether any have facial recognition.",
    ]
    reply = "(1) The office operates 6 internal CCTV cameras.\n\n(2) We neither confirm nor deny.\n\n(3) No."
    assert _read(reply, request).camera_count == 6


def test_a_schedule_of_models_times_quantities_is_summed_and_sites_are_no_count() -> None:
    request = "Q1. The number of CCTV cameras operated by the Authority.\nQ2. The make of each camera."
    reply = (
        "Q1-Q2\n"
        "Our CCTV is limited to the three visitor centres, two pay and display car parks and the depot. The "
        "schedule of the equipment installed:\n\n"
        "    DS-2CD2143G2-I          x 14\n"
        "    IPC-HDW2431T-AS-S2      x 6\n"
        "    4 x Axis P3265-LVE\n"
    )
    assert _read(reply, request).camera_count == 24


def test_a_resolution_is_no_quantity_row() -> None:
    from camcensus.evidence.count_rows import row_count

    assert row_count("Resolution 1920 x 1080") is None
    assert row_count("NVR x 2") is None
    assert row_count("Axis P3265-LVE x 4") == (4, False)


def test_a_list_of_exemptions_by_question_is_read_and_the_reply_is_partial() -> None:
    reply = (
        "DECISION UNDER THE TERMS OF THE FREEDOM OF INFORMATION ACT\n\n"
        "I can confirm that the force holds some relevant information. Most of this information is attached; "
        "however, I am withholding some of it because I consider that the following exemptions apply:\n\n"
        "Questions 2 and 3 \u2013 Section 31 (1) (a)(b) (Law Enforcement)\n"
        "Question 6 \u2013 Section 21 (Information Reasonably Accessible By Other Means)\n"
    )
    reading = _read(reply)
    assert sorted(reading.as_dict()["exemptions"]) == ["s21", "s31"]
    assert reading.outcome == "partially_answered"


def test_a_decision_to_disclose_the_information_is_an_answer_unless_something_is_withheld() -> None:
    said = (
        "Decision\nI have today decided to disclose the located information to you.\n\n"
        "I can confirm there are no plans to install new equipment as part of this project."
    )
    assert _read(said).outcome == "answered"
    refused = (
        "We are able to disclose the located information to you as follows.\n\n"
        "A response to this part of your request will not be provided: we rely on sections 24(1) and 31(1)."
    )
    assert _read(refused).outcome == "refused"


def test_camera_channels_are_no_cameras() -> None:
    reply = (
        "The Security Operations Centre records 1,236 camera channels, which equates to approximately 1,150 "
        "physical cameras because some multi-sensor units occupy more than one channel."
    )
    assert _read(reply).camera_count == 1150


def test_rows_whose_label_has_a_long_aside_are_summed() -> None:
    request = "Q1. How many CCTV cameras does your organisation currently operate?\nQ2. Are any Hikvision?"
    reply = (
        "Q1. How many CCTV cameras does your organisation currently operate?\n\n"
        "We have gathered figures from the service areas responsible:\n\n"
        "- Community Safety (public realm cameras monitored from the CCTV Control Room): 612\n"
        "- Housing Management (estate cameras, lifts and communal entrances): 587\n"
        "- Corporate Property (civic and operational buildings): 75\n\n"
        "Q2. No."
    )
    assert _read(reply, request).camera_count == 1274


def test_a_heading_naming_lettered_parts_points_the_answer_below_to_them() -> None:
    request = (
        "(a) How many CCTV cameras does the Service operate?\n(b) Who manufactures those cameras?\n"
        "(c) Are any of them made by Hikvision or Dahua?\n(d) At which stations are the cameras located?"
    )
    reply = (
        "Part (a) - number of cameras\nThe Service currently operates 76 CCTV cameras.\n\n"
        "Parts (b) and (c) - manufacturer, and whether Hikvision or Dahua\n"
        "I uphold the original decision that this information is exempt under section 24(1) and section "
        "31(1)(a).\n\n"
        "Part (d) - locations\nI uphold the original decision under section 31(1)(a)."
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "unknown"
    assert reading.vendor_status("Dahua") == "unknown"
    assert reading.camera_count == 76
    assert reading.outcome == "partially_answered"


def test_if_so_how_many_after_asking_whether_the_body_has_any_is_the_total() -> None:
    request = (
        "1. Does the council own or operate any drones with cameras? If so how many?\n"
        "2. What are the make and model of each drone?"
    )
    assert _read("1. Yes, we have three drones.\n\n2. DJI.", request).camera_count == 3
    some = "1. Are any CCTV cameras located inside patient bedrooms? If so, how many?\n2. Who makes them?"
    assert _read("1. Yes, 4.\n\n2. Axis.", some).camera_count is None


def test_exemptions_cited_in_reliance_with_long_titles_or_as_available_elsewhere() -> None:
    from camcensus.evidence.outcome import find_exemptions

    def codes(text: str) -> list[str]:
        return [e.code for e in find_exemptions(text, "foia")]

    assert codes("The PTE neither confirms nor denies, in reliance on sections 24(2), 31(3) and 38(2).") == [
        "s24",
        "s31",
        "s38",
    ]
    long_title = (
        "The information is exempt under sections 24(1) (national security), 31(1)(a) and (f) (law "
        "enforcement - the prevention or detection of crime and the maintenance of security and good order "
        "in prisons) and 38(1)(a)-(b) (health and safety) of the FOIA."
    )
    assert codes(long_title) == ["s24", "s31", "s38"]
    assert codes("A map of the camera locations is available on the Council's website (section 21).") == [
        "s21"
    ]


def test_an_answer_pointing_to_another_in_welsh_gives_no_count_of_its_own() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. What makes are they, how many of each?"
    reply = (
        "1. Gweler ateb 2.\n   See answer to Q2.\n\n"
        "2. 98 camera Hikvision a 42 camera Vivotek.\n   98 Hikvision cameras and 42 Vivotek cameras."
    )
    assert _read(reply, request).camera_count == 140


def test_a_run_on_request_with_a_lead_in_and_lowercase_numbers_is_split() -> None:
    led = (
        "Under FOISA I would like to know how many public space CCTV cameras the council runs and what "
        "brands they are, whether any have facial recognition, and how much the council has spent."
    )
    assert [q.ask.kinds[0] for q in split_request(led)][:3] == ["count", "vendors", "capabilities"]
    numbered = (
        "Hi, under FOI please tell me 1. how many CCTV cameras the council runs 2. are any of them made by "
        "Hikvision or Dahua 3. if yes how many of each. Thanks, Dan"
    )
    assert [q.n for q in split_request(numbered)] == [1, 2, 3]
    reading = _read("1. 64\n2. No\n3. N/A", numbered)
    assert (reading.camera_count, reading.vendor_status("Dahua")) == (64, "no")


def test_an_answer_opening_with_the_part_of_the_request_it_answers_is_no_echo() -> None:
    reply = "In relation to part 2 of your request, the University operates 1,214 CCTV cameras."
    assert _read(reply).camera_count == 1214


def test_one_makes_count_after_the_estates_parts_is_inside_them() -> None:
    reply = (
        "The public space CCTV system comprises 164 cameras in the town centres. In addition, there are 95 "
        "cameras installed at Council buildings, depots and schools.\n\n"
        "The building systems are made up of Vicon, Sony and Hikvision cameras. Hikvision accounts for "
        "approximately 20 cameras, all at school and depot sites."
    )
    assert _read(reply).camera_count == 259


def test_a_table_of_counts_by_year_gives_the_latest_year() -> None:
    request = "(a) How many CCTV cameras has the council had each year since 2019?\n(b) Who makes them?"
    reply = (
        "(a)\nYear            Public space cameras\n2019            112\n2020            118\n"
        "2023            140\n2024            137\n(b) Axis."
    )
    assert _read(reply, request).camera_count == 137


def test_cameras_said_to_be_planned_are_no_part_of_the_count() -> None:
    reply = (
        "Annex A\n\nSite | Camera model | Cameras | Recorder\n"
        "County Hall | Axis P3265-LVE | 24 | Milestone XProtect server\n"
        "Highways Depot | Hanwha XNO-6080R | 9 | Hanwha XRN-1610\n\n"
        "Note: 4 x Axis cameras are planned for the new Registration Office (installation expected 2025)."
    )
    reading = _read(reply)
    assert reading.camera_count == 33
    planned = [i for i in reading.items if str(i.kind) == "camera_count" and i.value == "4"]
    assert [i.detail["role"] for i in planned] == ["excluded"]


def test_a_later_statement_that_none_remains_beats_an_earlier_installation() -> None:
    reply = (
        "Hikvision cameras were installed at four stations in 2016. Following the Government's announcement, "
        "these were replaced with Axis cameras during 2023. No Hikvision equipment remains on the Service's "
        "sites."
    )
    assert _read(reply).vendor_status("Hikvision") == "no"
    still = "Hikvision cameras were installed at four stations in 2016. They remain in use."
    assert _read(still).vendor_status("Hikvision") == "yes"


def test_a_denial_of_another_subject_joined_on_does_not_refer_back_and_not_yet_replaced_is_in_use() -> None:
    request = "1. The number of CCTV cameras\n2. The manufacturer\n3. Are any made by Hikvision or Dahua"
    reply = (
        "2/3. The systems at Severn Heights Academy and Longford Academy are HiLook, supplied in 2021. "
        "These systems were installed before the schools joined the Trust and the documentation was not "
        "transferred to us."
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"
    table = "Makes:\nAxis - 41\nHik Vision - 15 (the older stations; these have not been replaced yet)"
    assert _read(table).vendor_status("Hikvision") == "yes"


def test_a_denial_of_the_makers_name_on_the_cameras_gives_way_to_their_sub_brands() -> None:
    denial = "None of the Council's cameras are Hikvision or Dahua branded."
    assert _read(denial + " The cameras in use are: Axis 30, HiLook 12.").vendor_status("Hikvision") == "yes"
    assert _read(denial + " The cameras in use are: Axis 30, Bosch 12.").vendor_status("Hikvision") == "no"
