"""Round 15 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


_COUNT_REQUEST = (
    "1. How many CCTV cameras does your organisation currently operate in total?\n"
    "2. Are any of these cameras manufactured by Hikvision?\n"
)


def test_a_total_after_its_two_parts_is_not_added_to_them() -> None:
    reply = (
        "1. The Council operates CCTV in two distinct systems. The public space system comprises 214 "
        "cameras. Cameras at Council buildings total 431. The Council therefore operates 645 cameras.\n"
        "2. No.\n"
    )
    assert _read(reply, _COUNT_REQUEST).camera_count == 645


def test_two_separate_systems_without_a_total_are_still_added() -> None:
    # guard: the parts of two separate systems, with no total given, are summed
    reply = (
        "1. The Council operates two separate CCTV systems: the town centre system of 87 cameras and the "
        "buildings system of 146 cameras.\n2. No.\n"
    )
    assert _read(reply, _COUNT_REQUEST).camera_count == 233


def test_a_total_row_under_lettered_parts_totals_every_part() -> None:
    request = (
        "1) Please state the number of CCTV cameras the council operates, broken down by (a) town centre, "
        "(b) car parks and (c) council buildings.\n2) Please state whether any are made by Hikvision.\n"
    )
    reply = (
        "1)\n   (a) Town centre / public space   96 (of which 18 are PTZ)\n"
        "   (b) Car parks                     44\n"
        "   (c) Council buildings            112\n"
        "                                   -----\n"
        "   Total                            252\n\n2) None.\n"
    )
    assert _read(reply, request).camera_count == 252


def test_a_list_of_places_with_their_equipment_adds_up_their_cameras() -> None:
    reply = (
        "1. This is the equipment at each academy:\n"
        "Oakfield Academy - 48 cameras, 2 NVRs, 2 monitors (reception and site office)\n"
        "Brookside Primary Academy - 14 cameras, 1 NVR, 1 monitor\n"
        "Riverside Junior Academy - 9 cameras, 1 DVR\n"
        "2. No.\n"
    )
    assert _read(reply, _COUNT_REQUEST).camera_count == 71


def test_what_the_body_had_is_not_added_to_what_it_has_now() -> None:
    request = _COUNT_REQUEST
    reply = (
        "Background\n\nAt the start of the programme the Trust had 1,450 CCTV cameras across its sites. "
        "Following site closures the Trust now has 1,210 cameras.\n\nResponse\n\n"
        "1. Please see background above.\n2. No.\n"
    )
    assert _read(reply, request).camera_count == 1210


def test_a_past_tense_figure_alone_is_still_the_count() -> None:
    # guard: "had" is the past only when another figure is said to be the figure now
    reply = "When we last audited the estate in March the Trust had 412 CCTV cameras across its sites."
    assert _read(reply).camera_count == 412


def test_at_any_one_time_is_no_count_of_cameras() -> None:
    request = "Q1. How many CCTV cameras does the Town Council own or operate?\nQ2. Which makes are they?\n"
    reply = (
        "Q1 - The number varies a little as we move a couple of cameras between sites, but there are between "
        "12 and 15 cameras at any one time.\n\nQ2 - Annke and Swann.\n"
    )
    assert _read(reply, request).camera_count is None


def test_an_anpr_camera_in_the_answer_is_no_count_of_the_cctv() -> None:
    request = (
        "1. How many CCTV cameras does the council have in its housing estates?\n"
        "2. Are any of the cameras linked to facial recognition or ANPR?\n"
    )
    reply = (
        "The Council has roughly three hundred cameras across its housing stock.\n\n"
        "None of the housing CCTV cameras are linked to facial recognition. There is one ANPR camera at the "
        "entrance to the estate car park.\n"
    )
    assert _read(reply, request).camera_count == 300


def test_questions_named_with_their_topic_head_the_answer_to_them() -> None:
    request = (
        "1. How many CCTV cameras does your organisation currently operate in total?\n"
        "2. Are any manufactured by Hikvision?\n3. Are any manufactured by Dahua?\n"
        "4. Which other manufacturers supplied them?\n5. Do any have facial recognition?\n"
    )
    reply = (
        "Question 1 (number of cameras)\n\n"
        "The Council holds this information. It is withheld under section 31(1)(a) and (b) of the Act "
        "(prevention or detection of crime).\n\n"
        "Questions 2, 3, 4 and 5 (manufacturers and capabilities)\n\n"
        "The Council neither confirms nor denies whether it holds information falling within the scope of "
        "these questions, in reliance on sections 24(2) and 31(3) of the Act.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count is None
    assert reading.outcome == "refused"


_DRONE_REQUEST = (
    "1. How many drones does the force currently own or lease?\n"
    "2. What are the makes and models of these drones?\n"
    "3. How many officers are trained as remote pilots?\n"
)


def test_the_explanation_of_section_1s_two_duties_is_furniture() -> None:
    reply = (
        "Section 1 of the Act places two duties on public authorities. Unless exemptions apply, the first "
        "duty at s1(1)(a) is to confirm or deny whether the information specified in a request is held.\n\n"
        "The Drone Unit currently operates a fleet of six drones. These are two DJI Matrice 300 RTK aircraft "
        "and four DJI Mavic 3 Enterprise aircraft.\n\nThere are 14 officers trained as remote pilots.\n"
    )
    assert _read(reply, _DRONE_REQUEST).outcome == "answered"


def test_a_neither_confirm_nor_deny_still_refuses() -> None:
    # guard: the duty to confirm or deny, when an exemption removes it, is a refusal
    reply = (
        "Section 24(2) exempts the force from its duty to confirm or deny whether it holds the information "
        "requested, and section 31(3) applies too.\n"
    )
    assert _read(reply, _DRONE_REQUEST).outcome == "refused"


_PUBLIC_SPACE_REQUEST = (
    "Please could you tell me:\n"
    "1. How many public space CCTV cameras Surrey Police operates in Guildford town centre\n"
    "2. The make of the cameras\n3. Whether any are Hikvision or Dahua\n"
)


def test_none_of_the_part_of_the_estate_asked_about_is_none() -> None:
    reply = (
        "Surrey Police does not own or operate any public space CCTV cameras, either in Guildford town "
        "centre or elsewhere in the county. Public space CCTV in Guildford is owned and operated by "
        "Guildford Borough Council; you may wish to redirect your request to the council.\n\n"
        "As such, no information is held in respect of questions 2 to 3.\n"
    )
    reading = _read(reply, _PUBLIC_SPACE_REQUEST)
    assert reading.camera_count == 0
    assert reading.outcome == "answered"
    assert reading.vendor_status("Hikvision") == "no"


def test_no_public_space_cameras_says_nothing_of_a_request_about_all_cameras() -> None:
    # guard: a request asking about all the body's cameras is not answered by none in one part
    request = "1. How many CCTV cameras does the council operate?\n2. Are any made by Hikvision?\n"
    reply = "The council does not operate any public space CCTV cameras.\n"
    assert _read(reply, request).camera_count is None


def test_trial_cameras_all_returned_leave_none_now() -> None:
    request = (
        "1. Does the Service issue body worn cameras to firefighters?\n"
        "2. If yes, how many body worn cameras does the Service have?\n3. What make and model are they?\n"
    )
    reply = (
        "Between September 2023 and March 2024 the Service ran a six-month trial of body worn cameras. Forty "
        "Reveal D5 cameras were loaned by the supplier and issued to watches at three stations. At the end "
        "of the trial all of the cameras were returned to the supplier. The Service does not currently use "
        "body worn cameras.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 0
    assert reading.vendor_status("Dahua") == "no"


def test_a_quoted_question_heads_the_answer_typed_under_it() -> None:
    request = (
        "1. How many CCTV cameras does the council currently operate?\n"
        "2. Are any of these cameras manufactured by Hikvision?\n"
        "3. Are any of these cameras manufactured by Dahua?\n"
    )
    reply = (
        "Please find our response below your original questions.\n\n"
        "> 1. How many CCTV cameras does the council currently operate?\n\n"
        "42 in total (public space 29, council buildings 13)\n\n"
        "> 2. Are any of these cameras manufactured by Hikvision?\n\nNo\n\n"
        "> 3. Are any of these cameras manufactured by Dahua?\n\nNo\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 42
    assert reading.vendor_status("Dahua") == "no"


def test_a_range_in_the_answer_leaves_the_other_numbers_uncounted() -> None:
    request = "1. The number of CCTV cameras operated by the Trust\n2. The manufacturers of the cameras\n"
    reply = (
        "1. The Trust operates between 420 and 460 CCTV cameras across its hospitals. The asset register is "
        "being reconciled following the merger of the two security systems.\n"
        "2. Mainly Axis.\n"
    )
    assert _read(reply, request).camera_count is None


def test_eir_regulations_written_with_an_r_are_read() -> None:
    reply = (
        "The information is therefore being withheld under Regulations R12(5)(a) - public safety; regulation "
        "12(5)(b) - the course of justice.\n"
    )
    assert set(_read(reply).as_dict()["exemptions"]) == {"EIR 12(5)(a)", "EIR 12(5)(b)"}


def test_the_remaining_information_withheld_means_some_was_given() -> None:
    reply = (
        "We do hold the information you require.\n\nThe mobile cameras were ordered in June 2023. In "
        "accordance with the EIR, we are not obliged to supply any of the remaining information as it is "
        "subject to an exception under regulation 12(5)(a).\n"
    )
    assert _read(reply).outcome == "partially_answered"


def test_the_majority_of_the_information_attached_is_a_partial_answer() -> None:
    reply = (
        "We can confirm that some relevant information is held. However, while the majority of the "
        "information is attached to this email I am afraid that I am not required to release all of the "
        "information requested.\n\nWe are withholding that information since it is exempt by virtue of "
        "section 40(2) and section 31(1).\n"
    )
    assert _read(reply).outcome == "partially_answered"


def test_how_many_vehicles_are_fitted_counts_vehicles_and_a_three_camera_fit_is_no_count() -> None:
    request = (
        "Q1. How many of your frontline ambulances are fitted with vehicle CCTV or dash cameras?\n"
        "Q2. How many individual cameras are fitted across the fleet in total?\n"
        "Q3. Who manufactures the vehicle cameras?\n"
    )
    reply = (
        "Q1 - All 382 of our frontline ambulances have a vehicle camera system fitted.\n"
        "Q2 - Each vehicle carries a standard three-camera fit (forward facing, rear and saloon), giving "
        "1,146 cameras across the frontline fleet.\n"
        "Q3 - Brigade Electronics.\n"
    )
    assert _read(reply, request).camera_count == 1146


def test_a_count_of_searches_is_no_count_of_cameras() -> None:
    request = (
        "1. Does Police Scotland use retrospective facial recognition?\n"
        "2. How many retrospective facial searches were carried out in 2023?\n"
    )
    reply = (
        "1. Yes, on the Police National Database.\n2. Officers carried out 2,894 facial searches in 2023.\n"
    )
    assert _read(reply, request).camera_count is None


def test_none_of_the_equipment_said_with_a_list_of_verbs_or_in_the_passive() -> None:
    drones = "1) How many drones does the service own or lease?\n2) What make and model are they?\n"
    reply = (
        "HFRS doesn't own, lease or operate any drones/UAVs, so we don't hold any of the information at "
        "questions 2 to 5.\n"
    )
    assert _read(reply, drones).camera_count == 0
    bwv = "(a) Does the Trust use body worn cameras on any ward?\n(b) If so, how many devices?\n"
    reply = "Body worn cameras are not used by the Trust. No ward staff have been issued with them.\n"
    reading = _read(reply, bwv)
    assert reading.camera_count == 0
    assert reading.vendor_status("Hikvision") == "no"


def test_equipment_not_used_for_a_purpose_is_not_none_of_it() -> None:
    # guard: "not used for capturing personal data" says what the drones do not do, not that there are none
    request = "1. How do you use drones within the council?\n2. What steps protect privacy?\n"
    reply = "1. The drones are not used for capturing or processing personal data.\n2. See our policy.\n"
    assert _read(reply, request).camera_count is None


def test_a_makes_count_named_by_manufactured_by_is_inside_the_total() -> None:
    request = "- how many cameras the Agency has now, and how many of those are made by Hikvision or Dahua;\n"
    reply = (
        "At the time of the review the Agency's offices had 365 cameras between them; following the closure "
        "of one office, the estate now comprises 340 cameras.\n\n"
        "The review identified 70 cameras manufactured by Hikvision. No Dahua equipment was identified.\n"
    )
    assert _read(reply, request).camera_count == 340


def test_custody_suites_and_deaths_are_no_cameras() -> None:
    request = (
        "1. Number of custody suites and number of CCTV cameras in them\n"
        "2. Number of deaths or serious incidents in custody in 2023 where CCTV footage was reviewed\n"
    )
    reply = (
        "1. The force operates 6 custody suites. Between them there are 388 CCTV cameras.\n"
        "2. In 2023 CCTV footage was reviewed in connection with 1 death in custody and 17 serious "
        "incidents.\n"
    )
    assert _read(reply, request).camera_count == 388


def test_per_site_records_add_up_and_a_fields_none_is_not_the_makes() -> None:
    request = (
        "1. The total number of CCTV cameras your organisation currently operates.\n"
        "2. The manufacturer(s) of those cameras, and whether any are made by Hikvision or Dahua.\n"
    )
    reply = (
        "CCTV is managed by each academy, so we set out the information academy by academy below. Central "
        "office is a leased suite in a shared building and the Trust does not operate any cameras there.\n\n"
        "OAKFIELD PRIMARY ACADEMY\nCameras: 12 (8 external / 4 internal)\n"
        "Make: HiLook (bullet and turret cameras)\nAudio / FR / analytics: none\n\n"
        "BROOKSIDE ACADEMY\nCameras: 31 (internal 19, external 12)\nMake: Avigilon\n"
        "Audio / FR / analytics: no\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 43
    assert reading.vendor_status("Hikvision") == "yes"


def test_a_makes_own_field_answered_none_is_still_a_denial() -> None:
    # guard: "Hikvision: None." says the make is not used
    request = "1. How many cameras do you have?\n2. Are any Hikvision?\n"
    reply = "Number of cameras: 126.\n\nHikvision: None.\n"
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_numbered_make_followed_by_the_next_answer_is_the_answer_not_a_title() -> None:
    request = (
        "1. The total number of CCTV cameras your organisation operates.\n"
        "2. The manufacturer(s) of those cameras. In particular, please confirm whether any are made by "
        "Hikvision or Dahua.\n3. How many are inside and how many outside.\n"
    )
    reply = "Our response is below.\n1. 42\n2. Hikvision\n3. 16 internal, 26 external\n"
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_a_numbered_topic_over_its_answer_is_still_a_title() -> None:
    # guard: "Q2. Hikvision" over "Yes - see table" heads the answer below it
    request = "Q1. How many cameras?\nQ2. Are any of the cameras made by Hikvision?\n"
    reply = "Q1. Number of cameras\n212\nQ2. Hikvision\nNo.\n"
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_count_broken_down_in_brackets_by_place_is_the_count() -> None:
    request = "1. How many CCTV cameras does the Town Council run?\n2. What brand are they?\n"
    reply = "1. 6 (4 at the recreation ground pavilion, 2 on the Market Hall)\n2. HiWatch.\n"
    assert _read(reply, request).camera_count == 6


def test_answers_typed_under_the_quoted_questions_of_the_original_message_are_read() -> None:
    request = (
        "1. How many CCTV cameras does the council currently operate?\n"
        "2. Are any of these cameras manufactured by Hikvision?\n"
        "3. Are any of these cameras manufactured by Dahua?\n"
    )
    reply = (
        "Dear Ms Tarrant,\n\nI have put our answers underneath each of your questions below.\n\n"
        "Kind regards\n\nGareth Pilling\nInformation Governance Officer\n\n"
        "-----Original Message-----\nFrom: Imogen Tarrant\nSent: 20 February 2024 09:41\nTo: FOI Team\n"
        "Subject: Freedom of Information request - CCTV cameras\n\n"
        "> 1. How many CCTV cameras does the council currently operate?\n\n212 in total.\n\n"
        "> 2. Are any of these cameras manufactured by Hikvision?\n\nYes - 58.\n\n"
        "> 3. Are any of these cameras manufactured by Dahua?\n\nNo.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 212
    assert reading.vendor_status("Dahua") == "no"


def test_a_quoted_request_below_the_answers_stays_quoted() -> None:
    # guard: an earlier message quoted whole, with nothing typed between its lines, is history
    request = "1. How many CCTV cameras does the council operate?\n2. Are any made by Hikvision?\n"
    reply = (
        "1. 40\n2. No.\n\nKind regards\nFOI Team\n\n-----Original Message-----\nFrom: A Requester\n"
        "Sent: 1 May 2024\nTo: FOI\nSubject: CCTV\n\n> 1. How many CCTV cameras does the council operate?\n"
        "> 2. Are any made by Hikvision?\n"
    )
    assert _read(reply, request).camera_count == 40


def test_a_response_forwarded_below_as_the_answer_is_read() -> None:
    request = (
        "Under FOI I would like to know:\n\n"
        "a) the number of CCTV cameras in use across the Trust's hospital sites\n"
        "b) whether any of the cameras (or recorders) are made by Hikvision or Dahua\n"
        "c) who maintains the system\n"
    )
    reply = (
        "Dear D. Okonjo\n\nPlease see the response from our Estates team below, which I am forwarding as the "
        "Trust's formal response.\n\nMany thanks\n\nFOI Co-ordinator\n\n"
        "---------- Forwarded message ---------\nFrom: Security Manager\nDate: Mon, 8 Jul 2024 at 15:52\n"
        "Subject: RE: FOI 6623 - CCTV\nTo: Information Governance\n\nHi\n\n"
        "a) approx 480 across the three sites\nb) No\nc) Maintained under contract by Chubb\n\nThanks\n\n"
        "---------- Forwarded message ---------\nFrom: Information Governance\nSubject: FOI 6623 - CCTV\n\n"
        "New FOI below. Could you let me have answers by 5 July please?\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 480
    assert reading.vendor_status("Dahua") == "no"


def test_premises_leased_from_a_landlord_who_runs_the_cctv_leave_it_not_held() -> None:
    request = "1. How many CCTV cameras does the ICB operate?\n2. Are any made by Hikvision or Dahua?\n"
    reply = (
        "NHS Lindenshire ICB does not hold the information you have requested.\n\n"
        "Wharfside House is leased from NHS Property Services Ltd, which manages the building, including its "
        "security systems and CCTV. The ICB has not purchased, installed or maintained any CCTV equipment, "
        "and does not monitor any CCTV.\n"
    )
    reading = _read(reply, request)
    assert reading.outcome == "not_held"
    assert reading.camera_count is None


def test_answers_in_line_in_the_request_quoted_below_are_read() -> None:
    request = (
        "1. The total number of CCTV cameras across the Trust's academies\n"
        "2. Are any of the cameras made by Hikvision or Dahua?\n"
    )
    reply = (
        "Hi Lucy\n\nAnswers in line below. Sorry for the delay.\n\nThanks\nPaul\n\n"
        "On Mon, 30 Oct 2023 at 08:14, Lucy Harnden wrote:\n\n"
        "Please could you tell me, under the Freedom of Information Act:\n\n"
        "1. The total number of CCTV cameras across the Trust's academies\n\n"
        "-- 64 (Oakridge 40, Fenwick 24)\n\n"
        "2. Are any of the cameras made by Hikvision or Dahua?\n\n-- yes\n"
    )
    assert _read(reply, request).camera_count == 64


def test_answers_numbered_with_a_spaced_dash_are_aligned() -> None:
    request = (
        "1. Total number of CCTV cameras operated by the University, with a breakdown by campus\n"
        "2. The manufacturers of the cameras\n3. Whether any cameras are made by Dahua\n"
    )
    reply = (
        "1 - Main campus c. 420; Riverside campus c. 150; student residences c. 70. Total approximately "
        "640.\n\n"
        "2 - Mostly Axis; some Hikvision.\n\n3 - No Dahua.\n"
    )
    assert _read(reply, request).camera_count == 640


def test_a_make_with_its_count_after_a_spaced_dash_is_no_question_label() -> None:
    # guard: "12 - Axis" under an answer is a count with its make, where no question 12 was asked
    request = "1. How many CCTV cameras do you have, by make?\n2. Are any Hikvision?\n"
    reply = "1. 20 in total:\n12 - Axis\n8 - Hanwha\n2. No.\n"
    assert _read(reply, request).camera_count == 20


def test_a_question_and_answer_table_row_numbered_as_the_question_is_read_as_both() -> None:
    request = (
        "1. How many CCTV cameras does the Trust currently operate?\n"
        "2. Are any of these cameras manufactured by Hikvision or Dahua?\n"
    )
    reply = (
        "QUESTION | RESPONSE\n1. How many CCTV cameras does the Trust currently operate? | 412\n"
        "2. Are any of these cameras manufactured by Hikvision or Dahua? | No.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 412
    assert reading.vendor_status("Dahua") == "no"


def test_exemptions_a_refined_request_might_meet_are_not_applied() -> None:
    reply = (
        "The cost of locating the information would exceed the appropriate limit, so section 12 applies.\n\n"
        "Please be aware that if you submit a refined request, the Council will need to consider at that "
        "point whether any of the information would be exempt, for instance under section 24 (national "
        "security) or section 31 (law enforcement).\n"
    )
    assert _read(reply).as_dict()["exemptions"] == ["s12"]


def test_groups_listed_with_their_counts_are_added_up() -> None:
    request = "1. The total number of CCTV cameras your organisation currently operates.\n2. Any Hikvision?\n"
    reply = (
        "1. The Council's cameras fall into three groups:\n"
        "- Public space CCTV (town centres of Inverallan and Port Ellan), monitored from the Hub: 186\n"
        "- Council buildings, including offices, schools, libraries, and leisure facilities: 233\n"
        "- Concierge CCTV at the Council's multi-storey housing blocks: 64\n"
        "2. No.\n"
    )
    assert _read(reply, request).camera_count == 483


def test_a_table_row_whose_long_label_narrowed_the_gap_before_its_number_is_read() -> None:
    request = "1. How many CCTV cameras does the University operate?\n2. Are any made by Dahua?\n"
    reply = (
        "1.\nBuilding / area                      No. of cameras    Manufacturer\n"
        "Hallbrook Library                    42                Axis\n"
        "Hallbrook Science Park (Blocks A-C)  24                Bosch\n"
        "External areas and car parks         45                Axis, Bosch\n"
        "2. See table above.\n"
    )
    assert _read(reply, request).camera_count == 111


def test_parts_summed_by_the_writer_with_which_is_n_in_all_give_the_total() -> None:
    reply = (
        "At the present time the scheme comprises 168 cameras across the two town centres and a further 44 "
        "cameras in the Council's car parks, which is 212 in all.\n"
    )
    assert _read(reply).camera_count == 212


def test_cameras_each_at_places_counted_in_words_are_multiplied() -> None:
    reply = (
        "Each of the Board's eleven pumping stations has four cameras, one on each elevation, and the two "
        "tidal sluices at Saltfleet Haven and Theddlethorpe Outfall have seven cameras each.\n"
    )
    assert _read(reply).camera_count == 58
