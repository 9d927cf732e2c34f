"""Replies no request claimed yet, with the requests they may answer: the one a held reply suggests (with why
it was held: ``camcensus.foi.matching``) first, then those to the sender's domain."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.safetext import display_text
from camcensus.store.models import Body, Message, Request, Segment
from camcensus.web.pagination import Page, PageRequest

PREVIEW = 600


def _unmatched() -> Any:
    return select(Message).where(Message.direction == "in", Message.request_id.is_(None))


def _suggested(session: Session, request_id: int | None) -> dict[str, Any] | None:
    if request_id is None:
        return None
    row = session.execute(
        select(Request.reference, Body.name)
        .join(Body, Body.id == Request.body_id)
        .where(Request.id == request_id)
    ).first()
    return {"reference": row[0], "body": row[1]} if row else None


def _candidates(session: Session, sender: str | None) -> list[dict[str, Any]]:
    domain = (sender or "").rsplit("@", 1)[-1].strip(" >").lower()
    if "@" not in (sender or "") or not domain:
        return []
    query = (
        select(Request.reference, Body.name)
        .join(Body, Body.id == Request.body_id)
        .where(func.lower(Request.to_address).like(f"%@{domain}"))
        .limit(10)
    )
    return [{"reference": ref, "body": name} for ref, name in session.execute(query)]


def list_unmatched(session: Session, page: PageRequest) -> Page:
    total = session.scalar(select(func.count()).select_from(_unmatched().subquery())) or 0
    messages = list(
        session.scalars(_unmatched().order_by(Message.id).offset(page.offset).limit(page.per_page))
    )
    previews: dict[int, str] = {}
    doc_ids = [m.document_id for m in messages if m.document_id]
    for doc_id, text in session.execute(
        select(Segment.document_id, Segment.text)
        .where(Segment.document_id.in_(doc_ids))
        .order_by(Segment.seq)
    ):
        previews.setdefault(doc_id, text[:PREVIEW])
    items = [
        {
            "id": m.id,
            "subject": display_text(m.subject),
            "sender": display_text(m.sender),
            "message_id": m.message_id,
            "sent_at": m.sent_at.isoformat(timespec="seconds") if m.sent_at else None,
            "document_id": m.document_id,
            "preview": previews.get(m.document_id or -1, ""),
            "held": m.held_reason,
            "suggested": _suggested(session, m.suggested_request_id),
            "candidates": _candidates(session, m.sender),
        }
        for m in messages
    ]
    return Page(items, total, page)
