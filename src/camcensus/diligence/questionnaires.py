"""Supplier due-diligence questionnaires, sent and tracked like FOI requests: a reference, a due date in
working days, an answer or no answer. A supplier that has not answered by the due date is flagged (state
no_answer), as the Surveillance Camera Commissioner proposed; every change is an append-only event."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.diligence.catalogue import canonical_vendor, vendor_entry
from camcensus.enums import Nation
from camcensus.foi.calendars import load_adhoc
from camcensus.foi.deadlines import WorkingCalendar
from camcensus.store.diligence_models import Questionnaire, QuestionnaireEvent, QuestionnaireState
from camcensus.store.models import Body

DEFAULT_WORKING_DAYS = 20  # the same time a public authority has to answer an FOI request


class QuestionnaireError(ValueError):
    """A questionnaire cannot be sent or answered as asked."""


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("camcensus.diligence", "templates"),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        keep_trailing_newline=True,
    )


def render_questionnaire(
    body_name: str,
    supplier: str,
    vendor: str,
    reference: str,
    sent_on: dt.date,
    due_on: dt.date,
    working_days: int,
) -> str:
    """The questionnaire text: the questions, with the vendor's restrictions, advisories and concerns."""
    entry = vendor_entry(vendor)
    return (
        _environment()
        .get_template("questionnaire.txt.j2")
        .render(
            body_name=body_name,
            supplier=supplier,
            vendor=entry.name if entry else vendor,
            reference=reference,
            sent_on=sent_on.isoformat(),
            due_on=due_on.isoformat(),
            working_days=working_days,
            brands=[b.name for b in entry.brands] if entry else [],
            restrictions=entry.restrictions if entry else [],
            advisories=entry.advisories if entry else [],
            concerns=entry.concerns if entry else [],
        )
    )


def _event(session: Session, q: Questionnaire, kind: str, old: str | None, detail: dict[str, Any]) -> None:
    session.add(
        QuestionnaireEvent(
            questionnaire_id=q.id, kind=kind, from_state=old, to_state=q.state.value, detail=detail
        )
    )


def send_questionnaire(
    session: Session,
    body: Body,
    supplier: str,
    vendor: str,
    sent_on: dt.date,
    working_days: int = DEFAULT_WORKING_DAYS,
) -> tuple[Questionnaire, bool]:
    """Record a questionnaire as sent; returns it and whether it is new (sending again changes nothing)."""
    supplier, vendor = supplier.strip(), canonical_vendor(vendor)
    if not supplier or not vendor:
        raise QuestionnaireError("a questionnaire needs a supplier and a vendor")
    existing = session.scalar(
        select(Questionnaire).where(
            Questionnaire.body_id == body.id,
            Questionnaire.supplier == supplier,
            Questionnaire.vendor == vendor,
        )
    )
    if existing is not None:
        return existing, False
    due_on = WorkingCalendar.for_nation(Nation(body.nation), load_adhoc(session)).add(sent_on, working_days)
    q = Questionnaire(
        reference=f"pending-{uuid.uuid4().hex[:16]}",
        body_id=body.id,
        supplier=supplier,
        vendor=vendor,
        text="",
        sent_on=sent_on,
        due_on=due_on,
        state=QuestionnaireState.SENT,
    )
    session.add(q)
    session.flush()
    q.reference = f"DDQ-{q.id:06d}"
    q.text = render_questionnaire(body.name, supplier, vendor, q.reference, sent_on, due_on, working_days)
    _event(session, q, "sent", None, {"due_on": due_on.isoformat(), "working_days": working_days})
    return q, True


def get_questionnaire(session: Session, reference: str) -> Questionnaire:
    q = session.scalar(select(Questionnaire).where(Questionnaire.reference == reference.strip()))
    if q is None:
        raise QuestionnaireError(f"no questionnaire with reference {reference!r}")
    return q


def record_answer(session: Session, reference: str, answered_on: dt.date, text: str) -> Questionnaire:
    """The supplier answered (late answers are kept, and shown as late)."""
    q = get_questionnaire(session, reference)
    if answered_on < q.sent_on:
        raise QuestionnaireError(
            f"{q.reference}: answered on {answered_on}, before it was sent ({q.sent_on})"
        )
    old = q.state.value
    q.answered_on, q.answer_text, q.state = answered_on, text, QuestionnaireState.ANSWERED
    _event(
        session, q, "answered", old, {"answered_on": answered_on.isoformat(), "late": answered_on > q.due_on}
    )
    return q


def flag_unanswered(session: Session, today: dt.date) -> int:
    """Move every questionnaire past its due date without an answer to no_answer; returns how many moved."""
    overdue = session.scalars(
        select(Questionnaire).where(
            Questionnaire.state == QuestionnaireState.SENT, Questionnaire.due_on < today
        )
    )
    moved = 0
    for q in overdue:
        q.state = QuestionnaireState.NO_ANSWER
        _event(session, q, "no_answer", QuestionnaireState.SENT.value, {"as_of": today.isoformat()})
        moved += 1
    return moved


@dataclass(frozen=True)
class QuestionnaireStatus:
    reference: str
    body_id: int
    body: str
    supplier: str
    vendor: str
    sent_on: dt.date
    due_on: dt.date
    answered_on: dt.date | None
    state: str
    flagged: bool
    late: bool
    days_overdue: int

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.__dict__,
            "sent_on": self.sent_on.isoformat(),
            "due_on": self.due_on.isoformat(),
            "answered_on": self.answered_on.isoformat() if self.answered_on else None,
        }


def questionnaire_status(
    session: Session, today: dt.date, body_id: int | None = None
) -> list[QuestionnaireStatus]:
    """Flag unanswered questionnaires as of ``today``, then report every one (or one body's)."""
    flag_unanswered(session, today)
    query = select(Questionnaire).order_by(Questionnaire.id)
    if body_id is not None:
        query = query.where(Questionnaire.body_id == body_id)
    return [_status(q, today) for q in session.scalars(query)]


def _status(q: Questionnaire, today: dt.date) -> QuestionnaireStatus:
    late = q.answered_on is not None and q.answered_on > q.due_on
    overdue = (today - q.due_on).days if q.state == QuestionnaireState.NO_ANSWER else 0
    return QuestionnaireStatus(
        reference=q.reference,
        body_id=q.body_id,
        body=q.body.name,
        supplier=q.supplier,
        vendor=q.vendor,
        sent_on=q.sent_on,
        due_on=q.due_on,
        answered_on=q.answered_on,
        state=q.state.value,
        flagged=q.state == QuestionnaireState.NO_ANSWER,
        late=late,
        days_overdue=overdue,
    )
