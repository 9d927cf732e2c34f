"""A follow-up request that quotes what an earlier reply said ("In your reply of 3 March you told me that the
council operated 58 CCTV cameras, and that none were made by Hikvision or Dahua"), answered only that it
still holds ("The figure given in our response of 3 March still stands", "Nothing has changed since our
reply"): the body confirms those words, so they are read as its own, with the request as their place."""

from __future__ import annotations

from collections.abc import Sequence

from camcensus.documents.model import TextSegment
from camcensus.evidence.counts import find_counts
from camcensus.evidence.phrases import first_match
from camcensus.evidence.text import sentences
from camcensus.evidence.zones import ANSWER, Line
from camcensus.knowledge.vendors import find_vendor_mentions

WHERE = "the request (the earlier reply it quotes, confirmed by this one)"


def confirmed_earlier(request: str | None, lines: Sequence[Line]) -> list[Line]:
    """The request's report of an earlier reply's facts, as a line to read, where an answer says they still
    hold; [] otherwise."""
    if not request or not any(
        line.zone == ANSWER and first_match(line.text, "counts", "still_holds") for line in lines
    ):
        return []
    said = []
    for paragraph in request.split("\n"):
        for a, b in sentences(paragraph):
            sentence = paragraph[a:b].strip()
            if "?" in sentence or first_match(sentence, "request", "earlier_reply") is None:
                continue
            if find_counts(sentence) or find_vendor_mentions(sentence):
                said.append(sentence)
    if not said:
        return []
    text = " ".join(said)
    seq = max((line.segment.seq for line in lines), default=0) + 1
    return [Line(TextSegment(seq=seq, location=WHERE, text=text), 0, len(text), ANSWER)]


def recounts_earlier(sentence: str) -> bool:
    """The sentence tells what the first response said ("In the original response the council stated that
    ... was not held"): in a review that amends that response, no answer of its own."""
    return first_match(sentence, "outcome", "recounts_earlier") is not None


def amends_earlier(sentence: str) -> bool:
    """The review says it amends the first response ("your complaint is upheld", "I can therefore now
    provide")."""
    return first_match(sentence, "outcome", "amends_earlier") is not None


__all__ = ["WHERE", "amends_earlier", "confirmed_earlier", "recounts_earlier"]
