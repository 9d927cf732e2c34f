"""The zones a line has whatever the request: quoted history, a signature, an annex, a letter's header; and
where answers are typed into the quoted request below a sign-off."""

from __future__ import annotations

import re

from camcensus.evidence.line_shapes import (
    annex_line,
    header_line,
    history_line,
    leading_number,
    question_number,
    sign_off,
    title_line,
)
from camcensus.evidence.phrases import joined
from camcensus.evidence.zone_state import (
    HEADER,
    QUOTED,
    SIGNATURE,
    ZoneState,
    echo_of_asked,
)

MARKED = "marked"  # an answer marked with ">" under the question it answers: read as an answer

_FROM = re.compile(r"^\s*from:\s", re.IGNORECASE)
_HEADER_FIELDS = "sent|date|to|subject"  # the fields under a message's "From:" line
_MAIL_FIELD = re.compile(rf"\s*(?:from|cc|{_HEADER_FIELDS}):", re.IGNORECASE)
_FORWARDED_ANSWER = re.compile(joined("zones", "forwarded_answer"), re.IGNORECASE)
_ANSWERS_INLINE = re.compile(joined("zones", "answers_inline"), re.IGNORECASE)
_REQUEST_ANNEX = re.compile(joined("zones", "request_annex"), re.IGNORECASE)
_SUPERSEDED = re.compile(joined("zones", "superseded"), re.IGNORECASE)
_CORRECTION = re.compile(joined("zones", "correction"), re.IGNORECASE)
_PROSE = re.compile(r"\s*(?:\S+\s+){8,}")  # a sentence of its own, not a quoted answer's line
# (and a postscript: "PS - I have just been told that the figure at 1) should read 68")
_NEW_LETTER = re.compile(
    r"\s*(?:dear|annwyl|p\.?\s?s\.?(?=\s*[-:\u2013]))\b|\s*[=_*]{10,}\s*$", re.IGNORECASE
)
# no "^": matched at a line's start within the whole text, where "^" would not hold
_SENT_DATE_TO = re.compile(rf"\s*(?:{_HEADER_FIELDS}):", re.IGNORECASE)


def fixed_zone(state: ZoneState, text: str, whole: str, following: list[tuple[int, int]]) -> str:
    """``following``: the spans (in ``whole``) of the next few lines."""
    if text.lstrip().startswith(">"):  # "> 1. How many cameras ...?": what the next line answers
        quoted = text.lstrip()[1:].strip()
        lead = leading_number(quoted) if state.asked else None
        echoed = state.asked and echo_of_asked(
            state, question_number(lead), quoted[lead.end() :] if lead else quoted, True
        )
        if echoed and state.history:  # answers typed into the quoted request, below the sign-off
            state.inline, state.signature = True, False
        if not echoed and not state.history and state.current is not None and not state.current.answered:
            return MARKED  # "Q1 - How many cameras ...?" then ">> 431": the answer, marked off
        return QUOTED
    if state.superseded and (  # "Our original response was as follows:" ... to the correction or prose:
        _CORRECTION.search(text) or (_PROSE.match(text) and not leading_number(text.strip(' "')))
    ):  # read as answers till then, but an answer the correction gives again replaces it (zones.classify)
        state.superseded = False
        if text.rstrip().endswith(":") and _CORRECTION.search(text):
            return HEADER  # "The corrected response is:": what follows answers
    if _SUPERSEDED.search(text):
        state.superseded = True
        return HEADER
    marker = history_line(text)  # "-----Original Message-----", "---------- Forwarded message ---------"
    header = marker or (_FROM.match(text) and any(_SENT_DATE_TO.match(whole, x, y) for x, y in following))
    if state.forward == "body" and (marker or _MAIL_FIELD.match(text)):
        if marker:  # the next message below the forwarded answer is history again
            state.forward = ""
        return QUOTED
    if state.history and not state.inline and state.forward != "body":
        return QUOTED
    if header and not marker and not state.spoken:  # the reply's own header under a banner ("PART 2 - sent")
        return HEADER
    if header:
        state.history = True
        state.signature = state.signature and not state.inline  # the request quoted below holds the answers
        if state.forward == "pending":  # "see the response ... below, which I am forwarding": it answers
            state.forward, state.signature = "body", False
        return QUOTED
    if not state.history and _FORWARDED_ANSWER.search(text):
        state.forward = "pending"
    if not state.history and _ANSWERS_INLINE.search(text):  # "Answers in line below."
        state.inline = True
    if annex_line(text):
        state.signature = False
        state.mode = ""
        state.history = bool(_REQUEST_ANNEX.search(text))  # "Annex - your request as received": quoted
        return HEADER
    if state.signature and _NEW_LETTER.match(text):  # "=====", "Dear Dr Marsh": the next part of the reply
        state.signature = False
    if state.signature:
        return SIGNATURE
    if sign_off(text):
        state.signature = True
        return SIGNATURE
    if header_line(text) or title_line(text):
        return HEADER
    state.spoken = state.spoken or len(text.split()) > 8 or bool(re.search(r"[a-z][.?!]\s*$", text))
    return ""
