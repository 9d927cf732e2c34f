"""Round 21 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request

_read = read_letter


def _sheet(rows: str) -> list[TextSegment]:
    return [
        TextSegment(seq=n, text=row.replace(",", " | "), location=f"row {n + 1}", sheet="Sheet1", row=n + 1)
        for n, row in enumerate(rows.splitlines())
    ]


_BWV_REQUEST = (
    "a) How many body worn video cameras does the force have?\nb) What make are they?\n"
    "c) Were any made by Hikvision or Dahua?\nd) What was the contract value?\n"
)


def test_a_row_whose_cell_holds_sentences_is_read_as_an_answer() -> None:
    rows = (
        "Question,Manufacturer,Model,Number of devices,Comment\n"
        "a/b,Axon,Body 3,1210,Issued to officers\n"
        "c,,,,No. None of the devices listed above are made by Hikvision or Dahua.\n"
        "d,,,,The value of the legacy contract is exempt under section 33(1)(b) FOISA.\n"
    )
    reading = read_segments(_sheet(rows), request=_BWV_REQUEST)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")
    assert reading.as_dict()["exemptions"] == ["s33"]
    assert reading.camera_count == 1210


def test_a_short_comment_in_a_row_with_no_data_is_no_answer() -> None:  # guard
    rows = "Site,Manufacturer,Cameras,Comment\nDepot,Axon,12,\nNotes,,,see below\n"
    reading = read_segments(_sheet(rows), request=_BWV_REQUEST)
    assert reading.camera_count == 12 and reading.vendor_status("Hikvision") == "unknown"


def test_a_number_one_space_after_a_bracketed_label_is_its_own_cell() -> None:
    reply = (
        "Site                                   No. of cameras   Make\n"
        "Rushcliffe Arena (offices)             22               Axis\n"
        "Bingham Arena                          14               Axis\n"
        "Car parks (Bridgford Road, Central Ave) 12              Hanwha\n"
    )
    assert _read(reply, "1. How many CCTV cameras do you operate, and where?\n").camera_count == 48


def test_a_number_in_a_sites_own_name_stays_in_its_name() -> None:  # guard
    reply = (
        "Site                  No. of cameras   Make\n"
        "Depot Block 12        6                Axis\n"
        "Town Hall             10               Axis\n"
    )
    assert _read(reply, "1. How many CCTV cameras do you operate, and where?\n").camera_count == 16


_BUILDINGS_REQUEST = (
    "1. How many CCTV cameras does the council operate in its own buildings?\n"
    "2. Which manufacturers supplied those cameras?\n"
)


def test_places_each_given_their_cameras_in_one_sentence_are_summed() -> None:
    reply = (
        "1. Cameras in Council buildings: County Hall has 31 cameras, the Heol Glan depot has 18, the three "
        "leisure centres between them have 26 (Teifi 12, Aberbanc 8, Y Graig 6) and the libraries have 12.\n"
        "2. Axis and Bosch.\n"
    )
    assert _read(reply, _BUILDINGS_REQUEST).camera_count == 87


def test_a_count_followed_by_what_it_stands_for_is_still_one_figure() -> None:  # guard
    reply = "1. County Hall has 31 cameras, which cover the ground floor and car park.\n2. Axis.\n"
    assert _read(reply, _BUILDINGS_REQUEST).camera_count == 31


def test_a_corrected_current_figure_in_the_answer_replaces_the_first() -> None:
    request = "Question 1: How many CCTV cameras does the council currently operate?\n"
    reply = (
        "Question 1: How many CCTV cameras does the council currently operate?\n\n214 cameras.\n\n"
        "Correction: the figure above included 16 cameras at the market, which closed in January. "
        "The correct current figure is 198.\n"
    )
    assert _read(reply, request).camera_count == 198


def test_our_current_figure_after_an_older_one_is_the_count() -> None:
    request = "1. How many CCTV cameras you have across your properties.\n2. The makers.\n"
    reply = (
        "1. As at 1 April 2024 we had 523 cameras across our blocks and offices. Since then 18 cameras "
        "have been taken out at Parkside Court, so our current figure is 505.\n2. Hanwha.\n"
    )
    assert _read(reply, request).camera_count == 505


def test_a_row_of_other_equipment_answering_the_cctv_count_is_left_out() -> None:
    request = (
        "1. The number of CCTV cameras operated by the Council.\n2. The number of body-worn cameras.\n"
        "3. Any other surveillance equipment such as ANPR.\n"
    )
    reply = (
        "Questions 1 to 3\n\n"
        "  Equipment                                   Number\n"
        "  Public space CCTV cameras                      412\n"
        "  Cameras in corporate and housing buildings     139\n"
        "  Body-worn video devices                         86\n"
        "  ANPR cameras (moving traffic enforcement)       19\n"
    )
    assert _read(reply, request).camera_count == 551


def test_a_row_of_the_equipment_the_question_asks_about_is_counted() -> None:  # guard
    request = "1. How many CCTV and ANPR cameras does the council operate?\n"
    reply = (
        "1.\n  Equipment                                   Number\n"
        "  Public space CCTV cameras                      412\n"
        "  ANPR cameras (car parks)                        19\n"
    )
    assert _read(reply, request).camera_count == 431


def test_records_that_do_not_name_the_maker_deny_no_maker() -> None:
    request = (
        "1. The number of CCTV cameras.\n2. For each manufacturer, the number of cameras.\n"
        "3. Whether the Council uses any Hikvision cameras.\n4. Whether the Council uses any Dahua cameras.\n"
    )
    reply = (
        "1. 276 cameras.\n\n2, 3 and 4. The Council does not hold this information. Cameras in Council "
        "buildings were installed by different contractors, and neither the asset register nor the "
        "maintenance contract records the manufacturer of each camera.\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("unknown", "unknown")


def test_neither_maker_in_a_sentence_is_a_denial_of_both() -> None:  # guard
    request = "1. How many cameras?\n2. Are any made by Hikvision or Dahua?\n"
    reply = "1. 40 cameras.\n2. Neither Hikvision nor Dahua cameras are used anywhere in the borough.\n"
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


_RUN_ON_REQUEST = (
    "Could you tell me whether the Park Authority operates any CCTV cameras, and if so how many, and whether "
    "any of them are made by Hikvision or Dahua? Also does the Authority use ANPR at its car parks?\n"
)


def test_no_to_both_in_a_reply_of_prose_denies_the_two_makers_asked_about() -> None:
    reply = (
        "Thanks for getting in touch. The Authority has 6 cameras at the visitor centre and 2 at the depot. "
        "No to both.\n\nANPR - yes, at two car parks, run by a concessionaire.\n"
    )
    reading = _read(reply, _RUN_ON_REQUEST)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


def test_neither_as_the_answer_to_a_question_naming_both_makers_denies_both() -> None:  # guard
    request = "1. How many cameras do you have?\n2. Are any made by Hikvision or Dahua?\n"
    reading = _read("1. 14\n2. Neither.\n", request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


def test_not_holding_any_of_the_information_asked_for_is_not_held() -> None:
    request = "Q1 How many CCTV cameras are there?\nQ2 Who manufactures them?\nQ3 Who maintains them?\n"
    reply = (
        "The CCTV system is owned, operated and maintained by the PFI company's FM subcontractor. "
        "Consequently the school does not hold any of the information you have asked for in Q1, Q2 or Q3.\n"
    )
    assert _read(reply, request).outcome == "not_held"


def test_makes_listed_with_their_numbers_in_a_sentence_about_cctv_are_counted() -> None:
    request = "1. The number of CCTV cameras in use.\n2. The manufacturers of those cameras.\n"
    reply = (
        "Our CCTV estate across the museum, the Engine House and the store comprises Axis (184 units) and "
        "Bosch (41). These are the only camera manufacturers in use.\n"
    )
    assert _read(reply, request).camera_count == 225


def test_places_listed_with_numbers_in_brackets_are_no_makes() -> None:  # guard
    request = "1. How many CCTV cameras do you have at each depot?\n"
    reply = "Our CCTV covers Riverside (4), Abbey (2) and the Quay (3), as shown on the attached plan.\n"
    assert _read(reply, request).camera_count is None


def test_a_web_address_ending_in_a_reference_is_no_count() -> None:
    request = "1. How many CCTV cameras are in use across the courts estate?\n2. Are any made by Hikvision?\n"
    reply = (
        "Question 1\nThe information is reasonably accessible to you. It was published in response to an "
        "earlier request (FOI 231102006) at:\n"
        "https://www.gov.uk/government/publications/cctv-estate-foi-231102006\n"
        "Section 21 of the Freedom of Information Act exempts information accessible by other means.\n"
    )
    assert _read(reply, request).camera_count is None


def test_the_number_of_a_question_is_no_count() -> None:
    request = "1. How many CCTV cameras does the OPCC operate?\n2. Are any made by Hikvision?\n3. By Dahua?\n"
    reply = (
        "The OPCC does not operate any CCTV cameras.\n\n"
        "As the OPCC has no cameras, questions 2 and 3 do not apply.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 0


def test_a_count_of_vehicles_owned_by_a_named_body_is_no_count_of_cameras() -> None:
    request = (
        "1. How many of the Trust's emergency ambulances and rapid response vehicles are fitted with "
        "in-vehicle CCTV / dash cameras?\n2. How many cameras are fitted in total across the fleet?\n"
    )
    assert _read("1. 318 vehicles (271 DCAs and 47 RRVs)\n2. 1,240\n", request).camera_count == 1240


def test_an_exemption_only_warned_of_is_not_applied() -> None:
    request = "1. How many CCTV cameras are in each prison?\n2. Are any made by Hikvision?\n"
    reply = (
        "To answer would exceed the cost limit, so section 12(1) of the FOIA applies. You may wish to narrow "
        "your request; you should also be aware that information about the security of prisons is likely "
        "to engage exemptions such as section 31 (Law Enforcement) of the Act.\n"
    )
    assert _read(reply, request).as_dict()["exemptions"] == ["s12"]


def test_an_exemption_a_review_found_wrongly_engaged_is_not_applied() -> None:
    request = "1. How many CCTV cameras does the Board operate?\n2. Are any made by Hikvision?\n"
    reply = (
        "The original response relied upon section 31(1)(a) of the FOIA to withhold all of the information "
        "requested. The reviewer has concluded that the exemption was not correctly engaged in respect of "
        "the information you requested, and it is provided below.\n\n1. 689 cameras.\n2. No.\n"
    )
    assert _read(reply, request).as_dict()["exemptions"] == []


def test_an_exemption_a_review_upholds_stays_applied() -> None:  # guard
    request = "1. Where are the CCTV cameras?\n"
    reply = (
        "The original response relied upon section 31(1)(a) of the FOIA to withhold the locations. The "
        "reviewer has concluded that the exemption was correctly engaged and upholds the decision.\n"
    )
    assert _read(reply, request).as_dict()["exemptions"] == ["s31"]


def test_a_section_of_another_act_by_its_initials_is_no_exemption() -> None:
    reply = (
        "These codes apply to surveillance camera systems as defined by Section 29(6) of PoFA 2012 that "
        "operate in public places.\n"
    )
    assert _read(reply, "1. Does the force use drones?\n").as_dict()["exemptions"] == []


def test_a_separate_cost_not_held_is_a_part_not_held() -> None:
    request = (
        "1 - the number of CCTV cameras\n2 - the makers\n3 - the annual cost of maintaining the system\n"
    )
    reply = (
        "1. The Board operates around 1,100 CCTV cameras.\n2. Mainly Avigilon and Bosch.\n"
        "3. The Board does not hold a separate maintenance cost for CCTV; it is covered within the wider "
        "security systems contract.\n"
    )
    assert _read(reply, request).outcome == "partially_answered"


def test_no_to_both_answering_a_question_of_capabilities_denies_no_make() -> None:  # guard
    request = (
        "Q1 How many CCTV cameras?\nQ2 Are any made by Hikvision or Dahua, or their brands HiLook or Imou?\n"
        "Q3 Which makes do you use?\nQ4 Do any cameras have facial recognition or audio recording?\n"
    )
    reply = (
        "Q1  See Q3.\nQ2  Please refer to Q3.\nQ3  Avigilon 55\n     IMOU 9 (depot yard)\nQ4  No to both.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def test_a_not_held_breakdown_beside_the_answer_is_no_part_not_held() -> None:  # guard
    request = "1. How many CCTV cameras?\n2. Which manufacturers?\n"
    reply = "1. 480 cameras.\n2. Axis and Hanwha. We do not hold a breakdown by make for the estate.\n"
    assert _read(reply, request).outcome == "answered"


def test_a_sentence_turning_to_the_questions_about_two_makers_names_neither_in_use() -> None:
    request = (
        "(a) the number of CCTV cameras at your offices;\n(b) the manufacturers of those cameras;\n"
        "(c) whether any are made by Hikvision;\n(d) whether any are made by Dahua.\n"
    )
    reply = (
        "Turning first to your questions about Hikvision and Dahua. The Welsh Government does not have any "
        "Dahua cameras. A small number of Hikvision cameras remain at our Llandudno Junction office; they "
        "will be replaced during 2026-27.\n\nOther than the above, our cameras are made by Axis and Hanwha.\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "no")


_HARBOUR_REQUEST = (
    "1. How many CCTV cameras do you operate?\n2. Please list the manufacturers of the CCTV cameras.\n"
    "3. Are any of the CCTV cameras made by Hikvision or Dahua?\n"
)


def test_of_these_then_the_remaining_lists_every_make() -> None:
    reply = (
        "Q1 and Q2. The Authority operates 64 CCTV cameras. 40 of these are Axis cameras at the terminal. "
        "The remaining 24 are Dahua units at the freight gate.\n\nQ3. See above.\n"
    )
    reading = _read(reply, _HARBOUR_REQUEST)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "yes")


def test_of_these_alone_lists_only_some_makes() -> None:  # guard
    reply = (
        "Q1 and Q2. The Authority operates 64 CCTV cameras. 40 of these are Axis cameras.\n\nQ3. See above.\n"
    )
    assert _read(reply, _HARBOUR_REQUEST).vendor_status("Hikvision") == "unknown"


def test_a_follow_up_that_opens_with_thanks_still_has_its_questions() -> None:
    request = (
        "Subject: Follow-up to FOI-0211 (CCTV)\n\nDear Ms Heald,\n\n"
        "Thank you for your reply of 3 March to my "
        'earlier request (your ref FOI-0211), in which you told me the college has "around 70 cameras".\n\n'
        "Please could I ask the following further questions:\n\n"
        "1. Are any of the remaining cameras made by Dahua?\n2. Does the college plan to replace them?\n\n"
        "With thanks,\nSunita Varma\n"
    )
    assert _read("1. No.\n2. Not at present.\n", request).vendor_status("Dahua") == "no"


def test_makes_a_contractor_is_an_authorised_partner_of_are_not_in_use() -> None:
    request = "1. The number of CCTV cameras.\n2. The make of the cameras.\n3. Any Hikvision or Dahua?\n"
    reply = (
        "Across the College there are approximately 140 cameras.\n\nOur maintenance contractor, Caledon Fire "
        "& Security, is an authorised Hikvision and Dahua partner; however, the College's system uses "
        "Vivotek cameras throughout, recording to a Milestone server. That covers questions 2 and 3.\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


def test_cameras_of_one_make_throughout_a_town_list_no_whole_estate() -> None:  # guard
    request = "1. How many CCTV cameras?\n2. Which makes?\n"
    reply = "We use Hikvision cameras throughout the town centre, and other makes at the depots.\n"
    assert _read(reply, request).vendor_status("Dahua") == "unknown"


def test_no_date_set_for_replacing_a_recorder_denies_no_make() -> None:
    request = "1. How many CCTV cameras at each harbour?\n2. Are any cameras or recorders made by Dahua?\n"
    reply = (
        "1. Oban 22, Brodick 14.\n\n2. The cameras themselves are Axis. At Oban the cameras record to a "
        "Dahua network video recorder. It is due for replacement when the security systems are upgraded, for "
        "which no date has yet been set.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


_COLLEGE_REQUEST = (
    "1. Does the college operate CCTV?\n2. Are any of the college's cameras made by Hikvision?\n"
    "3. Are any made by Dahua?\n4. Does the college have a written CCTV policy?\n"
    "5. How many cameras are there, inside and outside?\n"
)


def test_a_word_for_each_of_questions_answered_together_answers_each() -> None:
    reading = _read("1-4: Y/N/N/Y (policy attached)\n5: 86 internal, 24 external\n", _COLLEGE_REQUEST)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")
    assert reading.camera_count == 110


def test_too_few_words_for_the_questions_answered_together_answer_none() -> None:  # guard
    reading = _read("1-4: Y/N (policy attached)\n5: 86 internal, 24 external\n", _COLLEGE_REQUEST)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("unknown", "unknown")


_PARTS_LETTER = (
    "Part 1: How many CCTV cameras does the Council currently operate?\n"
    "Part 2: Please list the locations of the public space cameras.\n"
    "Part 3: Does the Council use any cameras or recorders made by Hikvision or Dahua?\n"
)


def test_questions_marked_part_1_part_2_are_the_requests_questions() -> None:
    assert [q.label for q in split_request(_PARTS_LETTER)] == ["Part 1:", "Part 2:", "Part 3:"]
    reply = "Part 1\nOne hundred and twelve cameras.\nPart 2\nSee the list below.\nPart 3\nNo.\n"
    reading = _read(reply, _PARTS_LETTER)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


def test_an_exemption_found_not_engaged_refuses_nothing() -> None:
    reply = (
        "Part 1\nThe Council operates 112 cameras.\nPart 2\nWe have considered whether the exemption in "
        "section 31 should apply to the locations. As the cameras are clearly signed, we have decided that "
        "the exemption is not engaged. The locations are listed below.\nHigh Street\nQuayside\nPart 3\nNo.\n"
    )
    assert _read(reply, _PARTS_LETTER).outcome == "answered"


def test_a_figure_given_before_the_labelled_answers_that_withhold_is_a_part_answer() -> None:
    request = (
        "1 - Does the Board use any CCTV cameras made by Hikvision or Dahua?\n"
        "2 - How many CCTV cameras does the Board operate?\n"
        "3 - Please provide the names of staff authorised to review footage.\n"
        "4 - What was the annual cost of CCTV maintenance?\n"
    )
    reply = (
        "The Board currently operates 306 CCTV cameras. The brands mentioned in part 1 are not used.\n\n"
        "3 - The names of these staff are personal data and are withheld under section 38(1)(b) "
        "of FOISA.\n\n4 - Under section 17(1) of FOISA, the Board does not hold this information.\n"
    )
    assert _read(reply, request).outcome == "partially_answered"


def test_no_to_a_question_of_purchases_after_a_date_denies_no_use() -> None:
    request = (
        "Your earlier response said that 38 of your cameras are made by Hikvision.\n"
        "Q1 Where are the Hikvision cameras located?\nQ2 Were any of them purchased or installed after "
        "November 2022?\n"
    )
    reading = _read("Q1 Wonford (24) and North Devon (14).\nQ2 No.\n", request)
    assert reading.vendor_status("Hikvision") != "no"


def test_a_question_of_how_many_from_each_make_asks_no_second_total() -> None:
    request = (
        "Thank you for your response of 31 March and for the suggestion of how I could narrow my request. "
        "Please treat this as a new request:\n\n"
        "1. How many CCTV cameras are there at Service Headquarters and at the Training Centre?\n"
        "2. Which manufacturers made the cameras at these two sites, and how many from each?\n"
    )
    reply = (
        "1. Service Headquarters: 22 cameras. Training Centre: 14 cameras.\n\n"
        "2. Service Headquarters - Axis (22). Training Centre - HiWatch (14).\n"
    )
    assert _read(reply, request).camera_count == 36


_CAMPAIGN = (
    "1. How many CCTV cameras do you operate?\n2. Are any made by Hikvision or Dahua, or their brands?\n"
    "3. Which manufacturers made your cameras, with the number from each if possible?\n"
    "4. Do you have any plans to remove or replace cameras made by Hikvision or Dahua? If so, when?\n"
)


def test_no_plans_to_a_question_of_plans_for_two_makers_denies_neither() -> None:
    reading = _read("1. 212\n2. Yes\n3. Hikvision 148, Axis 40, Bosch 24\n4. No current plans.\n", _CAMPAIGN)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "no")


def test_no_to_a_question_asking_use_before_plans_denies_use() -> None:  # guard
    request = "1. Are any of your cameras made by Dahua, and do you plan to replace them?\n"
    assert _read("1. No.\n", request).vendor_status("Dahua") == "no"


def test_a_make_named_only_as_the_topic_of_a_sentence_is_not_in_use() -> None:
    request = "1. How many CCTV cameras?\n2. Do you have any Hikvision or Dahua cameras?\n"
    reply = (
        "1. About 1,100.\n\n2. There is no Hikvision equipment anywhere in the estate. As regards Dahua, "
        "CCTV in a number of our leased premises was installed by the landlord; we do not hold its make.\n"
    )
    assert _read(reply, request).vendor_status("Dahua") != "yes"


def test_what_new_installations_will_not_use_denies_no_use_now() -> None:
    request = "1. Please list the manufacturers.\n2. Are there any Hikvision or Dahua cameras in use?\n"
    reply = (
        "1) & 2) At the main sites, manufacturers include Hik Vision, Da Hua and Vicon.\n\n"
        "3) No decision has been taken to replace existing equipment, although new installations will not "
        "use equipment from the companies named in the Cabinet Office statement.\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "yes")


def test_a_make_after_the_removal_of_its_last_cameras_is_not_in_use() -> None:  # guard
    request = "1. How many CCTV cameras?\n2. Do you have any Hikvision cameras?\n"
    reply = (
        "1. 400.\n\n2. Following the removal of the last Hikvision cameras from the Royal Infirmary in 2023, "
        "there is no Hikvision equipment anywhere in the estate.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"
