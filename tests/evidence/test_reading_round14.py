"""Round 14 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


def test_a_title_line_over_a_prose_request_does_not_hide_its_question() -> None:
    request = (
        "Facial Recognition\n\n"
        "I would like to know if your police force has used facial recognition software in the last year, "
        "when and for what reasons.\n"
    )
    questions = split_request(request)
    assert questions and questions[0].text.startswith("I would like to know if your police force")


def test_not_held_because_the_thing_is_not_used_is_an_answer() -> None:
    request = "I would like to know if your force has used facial recognition software in the last year."
    reply = (
        "No information held. The Constabulary does not currently use live facial recognition for the "
        "period you specify."
    )
    assert _read(reply, request).outcome == "answered"
    assert _read(reply).outcome == "answered"


def test_not_held_because_no_register_is_kept_stays_not_held() -> None:
    # guard: a register not kept is a gap in what is held, not an answer that there is none
    reply = "No information held. The Trust does not use a central register of its cameras."
    assert _read(reply).outcome == "not_held"


_DRONE_REQUEST = (
    "Drones\n\nI hereby request under the Freedom of Information Act:\n\n"
    " - The aircraft (rotary and fixed-wing) that you currently employ and their costs.\n"
    " - Any information held about the use of UAVs (drones) by the force.\n"
)


def test_never_having_owned_the_equipment_asked_about_is_none_of_it() -> None:
    reply = (
        "Despite extensive searches we have not located any relevant recorded information. We have never "
        "owned an unmanned aerial vehicle or deployed one directly."
    )
    reading = _read(reply, _DRONE_REQUEST)
    assert reading.camera_count == 0
    assert reading.vendor_status("Hikvision") == "no"


def test_never_having_disclosed_something_is_no_denial_of_equipment() -> None:
    # guard: "never" with a verb that is not about having the equipment says nothing of it
    reply = "We have never disclosed the locations of our drones. The force operates 6 drones."
    assert _read(reply, _DRONE_REQUEST).camera_count == 6


def test_a_question_repeated_word_for_word_as_a_plain_heading_is_aligned() -> None:
    request = (
        "Body Cams\n\n"
        "The number of body cams in force, the date the force started using them and the force policy\n\n"
        "The number of complaints received by our Professional Standards Unit based on a search of the "
        "word 'body cam' and the nature and outcome of the complaint.\n"
    )
    reply = (
        "Response\n\n"
        "The number of body cams in force, the date the force started using them and the force policy\n\n"
        "This information is available on the PCC website. The force has been trialling them since 2013.\n\n"
        "The number of complaints received by our Professional Standards Unit based on a search of the "
        "word 'body cam' and the nature and outcome of the complaint.\n\n"
        "= 1 complaint has been received that mentions the word 'body cam'.\n\n"
        "Any further information about this complaint is exempt by virtue of Section 30(1)(a) Investigations."
    )
    reading = _read(reply, request)
    assert reading.outcome == "partially_answered"
    assert reading.camera_count is None


def test_legacy_forces_are_not_cameras() -> None:
    request = "Q1 The number of CCTV cameras at your premises.\nQ2 The manufacturers of those cameras."
    reply = (
        "Q1 Our estate was inherited from the eight legacy forces, each with its own systems. There are "
        "approximately 3,400 CCTV cameras across the estate.\n\nQ2 Bosch and Axis."
    )
    assert _read(reply, request).camera_count == 3400


def test_an_ncnd_for_any_other_information_is_beside_an_answer() -> None:
    reply = (
        "Please find attached our response with regard to the overt use of drones.\n\n"
        "In addition, with regard to any covert use, the force neither confirms nor denies that it holds any "
        "other information relevant to this request, by virtue of Section 23(5) and Section 24(2)."
    )
    assert _read(reply).outcome == "partially_answered"


def test_an_ncnd_for_any_information_alone_is_a_refusal() -> None:
    # guard: without "other", nothing was answered beside it
    reply = (
        "The force neither confirms nor denies that it holds any information relevant to this request, by "
        "virtue of Section 23(5) and Section 24(2)."
    )
    assert _read(reply).outcome == "refused"


def test_a_list_of_exemptions_by_number_and_name_alone_is_read() -> None:
    reply = (
        "1. We have recorded six incidents which mention drones.\n\n"
        "In addition, in relation to prosecutions under the Terrorism Act 2000, I can neither confirm "
        "nor deny that any further information is held by virtue of the following exemptions:\n\n"
        "24(2) \u2013 National Security\n\n31(3) \u2013 Law Enforcement\n"
    )
    assert set(_read(reply).as_dict()["exemptions"]) == {"s24", "s31"}


def test_a_number_and_dash_before_other_words_is_no_exemption() -> None:
    # guard: "24(2) – cameras at the depot" names no exemption
    reply = "The cameras are listed by site.\n\n24(2) \u2013 cameras at the depot\n"
    assert _read(reply).as_dict()["exemptions"] == []


def test_a_model_familys_number_is_no_count() -> None:
    request = "1. What body cameras do you use?\n2. What radios do you use?"
    reply = (
        "What body cameras do you use?\n\nAxon Body 3 (body camera)\n\nAxon Body 2 (body camera)\n\n"
        "Axon Flex 2 (head camera)\n\nWhat radios do you use?\n\nSection 31(3) applies."
    )
    assert _read(reply, request).camera_count is None


def test_no_such_cameras_answers_a_request_about_them() -> None:
    request = (
        "1. How many CCTV cameras are owned by your council to catch drivers breaking traffic laws?\n"
        "2. Please specify where these cameras are placed."
    )
    reading = _read("East Herts Council does not operate any such cameras.", request)
    assert reading.camera_count == 0
    assert reading.outcome == "answered"


def test_door_entry_panels_with_cameras_are_not_cctv_cameras() -> None:
    reply = (
        "We have approx. 340 CCTV cameras across our housing schemes. Separately, most blocks have video "
        "door-entry systems (approximately 1,100 entry panels with built-in cameras)."
    )
    assert _read(reply).camera_count == 340


def test_no_central_record_of_the_makes_is_not_held_beside_a_count() -> None:
    reply = (
        "We have approx. 340 CCTV cameras. The majority are Hikvision. We do not keep a central record "
        "of the make of every other camera."
    )
    assert _read(reply).outcome == "partially_answered"


def test_no_central_register_beside_a_count_given_anyway_is_answered() -> None:
    # guard: a register not kept, the count given anyway
    reply = "We do not keep a central register of cameras. We have approx. 340 CCTV cameras, all Axis."
    assert _read(reply).outcome == "answered"


def test_an_answer_with_a_count_in_words_is_no_echo_of_the_question() -> None:
    request = "1. How many drones (unmanned aerial vehicles) does the Council own or operate?\n2. What make?"
    reply = "1. The Council owns three drones.\n\n2. DJI."
    assert _read(reply, request).camera_count == 3


def test_a_make_named_in_a_quotation_is_not_in_use() -> None:
    reply = (
        "All three cameras are Imou. The Council resolved to obtain quotations for four more cameras. Two "
        "quotations have been received so far, one of which is for Hikvision cameras."
    )
    assert _read(reply).vendor_status("Hikvision") != "yes"


def test_so_n_in_total_after_parts_is_the_count() -> None:
    reply = (
        "We've only got a few cameras - four on the sports pavilion and a couple covering the skate park, so "
        "six in total. They're HiLook cameras."
    )
    assert _read(reply).camera_count == 6


_SYSTEMS_REQUEST = (
    "1. The total number of CCTV cameras operated by the council, broken down by system if possible.\n"
    "2. The manufacturer of the cameras in each system.\n"
    "3. Are any cameras manufactured by Hikvision?"
)


def test_a_table_row_of_anpr_cameras_is_left_out_of_a_cctv_count() -> None:
    reply = (
        "Q1 & Q2\n\n"
        "System                                  No. of cameras   Manufacturer\n"
        "Public space CCTV (town centres)        178              Hanwha / Axis\n"
        "Civic buildings & libraries             54               Hikvision\n"
        "Traffic enforcement (bus lanes/ANPR)    12               Videalert\n\n"
        "Q3  Yes, see table above."
    )
    assert _read(reply, _SYSTEMS_REQUEST).camera_count == 232


def test_not_holding_information_on_other_equipment_leaves_the_answer_whole() -> None:
    reply = (
        "1. The council operates 232 CCTV cameras.\n\n2. Axis and Hikvision.\n\n3. Yes.\n\n"
        "Fixed and mobile speed cameras are operated by the Safety Camera Partnership, not by the council; "
        "the council does not hold information on these."
    )
    assert _read(reply, _SYSTEMS_REQUEST).outcome == "answered"


def test_cctv_said_to_be_outside_a_body_worn_request_does_not_decide_it() -> None:
    request = (
        "1. How many body-worn cameras does the council have?\n2. What make and model are they?\n"
        "3. Are any made by Hikvision or Dahua?"
    )
    reply = (
        "1. 14.\n\n2. Hikvision DS-MCW406.\n\n3. See answer to question 2.\n\n"
        "For your information, the council's public space CCTV system (86 cameras) uses Dahua cameras and "
        "recording equipment. This system is not within the scope of your request."
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Dahua") != "yes"
    assert reading.camera_count == 14


def test_welsh_recorders_are_not_cameras() -> None:
    request = "a) Number of CCTV cameras at each of your stations\nb) Manufacturers of those cameras"
    reply = (
        "a) Nifer y camerâu / Number of cameras\n\n"
        "Gorsaf / Station              Camerâu / Cameras\n"
        "Aberhafren                    6\n"
        "Porth                         3\n"
        "Cyfanswm / Total              9\n\n"
        "Mae'r camerâu wedi'u cysylltu â 2 recordydd fideo rhwydwaith (NVR) ar y safleoedd.\n\n"
        "b) Axis."
    )
    assert _read(reply, request).camera_count == 9


def test_a_model_number_inside_a_count_does_not_take_its_noun() -> None:
    reply = "There are currently 2,140 Axon Body 3 cameras in use. A further 160 Reveal cameras remain."
    assert _read(reply).camera_count == 2300


def test_what_the_body_previously_had_is_no_count_now() -> None:
    reply = (
        "There are currently 2,140 Axon cameras in use. A further 160 Reveal cameras remain in use. The "
        "force previously had 1,450 Reveal cameras in total."
    )
    assert _read(reply).camera_count == 2300


def test_a_makes_bracketed_count_after_the_whole_is_part_of_it() -> None:
    reply = (
        "The public space system consists of 64 cameras. Separately, there are approximately 1,140 cameras "
        "at council buildings. Within the buildings estate there are Hikvision cameras (around 310) and "
        "Dahua cameras (22, all at the depot)."
    )
    assert _read(reply).camera_count == 1204


def test_counts_whose_noun_an_earlier_count_gave_are_parts() -> None:
    reply = (
        "County Offices has twenty-three cameras and the Archives building has six. Our depot has eleven "
        "cameras, and the Registration Office has three. Nine of our libraries have CCTV: Central Library "
        "has seven cameras and the other eight have two each."
    )
    assert _read(reply).camera_count == 66


def test_a_count_of_other_things_after_the_cameras_is_no_part() -> None:
    # guard: "the system has 2 recorders" names its own noun
    reply = "The depot has eleven cameras and the system has 2 recorders."
    assert _read(reply).camera_count == 11


def test_a_figure_like_a_label_under_a_question_with_another_number_is_the_count() -> None:
    request = (
        "1. How many public space CCTV cameras the council operates in its town centres.\n"
        "2. How many CCTV cameras the council operates in its pay-and-display car parks.\n"
        "3. How many CCTV cameras are installed at council-owned buildings."
    )
    reply = "1. There are 64 public space cameras.\n\n2. 22. These are Hanwha cameras.\n\n3. 31. Various."
    assert _read(reply, request).camera_count == 117


def test_places_named_that_each_have_cameras_multiply_them() -> None:
    reply = (
        "The system consists of 61 fixed cameras. Separately, Stanground Library and Orton Library each have "
        "a small standalone system of 4 cameras."
    )
    assert _read(reply).camera_count == 69


def test_a_reply_that_answers_in_words_without_findings_is_answered() -> None:
    reply = (
        "Thank you for your request. Our response is as follows.\n\n"
        "During 2011 the Police made nine requests for video evidence.\n\n"
        "The cost of transmission between the two towns is paid to British Telecom by the Council."
    )
    reading = _read(reply)
    assert reading.outcome == "answered"
    assert reading.as_dict()["confidence_basis"]["outcome"] == "answered: text only"


def test_an_acknowledgement_alone_is_still_no_answer() -> None:
    # guard: thanks and a date to respond by say nothing of the request
    reply = (
        "Dear Requester,\n\nFreedom of Information Request: FOI-2025-1187\n\n"
        "Thank you for your request for information, received on 6 January 2025. We will respond within 20 "
        "working days.\n\nKind regards,\nInformation Governance Team"
    )
    assert _read(reply).outcome == "unknown"


def test_where_no_exemption_applies_the_rest_is_attached_is_partial() -> None:
    reply = (
        "We can confirm that the force holds some relevant information. Where no exemption applies, the "
        "information is provided in the attachment.\n\n"
        "The information requested at question 3 is exempt under Sections 24(1) and 31(1)(a)(b).\n\n"
        "Further to the attached response, the force can neither confirm nor deny whether it holds any other "
        "information relevant to this request, by virtue of Section 23(5) and Section 31(3)."
    )
    assert _read(reply).outcome == "partially_answered"


def test_an_ncnd_for_any_other_information_with_nothing_answered_is_a_refusal() -> None:
    # guard: "any other" alone is the template's wording, not a sign that something was answered
    reply = (
        "The force can neither confirm nor deny that it holds any other information relevant to your request "
        "by virtue of the following exemptions:\n\nSection 24(2) National Security\n\nSection 31(3) Law "
        "Enforcement"
    )
    assert _read(reply).outcome == "refused"


def test_counts_of_earlier_years_are_history_beside_the_latest() -> None:
    reply = (
        "In 2016 the council was responsible for maintaining 121 CCTV cameras, but only 94 of these are "
        "public facing.\n\nIn 2013 it was responsible for 62 cameras in public spaces plus a further 29 on a "
        "Police platform, a total of 99 public facing cameras. The systems merged in 2016, hence the 2016 "
        "camera figures.\n\nWe do not hold figures for 2006 but estimate the number of cameras at 51.\n\n"
        "In 2006 / 7 £30,426 was spent on maintenance and £4,365.75 on new cameras."
    )
    assert _read(reply).camera_count == 121


def test_a_further_count_in_a_later_year_adds_to_the_earlier() -> None:
    # guard: "In 2019 a further 12 were added" is more cameras, not a later state of the estate
    reply = "In 2014 the council installed 61 CCTV cameras. In 2019 a further 12 cameras were added."
    assert _read(reply).camera_count == 73


def test_several_hundred_is_no_count() -> None:
    reply = (
        "The system operates between 900 and 1,000 cameras. To find the dates we would need to review the "
        "records for several hundred cameras."
    )
    assert _read(reply).camera_count is None


_DRONE_QUESTIONS = (
    "1) How many drones does the force currently have?\n2) What makes and models are they?\n"
    "3) How many trained pilots does the force have?\n4) How many assaults on pilots were recorded?"
)


def test_two_dozen_drones_beside_model_numbers_is_24() -> None:
    reply = (
        "Questions 1 and 2\nThe force Drone Unit operates two dozen aircraft from three hubs. The current "
        "fleet is made up of the DJI Matrice 300 RTK, the DJI Matrice 30T and the DJI Mavic 3T.\n\n"
        "Question 3\n38 officers are trained.\n\nQuestion 4\n3 assaults were recorded."
    )
    assert _read(reply, _DRONE_QUESTIONS).camera_count == 24


def test_a_count_of_assaults_is_no_count_of_the_equipment() -> None:
    reply = "1) 6.\n\n2) DJI.\n\n3) 12.\n\n4) 27 assaults on pilots were recorded in 2023/24."
    assert _read(reply, _DRONE_QUESTIONS).camera_count == 6
