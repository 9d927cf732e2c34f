"""Round 10 of the reading rules: each test fails with the rules of the round before."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments
from camcensus.evidence.text import is_welsh


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


def _count(text: str, request: str | None = None) -> int | None:
    return _read(text, request).camera_count


def test_welsh_sentence_with_mutated_and_elided_words_is_welsh() -> None:
    welsh = (
        "Mae'r Cyngor yn gweithredu 96 o gamerâu teledu cylch cyfyng mannau cyhoeddus yng nghanol trefi "
        "Aberteifi Fach, Llanbedr Teifi a Chastellnewydd Isaf."
    )
    assert is_welsh(welsh)
    assert not is_welsh("The Council operates 96 public space CCTV cameras in the town centres.")


def test_bilingual_reply_read_alone_counts_the_english_total_once() -> None:
    reply = (
        "1. Mae'r Cyngor yn gweithredu 96 o gamerâu teledu cylch cyfyng mannau cyhoeddus yng nghanol trefi "
        "Aberteifi Fach a Llanbedr Teifi.\n"
        "The Council operates 96 public space CCTV cameras in the town centres of Aberteifi Fach and "
        "Llanbedr Teifi.\n\n"
        "2. Gwneir y camerâu gan Axis Communications (71) a Bosch (25).\n"
        "The cameras are manufactured by Axis Communications (71) and Bosch (25).\n"
    )
    assert _count(reply) == 96


def test_your_request_is_refused_under_a_regulation_is_no_echo_of_the_request() -> None:
    reading = _read(
        "Your request has been considered under the Environmental Information Regulations (EIR).\n"
        "Your request is refused under Regulation 12(4)(b) of the EIR on the basis that it is "
        "'manifestly unreasonable'."
    )
    assert reading.as_dict()["exemptions"] == ["EIR 12(4)(b)"]
    assert reading.outcome == "refused"


def test_bulleted_question_repeated_with_its_answer_on_the_same_line_is_the_requests() -> None:
    request = (
        "Please may you provide me with:\n"
        "- Do you use UAVs at crime scenes? If so, what type of scenes and how many times?\n"
        "- Do you use your own UAVs or subcontract UAV services? If so, which company?\n"
        "- How many staff do you have trained to deploy a UAV?\n"
    )
    reply = (
        "The Service can confirm the requested information is not held, and please find the answers to your "
        "questions below:\n"
        "- Do you use UAVs at crime scenes? If so what type of scenes and how many times? We do not record "
        "this information against flight logs and therefore cannot provide it.\n"
        "- Do you use your own UAVs or subcontract UAV services? If so which? We use our own drones.\n"
        "- How many staff do you have trained to deploy a UAV? We have 25 pilots trained.\n"
    )
    assert _read(reply, request).outcome == "partially_answered"


def _status(text: str, request: str | None = None) -> tuple[str, str]:
    reading = _read(text, request)
    return reading.vendor_status("Hikvision"), reading.vendor_status("Dahua")


def test_yes_to_both_makers_then_other_makes_in_addition_says_neither_is_absent() -> None:
    request = "a) how many cameras the council runs;\nb) whether any are made by Hikvision or Dahua;\n"
    reply = (
        "a) The council operates 187 cameras.\n\nb) Yes.\n\nIn addition, the council uses Axis and Bosch.\n"
    )
    assert _status(reply, request) == ("unknown", "unknown")


def test_cctv_run_by_an_npd_project_company_is_not_held_not_no_cctv() -> None:
    request = "1. the number of CCTV cameras\n2. whether any are Hikvision or Dahua\n3. your CCTV policy\n"
    reply = (
        "The campus was built under a Non-Profit Distributing (NPD) contract. The buildings and all security "
        "systems, including CCTV, are owned, maintained and operated by the project company. The College "
        "does not hold any record of the number, make or model of the cameras.\n"
        "As regards point 3, the College does not have its own CCTV policy, as it does not operate CCTV.\n"
    )
    reading = _read(reply, request)
    assert (reading.outcome, reading.camera_count) == ("not_held", None)
    assert _status(reply, request) == ("unknown", "unknown")


def test_a_cost_refusal_under_a_heading_naming_makers_denies_none_of_them() -> None:
    reply = (
        "Manufacturer of each camera / Hikvision and Dahua\n"
        "To establish the manufacturer of each camera would exceed the cost limit. Under section 12(1) the "
        "council is therefore not required to comply with this part of your request.\n"
    )
    assert _status(reply) == ("unknown", "unknown")


def test_this_network_is_the_estate_not_the_makes_just_named() -> None:
    reply = (
        "2) The cameras are a mix of Hikvision and Bosch units. These are the only two manufacturers.\n"
        "4) None has ANPR capability. ANPR cameras used by the police are separate systems and are not "
        "part of this network.\n"
    )
    assert _status(reply)[0] == "yes"


def test_units_installed_before_a_year_are_still_in_use() -> None:
    reply = "Around a fifth of the stop cameras (the older units installed before 2017) are Dahua."
    assert _status(reply)[1] == "yes"


def test_questions_numbered_with_a_dash_are_split() -> None:
    request = (
        "Please provide, under FOIA:\n\n"
        "1 \u2013 the number of CCTV cameras you operate\n"
        "2 \u2013 the manufacturers of those cameras (are any Hikvision or Dahua?)\n"
        "3 \u2013 whether the Council has had any advice about Hikvision or Dahua equipment\n"
    )
    reply = (
        "Question 1\nThe Council operates 154 CCTV cameras.\n\n"
        "Question 2\nThis information is withheld under sections 24(1) and 31(1)(a) of the Act.\n\n"
        "Question 3\nNo.\n"
    )
    reading = _read(reply, request)
    assert (reading.outcome, reading.camera_count) == ("partially_answered", 154)
    assert sorted(reading.as_dict()["exemptions"]) == ["s24", "s31"]


def test_no_advice_received_about_makers_denies_no_use() -> None:
    assert _status(
        "No. The Council has not received any advice from the Welsh Government regarding Hikvision or Dahua "
        "equipment."
    ) == ("unknown", "unknown")
    assert _status(
        "Nac oes. Nid yw'r Cyngor wedi cael unrhyw gyngor gan Lywodraeth Cymru ynghylch offer Hikvision "
        "neu Dahua."
    ) == ("unknown", "unknown")


def test_the_number_of_separate_systems_is_no_count_of_cameras() -> None:
    request = "1. How many CCTV cameras does your organisation operate?\n2. Are any made by Hikvision?\n"
    reply = (
        "A1. The Trust's cameras are managed on three separate systems:\n"
        "    - Main site: 318 cameras\n    - Community clinics: 74 cameras\n"
        "    - Mental Health Unit: 41 cameras\n"
        "A2. No.\n"
    )
    assert _count(reply, request) == 433


def test_cameras_on_each_vehicle_of_a_fleet_are_multiplied() -> None:
    reply = (
        "There are 612 cameras at our stops and depots. Each of our 45 trams is fitted with 8 on-board "
        "cameras, which are maintained by the vehicle manufacturer."
    )
    assert _count(reply) == 972


def test_not_able_to_say_which_brands_leaves_that_part_not_held() -> None:
    request = "1. How many CCTV cameras do you have?\n2. What brand are they?\n"
    reply = (
        "1. We have approximately 2,300 CCTV cameras.\n"
        "2. The cameras installed by our current contractor since 2019 are Hikvision, and these make up the "
        "majority. We are not able to say which brands the older cameras are.\n"
    )
    assert _read(reply, request).outcome == "partially_answered"


def test_a_row_of_two_labelled_numbers_adds_both() -> None:
    request = "Please let me know how many CCTV cameras are currently being operated by TfL in London?"
    reply = (
        "You asked for:\n\nhow many CCTV cameras are currently being operated by TfL in London?\n\n"
        "TfL operates the following approximate numbers of CCTV cameras:\n\n"
        "Dial a Ride -  356\n\n"
        "Docklands Light Railway (DLR) \u2013 Trains: 894   Stations and depots: 1132\n\n"
        "MTR Crossrail Stations: 717\n\n"
        "London Underground \u2013 Trains: 75000  Stations: 13,596\n"
    )
    assert _count(reply, request) == 356 + 894 + 1132 + 717 + 75000 + 13596


def test_rows_under_a_cameras_per_site_heading_are_summed_without_the_request() -> None:
    reply = (
        "(a) Cameras per hospital:\n"
        "   Ysbyty Glannau Teifi          212\n"
        "   Ysbyty'r Bont                  97\n"
        "   Ysbyty Coffa Llandyfri         31\n"
        "(b) The locations are withheld under section 38(1)(b).\n"
    )
    assert _count(reply) == 340


def test_currently_none_to_which_departments_use_the_equipment_asked_about_is_none_of_it() -> None:
    request = (
        "1. Which departments in your Fire Service use Body Worn Cameras (BWV)?\n"
        "2. Who is the portfolio lead for BWV?\n"
    )
    reply = (
        "Request\n1. Which departments in your Fire Service use Body Worn Cameras (BWV)?\nReply\n"
        "Currently none. We previously had BWV at every station; these have been withdrawn from service.\n"
    )
    reading = _read(reply, request)
    assert reading.camera_count == 0
    assert _status(reply, request) == ("no", "no")


def test_a_lettered_count_with_words_after_it_answers_its_make() -> None:
    request = "1. How many cameras do you operate?\n2. How many are made by:\n  (a) Hikvision\n  (b) Dahua\n"
    reply = (
        "1. 202\n2. How many are made by (a) Hikvision (b) Dahua?\n(a) 0\n"
        "(b) 23 - these are located in the multi-storey car parks\n"
    )
    assert _status(reply, request) == ("no", "yes")


def test_a_make_listed_in_a_table_then_said_decommissioned_is_gone() -> None:
    reply = (
        "2.  Make                       | No.\n"
        "    Axis                       | 71\n"
        "    Dahua (DH-SD49425XB)       | 16\n"
        "    The Dahua redeployable units were decommissioned in September 2024 and have been replaced with "
        "Axis units; the figures above are as at 31 March 2024.\n"
    )
    assert _status(reply)[1] == "no"


def test_a_table_cell_wrapped_onto_its_own_row_keeps_the_table_and_a_model_names_its_make() -> None:
    reply = (
        "1. Public space cameras by town:\n"
        "Town            | Cameras | Make\n"
        "----------------|---------|---------------------------\n"
        "Cranmoor        | 38      | Axis Q6075-E, Axis P3245\n"
        "Eddleston       | 12      | Hikvision DS-2DE4425IW-DE\n"
        "                |         | (to be removed by 31/03/2026)\n"
        "Thorpe Magna    | 9       | Axis Q6075-E\n"
        "Hallow Bridge   | 6       | IPC-HDW2431T-AS\n"
    )
    assert _count(reply) == 65
    assert _status(reply) == ("yes", "yes")


def test_a_second_place_with_its_cameras_elided_adds_to_the_count() -> None:
    assert _count("The Council operates 16 cameras in the town centre and two at the cemetery lodge.") == 18
    # a breakdown of a count already given adds nothing
    assert _count("We have six cameras - four on the Market Place and two at the Jubilee Park.") == 6


def test_a_tab_separated_cell_wrapped_onto_its_own_line_keeps_the_table() -> None:
    reply = (
        "Ysbyty / Hospital\tCameras\tManufacturer\n"
        "Ysbyty Glan Dyfrdwy\t142\tAvigilon\n"
        "Ysbyty Maelor Isaf\t88\tAvigilon / Dahua (car\n"
        "\t\t\tpark only)\n"
        "Ysbyty Cymuned Llanfair\t17\tHikvison\n"
    )
    assert _count(reply) == 247


def test_the_estate_comprises_lists_every_make() -> None:
    request = "1. How many CCTV cameras?\n2. Hikvision - yes/no?\n3. Dahua - yes/no?\n"
    reply = (
        "1. 1,240\n2. Yes - see our response to question 3.\n"
        "3. The Trust's CCTV estate comprises Hikvision (approx. 410 cameras, 22 NVRs), Avigilon and Axis.\n"
    )
    assert _status(reply, request) == ("yes", "no")


def test_a_capability_only_named_beside_a_refusal_discloses_nothing() -> None:
    reply = (
        "Kestrel Valley Police can neither confirm nor deny that it holds any information relevant to your "
        "request by virtue of Section 24(2) and Section 31(3).\n"
        "The National ANPR Standards are published on gov.uk.\n"
    )
    assert _read(reply).outcome == "refused"
