"""Each question of the request beside its answer, and what the body did with it.

``AnswerLog`` collects, while a reply is read, the answer lines given to each numbered question and the
findings read from them; ``question_rows`` turns that into the alignment ``extract --json`` shows
(``questions: [{n, text, asks, answer_quote, outcome, exemptions}]``) and ``reply_outcome`` reads the whole
reply's outcome from it: answered when every question was, partly when some were and some were withheld, not
held or pointed elsewhere, refused when nothing was disclosed, not held when that is the answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from camcensus.enums import EvidenceKind
from camcensus.evidence import cues, outcome
from camcensus.evidence import strength as S
from camcensus.evidence.counts import bare_count_answer
from camcensus.evidence.cues import cctv_elsewhere
from camcensus.evidence.items import EvidenceItem, clean_quote
from camcensus.evidence.manufacturers import IN_USE, NOT_IN_USE, PAST
from camcensus.evidence.request import RequestQuestion, ask_of, asks_total, bare_answer, pointed_to
from camcensus.evidence.zones import Line

K = EvidenceKind
ANSWERED, PARTLY, WITHHELD, NOT_HELD, REFERRED, NOT_ANSWERED = (
    "answered",
    "partially_answered",
    "withheld",
    "not_held",
    "referred",  # pointed elsewhere: only told where to ask
    "not_answered",
)
_FINDINGS = (K.CAMERA_COUNT, K.CAPABILITY, K.CAPABILITY_ABSENT, K.DPIA, K.CODE_COMPLIANCE)


@dataclass
class _Answer:
    texts: list[str] = field(default_factory=list)
    items: list[EvidenceItem] = field(default_factory=list)


@dataclass
class AnswerLog:
    by_number: dict[int, _Answer] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)  # numbers in the order first answered
    outside: list[EvidenceItem] = field(default_factory=list)  # findings of lines tied to no question
    parts: dict[int, str] = field(default_factory=dict)  # id of a finding -> the lettered part it answers

    def add(self, line: Line, items: list[EvidenceItem]) -> None:
        numbers = line.question.numbers if line.question is not None else ()
        if line.question is not None and line.question.parent is not None:
            self.parts.update((id(i), line.question.text) for i in items)  # "(a) How many ...?" of "1."
        if not numbers:
            self.outside.extend(items)
            return
        for number in numbers:  # one answer to two questions ("2/3. No.") answers each
            if number not in self.by_number:
                self.by_number[number] = _Answer()
                self.order.append(number)
            answer = self.by_number[number]
            answer.texts.append(line.text.strip())
            answer.items.extend(items)


def vendor_subset_counts(asked: tuple[RequestQuestion, ...], log: AnswerLog) -> set[int]:
    """The camera counts (ids of their items) given in answer to a question about one vendor's cameras
    ("How many Hikvision cameras?" "47 static cameras and 9 PTZ"): that vendor's cameras, not the total."""
    out: set[int] = set()
    whole = {  # what an answer to the whole count gives ("Parts 1 to 3" over one table) is not one vendor's
        id(i) for q in asked if asks_total(q.text, ()) and (a := log.by_number.get(q.n)) for i in a.items
    }
    for question in asked:
        answer = log.by_number.get(question.n)
        if (
            answer is not None
            and question.ask.vendors
            and not question.ask.scope
            and "count" in question.ask.kinds
        ):
            out.update(
                id(i)
                for i in answer.items
                if i.kind == K.CAMERA_COUNT
                and id(i) not in whole
                and (id(i) not in log.parts or ask_of(log.parts[id(i)]).vendors)
            )  # not the count of a part of it that names no vendor ("(a) How many cameras?")
    return out


def disclosed(items: list[EvidenceItem], cues: list[EvidenceItem]) -> Iterator[EvidenceItem]:
    """The findings that disclose something, outside the sentences (``cues``) that refuse or say not held
    ("CCTV was procured at different times, so we do not hold a record of audio capability")."""
    spans = [(c.segment_seq, c.char_start, c.char_end) for c in cues]
    for item in items:
        inside = any(seq == item.segment_seq and a <= item.char_start < b for seq, a, b in spans)
        if inside and item.detail.get("source") != "no cameras":  # "We have no CCTV, so hold nothing"
            continue
        if item.detail.get("history"):
            continue  # "a response issued in 2019 stated that the Council then operated about 1,400 cameras"
        status = item.detail.get("status")
        made = item.kind in (K.MANUFACTURER, K.MODEL) and status in (IN_USE, NOT_IN_USE, PAST)
        weak = bool(cues) and item.kind == K.CAPABILITY and item.confidence <= S.WEAK
        if bool(cues) and item.kind == K.CAPABILITY and cctv_elsewhere(item.quote):
            continue  # "The ANPR cameras ... are owned and operated by ParkSure Services Ltd": another's
        if made or (item.kind in _FINDINGS and status != "capable" and not weak):
            yield item  # not "The National ANPR Standards are published": a capability only named


def only_further(items: list[EvidenceItem]) -> bool:
    """The refusals among ``items`` refuse only what more may be held ("... neither confirm nor deny that we
    hold any other information"), the others being its reasons ("Section 23 is an absolute exemption")."""
    refusals = [i for i in items if i.kind == K.OUTCOME and i.value == "refused" and i.detail.get("cue")]
    ncnd = {i.value for i in items if i.kind == K.EXEMPTION and i.detail.get("ncnd")}
    return any(r.detail.get("further") for r in refusals) and all(
        r.detail.get("further") or set(r.detail.get("codes") or ()) <= ncnd for r in refusals
    )


def _substantive(items: list[EvidenceItem]) -> bool:
    cues = [i for i in items if i.kind == K.OUTCOME and i.value in ("refused", "not_held")]
    return next(disclosed(items, cues), None) is not None


def _exemptions(items: list[EvidenceItem]) -> list[str]:
    return list(
        dict.fromkeys(
            i.value
            for i in items
            if i.kind == K.EXEMPTION and not outcome.means_not_held(i.value, str(i.detail.get("law")))
        )
    )


def _answer_outcome(answer: _Answer | None) -> str:
    if answer is None or not answer.texts:
        return NOT_ANSWERED
    items = answer.items
    withheld = any(
        i.kind == K.EXEMPTION and outcome.withholds(i.value, str(i.detail.get("law")), i.quote) for i in items
    ) or any(i.kind == K.OUTCOME and i.value == "refused" for i in items)
    first = answer.texts[0]
    said = _substantive(items) or bare_answer(first) is not None or bare_count_answer(first) is not None
    counted = any(i.kind == K.CAMERA_COUNT for i in items)  # "no central register" beside a figure given
    held_not = any(
        i.kind == K.OUTCOME and i.value == "not_held" and not (counted and i.detail.get("caveat"))
        for i in items
    ) or any(
        i.kind == K.EXEMPTION and outcome.means_not_held(i.value, str(i.detail.get("law"))) for i in items
    )
    if held_not and not said and only_further(items):
        return NOT_HELD  # "No information is held. ... NCND that we hold any other information"
    said_all = " ".join(answer.texts)
    if held_not and not withheld and outcome.never_done(said_all) and not cues.cctv_elsewhere(said_all):
        return ANSWERED  # "No information held. The force has not carried out any PIAs": there are none
        # (not "The Trust does not own the system": the PFI partner does, and holds what was asked)
    if said and (withheld or held_not):
        return PARTLY
    if withheld:
        return WITHHELD
    if held_not:
        return NOT_HELD
    if not said and outcome.refers_elsewhere(first):  # the answer begins by pointing elsewhere
        return REFERRED
    return ANSWERED


def question_rows(asked: tuple[RequestQuestion, ...], log: AnswerLog) -> list[dict[str, Any]]:
    """The request's questions, each with its answer's first words, outcome and exemptions."""
    rows: list[dict[str, Any]] = []
    for question in asked:
        answer = log.by_number.get(question.n)
        points = pointed_to(answer.texts[0]) if answer and answer.texts else None
        row = {
            **question.as_dict(),
            "answer_quote": _quote(answer.texts) if answer else "",
            "outcome": _answer_outcome(answer),
            "exemptions": _exemptions(answer.items) if answer else [],
        }
        if points is not None:
            target = _pointed_row(rows, asked, log, question.n, points)
            if target is not None:  # "As per Q2." then a cost-limit refusal of its own: partly answered
                mixed = target in (ANSWERED, PARTLY) and row["outcome"] in (WITHHELD, NOT_HELD, PARTLY)
                row["outcome"], row["see"] = PARTLY if mixed else target, points or "above"
        rows.append(row)
    return rows


def _quote(texts: list[str]) -> str:
    """An answer's words, without the rights and review paragraphs that run on after the last answer."""
    said = [t for t in texts if not outcome.boilerplate(t)] or texts
    return clean_quote(" ".join(said))[:400]


def _pointed_row(
    rows: list[dict[str, Any]], asked: tuple[RequestQuestion, ...], log: AnswerLog, n: int, points: int
) -> str | None:
    """The outcome of the answer pointed to: "see answer to 2", or "as above" (the answer before)."""
    if points == 0:
        return rows[-1]["outcome"] if rows else None
    if points == n:
        return None
    done = {row["n"]: row["outcome"] for row in rows}
    if points in done:
        return str(done[points])
    return _answer_outcome(log.by_number.get(points)) if any(q.n == points for q in asked) else None


def reply_outcome(rows: list[dict[str, Any]]) -> str | None:
    """The reply's outcome read question by question; None when too few questions were aligned to say."""
    outcomes = [str(r["outcome"]) for r in rows]
    aligned = [o for o in outcomes if o != NOT_ANSWERED]
    if len(rows) < 2 or len(aligned) < max(2, len(rows) // 2):
        return None
    answered = any(o in (ANSWERED, PARTLY) for o in aligned)
    withheld = any(o in (WITHHELD, PARTLY) for o in aligned)
    held_not = any(o in (NOT_HELD, REFERRED) for o in aligned)  # pointed elsewhere: nothing disclosed here
    if answered and (withheld or held_not or PARTLY in aligned):
        return "partially_answered"
    if answered:
        return "answered"
    if withheld:
        return "refused"
    return "not_held"


__all__ = ["AnswerLog", "disclosed", "only_further", "question_rows", "reply_outcome", "vendor_subset_counts"]
