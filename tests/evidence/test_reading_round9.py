"""Rules read off round 8's held-out sets (aa-mixed, y-mixed, z-real-disclosure-logs) and round 9's sets:
each with a short reply that needs it, read beside the request it answers where the rule is about it."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments

SURVEY = """Please provide the following information:

1. How many CCTV cameras does your organisation currently operate?

2. Are any of these cameras manufactured by Hikvision? If so, how many?

3. Are any of these cameras manufactured by Dahua? If so, how many?

4. Please list the other manufacturers of the CCTV cameras you operate, with the number of cameras from each.
"""


def _read(reply: str, request: str | None = None) -> dict[str, object]:
    return read_segments([TextSegment(0, "text", reply)], path="reply.txt", request=request).as_dict()


def test_a_figure_dated_at_the_time_of_the_request_is_the_count_now() -> None:
    reply = "At the time of your request the system comprised around 640 cameras."
    assert _read(reply, SURVEY)["camera_count"] == 640
    # a sentence that only thanks for the request still gives nothing
    thanks = "Thank you for your request about the 640 cameras in the press."
    assert _read(thanks, SURVEY)["camera_count"] is None


def test_the_makes_named_in_the_request_denied_beside_the_sole_make_in_one_sentence() -> None:
    reply = (
        "I can confirm that the University does not use cameras from either of the manufacturers named in "
        "your second and third questions, and Axis is the only manufacturer of cameras on the system."
    )
    got = _read(reply, SURVEY)
    assert (got["hikvision"], got["dahua"]) == ("no", "no")
    makes = {m["vendor"]: m["status"] for m in got["manufacturers"]}  # type: ignore[union-attr]
    assert makes["Axis"] == "in_use"
    # the denial still reaches a make named in its own clause
    got = _read("The Council does not use Hikvision, and Dahua cameras are not used either.")
    assert (got["hikvision"], got["dahua"]) == ("no", "no")


def test_a_make_standardised_on_is_in_use_beside_older_cameras_retired() -> None:
    reply = (
        "Since 2021 the University has standardised on a single manufacturer, Axis Communications, for all "
        "cameras, and the last of the legacy analogue cameras were retired in summer 2023."
    )
    makes = {m["vendor"]: m["status"] for m in _read(reply)["manufacturers"]}  # type: ignore[union-attr]
    assert makes["Axis"] == "in_use"


def test_cameras_left_out_of_the_figures_and_still_to_be_installed_are_no_count() -> None:
    reply = (
        "Q4. Other manufacturers\n"
        "Site | No. of cameras | Manufacturer\n"
        "Town Centre | 64 | Bosch\n"
        "Civic Centre | 28 | Axis\n"
        "Depot | 17 | Axis\n\n"
        "The figures above do not include the 9 cameras to be installed at Hollins Park in 2024/25.\n"
    )
    assert _read(reply, SURVEY)["camera_count"] == 109


TRAFFIC_REQUEST = """- How many traffic monitoring cameras does the council operate?
- Which manufacturers supplied them, and how many of each? In particular are any made by Hikvision or Dahua?
- Are any of the cameras used for enforcement?
- A list of the camera locations.
"""


def test_a_list_of_makes_with_counts_under_a_total_is_its_breakdown_not_topic_headings() -> None:
    reply = (
        "Number of cameras\n"
        "The Council's Traffic Control Centre operates 143 traffic monitoring cameras.\n\n"
        "Manufacturers\n"
        "Siemens - 62\n"
        "Dahua - 41 (PTZ dome cameras installed on the A4174 and A38 corridors, 2020-21)\n"
        "Axis - 40\n\n"
        "Enforcement\n"
        "None of the traffic monitoring cameras are used for enforcement.\n\n"
        "Locations\n"
        "The locations are withheld under regulation 12(5)(a).\n"
    )
    got = _read(reply, TRAFFIC_REQUEST)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "yes", 143)
    # with no count of the whole, the makes' counts are the parts that make it up
    assert _read("Dahua - 41\nAxis - 40\n", TRAFFIC_REQUEST)["camera_count"] == 81


def test_a_sentence_ends_after_ltd_when_the_next_opens_a_sentence() -> None:
    from camcensus.evidence.text import sentences

    text = "Supplied by Axon Public Safety UK Ltd. The previous fleet was disposed of in 2021."
    assert len(sentences(text)) == 2
    assert len(sentences("Supplied by Axon Ltd. for the force.")) == 1
    reply = (
        "All of the force's body-worn cameras are Axon Body 3 devices, supplied by Axon Public Safety UK "
        "Ltd. The force's previous fleet of approximately 1,600 Reveal cameras was withdrawn in 2021."
    )
    makes = {m["vendor"]: m["status"] for m in _read(reply)["manufacturers"]}  # type: ignore[union-attr]
    assert makes["Axon"] != "past"  # the fleet withdrawn is another


def test_equipment_specified_in_a_successful_bid_is_not_in_use() -> None:
    reply = (
        "The contract was awarded to Chiltern Vision Security Ltd. The equipment specified in the successful "
        "bid is Hikvision (DS-2DE7A series PTZ). Installation is expected to begin next year."
    )
    assert _read(reply)["hikvision"] != "yes"


def test_a_question_counting_recording_devices_asks_no_camera_count() -> None:
    request = "1. The number of CCTV cameras operated by the Trust.\n"
    request += "3. The number of recording devices (NVR/DVR).\n"
    reply = "1. The Trust operates 287 internal and 64 external CCTV cameras.\n\n3. 38.\n"
    assert _read(reply, request)["camera_count"] == 351


ROADS = """* How many traffic monitoring CCTV cameras are there?
* Who are the manufacturers?
* Are any manufactured by Hikvision or Dahua?
* A list of camera locations (road / junction).
"""


def test_headings_in_the_request_order_and_a_count_left_out_of_the_figure() -> None:
    reply = (
        "Number of cameras\n"
        "The Council's Traffic Management Centre has access to 126 traffic monitoring CCTV cameras on the "
        "county road network. In addition the Council operates 14 ANPR cameras used solely for journey time "
        "measurement; these do not provide a CCTV image and are not included in the figure above.\n\n"
        "Manufacturers\n"
        "The traffic monitoring cameras are manufactured by Siemens (73, mainly signal-mounted at "
        "junctions), Da Hua (38 PTZ domes on the A-road corridors) and Axis (15, installed on the A140 "
        "scheme in 2022).\n\n"
        "Locations\n"
        "The Council is withholding the detailed list of camera locations under regulation 12(5)(a).\n"
    )
    got = _read(reply, ROADS)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "yes", 126)
    answers = {q["n"]: q["answer_quote"] for q in got["questions"]}  # type: ignore[union-attr]
    assert answers[1].startswith("The Council's") and answers[2].startswith("The traffic monitoring")
    # "mainly Axis" still leaves the list open
    assert _read("The cameras are mainly Axis.", ROADS)["hikvision"] == "unknown"


def test_a_number_of_them_is_a_subset_and_blocks_are_no_cameras() -> None:
    request = "1. How many CCTV cameras are installed across your housing stock?\n"
    reply = (
        "Q1. We manage 112 residential blocks and CCTV is installed at 38 of them. Across these sites the "
        "CCTV systems comprise 287 cameras and 41 DVRs."
    )
    assert _read(reply, request)["camera_count"] == 287


def test_two_separate_arrangements_sum_and_a_per_make_question_gives_no_total() -> None:
    reply = (
        "1. The Council operates two separate CCTV arrangements. The public space CCTV scheme consists of 87 "
        "cameras across the town centres. Cameras at Council buildings are managed by Property Services and "
        "total 233 cameras.\n\n"
        "4. Public space scheme: all 87 cameras are Bosch.\n"
    )
    assert _read(reply, SURVEY)["camera_count"] == 320


def test_a_make_whose_use_is_not_held_is_unknown_beside_a_list_of_other_makes() -> None:
    reply = (
        "3. The Council does not hold records showing whether any of its cameras are made by Dahua.\n\n"
        "4. All 87 public space cameras are Bosch. Building cameras: Axis 64, Hanwha 52.\n"
    )
    got = _read(reply, SURVEY)
    assert got["dahua"] == "unknown"
    # without the not-held answer the same list leaves Dahua out
    assert (
        _read("4. All 87 public space cameras are Bosch. Building cameras: Axis 64, Hanwha 52.\n", SURVEY)[
            "dahua"
        ]
        == "no"
    )


def test_each_section_of_a_list_that_repeats_the_word_section_is_cited() -> None:
    from camcensus.evidence.outcome import find_exemptions

    text = "Outcome: Part Disclosure with Section 23(5), Section 24(2) and Section 31(3) Exemptions"
    assert [e.code for e in find_exemptions(text, "foia")] == ["s23", "s24", "s31"]
    text = "I am exempting a response to Q1 and Q2 under Section 31(1) and Section 24(1) of the Act."
    assert [e.code for e in find_exemptions(text, "foia")] == ["s31", "s24"]


def test_a_reply_that_says_it_discloses_some_of_the_information_is_partial() -> None:
    reply = (
        "I have today decided to disclose some of the requested information. Some data has been withheld as "
        "it is exempt from disclosure by virtue of the following exemptions:\n\n"
        "Section 24(2) National Security\nSection 31(3) Law Enforcement\n"
    )
    got = _read(reply)
    assert got["outcome"] == "partially_answered"
    assert sorted(got["exemptions"]) == ["s24", "s31"]  # type: ignore[call-overload]
    attached = (
        "Please find attached our response in respect of the overt use of drones. In addition to the "
        "attached response, the force can neither confirm nor deny that it holds any other information, "
        "by virtue of section 31(3)."
    )
    assert _read(attached)["outcome"] == "partially_answered"
    refused = (
        "The force can neither confirm nor deny that it holds any information, by virtue of section 31(3)."
    )
    assert _read(refused)["outcome"] == "refused"


def test_the_act_quoted_saying_not_exempt_by_virtue_of_a_section_cites_no_exemption() -> None:
    reply = (
        "The relevant exemption is section 31(1)(a) of the FOIA.\n\n"
        "31.- (1) Information which is not exempt information by virtue of section 30 is exempt information "
        "if its disclosure would be likely to prejudice the prevention or detection of crime."
    )
    assert _read(reply)["exemptions"] == ["s31"]


PARTS = """1. Public space CCTV
   (a) How many public space CCTV cameras does the council operate?
   (b) Are any of them manufactured by Hikvision or Dahua?
2. Council buildings
   (a) How many CCTV cameras are installed in council-owned buildings?
   (b) Please list the manufacturers.
   (c) Are any manufactured by Hikvision or Dahua?
   (d) If yes to (c), how many?
3. Does the control room use facial recognition software?
"""


def test_lettered_parts_answered_on_one_line_and_the_parts_of_the_estate_added_up() -> None:
    reply = "1. (a) 212 (b) No\n2. (a) 389 (b) Axis, Hanwha (c) No (d) N/A\n3. No.\n"
    got = _read(reply, PARTS)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "no", 601)
    answers = {q["n"]: q["answer_quote"] for q in got["questions"]}  # type: ignore[union-attr]
    assert answers[1].startswith("212")


def test_a_no_for_one_part_of_the_estate_yields_to_a_make_listed_for_another() -> None:
    reply = "1. (a) 212 (b) No\n2. (a) 164 (b) Axis, Hanwha, Hikvision (c) See (b) (d) 22\n3. No.\n"
    got = _read(reply, PARTS)
    assert (got["hikvision"], got["camera_count"]) == ("yes", 376)  # 22 answers "if yes to (c), how many?"


def test_two_questions_about_the_whole_estate_do_not_add_up() -> None:
    request = "1. How many CCTV cameras does the council operate?\n2. How many of them are in car parks?\n"
    assert _read("1. 300\n2. 40\n", request)["camera_count"] == 300


def test_a_request_run_on_in_one_line_after_its_greeting_is_split_by_secondly_and_lastly() -> None:
    from camcensus.evidence.request import split_request

    request = (
        "Dear FOI Officer, I'd like to ask, under the Freedom of Information Act, how many CCTV cameras the "
        "university has on its campus; secondly whether any of those cameras are made by Hikvision or Dahua; "
        "thirdly whether the university uses facial recognition; and lastly whether footage is shared with "
        "the police. Thank you, Beth"
    )
    asked = split_request(request)
    assert [q.ask.vendors for q in asked] == [(), ("Hikvision", "Dahua"), (), ()]
    reply = "The brands mentioned in your second question are not used by the University."
    got = _read(reply, request)
    assert (got["hikvision"], got["dahua"]) == ("no", "no")


def test_a_body_that_does_not_own_operate_or_control_any_cctv_has_none() -> None:
    got = _read(
        "The ICB does not own, operate or control any CCTV cameras. Therefore Q2 to Q5 are not applicable."
    )
    assert (got["hikvision"], got["dahua"], got["camera_count"], got["outcome"]) == (
        "no",
        "no",
        0,
        "answered",
    )


def test_a_table_row_of_both_makes_answered_no_denies_each_and_swapped_over_is_gone() -> None:
    got = _read("| 2 | Make and model | Axon Body 3 |\n| 3 | Hikvision or Dahua | No |\n")
    assert (got["hikvision"], got["dahua"]) == ("no", "no")
    reply = (
        "All cameras and the recorder are HIKVISION. Four older cameras on the sports hall were Dahau but "
        "these were swapped over last summer."
    )
    got = _read(reply)
    assert (got["hikvision"], got["dahua"]) == ("yes", "no")


def test_a_standalone_system_outside_the_cctv_and_no_further_information_deny_nothing() -> None:
    reply = (
        "The CCTV cameras are a mix of Dahua and Hanwha. This is a standalone barrier system (2 Hikvision "
        "ANPR cameras) supplied by the car park contractor and is not connected to the CCTV system."
    )
    assert _read(reply)["hikvision"] == "no"
    request = "Q1 Please list the manufacturers of the cameras.\n"
    request += "Q2 Does the Trust use any cameras made by Hikvision?\n"
    reply = (
        "Q1 - Axis 112, HiWatch 40.\n"
        "Q2 - Please see the table above. The Trust does not hold any further information on the ownership "
        "of the manufacturers listed.\n"
    )
    assert _read(reply, request)["hikvision"] == "yes"


def test_answers_all_numbered_one_are_matched_by_their_order() -> None:
    request = (
        "1. Do you use drone technology\n2. How many drones do you have at your disposal?\n"
        "3. Do you share the drones with other agencies\n"
    )
    reply = (
        "Please find below a summary of what we found.\n"
        "  1. Yes, we reinstated our drone capability 20 months ago.\n"
        "  1. 12 in total- 6 X DJI Mavic 3 Enterprise Thermal and 6 X DJI Mini 2\n"
        "  1. No - however, we do support other blue light agencies if requested.\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"]) == (12, "no")
    answers = {q["n"]: q["answer_quote"] for q in got["questions"]}  # type: ignore[union-attr]
    assert answers[3].startswith("No")


def test_a_refusal_s_reasoning_about_anpr_discloses_nothing() -> None:
    reply = (
        "Mercia Vale Police can neither confirm nor deny that it holds information relevant to questions 3 "
        "and 4, by virtue of section 24(2) and section 31(3).\n\n"
        "ANPR is used by police forces to detect, deter and disrupt criminality. Disclosure of the number "
        "and locations of ANPR cameras would allow individuals intent on committing crime to plan routes.\n\n"
        "This should not be taken as an indication that the information you requested is or is not held.\n"
    )
    got = _read(reply)
    assert got["outcome"] == "refused"
    assert got["capabilities"] == []
