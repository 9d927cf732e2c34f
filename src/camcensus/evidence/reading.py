"""``read_segments``: a reply's text in, a ``Reading`` out: every finding with its quote, and the conclusions.

Pure: no store, no files. The conclusions (outcome, Hikvision/Dahua yes/no/unknown, camera count) are evidence
items too, so a stored document can be summarised again from its rows (``summarise``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from camcensus.documents.model import TextSegment
from camcensus.enums import EvidenceKind
from camcensus.evidence import confidence, cues, outcome
from camcensus.evidence import strength as S
from camcensus.evidence.answers import (
    AnswerLog,
    question_rows,
    reply_outcome,
    vendor_subset_counts,
)
from camcensus.evidence.count_decision import decide_counts
from camcensus.evidence.follow_up import confirmed_earlier
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.law import detect_law
from camcensus.evidence.line_shapes import label_numbers
from camcensus.evidence.make_list import (
    DECIDING,
    RECORDERS,
    exhaustive_listing,
    in_use,
    makes_gap,
    makes_not_held,
    makes_refused,
    one_of_in_use,
    vendor_not_held,
    vendor_of,
    weakly_in_use,
)
from camcensus.evidence.manufacturers import NOT_IN_USE, PAST, UNCONFIRMED
from camcensus.evidence.outcome_item import outcome_item
from camcensus.evidence.phrases import joined
from camcensus.evidence.reader import SentenceReader
from camcensus.evidence.request import asks_total, split_request
from camcensus.evidence.summary import Reading
from camcensus.evidence.tables import read_tables
from camcensus.evidence.text import is_welsh, unmarked
from camcensus.evidence.zones import ANSWER, QUOTED, classify
from camcensus.knowledge.vendors import (
    STATUS_THRESHOLD,
    concern_vendors,
    fact_key,
)

K = EvidenceKind


def read_segments(
    segments: Sequence[TextSegment],
    path: str | None = None,
    request: str | None = None,
    attachments_read: bool = False,
) -> Reading:
    """Read one reply (all its segments: e-mail body and attachments, pages, sheet rows) into a Reading.

    ``request``: the text of the request it answers, when known; its questions are aligned with the answers.
    ``attachments_read``: the document's attachments were read beside it (the pipeline reads each document
    of an e-mail apart), so a pointer to an attached answer is no reason to look.
    """
    asked = split_request(request) if request else ()
    segments = [s if (text := unmarked(s.text)) == s.text else replace(s, text=text) for s in segments]
    lines = classify(segments, [(q.n, q.text) for q in asked])
    law = detect_law("\n".join(line.text for line in lines if line.zone != QUOTED))
    reader = SentenceReader(law, {q.n: q.text for q in asked})
    reader.request_text = request or ""
    table_lines = read_tables(lines, reader)
    log = AnswerLog()
    for line in lines:
        if line.zone == ANSWER and id(line) in table_lines:
            log.add(line, table_lines[id(line)])  # a table answers the question it sits under
        elif line.zone == ANSWER:
            start = len(reader.items)
            reader.line(line)
            log.add(line, reader.items[start:])
    for line in confirmed_earlier(request, lines):  # "The figure given in our response of 3 March stands"
        reader.line(line)
    reader.counted_rows(lines)
    _drop_declined(reader, log)
    if (
        reader.cues.elsewhere
        and reader.cues.not_held
        and reader.cues.no_cameras
        and not _spares_count(reader)
    ):
        # "We do not operate CCTV at our clinics; the landlord does, so we do not hold the information": the
        # answer is held elsewhere, not that there are no cameras
        dropped = {id(i) for i in reader.cues.no_cameras}
        reader.items[:] = [i for i in reader.items if id(i) not in dropped]
        reader.cues.no_cameras.clear()
    items = reader.items
    subset = vendor_subset_counts(asked, log)
    reader.counts = [(c, i) for c, i in reader.counts if id(i) not in subset]
    for item in items:
        if id(item) in subset:
            item.detail["role"] = "vendor subset"
    decide_counts(reader)
    items.extend(_vendor_statuses(reader))
    rows = question_rows(asked, log) if asked else None
    answered = [line.text for line in lines if line.zone == ANSWER]
    decided = outcome_item(reader, reply_outcome(rows) if rows else None, rows, answered)
    items.append(decided)
    attached = not attachments_read and any(
        outcome.points_to_attachment(line.text) for line in lines if line.zone != QUOTED
    )
    reading = Reading(items, path, law, rows, ocr=any(s.ocr for s in segments), attached=attached)
    decided.detail["review"] = review_of(reading)
    return reading


_QUESTIONS_NAMED = re.compile(
    r"\bquestions?\s+(\d{1,2}(?:\s*(?:,|and|&|to|-|\u2013)\s*\d{1,2})*)", re.IGNORECASE
)


def _spares_count(reader: SentenceReader) -> bool:
    """Every not-held statement names the questions it covers, and none asks the count ("As such, no
    information is held in respect of questions 2 to 4"): the count's answer, none, stands."""
    named = [_QUESTIONS_NAMED.search(item.quote) for item in reader.cues.not_held]
    numbers = {n for m in named if m is not None for n in label_numbers(m.group(1))}
    counting = {n for n, text in reader.asked.items() if asks_total(text, reader.subject)}
    return all(named) and bool(numbers) and bool(counting) and not numbers & counting


def _drop_declined(reader: SentenceReader, log: AnswerLog) -> None:
    """Exemptions the reply says do not apply ("I find that section 43(2) is not engaged"), refusals that
    rest on them alone ("The original response withheld this under section 43(2)"), and a review's account
    of the refusal or "not held" it amends, are dropped wherever they were read: a review that overturns a
    refusal withholds nothing under it."""
    declined = reader.cues.declined
    amended = reader.cues.amended

    def void(item: EvidenceItem) -> bool:
        if item.kind == K.EXEMPTION:
            return item.value in declined
        if item.kind == K.OUTCOME and amended and item.detail.get("earlier"):
            return True  # "In the original response ... was not held", in a review that amends it
        codes = item.detail.get("codes") or [] if item.kind == K.OUTCOME else []
        return bool(codes) and set(codes) <= declined

    dropped = {id(i) for i in reader.items if void(i)} if declined or amended else set()
    if not dropped:
        return
    reader.items[:] = [i for i in reader.items if id(i) not in dropped]
    reader.cues.refusals[:] = [i for i in reader.cues.refusals if id(i) not in dropped]
    reader.cues.not_held[:] = [i for i in reader.cues.not_held if id(i) not in dropped]
    log.outside[:] = [i for i in log.outside if id(i) not in dropped]
    for answer in log.by_number.values():
        answer.items[:] = [i for i in answer.items if id(i) not in dropped]


def review_of(reading: Reading) -> dict[str, Any]:
    """Each conclusion's confidence (measured on labelled replies) and why a person should look, if so."""
    values = {
        **{fact_key(name): reading.vendor_status(name) for name in concern_vendors()},
        "outcome": reading.outcome,
        "camera_count": reading.camera_count,
        "exemptions": sorted({i.value for i in reading.of(K.EXEMPTION)}),
    }
    trusted = confidence.trust(reading, values)
    reasons = confidence.review_reasons(reading, trusted)
    return {
        "confidence": {name: t.confidence for name, t in trusted.items()},
        "basis": {name: t.basis for name, t in trusted.items()},
        "needs_review": bool(reasons),
        "reasons": reasons,
        "uncertainty": round(1 - min(t.confidence for t in trusted.values()), 3),
    }


def _gone_since(pos: EvidenceItem, neg: EvidenceItem | None, left: bool = False) -> bool:
    """A make listed in use, then said to be gone in a later sentence ("The Dahua units were decommissioned
    in 2024") unless the next says some are left (``left``), or any use of it followed by a denial of what is
    left now ("No Hikvision equipment remains on the Service's sites"): the earlier sentence is of before."""
    if neg is None or (neg.segment_seq, neg.char_start) <= (pos.segment_seq, pos.char_end):
        return False
    if neg.detail.get("status") in (NOT_IN_USE, PAST) and cues.none_left(neg.quote):
        return True
    return (
        neg.detail.get("status") == PAST
        and not left
        and neg.detail.get("reason") != "table row"  # a register's row of one retired camera: not the make
        and pos.detail.get("reason") in ("listed", "table row")
    )


def _brand_beats(pos: EvidenceItem, neg: EvidenceItem) -> bool:
    """One of the vendor's own brands in use ("Imou Bullet 2C cameras") beats a weak denial of the vendor's
    name ("We are not aware of any Dahua cameras") or of dealings with it ("has not bought anything from
    either company"): the officer need not know whose brand it is."""
    brand = str(pos.detail.get("brand") or "")
    weak = neg.confidence <= S.WEAK or bool(_BOUGHT.search(neg.quote))
    return bool(brand) and brand != vendor_of(pos) and weak and neg.kind == pos.kind


# a denial of dealings with the company ("has not bought anything from either company"), not of its brands
_BOUGHT = re.compile(r"\b(?:" + joined("cues", "dealings") + r")\b", re.IGNORECASE)


def _of_other_equipment(pos: EvidenceItem, neg: EvidenceItem) -> bool:
    """The denial is of equipment outside the estate ("the dash cameras are not made by either company"),
    the use is not: the make is still in use in the estate."""
    return bool(neg.detail.get("equipment")) and not pos.detail.get("equipment")


_WHOLE_EQUIPMENT = re.compile(r"\b(?:" + joined("cues", "whole_equipment") + r")\b", re.IGNORECASE)
_WHOLE_DENIAL = re.compile(joined("cues", "whole_estate_denial"), re.IGNORECASE)
_CAMERAS_ONLY = re.compile(r"\bcameras?\b", re.IGNORECASE)


def _recorders_beyond(pos: EvidenceItem, neg: EvidenceItem) -> bool:
    """The denial is of the cameras ("The Trust's cameras are not Dahua"), the use of the make's recorders
    ("9 of the 24 recorders ... are Dahua units"): its recorders are its equipment in use."""
    # a bare "No" the same answer then qualifies ("No. The Council's cameras are Axis and Avigilon. The
    # network video recorders at three sites are Hikvision")
    qualified = bool(_BARE_NO.fullmatch(neg.quote)) and (
        pos.segment_seq == neg.segment_seq and 0 <= pos.char_start - neg.char_end < 300
    )
    denied, used = neg.quote, pos.quote
    name = str(pos.detail.get("name") or "").lower()
    cut = used.lower().find(name) + len(name)
    if denied == used and name and cut < used.lower().rfind(name):  # "None of our cameras are Dahua,
        denied, used = used[:cut], used[cut:]  # however the NVR ... is a Dahua unit": said apart
    return (
        # said of the cameras in a sentence ("The cameras are not made by either company"), or a bare "No"
        # only where its own answer goes on to say so
        neg.detail.get("reason") in ("denial", "denial (refers back)")
        and bool(RECORDERS.search(used))
        and not RECORDERS.search(denied)
        and (bool(_CAMERAS_ONLY.search(denied)) or qualified)
        and not _WHOLE_EQUIPMENT.search(denied)
    )


_BARE_NO = re.compile(r"\W*no\W*", re.IGNORECASE)


def _left_undecided(item: EvidenceItem) -> bool:
    """Named as being taken out now, or in a statement the body cannot confirm: neither in use nor left out of
    a list of the makes in use."""
    reason = str(item.detail.get("reason", ""))
    return item.kind in DECIDING and (
        reason.startswith("being removed") or reason == UNCONFIRMED or cues.unconfirmed(item.quote)
    )  # ("we cannot state with certainty whether any Hikvision or Dahua products are in use")


def _against(item: EvidenceItem) -> bool:
    return (
        item.kind in DECIDING
        and item.detail.get("status") in (NOT_IN_USE, PAST)
        and (item.confidence >= STATUS_THRESHOLD * 0.8)
    )


def _vendor_statuses(reader: SentenceReader) -> list[EvidenceItem]:
    out = []
    counted = any(i.detail.get("counted") and i.value != "0" for _, i in reader.counts)  # "900 cameras"
    no_cameras = bool(reader.cues.no_cameras) and not counted and not any(in_use(i) for i in reader.items)
    for name in concern_vendors():
        mine = [i for i in reader.items if vendor_of(i) == name]
        pos = max((i for i in mine if in_use(i)), key=lambda i: i.confidence, default=None)
        neg = max((i for i in mine if _against(i)), key=lambda i: i.confidence, default=None)
        left = neg is not None and cues.some_left(reader.segment_texts.get(neg.segment_seq, ""), neg.char_end)
        if (
            pos is not None
            and (
                neg is None
                or pos.confidence >= neg.confidence - S.TIE_MARGIN
                or _brand_beats(pos, neg)
                or _of_other_equipment(pos, neg)
                or _recorders_beyond(pos, neg)
                or (neg.detail.get("status") == PAST and left)
            )
            and not _gone_since(pos, neg, left)
        ):
            out.append(_status_item(name, "yes", pos, "in use"))
        elif neg is not None and not _makes_not_held_elsewhere(reader, neg):
            out.append(_status_item(name, "no", neg, str(neg.detail.get("status"))))
        elif no_cameras:
            out.append(_status_item(name, "no", reader.cues.no_cameras[0], "no cameras"))
        elif (
            (listing := exhaustive_listing(reader, name)) is not None
            and not makes_refused(reader)
            and not makes_gap(reader)
            and not vendor_not_held(reader, name)
            and not any(weakly_in_use(i) or _left_undecided(i) for i in mine)
            and not one_of_in_use(reader, name)
        ):
            out.append(_status_item(name, "no", listing, "makes in use listed without it", S.WEAK))
        else:
            out.append(_status_item(name, "unknown", None, "not stated"))
    return _the_one_left(reader, out)


def _the_one_left(reader: SentenceReader, statuses: list[EvidenceItem]) -> list[EvidenceItem]:
    """A "Yes" to a question naming makes together, and every other of them denied ("2. Are any made by
    Hikvision or Dahua? Yes. 3. If Hikvision, how many? 0"): the one left is in use."""
    said = {str(i.detail["vendor"]): i for i in statuses}
    for group, quote in reader.cues.one_of:
        left = [name for name in group if said.get(name) and said[name].detail["status"] == "unknown"]
        if len(left) == 1 and all(
            said.get(n) and said[n].detail["status"] == "no" for n in group - {left[0]}
        ):
            item = _status_item(left[0], "yes", None, "the one left of makes asked of together", S.PART)
            item.quote = quote
            said[left[0]] = item
    return [said.get(str(i.detail["vendor"]), i) for i in statuses]


def _makes_not_held_elsewhere(reader: SentenceReader, neg: EvidenceItem) -> bool:
    """The makes of some of the cameras are not held ("we hold no record of their manufacturer"), in another
    sentence than a denial that is not of what is left ("none of these are Hikvision"): the denial speaks of
    the rest, not of the whole estate. A register not kept ("no complete asset register") is no such gap."""
    reason = str(neg.detail.get("reason", ""))
    if neg.detail.get("status") == PAST or cues.none_left(neg.quote):
        return False
    if reason == "answer to the question" or "refers back" in reason:
        return False  # a bare "No" to "Are any Hikvision?" answers for the whole estate
    if _WHOLE_DENIAL.search(neg.quote):
        return False  # "The Trust does not have any Dahua equipment": all it has, whatever is not recorded
    return makes_not_held(reader, neg.quote)


def _status_item(
    name: str, status: str, basis: EvidenceItem | None, why: str, confidence: float | None = None
) -> EvidenceItem:
    conf = confidence if confidence is not None else (basis.confidence if basis else S.UNDECIDED)
    reason = (
        basis.detail.get("reason") if basis is not None and why in ("in use", "not_in_use", "past") else None
    )
    if basis is None:
        detail = {"vendor": name, "status": status, "basis": why}
        return EvidenceItem(K.VENDOR_STATUS, f"{name}:{status}", confidence=conf, detail=detail)
    return EvidenceItem(
        K.VENDOR_STATUS,
        f"{name}:{status}",
        quote=basis.quote,
        location=basis.location,
        segment_seq=basis.segment_seq,
        char_start=basis.char_start,
        char_end=basis.char_end,
        confidence=round(conf, 3),
        detail={"vendor": name, "status": status, "basis": why, **({"reason": reason} if reason else {})},
    )


__all__ = ["Reading", "read_segments", "is_welsh"]
