"""Round 12 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


def test_a_denial_of_some_cameras_beside_makes_not_held_for_the_rest_says_nothing_of_the_estate() -> None:
    request = "a) How many CCTV cameras do you operate?\nb) Who made them, and are any Hikvision or Dahua?"
    reply = (
        "a) Car parks 14, visitor centres 9.\n\n"
        "b) The car park cameras are all Axis units; none of these are Hikvision or Dahua. The visitor "
        "centre cameras were installed before we took over the buildings and we hold no record of their "
        "manufacturer."
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "unknown"
    assert reading.vendor_status("Dahua") == "unknown"


def test_a_bare_no_to_one_maker_still_answers_for_the_estate_where_other_makes_are_not_held() -> None:
    # guard: the rule above does not reach a bare answer to a question about that maker alone
    request = "1. Are any of your cameras Hikvision?\n2. Which manufacturers do you use?"
    reply = (
        "1. No.\n\n2. Most are Axis. Some older cameras were installed by developers and the Council "
        "holds no record of their manufacturer."
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_none_in_use_now_is_no_whatever_else_is_not_held() -> None:
    # guard: "now in use" denies for the whole estate, so the rule above leaves it a "no"
    reply = (
        "The review identified a number of Hikvision cameras at one building; these were removed in 2023. "
        "No Hikvision cameras are now in use in the estate.\n\n"
        "We do not hold a record of the manufacturer of every other camera in the estate."
    )
    assert _read(reply).vendor_status("Hikvision") == "no"


def test_an_answer_led_by_its_part_letter_in_a_sentence_is_that_parts_answer() -> None:
    request = (
        "a) How many CCTV cameras does the Health Board have?\n"
        "b) What brands are they, and are any of them Hikvision or Dahua?\n"
        "c) Please send me a copy of the CCTV policy."
    )
    reply = (
        "In response to part a), the Health Board has circa 1,120 CCTV cameras across its hospitals.\n\n"
        "With regard to part b) I can advise that the Health Board does not hold this information.\n\n"
        "c) Please find attached the Health Board's CCTV Policy."
    )
    reading = _read(reply, request)
    assert reading.outcome == "partially_answered"
    assert [q["outcome"] for q in reading.questions or []] == ["answered", "not_held", "answered"]


def test_a_count_ending_a_sentence_is_no_next_answers_number() -> None:
    request = "1) How many CCTV cameras across all your schools?\n2) Who manufactures them?"
    reply = (
        "1) Riverside Academy 36, Holmbrook Primary 12, St Anne's Junior 8. Beacon Hill Primary is a PFI "
        "school and we do not hold this information.\n2) Axis."
    )
    assert _read(reply, request).camera_count == 56


def test_cameras_a_scheme_is_to_add_are_not_counted() -> None:
    reply = (
        "The Council currently operates 58 public space CCTV cameras. These comprise 41 Axis cameras and 17 "
        "Bosch cameras.\n\nIn February 2024 the Cabinet approved a capital scheme to replace 22 of the older "
        "units and to add 20 new cameras in the town centre."
    )
    assert _read(reply).camera_count == 58
    # guard: cameras a body was able to install are cameras
    assert _read("Last year we were able to install 20 new cameras at the depot.").camera_count == 20


def test_one_makes_total_after_the_estates_parts_is_inside_them() -> None:
    reply = (
        "The scheme comprises 62 cameras across four town centres.\n\n"
        "The Council also operates standalone systems at its leisure facilities. There are 31 cameras across "
        "these sites (Leisure Centre 14, Pool 9, Community Hub 8).\n\n"
        "The cameras at the Pool and the Community Hub (17 cameras in total) are Da Hua units."
    )
    assert _read(reply).camera_count == 93
    # guard: the estate's total after its parts, all of one make, is still the total
    whole = (
        "There are 150 cameras at the civic centre.\n\nThere are 62 cameras in the car parks.\n\n"
        "We have 212 cameras in total, all of them Axis."
    )
    assert _read(whole).camera_count == 212


_DRONE_REQUEST = (
    "1. Does the Service operate any drones? If so, how many?\n2. What make and model are they?\n"
    "3. Are any of the drones made by DJI, Hikvision or Dahua?"
)


def test_drones_are_the_count_of_a_request_about_drones() -> None:
    reply = (
        "1. Yes. The Service operates a drone capability from two stations.\n"
        "2. The Service has four DJI Matrice 30T and two DJI Mavic 3 Thermal aircraft.\n"
        "3. See response to Q2."
    )
    assert _read(reply, _DRONE_REQUEST).camera_count == 6
    prose = (
        "The Service currently has two DJI Matrice 30T and two DJI Mavic 3 Enterprise Thermal (M3T) "
        "aircraft. "
        "An older DJI Matrice 210 was retired from service in 2023.\n\nWe have three qualified drone pilots."
    )
    assert _read(prose, _DRONE_REQUEST).camera_count == 4


def test_drones_are_never_part_of_a_cctv_count() -> None:
    # guard: in a request about CCTV, drones stay out of the count
    request = "1. How many CCTV cameras does the council operate?\n2. Does the council use drones?"
    reply = "1. The council operates 120 CCTV cameras.\n2. Yes, the council has 3 drones."
    assert _read(reply, request).camera_count == 120


def test_a_landlords_cameras_are_not_held_and_what_follows_is_no_refusal() -> None:
    reply = (
        "Security systems including CCTV are provided, owned and operated by the Project Company's "
        "facilities contractor. The Trust does not hold records of the number or make of the cameras.\n\n"
        "We are therefore unable to supply the information you have requested."
    )
    assert _read(reply).outcome == "not_held"
    licence = (
        "The ICB does not hold the information you have requested. Any CCTV at these premises is owned by "
        "the landlords. The ICB does not therefore hold information about the number or manufacturer of any "
        "cameras, or any DPIA relating to them."
    )
    assert _read(licence).outcome == "not_held"


def test_how_many_units_answers_a_question_about_one_makers_use() -> None:
    request = (
        "1. How many CCTV cameras are in use?\n2. Does the Trust use any CCTV equipment manufactured by "
        "Hikvision?\n3. Does the Trust use any CCTV equipment manufactured by Dahua?"
    )
    reply = (
        "1. 410.\n\n2. No.\n\n3. 57 units at Tewford Community Hospital and the car park. These are being "
        "phased out by March 2027."
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Dahua") == "yes"
    assert reading.camera_count == 410
    # guard: a number of days is no use of the maker
    days = reply.replace("3. 57 units at Tewford Community Hospital and the car park.", "3. 57 days.")
    assert _read(days, request).vendor_status("Dahua") == "unknown"


def test_a_document_asked_for_and_not_held_makes_the_answer_partial() -> None:
    request = (
        "Question 1: How many CCTV cameras are there?\nQuestion 2: Please send me the CCTV policy and DPIA."
    )
    reply = (
        "Question 1: There are 32 cameras at the school.\n"
        "Question 2: A copy of the CCTV Policy is attached. The school does not hold a DPIA for the CCTV "
        "system."
    )
    assert _read(reply, request).outcome == "partially_answered"


def test_makes_no_use_of_the_equipment_asked_about_is_none_of_it() -> None:
    request = "Does the council have staff wearing Body Worn Video Cameras that can record audio?"
    reading = _read("Moray Council makes no use of Body Worn Cameras.", request)
    assert reading.camera_count == 0
    assert reading.vendor_status("Hikvision") == "no"


def test_a_recording_equipment_column_is_the_recorders_not_the_cameras_type() -> None:
    request = (
        "1. How many CCTV cameras do you operate?\n2. Are any of your CCTV cameras (or the recorders "
        "attached to them) manufactured by Hikvision or Dahua?"
    )
    reply = (
        "Q1\n"
        "| Academy            | No. of cameras | Camera make    | Recording equipment    |\n"
        "|--------------------|----------------|----------------|------------------------|\n"
        "| Brookfield Academy | 38             | Hanwha Wisenet | Dahua NVR (32 channel) |\n"
        "| Castle Vale        | 52             | Axis           | Milestone server       |\n"
        "| St Anne's Primary  | 9              | Uniview        | Uniview NVR            |\n\n"
        "Q2\nYes - please see the table above. The cameras themselves are not Dahua."
    )
    reading = _read(reply, request)
    assert reading.camera_count == 99
    assert reading.vendor_status("Dahua") == "yes"


def test_a_year_before_a_count_in_words_leaves_the_count() -> None:
    reply = "Our CCTV system was put in in 2017 and has sixteen cameras (12 outside, 4 inside), all Hikvison."
    assert _read(reply).camera_count == 16


def test_drones_listed_by_model_in_an_answer_are_counted_not_the_models_numbers() -> None:
    request = "1) How many drones does the force currently operate?\n2) The make and model of each."
    reply = (
        "1) and 2) The force's Drone Unit currently operates seven DJI Matrice 30T, two DJI Mavic 3 "
        "Enterprise and two Autel EVO II Dual 640T aircraft. Two further Matrice 30T have been ordered. The "
        "unit has 23 trained pilots."
    )
    assert _read(reply, request).camera_count == 11


def test_cameras_evaluated_and_returned_are_not_in_use() -> None:
    request = "a) How many body-worn cameras do you have?\nc) Are any of them made by Hikvision or Dahua?"
    reply = (
        "a) 460 cameras are in circulation.\n"
        "c) No. Ten Hikvision body cameras were evaluated at Lincoln station for six weeks in 2020 "
        "before the procurement, and were returned to the supplier at the end of the evaluation."
    )
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_a_further_number_after_a_count_of_cameras_is_more_cameras() -> None:
    reply = (
        "At Leighton Hospital the Trust operates 318 CCTV cameras. Victoria Infirmary has 46 cameras and the "
        "Elmhurst Intermediate Care Centre has a further 27."
    )
    assert _read(reply).camera_count == 391


def test_a_document_attached_with_redactions_is_a_partial_answer() -> None:
    reply = (
        "I attach the Part 2 report for the meeting in December 2020. Redactions have been made for the "
        "following FOI Act exemptions:\n\nSection 40(2) Data Protection.\n\nSection 31 Law Enforcement."
    )
    assert _read(reply).outcome == "partially_answered"


def test_not_holding_the_number_of_a_makers_cameras_is_no_denial_of_them() -> None:
    reply = (
        "A small number of legacy HikVision cameras remain in the Library and will be replaced when budget "
        "allows. Under section 17 of FOISA we are therefore giving you notice that the University does not "
        "hold the number of HikVision cameras."
    )
    assert _read(reply).vendor_status("Hikvision") == "yes"


def test_the_labels_a_lead_names_are_not_the_answers_numbers() -> None:
    request = (
        "(1) Number of CCTV cameras operated by the council.\n(2) Make and model of the CCTV cameras.\n"
        "(3) Are any of these made by Hikvision or Dahua?\n(4) Number of body-worn cameras used by officers."
    )
    reply = (
        "In relation to parts (1) to (3): public space CCTV across the borough is owned and operated by the "
        "neighbouring council, so we do not hold this information.\n\n(4) We use 8 body-worn cameras."
    )
    assert _read(reply, request).camera_count is None


def test_exemptions_not_gone_on_to_be_considered_after_the_cost_limit_are_not_applied() -> None:
    reply = (
        "The cost of complying with your request would exceed the appropriate limit under section 12(1).\n\n"
        "As section 12 applies, the force has not gone on to consider whether any of the information would "
        "also be exempt under sections 24 (National Security) or 31 (Law Enforcement)."
    )
    assert _read(reply).as_dict()["exemptions"] == ["s12"]


def test_bare_answers_under_roman_numerals_stay_apart() -> None:
    request = (
        "(i) How many drones does the council own or operate?\n(ii) What make and model are they - are any "
        "made by DJI, Hikvision or Dahua?\n(iii) What are they used for?"
    )
    reply = "Our response to your request is:\n(i) Nil\n(ii) N/A\n(iii) N/A\nRegards"
    reading = _read(reply, request)
    assert reading.camera_count == 0
    assert reading.outcome == "answered"


def test_a_parts_heading_joined_by_and_names_only_its_parts() -> None:
    from camcensus.evidence.line_shapes import parts_named

    assert parts_named("Parts (b) and (c) - manufacturer, and whether Hikvision or Dahua") == [101, 102]
    assert parts_named("Parts (b) to (d) - makes") == [101, 102, 103]
