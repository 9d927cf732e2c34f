"""Replies placed by hand: files whose thread or reference matches nothing, given their request or body.

``camcensus ingest --request REF`` (or ``--body ID``) stores the files as any ingest does, then places each
top-level document: an e-mail's message is assigned to the request as a person would in the unmatched
queue (logged as a review event), a file that came without an e-mail is attached to the request directly;
the documents are read beside the request's text (by ingest's workers, which the command gives the
request's text; others read them again here), and the body's facts follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import ReviewAction
from camcensus.evidence.facts import resolve_body_facts
from camcensus.foi.inbox import InboxError, attach, document_tree, place_tree

__all__ = ["InboxError", "Placed", "place_documents", "target"]
from camcensus.store.models import Body, Message, Request, ReviewEvent


@dataclass
class Placed:
    request: str | None
    body_id: int
    documents: list[int] = field(default_factory=list)
    states: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"request": self.request, "body_id": self.body_id, "documents": self.documents,
                "states": self.states}  # fmt: skip


def target(session: Session, reference: str | None, body_id: int | None) -> tuple[Request | None, int]:
    """The request (by reference) or body (by id) replies are placed on; InboxError naming what is missing."""
    if reference:
        req = session.scalar(select(Request).where(Request.reference == reference.strip()))
        if req is None:
            raise InboxError(f"no request with reference {reference!r} (see `camcensus foi status NAME`)")
        if body_id is not None and body_id != req.body_id:
            raise InboxError(f"request {reference} is to body {req.body_id}, not body {body_id}")
        return req, req.body_id
    if body_id is None or session.get(Body, body_id) is None:
        raise InboxError(f"no body with id {body_id} (see `camcensus bodies list`)")
    return None, body_id


def place_documents(
    session: Session,
    root_ids: list[int],
    reference: str | None,
    body_id: int | None,
    actor: str = "cli",
    read: bool = True,
) -> Placed:
    """Place each top-level document (and its attachments) on the request or body; read them again beside
    the request's text unless not ``read`` (ingest read them beside it: ``camcensus.pipeline.ingest_paths``
    with ``request``)."""
    req, body = target(session, reference, body_id)
    placed = Placed(req.reference if req else None, body)
    for root in root_ids:
        msg = session.scalar(select(Message).where(Message.document_id == root, Message.direction == "in"))
        if req is None:
            place_tree(session, document_tree(session, root), body, None)
        else:
            moved = attach(session, msg, req, "manual", actor=actor, root=None if msg else root, read=read)
            placed.states.append(moved or req.state.value)
        if msg is not None:
            session.add(
                ReviewEvent(
                    action=ReviewAction.ASSIGN,
                    message_id=msg.id,
                    body_id=body,
                    actor=actor,
                    new_value=req.reference if req else f"body {body}",
                )  # fmt: skip
            )
        placed.documents.append(root)
    session.flush()
    resolve_body_facts(session, [body])
    return placed
