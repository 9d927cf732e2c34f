"""Human decisions on evidence and facts: an append-only event, the evidence's new status, fresh body
facts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import ReviewAction
from camcensus.evidence.facts import fact_keys, resolve_body_facts
from camcensus.store.models import BodyFact, Document, Evidence, ReviewEvent

STATUS_AFTER = {
    ReviewAction.ACCEPT: "accepted",
    ReviewAction.CORRECT: "corrected",
    ReviewAction.REJECT: "rejected",
}


class ReviewError(ValueError):
    """A decision that cannot be recorded as asked."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _evidence_body(session: Session, ev: Evidence) -> int | None:
    if ev.body_id is not None:
        return ev.body_id
    doc = session.get(Document, ev.document_id) if ev.document_id else None
    return doc.body_id if doc else None


def record_decision(
    session: Session,
    actor: str,
    evidence_id: int | None = None,
    body_id: int | None = None,
    action: ReviewAction | str = ReviewAction.ACCEPT,
    fact_key: str | None = None,
    new_value: str | None = None,
    note: str | None = None,
) -> ReviewEvent:
    """Append a ReviewEvent, update the evidence status, and re-resolve that body's facts.

    accept/reject/correct name an evidence item; ``correct`` and ``set_fact`` with a ``fact_key`` set that
    body
    fact to ``new_value`` (it then overrides the machine's reading until another decision).
    """
    action = ReviewAction(action)
    if fact_key is not None and fact_key not in fact_keys():
        raise ReviewError(f"unknown fact {fact_key!r} (expected one of {', '.join(fact_keys())})")
    ev = session.get(Evidence, evidence_id) if evidence_id is not None else None
    if evidence_id is not None and ev is None:
        raise ReviewError(f"no evidence {evidence_id}")
    if ev is None and action in STATUS_AFTER:
        raise ReviewError(f"{action.value} needs an evidence item")
    if ev is not None:
        body_id = body_id or _evidence_body(session, ev)
    if action is ReviewAction.SET_FACT and (body_id is None or fact_key is None):
        raise ReviewError("set_fact needs a body and a fact key")
    event = ReviewEvent(
        action=action,
        evidence_id=evidence_id,
        body_id=body_id,
        fact_key=fact_key,
        old_value=_old_value(session, ev, body_id, fact_key),
        new_value=new_value,
        actor=actor,
        note=note,
        at=_now(),
    )
    session.add(event)
    if ev is not None and action in STATUS_AFTER:
        ev.status = STATUS_AFTER[action]
        if action is ReviewAction.CORRECT and fact_key is None and new_value:
            ev.value = new_value[:300]
    session.flush()
    if body_id is not None:
        resolve_body_facts(session, [body_id])
    return event


def _old_value(
    session: Session, ev: Evidence | None, body_id: int | None, fact_key: str | None
) -> str | None:
    if fact_key and body_id is not None:
        fact = session.scalars(
            select(BodyFact).where(BodyFact.body_id == body_id, BodyFact.key == fact_key)
        ).first()
        return fact.value if fact else None
    return ev.value if ev is not None else None
