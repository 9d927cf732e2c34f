"""Rules read off replies written blind (x-mixed, z-real-disclosure-logs): each with a short reply that needs
it, read beside the request it answers where the rule is about the request."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence import cues, name_context
from camcensus.evidence.answer_counts import answer_count
from camcensus.evidence.reading import read_segments
from camcensus.evidence.request import ask_of


def _read(reply: str, request: str | None = None) -> dict[str, object]:
    return read_segments([TextSegment(0, "text", reply)], path="reply.txt", request=request).as_dict()


BWV_REQUEST = """Please tell me:
- How many body-worn video cameras does the force currently have in use?
- Which company manufactures them, and what model?
- Are any of them made by Hikvision or Dahua?
- Where is the footage stored?
"""


def test_questions_repeated_unnumbered_after_q_and_answers_labelled_a() -> None:
    reply = (
        "Q. How many body-worn video cameras does the force currently have in use?\nA. 655\n\n"
        "Q. Which company manufactures them, and what model?\nA. Reveal Media Ltd, D-series.\n\n"
        "Q. Are any made by Hikvision or Dahua?\nA. None.\n\n"
        "Q. Where is the footage stored?\nA. On force servers.\n"
    )
    got = _read(reply, BWV_REQUEST)
    assert (got["hikvision"], got["dahua"], got["camera_count"]) == ("no", "no", 655)
    answers = {q["n"]: q["answer_quote"] for q in got["questions"]}  # type: ignore[union-attr]
    assert answers[3].startswith("None") and answers[2].startswith("Reveal")


def test_installed_in_the_past_and_no_longer_held_is_no_beside_a_planned_programme() -> None:
    reply = (
        "Hikvision cameras had been installed at some sites between 2015 and 2019. These were replaced as "
        "part of a planned programme which was completed in September 2023, and the Board no longer has any "
        "Hikvision cameras in use."
    )
    assert _read(reply)["hikvision"] == "no"
    # "that had been installed" names which cameras; the sentence's own verb decides
    still = (
        "The Council began a programme in 2023 to remove the Hikvision cameras that had been installed in "
        "car parks. 12 Hikvision cameras remain at present."
    )
    assert _read(still)["hikvision"] == "yes"


def test_an_old_audit_figure_with_the_current_total_not_held() -> None:
    reply = (
        "The most recent full count was carried out in March 2023. At that time the Board had 1,238 cameras "
        "across its sites. Cameras have been added and decommissioned since then and the Board does not hold "
        "an up-to-date total."
    )
    got = _read(reply)
    assert got["camera_count"] is None
    assert got["outcome"] in ("not_held", "partially_answered")


def test_the_remainder_completes_the_list_of_makes() -> None:
    got = _read("Approximately 15% of our cameras are Hikvision. The remainder are Axis and Avigilon.")
    assert (got["hikvision"], got["dahua"]) == ("yes", "no")
    mixed = _read("The cameras are a mix of Hik-vision (mainly at leisure centres), Vivotek and Axis.")
    assert (mixed["hikvision"], mixed["dahua"]) == ("yes", "no")
    assert _read("The cameras are mainly Axis and Hikvision.")["dahua"] == "unknown"


def test_equipment_the_next_sentence_puts_outside_the_request_decides_nothing() -> None:
    reply = (
        "No. For your information, the Trust's vehicles are fitted with forward-facing cameras. These are "
        "supplied by the vehicle converter and the recording units are manufactured by Dahua. These are not "
        "part of the building CCTV system and are outside the scope of your request."
    )
    assert _read(reply)["dahua"] != "yes"


def test_a_count_asked_only_of_cameras_picked_out_is_not_the_total() -> None:
    assert "count" not in ask_of("Are any cameras located inside patient bedrooms? If so, how many?").kinds
    assert "count" in ask_of("How many CCTV cameras does the Trust have across all of its sites?").kinds


def test_a_range_of_cameras_gives_no_figure() -> None:
    assert answer_count("The Trust operates between 300 and 350 CCTV cameras across 41 sites.") is None
    assert answer_count("We have 150-200 cameras.") is None
    request = "1) How many CCTV cameras does the Trust have?\n2) Are any made by Hikvision or Dahua?\n"
    got = _read("1) The Trust operates between 300 and 350 CCTV cameras.\n2) No.\n", request)
    assert got["camera_count"] is None


def test_a_breakdown_after_the_total_and_recorders_before_it() -> None:
    text = (
        "The school's CCTV runs on two 16-channel DVRs. There are 27 cameras connected (19 internal, "
        "8 external)."
    )
    found = answer_count(text)
    assert found is not None and found.value == 27
    found = answer_count("16 internal cameras and 9 external cameras")
    assert found is not None and found.value == 25


def test_buying_since_a_date_says_nothing_of_use() -> None:
    got = _read("The Trust has not purchased any Hikvision or Dahua equipment since 2022.")
    assert (got["hikvision"], got["dahua"]) == ("unknown", "unknown")
    assert _read("The Trust has never purchased any Hikvision equipment.")["hikvision"] == "no"


def test_the_requesters_word_and_a_former_owner_are_no_make_in_use() -> None:
    got = _read("You refer to Dahua; our cameras are in fact made by Lorex, a former Dahua subsidiary.")
    assert got["dahua"] != "yes"
    assert name_context.relation_context("made by Lorex, a former ", " subsidiary")
    assert not name_context.relation_context("our cameras are made by ", " cameras.")


def test_an_answer_opening_with_none_of_the_equipment_counts_none() -> None:
    request = "1. Do you use drones?\n2. How many drones do you have at your disposal?\n"
    reply = (
        "1. The Service does not at present have an operational drone.\n"
        "2. The Service does not currently have any drones of its own. A neighbouring service that has one "
        "can be asked for support.\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"], got["dahua"]) == (0, "no", "no")


DRONE_REQUEST = """How is drone technology being used within this fire service?
How many drones does this fire service have?
Which drones are you using?
How many missions have you run with drones this year?
"""


def test_request_and_reply_headings_with_the_questions_repeated_unnumbered() -> None:
    reply = (
        "Request\nHow is drone technology being used within this fire service?\n\nReply\nFor situational "
        "awareness at incidents.\n\nRequest\nHow many drones does this fire service have?\n\nReply\n"
        "6 X DJI Mavic 2 Enterprise Advanced, 1 X DJI Matrice 300, 6 X DJI Mini 2\n\nRequest\n"
        "Which drones are you using?\n\nReply\nAs above\n\nRequest\n"
        "How many missions have you run with drones this year?\n\nReply\n118 to date\n"
    )
    got = _read(reply, DRONE_REQUEST)
    assert got["camera_count"] == 13  # units of each model, not the models' numbers nor the missions
    assert "count" not in ask_of("How many missions have you run with drones this year?").kinds


def test_not_held_because_never_done_is_an_answer() -> None:
    request = "1. How many fixed ANPR cameras are there?\n2. Have you done a privacy impact assessment?\n"
    reply = (
        "1. 54 cameras\n\n2. No information held. The force has not carried out any formal Privacy Impact "
        "Assessments in respect of ANPR.\n"
    )
    assert _read(reply, request)["outcome"] == "answered"
    elsewhere = (
        "1. 54 cameras\n\n2. The force has not carried out a PIA as it is not the data controller, so this "
        "information is not held.\n"
    )
    assert _read(elsewhere, request)["outcome"] != "answered"


def test_the_figure_in_use_beside_the_figure_bought() -> None:
    found = answer_count(
        "75 have been purchased and 63 are currently in use; the remaining 12 are to be issued."
    )
    assert found is not None and found.value == 63


def test_a_table_of_questions_and_answers_is_no_table_of_makes() -> None:
    request = (
        "1. The number of CCTV cameras operated by the University.\n2. The manufacturer(s) of the cameras.\n"
        "3. The manufacturer(s) of the recorders.\n4. Whether the CCTV network is segregated.\n"
    )
    reply = (
        "Question                                  Response\n"
        "1. Number of CCTV cameras                 Approx. 1,100, including halls of residence.\n"
        "2. Manufacturer(s) of the cameras         Predominantly Avigilon. The remaining cameras are legacy "
        "Hikvision units, which are being removed and replaced with Avigilon cameras.\n"
        "3. Manufacturer(s) of the recorders       Avigilon (Avigilon Control Center servers).\n"
        "4. Network segregation                    This information is withheld under section 31(1)(a).\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["exemptions"], got["outcome"]) == (1100, ["s31"], "partially_answered")
    assert got["hikvision"] == "unknown"  # being removed: neither in use going on nor gone


def test_a_body_that_does_not_own_or_lease_the_equipment_has_none() -> None:
    request = "1. How many drones does the Service own or lease?\n2. What make are they?\n"
    reply = (
        "The Service does not own or lease any drones. When an aerial capability is needed it is requested "
        "from the police. As a result the Service holds no information in respect of question 2.\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"], got["outcome"]) == (0, "no", "answered")


def test_in_place_now_and_going_by_a_date_to_come_is_in_use() -> None:
    assert not cues.going("These are being phased out by March 2026.")
    assert cues.going("These are being phased out under the replacement programme.")
    found = _read("Three cameras are Hikvision; these are being phased out by March 2026.")
    assert found["hikvision"] == "yes"
    gone = _read("The remaining cameras are Hikvision units, which are being removed.")
    assert gone["hikvision"] == "unknown"


def test_numbered_titles_head_their_answers_and_what_remains_in_service() -> None:
    request = (
        "1. How many CCTV cameras does the University operate?\n"
        "2. Which manufacturers supply them? Are any made by Hikvision or Dahua?\n"
        "3. Who holds the maintenance contract, and what is its annual value?\n"
    )
    reply = (
        "Request 1 - number of cameras\nThe University operates approximately 1,450 CCTV cameras.\n\n"
        "Request 2 - manufacturers\nThe cameras are predominantly Axis. As of 1 July 2024, 11 Hikvision "
        "cameras remain in service at the depot.\n\n"
        "Request 3 - maintenance contract\nThe annual value is withheld under section 43(2).\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"], got["outcome"]) == (1450, "yes", "partially_answered")
    rows = {q["n"]: q["outcome"] for q in got["questions"]}  # type: ignore[union-attr]
    assert rows[1] == rows[2] == "answered" and rows[3] in ("withheld", "partially_answered")


def test_images_not_recorded_is_about_the_cameras_not_the_records() -> None:
    request = "1. How many CCTV cameras are there?\n2. Are they used for ANPR?\n"
    reply = "1. 40\n2. None of the cameras are used for ANPR. Images are not recorded.\n"
    assert _read(reply, request)["outcome"] == "answered"


def test_a_questions_topic_after_its_number_heads_the_answer() -> None:
    request = (
        "1. How many CCTV cameras do you operate?\n2. Are any of these cameras manufactured by Hikvision?\n"
        "3. Are any of these cameras manufactured by Dahua?\n4. Please list the other manufacturers.\n"
    )
    reply = (
        "Q1. Number of cameras\n57\n\nQ2. Hikvision\nYes - 17 at the depot.\n\nQ3. Dahua\nNo.\n\n"
        "Q4. Other manufacturers\nAxis and Hanwha.\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"], got["dahua"]) == (57, "yes", "no")


def test_a_trial_that_ended_counts_no_equipment_now() -> None:
    request = (
        "1. Does the Trust issue body worn cameras? If so, how many body worn cameras does it have?\n"
        "2. Who manufactures them? Are any made by Hikvision?\n3. Are any made by Dahua?\n"
    )
    reply = (
        "Q1 - The Trust ran a body worn camera trial in 2022, during which 50 cameras were issued to crews. "
        "At the end of the trial the cameras were returned to the supplier. The Trust does not currently "
        "issue body worn cameras to staff.\n\nQ2 - The cameras used in the trial were Motorola Solutions "
        "VB400. N/A for Hikvision.\n\nQ3 - N/A\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"], got["dahua"]) == (0, "no", "no")
    assert (
        _read("The ability of a person to receive a fair trial would be prejudiced.")["camera_count"] is None
    )


def test_a_recorder_column_names_a_maker_in_use_and_a_party_is_no_make() -> None:
    reply = (
        "Site                 | Cameras | Camera make | Recorder(s)\n"
        "Town centre          |   18    | Axis        | 1 x Dahua NVR\n"
        "Council HQ           |   22    | Hanwha      | 2 x Hanwha Wisenet\n"
    )
    got = _read(reply)
    assert (got["dahua"], got["camera_count"]) == ("yes", 40)
    request = "1. How many cameras?\n2. What make are they, and are any Hikvision or Dahua?\n"
    held_elsewhere = (
        "1. 88\n2. The Association does not hold this information. In terms of section 17 of FOISA, we give "
        "notice that we do not hold it. You may contact the contractor directly, although it is not a "
        "Scottish public authority for the purposes of FOISA.\n"
    )
    got = _read(held_elsewhere, request)
    assert (got["hikvision"], got["dahua"]) == ("unknown", "unknown")
