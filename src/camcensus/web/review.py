"""Review: the queue of replies (one item per reply, the most uncertain first: camcensus.analysis.queue) and
the pending evidence, ordered by what changes the statistics most, decided one item at a time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.queue import reply_pending, reply_queue
from camcensus.analysis.replies import queued_documents
from camcensus.enums import EvidenceKind, Outcome, TriState
from camcensus.knowledge.vendors import concern_keys
from camcensus.safetext import display_text
from camcensus.store.models import Body, BodyFact, Document, Evidence, Segment
from camcensus.web.body_page import evidence_dict
from camcensus.web.highlight import context_window, split_spans
from camcensus.web.pagination import Page, PageRequest

PENDING = "machine"
OTHER_FACT_CHOICES: dict[str, tuple[str, ...] | None] = {
    "outcome": tuple(o.value for o in Outcome),
    "camera_count": None,
    "manufacturers": None,
    "capabilities": None,
    "exemptions": None,
    "dpia": None,
    "code_compliance": None,
}
_KIND_FACT = {
    EvidenceKind.CAMERA_COUNT: "camera_count",
    EvidenceKind.OUTCOME: "outcome",
    EvidenceKind.CAPABILITY: "capabilities",
    EvidenceKind.EXEMPTION: "exemptions",
    EvidenceKind.DPIA: "dpia",
    EvidenceKind.CODE_COMPLIANCE: "code_compliance",
    EvidenceKind.MANUFACTURER: "manufacturers",
}


def fact_choices() -> dict[str, tuple[str, ...] | None]:
    """The body facts a reviewer may set, with their allowed values (None: free text): a yes/no/unknown per
    vendor of concern, then the others."""
    return {**{key: tuple(t.value for t in TriState) for key in concern_keys()}, **OTHER_FACT_CHOICES}


def _deciding(session: Session) -> dict[int, list[str]]:
    """Evidence id -> the vendor-of-concern facts it currently supports."""
    out: dict[int, list[str]] = {}
    for key, ids in session.execute(
        select(BodyFact.key, BodyFact.evidence_ids).where(BodyFact.key.in_(concern_keys()))
    ):
        for ev_id in ids or []:
            out.setdefault(int(ev_id), []).append(key)
    return out


def queue_order(session: Session, kind: EvidenceKind | None = None) -> list[int]:
    """Pending evidence ids (of one ``kind`` when given): items behind a vendor-of-concern fact first, then
    lowest confidence first."""
    deciding = _deciding(session)
    query = select(Evidence.id, Evidence.kind, Evidence.confidence).where(Evidence.status == PENDING)
    rows = session.execute(query if kind is None else query.where(Evidence.kind == kind))

    def key(row: Any) -> tuple[int, float, int]:
        decides = row.id in deciding or row.kind is EvidenceKind.VENDOR_STATUS
        return (0 if decides else 1, row.confidence, row.id)

    return [row.id for row in sorted(rows, key=key)]


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count(Evidence.id)).where(Evidence.status == PENDING)) or 0


def pending_outside_replies(session: Session) -> int:
    """Pending evidence that belongs to no reply in the reply queue (devices, replies none of whose documents
    was read with a decided outcome): reviewed one item at a time from ``/review/next``."""
    queued = queued_documents()
    outside = Evidence.document_id.is_(None) | Evidence.document_id.not_in(queued)
    return session.scalar(select(func.count(Evidence.id)).where(Evidence.status == PENDING, outside)) or 0


def replies_page(session: Session, page: PageRequest) -> Page:
    """One page of the reply queue."""
    found = reply_queue(session, page.per_page, page.offset)
    return Page(found.items, found.total, page)


def after_decision(session: Session, evidence_id: int) -> str:
    """Where a reviewer goes after deciding an item: the next pending item of the same reply, else back to
    the reply queue."""
    document_id = session.scalar(select(Evidence.document_id).where(Evidence.id == evidence_id))
    following = reply_pending(session, document_id) if document_id is not None else []
    return f"/review/{following[0]}" if following else "/review"


def _suggested_fact(ev: Evidence, decides: list[str]) -> str | None:
    if decides:
        return decides[0]
    if ev.kind is EvidenceKind.VENDOR_STATUS:
        return next((k for k in concern_keys() if k in ev.value.lower()), None)
    return _KIND_FACT.get(ev.kind)


def review_item(session: Session, evidence_id: int) -> dict[str, Any] | None:
    """One evidence item with its quote in context, its body and the facts it decides."""
    ev = session.get(Evidence, evidence_id)
    if ev is None:
        return None
    doc = session.get(Document, ev.document_id) if ev.document_id else None
    body_id = ev.body_id or (doc.body_id if doc else None)
    body = session.get(Body, body_id) if body_id else None
    seg = None
    if doc is not None:
        seg = session.scalars(
            select(Segment).where(Segment.document_id == doc.id, Segment.seq == ev.segment_seq)
        ).first()
    window, span, offset = context_window(seg.text if seg else "", ev.char_start, ev.char_end)
    spans = [span.__class__(span.start, span.end, ev.id, ev.kind.value)] if span else []
    decides = _deciding(session).get(ev.id, [])
    facts = (
        {}
        if body is None
        else {f.key: f.value for f in session.scalars(select(BodyFact).where(BodyFact.body_id == body.id))}
    )
    return {
        "evidence": evidence_dict(ev, lambda t: t),
        "document": None
        if doc is None
        else {"id": doc.id, "filename": display_text(doc.filename), "format": doc.format},
        "body": None if body is None else {"id": body.id, "name": body.name, "code": body.code},
        "context": {
            "location": seg.location if seg else ev.location,
            "offset": offset,
            "truncated_before": offset > 0,
            "truncated_after": bool(seg) and offset + len(window) < len(seg.text if seg else ""),
            "pieces": [p.as_dict() for p in split_spans(window, spans)],
        },
        "decides": decides,
        "suggested_fact": _suggested_fact(ev, decides),
        "facts": facts,
    }


def next_item(session: Session) -> dict[str, Any] | None:
    order = queue_order(session)
    if not order:
        return None
    item = review_item(session, order[0])
    if item is not None:
        item["pending"] = len(order)
    return item


def queue_page(session: Session, page: PageRequest, kind: EvidenceKind | None = None) -> Page:
    order = queue_order(session, kind)
    ids = order[page.offset : page.offset + page.per_page]
    evidence = {e.id: e for e in session.scalars(select(Evidence).where(Evidence.id.in_(ids)))}
    return Page([evidence_dict(evidence[i], lambda t: t) for i in ids], len(order), page)
