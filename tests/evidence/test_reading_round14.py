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
