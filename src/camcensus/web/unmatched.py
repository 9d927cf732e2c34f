"""Replies no request claimed yet, with the requests they may answer: the one a held reply suggests (with why
it was held: ``camcensus.foi.matching``) first, then those to the sender's domain, and those a reviewer finds
by a body's name or a request's reference. Each shows its first lines redacted as the public's quotes are
(``camcensus.redaction.redact``), and each request it may go to says whether the trust checks would admit its
sender there (``camcensus.foi.matching.placement_doubt``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from camcensus.enums import RequestState
from camcensus.foi.matching import placement_doubt
from camcensus.redaction import redact
from camcensus.safetext import display_text
from camcensus.store.models import Body, Campaign, Message, Request, Segment
from camcensus.web.pagination import Page, PageRequest

PREVIEW = 600
PREVIEW_LINES = 8
FOUND = 20


def _unmatched() -> Any:
    return select(Message).where(
        Message.direction == "in", Message.request_id.is_(None), Message.enclosed_by_id.is_(None)
    )


def _target(msg: Message, req: Request, body: Body, campaign: str | None = None) -> dict[str, Any]:
    doubt = placement_doubt(msg, req, body)
    found = {"reference": req.reference, "body": body.name, "trusted": doubt is None, "doubt": doubt}
    return found | ({"campaign": campaign, "state": RequestState(req.state).value} if campaign else {})


def _suggested(session: Session, msg: Message) -> dict[str, Any] | None:
    if msg.suggested_request_id is None:
        return None
    row = session.execute(
        select(Request, Body)
        .join(Body, Body.id == Request.body_id)
        .where(Request.id == msg.suggested_request_id)
    ).first()
    return _target(msg, row[0], row[1]) if row else None


def _candidates(session: Session, msg: Message) -> list[dict[str, Any]]:
    sender = msg.sender or ""
    domain = sender.rsplit("@", 1)[-1].strip(" >").lower()
    if "@" not in sender or not domain:
        return []
    query = (
        select(Request, Body)
        .join(Body, Body.id == Request.body_id)
        .where(func.lower(Request.to_address).like(f"%@{domain}"))
        .limit(10)
    )
    return [_target(msg, req, body) for req, body in session.execute(query)]


def find_targets(session: Session, msg: Message, query: str) -> list[dict[str, Any]]:
    """Requests (not drafts) whose reference, or whose body's name, holds ``query``; each with whether the
    trust checks admit the message's sender for it."""
    words = query.strip()[:100]
    if len(words) < 2:
        return []
    pattern = "%" + words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = session.execute(
        select(Request, Body, Campaign.name)
        .join(Body, Body.id == Request.body_id)
        .join(Campaign, Campaign.id == Request.campaign_id)
        .where(
            Request.state != RequestState.DRAFT,
            or_(
                func.lower(Request.reference).like(pattern, escape="\\"),
                func.lower(Body.name).like(pattern, escape="\\"),
            ),
        )
        .order_by(Body.name, Request.reference)
        .limit(FOUND)
    )
    return [_target(msg, req, body, campaign) for req, body, campaign in rows]


def first_lines(text: str) -> str:
    """The start of a reply as a reviewer skims it: its first non-blank lines, personal data redacted."""
    lines = [line.rstrip() for line in redact(text).splitlines() if line.strip()]
    return "\n".join(lines[:PREVIEW_LINES])[:PREVIEW]


def _previews(session: Session, messages: list[Message]) -> dict[int, str]:
    texts: dict[int, str] = {}
    doc_ids = [m.document_id for m in messages if m.document_id]
    for doc_id, text in session.execute(
        select(Segment.document_id, Segment.text)
        .where(Segment.document_id.in_(doc_ids))
        .order_by(Segment.seq)
    ):
        texts.setdefault(doc_id, text[: PREVIEW * 4])
    return {doc_id: first_lines(text) for doc_id, text in texts.items()}


def list_unmatched(
    session: Session, page: PageRequest, query: str | None = None, searched: int | None = None
) -> Page:
    """A page of unmatched replies; ``query`` searched for the reply ``searched`` (its ``found``)."""
    total = session.scalar(select(func.count()).select_from(_unmatched().subquery())) or 0
    messages = list(
        session.scalars(_unmatched().order_by(Message.id).offset(page.offset).limit(page.per_page))
    )
    previews = _previews(session, messages)
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
            "suggested": _suggested(session, m),
            "candidates": _candidates(session, m),
            "found": find_targets(session, m, query) if query and m.id == searched else None,
        }
        for m in messages
    ]
    return Page(items, total, page)
