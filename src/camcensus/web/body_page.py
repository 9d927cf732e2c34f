"""One body's whole picture: its facts and where each came from, its requests and their timeline, and its
documents with the evidence highlighted in place."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from camcensus.store.models import (
    Body,
    BodyFact,
    Campaign,
    Document,
    Evidence,
    Request,
    RequestEvent,
    ReviewEvent,
    Segment,
)
from camcensus.web.adapters import redactor
from camcensus.web.bodies import body_summary, embargoed_ids
from camcensus.web.highlight import Piece, Span, redact_pieces, split_spans
from camcensus.web.viewer import Viewer, campaign_published, document_published

MAX_SEGMENTS = 400


def _text(viewer: Viewer) -> Callable[[str], str]:
    """What shows a document's words to this viewer: redacted for anonymous visitors."""
    return redactor() if viewer.public else (lambda text: text)


def evidence_dict(ev: Evidence, text: Callable[[str], str]) -> dict[str, Any]:
    return {
        "id": ev.id,
        "kind": ev.kind.value,
        "value": ev.value,
        "quote": text(ev.quote),
        "location": ev.location,
        "document_id": ev.document_id,
        "device_id": ev.device_id,
        "segment_seq": ev.segment_seq,
        "char_start": ev.char_start,
        "char_end": ev.char_end,
        "confidence": ev.confidence,
        "extractor": ev.extractor,
        "status": ev.status,
    }


def _requests(session: Session, viewer: Viewer, body_id: int) -> list[dict[str, Any]]:
    query = (
        select(Request, Campaign.name)
        .join(Campaign, Campaign.id == Request.campaign_id)
        .where(Request.body_id == body_id)
        .order_by(Request.id)
    )
    if viewer.public:
        query = query.where(campaign_published(viewer.today))
    rows = list(session.execute(query))
    ids = [r.id for r, _ in rows]
    events: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for ev in session.scalars(
        select(RequestEvent)
        .where(RequestEvent.request_id.in_(ids))
        .order_by(RequestEvent.at, RequestEvent.id)
    ):
        events[ev.request_id].append(
            {
                "at": ev.at.isoformat(timespec="seconds"),
                "kind": ev.kind,
                "from_state": ev.from_state,
                "to_state": ev.to_state,
                "actor": None if viewer.public else ev.actor,
            }
        )
    return [
        {
            "id": r.id,
            "reference": r.reference,
            "campaign": name,
            "law": r.law,
            "state": r.state.value,
            "sent_at": r.sent_at.isoformat(timespec="seconds") if r.sent_at else None,
            "due_on": r.due_on.isoformat() if r.due_on else None,
            "events": events[r.id],
        }
        for r, name in rows
    ]


def _segment_dict(
    seg: Segment, evidence: list[Evidence], text: Callable[[str], str], public: bool
) -> dict[str, Any]:
    spans = [Span(e.char_start, e.char_end, e.id, e.kind.value) for e in evidence if e.segment_seq == seg.seq]
    pieces: list[Piece] = split_spans(seg.text, spans)
    if public:
        pieces = redact_pieces(pieces, text)
    return {
        "seq": seg.seq,
        "location": seg.location,
        "ocr": seg.ocr,
        "highlighted": any(p.evidence_id is not None for p in pieces),
        "pieces": [p.as_dict() for p in pieces],
    }


def _documents(
    session: Session, viewer: Viewer, body_id: int, evidence: list[Evidence]
) -> list[dict[str, Any]]:
    # the page shows the text read from each file, never its bytes: leave them in the store
    query = select(Document).options(defer(Document.content)).where(Document.body_id == body_id)
    query = query.order_by(Document.id)
    if viewer.public:
        query = query.where(document_published(viewer.today))
    docs = list(session.scalars(query))
    by_doc: dict[int | None, list[Evidence]] = defaultdict(list)
    for ev in evidence:
        by_doc[ev.document_id].append(ev)
    text = _text(viewer)
    segments: dict[int, list[Segment]] = defaultdict(list)
    for seg in session.scalars(
        select(Segment)
        .where(Segment.document_id.in_([d.id for d in docs]))
        .order_by(Segment.document_id, Segment.seq)
    ):
        if len(segments[seg.document_id]) < MAX_SEGMENTS:
            segments[seg.document_id].append(seg)
    return [
        {
            "id": d.id,
            "filename": text(d.filename),
            "format": d.format,
            "media_type": d.media_type,
            "parent_id": d.parent_id,
            "request_id": d.request_id,
            "status": d.status.value,
            "error": d.error,
            "pages": d.pages,
            "synthetic": d.synthetic,
            "segments": [_segment_dict(s, by_doc[d.id], text, viewer.public) for s in segments[d.id]],
        }
        for d in docs
    ]


def _facts(
    session: Session, viewer: Viewer, body_id: int, evidence: dict[int, dict[str, Any]]
) -> list[dict[str, Any]]:
    reviews: dict[str, ReviewEvent] = {}
    for rev in session.scalars(
        select(ReviewEvent).where(ReviewEvent.body_id == body_id).order_by(ReviewEvent.at, ReviewEvent.id)
    ):
        if rev.fact_key:
            reviews[rev.fact_key] = rev
    out = []
    for fact in session.scalars(select(BodyFact).where(BodyFact.body_id == body_id).order_by(BodyFact.key)):
        review = reviews.get(fact.key) if fact.source == "review" else None
        out.append(
            {
                "key": fact.key,
                "value": fact.value,
                "source": fact.source,
                "updated_at": fact.updated_at.isoformat(timespec="seconds"),
                "evidence": [evidence[i] for i in fact.evidence_ids or [] if i in evidence],
                "reviewed": None
                if review is None
                else {
                    "at": review.at.isoformat(timespec="seconds"),
                    "action": review.action.value,
                    "actor": None if viewer.public else review.actor,
                },
            }
        )
    return out


def body_detail(session: Session, viewer: Viewer, body_id: int) -> dict[str, Any] | None:
    body = session.get(Body, body_id)
    if body is None:
        return None
    hidden = bool(embargoed_ids(session, viewer, [body_id]))
    requests = _requests(session, viewer, body_id)
    doc_ids = select(Document.id).where(Document.body_id == body_id)
    if viewer.public:
        doc_ids = doc_ids.where(document_published(viewer.today))
    evidence = list(
        session.scalars(
            select(Evidence)
            .where((Evidence.document_id.in_(doc_ids)) | (Evidence.body_id == body_id))
            .order_by(Evidence.id)
        )
    )
    if viewer.public:
        visible = set(session.scalars(doc_ids))
        evidence = [e for e in evidence if e.document_id is None or e.document_id in visible]
    text = _text(viewer)
    ev_dicts = {e.id: evidence_dict(e, text) for e in evidence}
    detail = body_summary(body)
    detail.update(
        {
            "email": None if viewer.public else body.email,
            "lat": body.lat,
            "lon": body.lon,
            "source": body.source,
            "facts": [] if hidden else _facts(session, viewer, body_id, ev_dicts),
            "facts_embargoed": hidden,
            "requests": requests,
            "documents": [] if hidden else _documents(session, viewer, body_id, evidence),
            "evidence": [] if hidden else list(ev_dicts.values()),
        }
    )
    return detail
