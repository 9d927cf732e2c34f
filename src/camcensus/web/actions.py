"""Every write the web app makes, each recorded as an event with who and when.

Review decisions and reply assignment call the evidence and FOI stages (``record_decision``,
``assign_message``); the small stand-ins below only run until those stages are present on the install.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import RequestState, ReviewAction
from camcensus.foi import lifecycle
from camcensus.store.models import BodyFact, Document, Evidence, Message, Request, RequestEvent, ReviewEvent
from camcensus.web.adapters import core_function
from camcensus.web.review import FACT_CHOICES

STATUS_AFTER = {
    ReviewAction.ACCEPT: "accepted",
    ReviewAction.CORRECT: "corrected",
    ReviewAction.REJECT: "rejected",
}


class ActionError(ValueError):
    """A write that cannot be made as asked (unknown item, bad value)."""

    status_code = 422


class StateConflict(ActionError):
    """A write the item's present state does not allow (a request moved where the lifecycle forbids)."""

    status_code = 409


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def check_fact(fact_key: str | None, new_value: str | None) -> None:
    if fact_key is None:
        raise ActionError("a correction names the fact to set (fact_key) and its new value")
    if fact_key not in FACT_CHOICES:
        raise ActionError(f"unknown fact {fact_key!r} (expected one of {', '.join(FACT_CHOICES)})")
    allowed = FACT_CHOICES[fact_key]
    if allowed is not None and new_value not in allowed:
        raise ActionError(f"{fact_key} must be one of {', '.join(allowed)}")
    if fact_key == "camera_count" and new_value and not new_value.isdigit():
        raise ActionError("camera_count must be a whole number or empty")


def evidence_body(session: Session, ev: Evidence) -> int | None:
    """The body an evidence item is about: its own, or its document's."""
    if ev.body_id is not None:
        return ev.body_id
    doc = session.get(Document, ev.document_id) if ev.document_id else None
    return doc.body_id if doc else None


def _fallback_decision(
    session: Session,
    actor: str,
    ev: Evidence,
    action: ReviewAction,
    fact_key: str | None,
    new_value: str | None,
    note: str | None,
) -> None:
    body_id = evidence_body(session, ev)
    session.add(
        ReviewEvent(
            action=action,
            evidence_id=ev.id,
            body_id=body_id,
            fact_key=fact_key,
            old_value=ev.value,
            new_value=new_value,
            actor=actor,
            note=note,
            at=_now(),
        )
    )
    ev.status = STATUS_AFTER[action]
    if body_id is None:
        return
    facts = session.scalars(select(BodyFact).where(BodyFact.body_id == body_id))
    if action is ReviewAction.REJECT:
        for fact in facts:
            if ev.id in (fact.evidence_ids or []):
                fact.evidence_ids = [i for i in fact.evidence_ids if i != ev.id]
                if not fact.evidence_ids:
                    fact.value, fact.source = "unknown", "review"
    elif action is ReviewAction.CORRECT and fact_key:
        found = next((f for f in facts if f.key == fact_key), None)
        fact = found or BodyFact(body_id=body_id, key=fact_key, value="")
        session.add(fact)
        fact.value, fact.source, fact.evidence_ids = new_value or "", "review", [ev.id]


def decide(
    session: Session,
    actor: str,
    evidence_id: int,
    action: ReviewAction,
    fact_key: str | None = None,
    new_value: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Accept, correct or reject one evidence item; returns the item's new status."""
    if action not in STATUS_AFTER:
        raise ActionError(f"unknown action {action!r} (expected accept, correct or reject)")
    if action is ReviewAction.CORRECT:
        check_fact(fact_key, new_value)
    ev = session.get(Evidence, evidence_id)
    if ev is None:
        raise ActionError(f"no evidence {evidence_id}")
    record = core_function("camcensus.evidence.review", "record_decision")
    if record is not None:
        record(
            session,
            actor,
            evidence_id=evidence_id,
            action=action,
            fact_key=fact_key,
            new_value=new_value,
            note=note,
        )
    else:
        _fallback_decision(session, actor, ev, action, fact_key, new_value, note)
    session.flush()
    return {"evidence_id": ev.id, "status": ev.status, "action": action.value, "actor": actor}


def _fallback_assign(session: Session, msg: Message, req: Request, actor: str) -> None:
    msg.request_id, msg.matched_by = req.id, "manual"
    pending = [msg.document_id] if msg.document_id else []
    while pending:
        doc_ids, pending = pending, []
        for doc in session.scalars(select(Document).where(Document.id.in_(doc_ids))):
            doc.request_id, doc.body_id = req.id, req.body_id
        pending = list(session.scalars(select(Document.id).where(Document.parent_id.in_(doc_ids))))
    session.add(
        ReviewEvent(
            action=ReviewAction.ASSIGN,
            message_id=msg.id,
            body_id=req.body_id,
            actor=actor,
            new_value=req.reference,
            at=_now(),
        )
    )
    session.add(
        RequestEvent(
            request_id=req.id, kind="reply_assigned", actor=actor, at=_now(), detail={"message_id": msg.id}
        )
    )


def assign(session: Session, actor: str, message_id: int, reference: str) -> dict[str, Any]:
    """Attach an unmatched reply to the request it answers."""
    msg = session.get(Message, message_id)
    if msg is None or msg.direction != "in":
        raise ActionError(f"no incoming message {message_id}")
    req = session.scalars(select(Request).where(Request.reference == reference.strip())).first()
    if req is None:
        raise ActionError(f"no request with reference {reference!r}")
    real = core_function("camcensus.foi.inbox", "assign_message")
    if real is not None:
        try:
            real(session, message_id, req.id, actor)
        except ValueError as exc:  # the FOI stage's refusal (InboxError), shown as a 422
            raise ActionError(str(exc)) from None
    else:
        _fallback_assign(session, msg, req, actor)
    session.flush()
    return {"message_id": msg.id, "request_id": req.id, "reference": req.reference, "actor": actor}


def set_request_state(
    session: Session,
    actor: str,
    reference: str,
    state: str,
    note: str | None = None,
    campaign: str | None = None,
) -> dict[str, Any]:
    """A campaign action: move one request to a new state (withdrawn, internal review, ...) by the FOI
    lifecycle's rules, which log the change with ``actor``; a move the lifecycle forbids is refused."""
    req = session.scalars(select(Request).where(Request.reference == reference)).first()
    if req is None or (campaign is not None and req.campaign.name != campaign):
        raise ActionError(
            f"no request with reference {reference!r}" + (f" in campaign {campaign!r}" if campaign else "")
        )
    try:
        new = RequestState(state)
    except ValueError:
        raise ActionError(f"unknown state {state!r}") from None
    old = RequestState(req.state)
    try:
        lifecycle.transition(session, req, new, actor=actor, **({"note": note} if note else {}))
    except lifecycle.TransitionError as exc:
        allowed = ", ".join(s.value for s in lifecycle.next_states(old)) or "none"
        raise StateConflict(f"{exc} (allowed from {old.value}: {allowed})") from None
    session.flush()
    return {"reference": req.reference, "from_state": old.value, "to_state": new.value, "actor": actor}
