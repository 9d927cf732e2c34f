"""The reply's outcome (answered, partially answered, refused, not held): read question by question where the
request's questions were aligned with the answers, else from the cues of the whole reply."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from camcensus.enums import EvidenceKind
from camcensus.evidence import outcome
from camcensus.evidence import strength as S
from camcensus.evidence.answers import disclosed, only_further
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.reader import SentenceReader
from camcensus.evidence.request import bare_answer

K = EvidenceKind


def _substantive(reader: SentenceReader) -> EvidenceItem | None:
    """The first finding that discloses something: not, in a refusal of a request about some equipment, that
    equipment said to be in use ("ANPR is used to detect ... crime", to a request for its cameras' places)."""
    premise = set(reader.subject) if reader.cues.refusals else set()
    found = disclosed(reader.items, [*reader.cues.refusals, *reader.cues.not_held])
    return next((i for i in found if not (i.kind == K.CAPABILITY and i.value in premise)), None)


def _held_not(reader: SentenceReader) -> bool:
    """The reply says something asked is not held: not where it says so of a central register beside a
    figure given anyway, nor where it has no cameras (unless that is of a part, the rest counted: "... none
    inside the building")."""
    c = reader.cues
    counted = [i for i in reader.items if i.kind == K.CAMERA_COUNT and i.detail.get("counted")]
    some = any(i.value != "0" for i in counted)
    return any(not (counted and i.detail.get("caveat")) for i in c.not_held) and not (
        c.no_cameras and not some
    )


def outcome_item(
    reader: SentenceReader,
    by_question: str | None = None,
    rows: list[dict[str, Any]] | None = None,
    answer_lines: Sequence[str] = (),
) -> EvidenceItem:
    """The reply's outcome: read question by question where the request's questions were aligned with
    the answers (``by_question``), else from the cues of the whole reply. ``answer_lines``: the reply's
    answer, whose words of its own (looked at only when nothing else decided) say it answered."""
    c = reader.cues
    basis = _substantive(reader)
    refused = bool(c.refusals) or any(
        i.kind == K.EXEMPTION and outcome.withholds(i.value, str(i.detail.get("law")), i.quote)
        for i in reader.items
    )
    held_not = _held_not(reader)
    counts = basis is not None and basis.kind == K.CAMERA_COUNT and basis.value != "0"  # (cameras it has)
    if held_not and not refused and basis is not None and not counts and outcome.never_done(basis.quote):
        held_not = False  # "No information held. The force does not use live facial recognition": none
    if held_not and basis is None and only_further(reader.items):
        refused = False  # "No information held. ... NCND that any other information is held": not held
    # "We are able to disclose the located information" opens refusals too: it says something was answered
    # only where nothing is withheld
    said = bool(c.disclosed) and not refused and not held_not
    value = by_question or outcome.decide(
        basis is not None or c.qa_answered or said, refused, held_not, c.acknowledged
    )
    # the questions aligned were all withheld, but a paragraph no label marks gave a figure ("The Board
    # operates 306 cameras. ... Part 3 - ... withheld under section 38")
    if by_question == "refused" and basis is not None:
        value = "partially_answered"
    if c.partial and (refused or held_not):
        value = "partially_answered"  # "I have today decided to disclose some of the requested information"
    if value == "unknown" and any(outcome.speaks(line) or bare_answer(line) for line in answer_lines):
        value = "answered"  # "During 2011 the Police made nine requests for video evidence.", "No": said
    source = c.refusals or c.not_held or ([basis] if basis else []) or (c.disclosed if said else [])
    first = source[0] if source else None
    detail: dict[str, Any] = {
        "decided": True,
        "refusal": refused,
        "not_held": held_not,
        "substantive": basis is not None,
        "text_only": value == "answered" and not (basis is not None or c.qa_answered or said or by_question),
    }
    if rows is not None:
        detail["by_question"] = by_question is not None
        detail["questions"] = [{k: r[k] for k in ("n", "label", "asks", "outcome")} for r in rows]
    if first is None:
        return EvidenceItem(K.OUTCOME, value, confidence=S.UNDECIDED, detail=detail)
    return EvidenceItem(
        K.OUTCOME,
        value,
        quote=first.quote,
        location=first.location,
        segment_seq=first.segment_seq,
        char_start=-2,
        char_end=-2,
        confidence=S.IMPLIED,
        detail=detail,
    )


__all__ = ["outcome_item"]
