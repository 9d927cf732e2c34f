"""Every write the web app makes, each recorded as an event with who and when.

Each write checks what the web asks and calls the stage that owns the rule: review decisions
``camcensus.evidence.review.record_decision``, reply assignment ``camcensus.foi.inbox.assign_message``,
request states ``camcensus.foi.lifecycle.transition``; a stage's refusal becomes an ``ActionError``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import RequestState, ReviewAction
from camcensus.evidence.review import STATUS_AFTER, ReviewError, record_decision
from camcensus.foi import lifecycle
from camcensus.foi.inbox import InboxError, assign_message
from camcensus.foi.matching import placement_doubt
from camcensus.store.models import Evidence, Message, Request
from camcensus.web.review import fact_choices


class ActionError(ValueError):
    """A write that cannot be made as asked (unknown item, bad value)."""

    status_code = 422


class StateConflict(ActionError):
    """A write the item's present state does not allow (a request moved where the lifecycle forbids)."""

    status_code = 409


def check_fact(fact_key: str | None, new_value: str | None) -> None:
    if fact_key is None:
        raise ActionError("a correction names the fact to set (fact_key) and its new value")
    choices = fact_choices()
    if fact_key not in choices:
        raise ActionError(f"unknown fact {fact_key!r} (expected one of {', '.join(choices)})")
    allowed = choices[fact_key]
    if allowed is not None and new_value not in allowed:
        raise ActionError(f"{fact_key} must be one of {', '.join(allowed)}")
    if fact_key == "camera_count" and new_value and not new_value.isdigit():
        raise ActionError("camera_count must be a whole number or empty")


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
    try:
        record_decision(
            session,
            actor,
            evidence_id=evidence_id,
            action=action,
            fact_key=fact_key,
            new_value=new_value,
            note=note,
        )
    except ReviewError as exc:
        raise ActionError(str(exc)) from None
    session.flush()
    return {"evidence_id": ev.id, "status": ev.status, "action": action.value, "actor": actor}


def assign(
    session: Session, actor: str, message_id: int, reference: str, checked_sender: bool = False
) -> dict[str, Any]:
    """Attach an unmatched reply to the request it answers. The trust checks are run again for that request:
    a reply they would not place by themselves (``placement_doubt``: a stranger's address, a failed
    authentication) is placed only when the reviewer says they checked its sender."""
    msg = session.get(Message, message_id)
    if msg is None or msg.direction != "in":
        raise ActionError(f"no incoming message {message_id}")
    req = session.scalars(select(Request).where(Request.reference == reference.strip())).first()
    if req is None:
        raise ActionError(f"no request with reference {reference!r}")
    doubt = placement_doubt(msg, req, req.body)
    if doubt and not checked_sender:
        raise ActionError(
            f"this reply {doubt}: say you have checked its sender (checked_sender) "
            f"to place it on {req.reference}"
        )
    try:
        assign_message(session, message_id, req.id, actor)
    except (InboxError, lifecycle.TransitionError) as exc:  # the FOI stage's refusal
        raise ActionError(str(exc)) from None
    session.flush()
    return {
        "message_id": msg.id,
        "request_id": req.id,
        "reference": req.reference,
        "actor": actor,
        "sender_trusted": doubt is None,
    }


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
