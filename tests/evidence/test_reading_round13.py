"""Round 13 of the reading rules: each test fails with the rules of the round before, unless it says it is a
guard that must keep passing."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence.reading import read_segments


def _read(text: str, request: str | None = None):
    return read_segments([TextSegment(seq=0, text=text, location="text")], request=request)


_MIXED_REQUEST = (
    "1. How many CCTV cameras does the Authority have at its depots?\n"
    "2. Which manufacturers made the CCTV cameras?\n"
    "3. Do your gritter lorries have dash cameras, and who makes them?\n"
    "4. Were any of the above made by Hikvision or Dahua?"
)


def test_a_denial_of_the_dash_cameras_does_not_outweigh_the_estates_makes() -> None:
    reply = (
        "1. 52.\n\n"
        "2. Our depot system is largely Hikvision, with a small number of Dahua recorders at two sites.\n\n"
        "3. Yes, 31 lorries carry a Nextbase dash camera.\n\n"
        "4. Please see answer 2. The vehicle dash cameras mentioned in answer 3 are not made by either firm."
    )
    reading = _read(reply, _MIXED_REQUEST)
    assert reading.vendor_status("Hikvision") == "yes"
    assert reading.vendor_status("Dahua") == "yes"


def test_a_denial_of_the_dash_cameras_alone_still_reads_as_no() -> None:
    # guard: with no use of the make said anywhere, the denial keeps its weight
    reply = (
        "1. 52.\n\n2. Axis.\n\n3. Yes, 31 lorries carry a Nextbase dash camera.\n\n"
        "4. The vehicle dash cameras mentioned in answer 3 are not made by either firm."
    )
    assert _read(reply, _MIXED_REQUEST).vendor_status("Hikvision") == "no"


def test_a_planned_sites_row_is_not_counted() -> None:
    request = "1. How many CCTV cameras does the Service operate?\n2. What make are they?"
    reply = (
        "1. By site:\n\n"
        "   Northgate station          22\n"
        "   Eastfield station          17\n"
        "   New training hub (planned) 12\n\n"
        "2. Axis."
    )
    assert _read(reply, request).camera_count == 39


def test_a_bare_none_for_other_equipment_does_not_deny_the_makes_named_before_it() -> None:
    request = (
        "- How many CCTV cameras are there at each of your hostels?\n"
        "- What make are the cameras?\n"
        "- Do you use ANPR in your car parks?"
    )
    reply = (
        "Greenway House 9, Mill Lane 7.\n\nAll the cameras and recorders are HiWatch (Hikvision's trade "
        "range).\n\nANPR - none."
    )
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_cameras_left_out_of_the_figures_are_not_denied_their_make() -> None:
    reply = (
        "The main CCTV system is Axis. The gatehouse also has two Hikvision cameras; these are not "
        "included in the figures above."
    )
    assert _read(reply).vendor_status("Hikvision") == "yes"


_SITES_REQUEST = "1. How many CCTV cameras do you have at each site?\n2. What make are they?"


def _sites_reply(total_row: str) -> str:
    return (
        "1.\n\n"
        "  Site                 Cameras   Recorders\n"
        "  Riverside Court         8          1\n"
        "  Beech House            12          2\n"
        f"  {total_row}\n\n"
        "2. Axis."
    )


def test_a_total_of_cameras_and_recorders_together_is_not_the_camera_count() -> None:
    reply = _sites_reply("Total equipment                   23")
    assert _read(reply, _SITES_REQUEST).camera_count == 20


def test_a_total_row_of_the_cameras_column_is_still_taken() -> None:
    # guard: a total that is the cameras' own sum stays the count
    reply = _sites_reply("Total                  20          3")
    assert _read(reply, _SITES_REQUEST).camera_count == 20


def test_these_after_a_sentence_about_body_worn_cameras_are_body_worn_cameras() -> None:
    request = (
        "1. How many CCTV cameras does the council run?\n2. Who makes the CCTV cameras?\n"
        "3. How many body worn cameras do officers use, and what make?"
    )
    reply = (
        "The council runs 64 CCTV cameras, all of them Axis.\n\n"
        "Our parking officers share 15 body worn cameras. These are Hikvision units bought in 2020."
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "no"
    assert reading.camera_count == 64


def test_these_cctv_cameras_after_a_sentence_about_body_worn_cameras_are_the_estate() -> None:
    # guard: a sentence that names CCTV itself is about the estate
    request = "1. How many CCTV cameras does the council run?\n2. Who makes the CCTV cameras?"
    reply = "Officers wear 15 body worn cameras. These CCTV cameras in the car parks are Hikvision."
    assert _read(reply, request).vendor_status("Hikvision") == "yes"


def test_past_words_about_other_cameras_after_when_do_not_make_the_makes_past() -> None:
    reply = (
        "The town centre system uses Dahua and Vivotek cameras, the Vivotek cameras having been fitted in "
        "2022 when the old analogue cameras there were replaced."
    )
    reading = _read(reply)
    assert reading.vendor_status("Dahua") == "yes"
    assert reading.vendor_status("Hikvision") == "no"


def test_mainly_one_make_with_some_of_another_is_the_whole_list() -> None:
    request = "1. How many CCTV cameras do you operate?\n2. Who manufactures them?"
    reply = "1. 38.\n\n2. The cameras are mainly Hanwha with some Uniview."
    assert _read(reply, request).vendor_status("Hikvision") == "no"


def test_mainly_one_make_with_some_older_units_is_not_the_whole_list() -> None:
    # guard: the rest is not named, so the list is not whole
    request = "1. How many CCTV cameras do you operate?\n2. Who manufactures them?"
    reply = "1. 38.\n\n2. The cameras are mainly Hanwha with some older analogue units."
    assert _read(reply, request).vendor_status("Hikvision") == "unknown"


def test_cameras_not_connected_to_the_network_are_still_in_use() -> None:
    reply = (
        "The force does not use any Hikvision equipment. Some Dahua cameras and recorders remain in place at "
        "two rural stations; these are not connected to the force network and are scheduled for replacement "
        "by March 2027."
    )
    assert _read(reply).vendor_status("Dahua") == "yes"


def test_an_indented_row_whose_number_lost_its_gap_is_still_a_row() -> None:
    request = "1. How many traffic CCTV cameras do you run?\n2. Who makes them?"
    reply = (
        "1.\n\n    Area                    Cameras\n    Northside                  24\n"
        "    Aldershot / Farnborough 19\n    Rural routes               14\n\n2. Axis."
    )
    assert _read(reply, request).camera_count == 57


def test_anpr_cameras_asked_of_apart_are_not_in_the_cctv_count() -> None:
    request = (
        "1. How many traffic CCTV cameras does the council operate?\n"
        "2. How many ANPR cameras does the council use for journey times?"
    )
    reply = "The council operates 146 traffic CCTV cameras. It also uses 38 ANPR cameras for journey times."
    assert _read(reply, request).camera_count == 146


def test_vehicle_cameras_the_count_asks_to_include_are_counted() -> None:
    # guard: the request's count includes cameras on vehicles, so they are not left out
    request = (
        "1. How many CCTV cameras do you operate? Please include any cameras fitted to vehicles you own.\n"
        "2. Who makes them?"
    )
    reply = "We have 40 building cameras. We also have 14 vehicle cameras on the fleet."
    assert _read(reply, request).camera_count == 54


def test_a_planned_sites_row_in_a_spaced_table_is_not_counted() -> None:
    request = "1. How many CCTV cameras does the Service have?\n2. What make are they?"
    reply = (
        "1.\n\n   Site                            No. of cameras\n   ------------------------------  ----\n"
        "   Northgate station               22\n   Eastfield station               17\n"
        "   New training hub (planned)      12\n\n2. Axis."
    )
    assert _read(reply, request).camera_count == 39


def test_a_recorder_model_number_in_a_recorder_column_is_that_makers_equipment() -> None:
    request = "1. How many CCTV cameras are there at each site?\n2. What make are the cameras and recorders?"
    reply = (
        "Site                  No. of cameras   Camera make   Recorder\n"
        "Central Hospital      40               Axis          Milestone XProtect\n"
        "Eastside Clinic       12               Hanwha        Dahua NVR4208\n"
    )
    assert _read(reply, request).vendor_status("Dahua") == "yes"


def test_a_make_the_reader_may_wish_to_be_aware_of_is_in_use() -> None:
    reply = (
        "None of the cameras themselves are made by Hikvision or Dahua. You may, however, wish to be aware "
        "that the recorders at four of our older depots are Dahua units."
    )
    assert _read(reply).vendor_status("Dahua") == "yes"


def test_being_aware_of_a_make_still_says_nothing_of_its_use() -> None:
    # guard: the body's own awareness of a make is no use of it
    reply = "The Council uses Axis cameras at its offices. The Council is aware of Dahua."
    assert _read(reply).vendor_status("Dahua") != "yes"


def test_no_cameras_or_recorders_remaining_means_none_in_use_now() -> None:
    reply = (
        "In 2022, 30 of the Council's cameras were Hikvision models at the depot. The last of them were "
        "replaced in 2024 and no Hikvision cameras or recorders remain on the Council's estate."
    )
    assert _read(reply).vendor_status("Hikvision") == "no"


def test_cameras_left_out_of_the_figures_far_into_a_long_answer_are_not_added() -> None:
    request = "(a) How many CCTV cameras are installed at your bus stations?\n(b) Who makes them?"
    reply = (
        "(a) The CCTV at our 6 bus stations, 3 interchanges and 4 park and ride sites is made up "
        "of 286 fixed dome cameras, 41 PTZ (pan-tilt-zoom) cameras and 18 bullet cameras. These "
        "are recorded on 13 network video recorders and watched from the Travel Control Centre, "
        "which has a wall of 24 monitors. In addition, the 4 park and ride sites have 12 ANPR "
        "cameras used for car park management; these form a separate system and are not included "
        "in the figures above.\n\n(b) Axis."
    )
    assert _read(reply, request).camera_count == 345


def test_a_question_number_on_a_line_of_its_own_is_no_count() -> None:
    reply = "1.\nThe Council operates 214 CCTV cameras.\n\n2.\nNo.\n\n3.\nAxis and Bosch."
    assert _read(reply).camera_count == 214


def test_makes_listed_in_one_answer_to_two_questions_are_the_whole_list() -> None:
    request = (
        "1. How many CCTV cameras do you operate?\n"
        "2. Are any of your cameras manufactured by Hikvision or Dahua?\n"
        "3. Which other manufacturers supply your cameras?"
    )
    reply = (
        "1. The Council operates 300 cameras.\n\n"
        "2. and 3. The cameras are made by the following manufacturers:\n\n"
        "   Axis ............. 200\n   Bosch ............  70\n   Dahua ............  30\n"
    )
    reading = _read(reply, request)
    assert reading.vendor_status("Hikvision") == "no"
    assert reading.vendor_status("Dahua") == "yes"


_RUN_ON_REQUEST = (
    "Hello, please could the College tell me under the Act (1) how many CCTV cameras it operates, "
    "(2) whether it uses any cameras from Hikvision or Dahua, (3) whether any cameras are linked to "
    "facial recognition software. Thanks"
)


def test_questions_marked_1_2_3_after_a_word_are_split() -> None:
    from camcensus.evidence.request import split_request

    assert [q.n for q in split_request(_RUN_ON_REQUEST)] == [1, 2, 3]
    reply = "Q1 - 120\nQ2 - No\nQ3 - No"
    reading = _read(reply, _RUN_ON_REQUEST)
    assert reading.vendor_status("Hikvision") == "no"
    assert reading.vendor_status("Dahua") == "no"


def test_a_reply_repeating_the_run_on_request_is_no_answer() -> None:
    # guard: the repeat, marks and all, is the request, not an answer with its marks as counts
    reply = (
        "Applicant question:\n(1) how many CCTV cameras it operates, (2) whether it uses any cameras from "
        "Hikvision or Dahua, (3) whether any cameras are linked to facial recognition software.\n\n"
        "Response:\nThe College can neither confirm nor deny that it holds the information, by virtue of "
        "section 31(3)."
    )
    reading = _read(reply, _RUN_ON_REQUEST)
    assert reading.camera_count is None
    assert reading.outcome == "refused"


def test_a_count_said_to_be_of_a_make_after_the_whole_breaks_the_whole_down() -> None:
    reply = (
        "The Council operates 80 CCTV cameras across its offices and depots. 50 cameras are HiWatch products "
        "and 30 are Avigilon products. The Council has no other makes of camera."
    )
    assert _read(reply).camera_count == 80


def test_bracketed_question_numbers_over_their_answer_are_no_count() -> None:
    request = (
        "(1) the number of CCTV cameras on the campus;\n(2) a list of their locations;\n"
        "(3) whether any of the cameras are made by Hikvision or Dahua."
    )
    reply = (
        "(1) and (2)\nThe number and location of the cameras are published in our CCTV Code of Practice, "
        "and are exempt under section 25(1) of FOISA as otherwise accessible.\n\n"
        "(3)\nThe University does not use Hikvision or Dahua products."
    )
    reading = _read(reply, request)
    assert reading.camera_count is None
    assert reading.vendor_status("Dahua") == "no"
