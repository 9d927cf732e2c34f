"""Rules read off replies written blind (x-mixed, z-real-disclosure-logs): each with a short reply that needs
it, read beside the request it answers where the rule is about the request."""

from __future__ import annotations

from camcensus.documents.model import TextSegment
from camcensus.evidence import cues
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
    assert cues.relation_context("made by Lorex, a former ", " subsidiary")
    assert not cues.relation_context("our cameras are made by ", " cameras.")


def test_an_answer_opening_with_none_of_the_equipment_counts_none() -> None:
    request = "1. Do you use drones?\n2. How many drones do you have at your disposal?\n"
    reply = (
        "1. The Service does not at present have an operational drone.\n"
        "2. The Service does not currently have any drones of its own. A neighbouring service that has one "
        "can be asked for support.\n"
    )
    got = _read(reply, request)
    assert (got["camera_count"], got["hikvision"], got["dahua"]) == (0, "no", "no")
