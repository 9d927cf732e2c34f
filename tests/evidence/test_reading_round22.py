"""Round 22 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from tests.evidence.letters import read_letter

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import split_request
from camcensus.knowledge.vendors import find_vendor_mentions

_read = read_letter

_COUNT_AND_MAKES = (
    "1. How many CCTV cameras does the council operate?\n2. Which manufacturers supply them?\n"
    "3. Are any of them made by Hikvision or Dahua?\n"
)


# -- counts --


def test_a_corrected_figure_said_with_therefore_replaces_the_first() -> None:
    reply = (
        "Our original response stated that the Council operates 318 CCTV cameras. Two sites have since "
        "closed; between them those two sites accounted for 21 cameras. The correct current figure is "
        "therefore 297, and I apologise for the error."
    )
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 297


def test_a_grand_total_said_again_and_not_the_first_replaces_it() -> None:
    reply = (
        "1. The public space scheme has 58 cameras and the car parks have 74 cameras. This gives a grand "
        "total of 132 cameras.\n2. Axis.\n3. No.\n"
        "Correction: the car park figure should read 64, not 74. The grand total is therefore 122 and not "
        "132 as stated above."
    )
    assert _read(reply, _COUNT_AND_MAKES).camera_count == 122


def test_a_long_answer_set_out_by_service_ends_with_the_sum_of_its_parts() -> None:
    reply = (
        "Q1 - Numbers of cameras\n"
        "City Centre. The City Centre scheme is monitored from the control room at Bowman House and covers "
        "the shopping streets, the Cathedral Quarter, the bus station and the night-time economy area. It "
        "comprises 68 cameras.\n"
        "Car parks. The Council's five multi-storey car parks and the Riverside surface car park have 74 "
        "cameras in total. Most are connected to the control room, though a handful are viewed locally.\n"
        "Housing. Across nine housing estates and the tower blocks there are 112 cameras, plus 6 "
        "redeployable units used by the Anti-Social Behaviour team.\n"
        "Civic buildings. The Guildhall, the Central Library and the depot have 41 cameras between them.\n"
        "This gives a grand total of 301 cameras.\n"
        "Q2 - Manufacturers\nHanwha and Axis.\n"
    )
    request = "Q1. The total number of CCTV cameras, by service area.\nQ2. The manufacturers.\n"
    assert _read(reply, request).camera_count == 301


def test_a_further_number_after_a_number_of_places_is_another_part() -> None:
    reply = (
        "We have eleven cameras at our three visitor centres (Kettleby, Hawes Gill and Scarsdale Head) and a "
        "further six covering the pay and display machines in our car parks."
    )
    assert _read(reply, "How many CCTV cameras does the Authority operate?").camera_count == 17


def test_a_breakdown_on_the_market_place_is_no_further_part() -> None:  # guard
    reply = "We have six cameras - four on the Market Place and two at the skatepark."
    assert _read(reply, "How many CCTV cameras does the council have?").camera_count == 6


def test_in_total_after_a_long_noun_marks_the_total_before_its_breakdown() -> None:
    reply = (
        "(1) The Council has 38 body-worn video devices in total: 24 issued to Civil Enforcement Officers, "
        "9 to Neighbourhood Wardens and 5 held as a shared pool by Housing Management.\n(2) Motorola VB400.\n"
    )
    request = "(1) How many body-worn cameras does the council have?\n(2) Make and model?\n"
    assert _read(reply, request).camera_count == 38


def test_an_answer_that_only_says_see_1_takes_that_answer() -> None:
    reply = (
        "Our ref 24/1140\nMr Ashworth,\nResponse to your FOI request:\n1) 57\n2) see 1\n3) no\n4) no\n"
        "The town centre scheme includes the car parks and the Council's office and depot cameras as these "
        "are all on one system.\n"
    )
    request = (
        "1) How many cameras are on the town centre CCTV scheme?\n2) How many CCTV cameras does the council "
        "operate in total, including car parks, offices and depots?\n3) Are any Hikvision?\n"
        "4) Are any Dahua?\n"
    )
    assert _read(reply, request).camera_count == 57


def test_a_part_of_that_figure_then_a_further_number_adds_to_the_first() -> None:
    reply = (
        "Q1. Our general needs estates have 143 cameras. This includes the high-rise blocks at Hopwood, "
        "which account for 61 of that figure. Our supported housing schemes have a further 37.\nQ2. Hanwha.\n"
    )
    request = (
        "Q1. How many CCTV cameras do you operate across your housing stock?\nQ2. What brands are they?\n"
    )
    assert _read(reply, request).camera_count == 180


def test_the_cameras_of_a_cost_estimates_sample_are_no_count() -> None:
    reply = (
        "We estimate that the cost of complying would exceed the appropriate limit of £450, so section 12 "
        "applies. An initial sample exercise with Parks took just over four hours to establish this "
        "information for 23 cameras."
    )
    reading = _read(reply, "1. The location, make and model of every CCTV camera.\n2. The cost of each.\n")
    assert reading.camera_count is None and reading.outcome == "refused"


def test_cameras_on_order_with_their_make_in_brackets_are_not_counted() -> None:
    reply = (
        "The Trust has 310 cameras in operation. 24 additional cameras (Axis) are on order for the new wing."
    )
    assert _read(reply, "How many CCTV cameras are in operation at the Trust?").camera_count == 310


def test_a_references_letters_glued_to_a_year_make_no_count() -> None:
    reply = "FOI CRBC-2024-311 - CCTV cameras - response\nWe have 67 cameras."
    assert _read(reply, "How many CCTV cameras does the council operate?").camera_count == 67


# -- makes --


def test_hik_alone_hick_vision_and_lts_units_name_hikvision() -> None:
    names = {
        text: [m.match.vendor for m in find_vendor_mentions(text)]
        for text in ("some older Hik units", "HICK VISION cameras", "a few LTS units at the Civic Centre")
    }
    assert names == {t: ["Hikvision"] for t in names}


def test_lts_alone_and_a_hike_name_nothing() -> None:  # guard
    assert not find_vendor_mentions("the LTS release; a hike in costs; Hikers")


def test_a_writer_not_sure_whether_brands_belong_to_the_makers_denies_nothing() -> None:
    reply = (
        "We have two cameras, an EZVIZ C3W on the pavilion and an Imou Bullet 2 on the play area fence. "
        "I'm not sure whether those are connected to the companies you mention."
    )
    reading = _read(reply, "How many cameras, what make, and are any Hikvision or Dahua or their brands?")
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "yes")


def test_a_refusals_caution_that_nothing_should_be_inferred_denies_no_make() -> None:
    reply = (
        "Part (iii)\nThe Council neither confirms nor denies whether it holds information on the "
        "manufacturers of equipment at these sites, in reliance on sections 24(2) and 31(3). This should not "
        "be taken as an indication that the information is or is not held."
    )
    request = "Please tell me (i) how many cameras, (ii) where, and (iii) whether any are Hikvision or Dahua."
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("unknown", "unknown")


def test_a_list_of_makes_ending_with_a_few_of_one_more_is_every_make() -> None:
    reply = (
        "Our cameras are made by Bosch, Axis and Hanwha, together with a small number of LTS units at the "
        "Civic Centre which came with the building."
    )
    reading = _read(reply, "(b) Names of all camera manufacturers")
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "no")


def test_one_make_given_the_whole_count_is_the_only_make() -> None:
    request = (
        "1. How many CCTV cameras does the Town Council own?\n"
        "2. Are any of them made by Hikvision or Dahua?\n"
        "3. If yes, please state which manufacturer(s) and how many cameras of each.\n"
    )
    reading = _read("1. 23\n2. Yes\n3. Hikvision, 23\n", request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "no")


def test_a_makes_number_in_the_sentence_that_gives_the_count_is_no_whole_list() -> None:  # guard
    reply = (
        "In answer to question 2 we told you that the Council does not have any Hikvision cameras. "
        "Following a further check, this was wrong: 9 Hikvision cameras remain in use at the depot. They are "
        "included in the total of 88 given in answer to question 1, which remains correct."
    )
    request = "1. How many cameras?\n2. Are any made by Hikvision?\n3. Are any made by Dahua?\n"
    assert _read(reply, request).vendor_status("Dahua") == "unknown"


def test_any_of_a_make_that_will_be_replaced_lists_no_makes() -> None:
    reply = (
        "Q2: Yes. A number of the older cameras at the depots are HIKVISION.\n"
        "Q3: Any HIKVISION cameras will be replaced at the end of their working life.\n"
    )
    request = "Q2: Are any of them Hikvision or Dahua?\nQ3: If so, is there a plan to remove them?\n"
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "unknown")


def test_a_denial_of_any_of_a_makes_equipment_stands_beside_makes_not_recorded() -> None:
    reply = (
        "Q2 Answer - Yes. Some cameras at the Beckfield unit are Hikvision. The Trust does not have any "
        "Dahua equipment.\nQ3 Answer - Other makes are not recorded centrally; the asset records do not "
        "record the make.\n"
    )
    request = "Q2 Are any made by Hikvision or Dahua? If yes, which?\nQ3 Which other manufacturers?\n"
    assert _read(reply, request).vendor_status("Dahua") == "no"


def test_no_record_of_a_make_beside_makes_not_recorded_is_no_denial() -> None:  # guard
    reply = (
        "Q2.\nMakes recorded on our asset register include Hanwha, Axis and Hik Vision. The asset register "
        "does not record the make of all cameras at housing sites.\nQ3.\nHik Vision cameras remain in use at "
        "two housing sites. We hold no record of Dahua equipment, however as stated above the make of some "
        "housing estate cameras is not recorded.\n"
    )
    request = "Q2. The manufacturers of these cameras.\nQ3. Whether any are supplied by Hikvision or Dahua.\n"
    assert _read(reply, request).vendor_status("Dahua") == "unknown"


def test_as_above_to_a_second_make_takes_the_no_before_it() -> None:
    request = (
        "1. Does the Service have any CCTV cameras made by Hikvision?\n2. Does the Service have any CCTV "
        "cameras made by Dahua?\n3. How many CCTV cameras does the Service have in total?\n"
    )
    reading = _read("1. No.\n2. As above.\n3. c. 260 cameras.\n", request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


def test_a_heading_naming_the_makes_asked_about_is_no_use_of_them() -> None:
    reply = (
        "(a) Number of cameras\nThe force has 412 CCTV cameras across its stations.\n"
        "(b) and (c) Manufacturers, including Hikvision or Dahua\n"
        "This information is exempt under sections 24(1) and 31(1)(a) of the Act.\n"
    )
    request = (
        "(a) the number of CCTV cameras;\n(b) the manufacturer(s) of those cameras;\n"
        "(c) whether any are manufactured by Hikvision or Dahua;\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("unknown", "unknown")


def test_a_question_repeated_over_two_lines_is_not_its_own_answer() -> None:
    reply = (
        "Q2. Whether any of those cameras are\nHikvision products.\nYes. Some older external cameras are "
        "Hikvision.\nQ3. Whether any of those cameras are Dahua\nproducts.\nNo\n"
    )
    request = (
        "Q2. Whether any of those cameras are Hikvision products.\n"
        "Q3. Whether any of those cameras are Dahua products.\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "no")


# -- questions and outcome --


def test_questions_marked_i_ii_iii_in_running_prose_are_split() -> None:
    request = (
        "Please tell me (i) how many CCTV cameras the council has at its offices, (ii) exactly where they "
        "are positioned, and (iii) whether any of them are made by Hikvision or Dahua."
    )
    assert [q.label for q in split_request(request)] == ["(i)", "(ii)", "(iii)"]


def test_an_exemption_looked_at_and_then_released_in_full_is_not_applied() -> None:
    reply = (
        "Question 3: £18,430 excluding VAT.\nIn considering this question the College looked at whether the "
        "figures were commercially sensitive under section 43(2) of the Act. Because the contract was "
        "awarded after an open tender, the College has decided to release them in full.\n"
    )
    reading = _read(reply, "Question 3: How much did the college spend on CCTV in 2023/24?")
    assert reading.as_dict()["exemptions"] == [] and reading.outcome == "answered"


def test_cameras_another_party_holds_are_no_information_not_held() -> None:
    reply = (
        "Holmbridge Interchange has 56 Axis cameras. We have no other CCTV at our passenger facilities. "
        "Cameras on board buses are the responsibility of the individual bus operators and are not held by "
        "the Authority."
    )
    assert _read(reply, "How many CCTV cameras are there at your bus stations?").outcome == "answered"


def test_a_data_protection_exemption_for_passing_images_to_police_refuses_nothing() -> None:
    reply = (
        "There are nine fixed ANPR camera units. ANPR data is not shared with the police as a matter of "
        "routine, but images may be disclosed on request where an appropriate exemption under the data "
        "protection legislation applies."
    )
    request = "How many ANPR cameras does the Authority operate? Is ANPR data shared with the police?"
    assert _read(reply, request).outcome == "answered"


def test_no_other_makes_makes_the_list_whole_beside_a_refusal_of_another_question() -> None:
    reply = (
        "Question 1: There are 38 CCTV cameras at the court centre.\n"
        "Question 2: The camera estate comprises Bosch fixed domes and Vivotek bullet cameras; no other "
        "makes are installed.\n"
        "Question 3: HMCTS can neither confirm nor deny whether it holds information falling within the "
        "scope of this question, by virtue of sections 24(2) and 31(3) of the FOIA.\n"
    )
    request = (
        "Question 1: How many CCTV cameras are installed at the court building?\n"
        "Question 2: What make are the cameras? Are any Hikvision?\n"
        "Question 3: Are there any covert cameras in the public areas?\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("no", "no")


def test_a_refusal_of_the_makes_question_still_leaves_the_makes_unknown() -> None:  # guard
    reply = (
        "1. There are 38 CCTV cameras. They are Bosch fixed domes and Vivotek bullet cameras.\n"
        "2. We can neither confirm nor deny whether any other manufacturers' equipment is installed, by "
        "virtue of sections 24(2) and 31(3).\n"
    )
    request = "1. How many CCTV cameras, and what make are they?\n2. Are any made by Hikvision or Dahua?\n"
    assert _read(reply, request).vendor_status("Dahua") == "unknown"


def test_foisa_section_39_2_applied_to_send_a_request_to_the_eisrs_withholds_nothing() -> None:
    reply = (
        "As the information is environmental information, we have dealt with your request under the EISRs. "
        "We are therefore applying the exemption in section 39(2) of FOISA, so that the request is "
        "considered only under the EISRs.\nQ1. SEPA operates nine unmanned aircraft systems (UAS).\n"
    )
    reading = _read(
        reply + "Freedom of Information (Scotland) Act 2002", "Q1. How many drones does SEPA operate?"
    )
    assert reading.as_dict()["exemptions"] == [] and reading.outcome == "answered"


def test_a_figure_said_to_have_since_changed_replaces_the_one_before() -> None:
    reply = (
        "1. Police Scotland has previously published this figure. In our 2021 response we said 212; that "
        "figure has since changed to 230 fixed ANPR cameras as a result of the expansion of the network.\n"
    )
    assert (
        _read(reply, "1. How many fixed ANPR cameras Police Scotland currently operates.").camera_count == 230
    )


def test_body_worn_video_devices_with_an_acronym_in_brackets_are_counted() -> None:
    reply = "Border Force currently holds 1,240 body-worn video (BWV) devices."
    request = (
        "- how many body-worn cameras Border Force currently holds;\n- the make and model of the cameras;\n"
    )
    assert _read(reply, request).camera_count == 1240


def test_if_yes_to_q2_how_many_asks_of_the_makes_q2_named() -> None:
    request = (
        "1. How many CCTV cameras does TfL operate?\n"
        "2. Are any of these cameras made by Hikvision or Dahua?\n3. If yes to Q2, how many, and where?\n"
    )
    reply = "1. 20,994\n2. Yes.\n3. 46 Hikvision cameras are installed at bus stations.\n"
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "unknown")


def test_cctv_cameras_named_beside_a_request_about_dash_cameras_are_other_equipment() -> None:
    request = (
        "a) How many dash cameras in total?\nb) Who makes them?\nc) Are any made by Hikvision or Dahua?\n"
    )
    reply = (
        "a) 612.\nb) Brigade Electronics.\nc) No. For your information, a number of the fixed CCTV cameras "
        "at some of our community fire stations are Hikvision; these are building security cameras.\n"
    )
    assert _read(reply, request).vendor_status("Hikvision") != "yes"


def test_so_there_are_marks_the_figure_a_sentence_works_out() -> None:
    reply = (
        "a) Dash cameras are fitted to 547 front line appliances and 65 other operational vehicles (612 "
        "vehicles in total).\nb) Each vehicle is fitted with one forward-facing camera, so there are 612 "
        "dash cameras.\n"
    )
    request = "a) How many of your vehicles have dash cameras fitted?\nb) How many dash cameras in total?\n"
    assert _read(reply, request).camera_count == 612


def test_a_postscript_after_the_signature_that_corrects_the_figure_is_read() -> None:
    reply = (
        "1) The College has 64 CCTV cameras in use.\n2) All are Hanwha Vision cameras.\n3) No.\n"
        "Kind regards\nMartin Elsworth\nClerk to the Corporation\nPS - I have just been told by our Estates "
        "Manager that the figure at 1) should read 68, not 64, as the four cameras installed over the summer "
        "were not on the list.\n"
    )
    request = (
        "1) How many CCTV cameras are in use?\n2) Which manufacturers make them?\n3) Are any Hikvision?\n"
    )
    assert _read(reply, request).camera_count == 68


def test_a_count_in_the_answer_to_whether_a_make_is_used_is_that_makes_part() -> None:
    rows = [
        ("Response", "Question | Response"),
        ("Response", "1. How many CCTV cameras does the council operate? | Please see the tab 'Cameras'."),
        (
            "Response",
            "2. Do you have any cameras made by Dahua? | Yes - the 7 cameras at Heol Tywi depot are Dahua.",
        ),
        ("Cameras", "Site | Fixed | PTZ | Total"),
        ("Cameras", "Town centre | 12 | 6 | 18"),
        ("Cameras", "Heol Tywi depot | 5 | 2 | 7"),
        ("Cameras", "County Hall | 6 | 1 | 7"),
    ]
    segments = [
        TextSegment(seq=n, text=text, location=f"sheet {sheet} row {n + 1}", sheet=sheet, row=n + 1)
        for n, (sheet, text) in enumerate(rows)
    ]
    request = (
        "1. How many CCTV cameras does the council operate?\n2. Do you have any cameras made by Dahua?\n"
    )
    assert read_segments(segments, request=request).camera_count == 32


def test_a_denial_naming_the_make_keeps_its_count_of_the_estate() -> None:  # guard
    reply = "1. No, none of our 120 cameras are made by Dahua.\n"
    assert _read(reply, "1. Do you have any cameras made by Dahua?").camera_count == 120


def test_the_figure_now_beside_the_one_it_replaces_is_the_count() -> None:
    reply = (
        "There has been one change since then. The Kingsway Depot closed in March 2024 and the 14 cameras "
        "there were taken down, so the Council now operates 212 cameras rather than 226."
    )
    assert _read(reply, "1. How many CCTV cameras does the Council operate?").camera_count == 212


def test_a_joint_answer_to_which_makes_and_whether_hikvision_or_dahua_lists_every_make() -> None:
    reply = (
        "1. We operate 318 CCTV cameras at flood risk management assets.\n"
        "2. and 3. Cameras by manufacturer:\n   Axis          201\n   Hikvision      74\n"
        "   Mobotix        43\n"
        "   The Hikvision cameras are at older installations, mainly trash screen cameras.\n"
    )
    request = (
        "1. How many CCTV cameras does the Agency operate?\n2. What brands are they and how many of each?\n"
        "3. Are any of them Hikvision or Dahua?\n"
    )
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "no")


def test_makes_named_for_some_sites_and_not_held_for_the_other_sites_are_no_whole_list() -> None:
    reply = (
        "Q2 & Q3 - The systems at Castle Leisure Centre and Broadmead Pool were replaced in 2022 and are "
        "Hikvision. The cameras at the other three sites were installed before 2015 and we don't have any "
        "record of the manufacturer.\n"
    )
    request = "Q2. Which manufacturers made the cameras?\nQ3. Are any of them Hikvision or Dahua?\n"
    reading = _read(reply, request)
    assert (reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")) == ("yes", "unknown")
    assert reading.outcome == "partially_answered"
