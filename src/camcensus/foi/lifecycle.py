"""A request's life: a closed state machine, an append-only event log, and its statutory clock.

Every change of state goes through ``transition`` and leaves a ``RequestEvent``. ``refresh_deadlines``
recomputes the due date of every open request (after a holiday is added, a fee paid, a clarification given)
and moves silent requests to ``overdue`` and ``long_overdue``, or back to ``awaiting`` when a new holiday
moved their deadline later.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.enums import RequestState as S
from camcensus.foi.calendars import load_adhoc, load_terms
from camcensus.foi.campaigns import get_campaign
from camcensus.foi.deadlines import AdHocHoliday, DueDate, TermCalendar, add_working_days, statutory_due_date
from camcensus.foi.deadlines import review_due_date as _review_due
from camcensus.foi.laws import get_law
from camcensus.store.models import Campaign, Request, RequestEvent

OUTCOMES = frozenset({S.ANSWERED, S.PARTIALLY_ANSWERED, S.REFUSED, S.NOT_HELD})
WAITING = frozenset({S.SENT, S.AWAITING, S.OVERDUE, S.LONG_OVERDUE})  # the statutory clock is running
OPEN = WAITING | {S.CLARIFICATION_NEEDED, S.INTERNAL_REVIEW, S.REGULATOR_COMPLAINT}
# a request that bounced never reached the body: it may be sent again (to a corrected address), withdrawn,
# or answered after all (one of several addresses failed)
UNDELIVERED = frozenset({S.DELIVERY_FAILED})

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.SENT, S.WITHDRAWN}),
    S.SENT: frozenset({S.AWAITING, S.CLARIFICATION_NEEDED, S.OVERDUE, S.LONG_OVERDUE, S.WITHDRAWN})
    | OUTCOMES
    | UNDELIVERED,
    S.AWAITING: frozenset({S.CLARIFICATION_NEEDED, S.OVERDUE, S.LONG_OVERDUE, S.WITHDRAWN})
    | OUTCOMES
    | UNDELIVERED,
    S.CLARIFICATION_NEEDED: frozenset({S.AWAITING, S.WITHDRAWN}) | OUTCOMES | UNDELIVERED,
    S.OVERDUE: frozenset(
        {
            S.AWAITING,
            S.LONG_OVERDUE,
            S.CLARIFICATION_NEEDED,
            S.INTERNAL_REVIEW,
            S.REGULATOR_COMPLAINT,
            S.WITHDRAWN,
        }
    )
    | OUTCOMES
    | UNDELIVERED,
    S.LONG_OVERDUE: frozenset(
        {S.AWAITING, S.OVERDUE, S.CLARIFICATION_NEEDED, S.INTERNAL_REVIEW, S.REGULATOR_COMPLAINT, S.WITHDRAWN}
    )
    | OUTCOMES
    | UNDELIVERED,
    S.ANSWERED: frozenset({S.INTERNAL_REVIEW, S.WITHDRAWN}) | OUTCOMES,
    S.PARTIALLY_ANSWERED: frozenset({S.INTERNAL_REVIEW, S.WITHDRAWN}) | OUTCOMES,
    S.REFUSED: frozenset({S.INTERNAL_REVIEW, S.REGULATOR_COMPLAINT, S.WITHDRAWN}) | OUTCOMES,
    S.NOT_HELD: frozenset({S.INTERNAL_REVIEW, S.WITHDRAWN}) | OUTCOMES,
    S.INTERNAL_REVIEW: frozenset({S.REGULATOR_COMPLAINT, S.WITHDRAWN}) | OUTCOMES,
    S.REGULATOR_COMPLAINT: frozenset({S.WITHDRAWN}) | OUTCOMES,
    S.WITHDRAWN: frozenset(),
    S.DELIVERY_FAILED: frozenset({S.SENT, S.AWAITING, S.WITHDRAWN}) | OUTCOMES,
}


class TransitionError(ValueError):
    """A state change the lifecycle does not allow."""


def today_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def can_move(old: S, new: S) -> bool:
    return new in TRANSITIONS[old]


def next_states(state: S | str) -> list[S]:
    """The states a request in ``state`` may move to, in the order of ``RequestState``."""
    allowed = TRANSITIONS[S(state)]
    return [s for s in S if s in allowed]


def record(session: Session, req: Request, kind: str, actor: str = "system", **detail: Any) -> RequestEvent:
    """Append an event that does not change the state (a reminder drafted, a reply matched ...)."""
    event = RequestEvent(
        request_id=req.id,
        kind=kind,
        from_state=req.state.value,
        to_state=req.state.value,
        actor=actor,
        at=_now(),
        detail=detail,
    )
    session.add(event)
    return event


def transition(
    session: Session,
    req: Request,
    new: S | str,
    kind: str = "state_changed",
    actor: str = "system",
    **detail: Any,
) -> bool:
    """Move ``req`` to ``new`` and log it; False (and nothing logged) when it is already there."""
    new = S(new)
    old = S(req.state)
    if old == new:
        return False
    if not can_move(old, new):
        raise TransitionError(f"request {req.reference}: cannot move from {old.value} to {new.value}")
    req.state = new
    session.add(
        RequestEvent(
            request_id=req.id,
            kind=kind,
            from_state=old.value,
            to_state=new.value,
            actor=actor,
            at=_now(),
            detail=detail,
        )
    )
    return True


def _pauses(req: Request, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    out = []
    for start, end in (req.extra or {}).get("pauses", []):
        out.append((dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else today))
    return out


def request_due(
    req: Request,
    adhoc: Iterable[AdHocHoliday] = (),
    terms: TermCalendar | None = None,
    today: dt.date | None = None,
) -> DueDate | None:
    """The request's statutory due date given its receipt, fee pauses and extension; None before sending."""
    if req.received_on is None:
        return None
    extra = req.extra or {}
    return statutory_due_date(
        req.law,
        req.received_on,
        extension=bool(extra.get("extension")),
        pauses=_pauses(req, today or today_utc()),
        adhoc=adhoc,
        school_terms=terms,
    )


def long_overdue_on(req: Request, adhoc: Iterable[AdHocHoliday] = ()) -> dt.date | None:
    if req.due_on is None:
        return None
    return add_working_days(req.law, req.due_on, get_law(req.law).long_overdue_after, adhoc)


def review_due(req: Request) -> dt.date | None:
    value = (req.extra or {}).get("review_due_on")
    return dt.date.fromisoformat(value) if value else None


def _set_extra(req: Request, **values: Any) -> None:
    req.extra = {**(req.extra or {}), **values}  # a new dict so the JSON column is seen as changed


def mark_sent(
    session: Session,
    req: Request,
    sent_at: dt.datetime,
    adhoc: Iterable[AdHocHoliday] = (),
    terms: TermCalendar | None = None,
) -> None:
    """The SMTP server accepted the request: the clock starts on the day of receipt (the day it was sent)."""
    req.sent_at = sent_at
    req.received_on = sent_at.date()
    due = request_due(req, adhoc, terms)
    req.due_on = due.due if due else None
    transition(
        session,
        req,
        S.SENT,
        kind="sent",
        due_on=req.due_on.isoformat() if req.due_on else None,
        message_id=req.message_id,
    )


def pause_clock(session: Session, req: Request, reason: str, on: dt.date, actor: str = "system") -> None:
    """The body asked for clarification or a fee: as the law's data says, the clock restarts on the answer
    (``restart``) or the days waited are disregarded (``pause``)."""
    rule = get_law(req.law).wait_rule(reason)
    pauses = list((req.extra or {}).get("pauses", []))
    if rule == "pause":
        pauses.append([on.isoformat(), None])
    _set_extra(req, pauses=pauses, waiting_for=reason)
    transition(
        session,
        req,
        S.CLARIFICATION_NEEDED,
        kind="clock_paused",
        actor=actor,
        reason=reason,
        on=on.isoformat(),
    )


def resume_clock(session: Session, req: Request, on: dt.date, actor: str = "system") -> None:
    """The clarification was given or the fee paid on ``on``."""
    extra = dict(req.extra or {})
    reason = extra.get("waiting_for")
    if reason and get_law(req.law).wait_rule(reason) == "restart":
        req.received_on = on  # the date of receipt becomes the day the further information arrives
    pauses = [[start, end or on.isoformat()] for start, end in extra.get("pauses", [])]
    _set_extra(req, pauses=pauses, waiting_for=None)
    transition(session, req, S.AWAITING, kind="clock_resumed", actor=actor, reason=reason, on=on.isoformat())
    _recompute(req, load_adhoc(session), load_terms(session), on)


def extend(session: Session, req: Request, actor: str = "system") -> None:
    """A public-interest (FOIA s.10(3)) or complexity (EIR reg 7) extension."""
    if get_law(req.law).extension == 0:
        raise TransitionError(f"request {req.reference}: {get_law(req.law).short} allows no extension")
    _set_extra(req, extension=True)
    _recompute(req, load_adhoc(session), load_terms(session), today_utc())
    record(session, req, "extended", actor=actor, due_on=req.due_on.isoformat() if req.due_on else None)


def start_review(
    session: Session, req: Request, on: dt.date, actor: str = "system", exceptional: bool = False
) -> None:
    """The requester asked for an internal review (FOISA: a requirement for review)."""
    due = _review_due(req.law, on, exceptional=exceptional, adhoc=load_adhoc(session))
    _set_extra(req, review_requested_on=on.isoformat(), review_due_on=due.isoformat())
    transition(
        session, req, S.INTERNAL_REVIEW, kind="review_requested", actor=actor, review_due_on=due.isoformat()
    )


def _recompute(req: Request, adhoc: list[AdHocHoliday], terms: TermCalendar | None, today: dt.date) -> None:
    due = request_due(req, adhoc, terms, today)
    if due is not None:
        req.due_on = due.due
        req.paused_days = len(due.paused)


def refresh_deadlines(
    session: Session, today: dt.date | None = None, campaign: str | None = None
) -> Counter[str]:
    """Recompute open requests' due dates and move silent ones to overdue / long_overdue (or back)."""
    today = today or today_utc()
    adhoc, terms = load_adhoc(session), load_terms(session)
    query = select(Request).where(Request.state.in_(list(WAITING | {S.CLARIFICATION_NEEDED})))
    if campaign is not None:
        query = query.join(Campaign).where(Campaign.name == campaign)
    moved: Counter[str] = Counter()
    for req in session.scalars(query):
        before = req.due_on
        _recompute(req, adhoc, terms, today)
        if before != req.due_on and before is not None:
            record(
                session,
                req,
                "due_recomputed",
                before=before.isoformat(),
                after=req.due_on.isoformat() if req.due_on else None,
            )
            moved["recomputed"] += 1
        if req.state not in WAITING or req.due_on is None:
            continue
        late = long_overdue_on(req, adhoc)
        if late is not None and today > late:
            target = S.LONG_OVERDUE
        elif today > req.due_on:
            target = S.OVERDUE
        elif req.state in (S.OVERDUE, S.LONG_OVERDUE):
            target = S.AWAITING
        else:
            continue
        if transition(session, req, target, kind="deadline", due_on=req.due_on.isoformat()):
            moved[target.value] += 1
    session.flush()
    return moved


def state_counts(session: Session, campaign_id: int) -> dict[str, int]:
    counts = Counter(
        s.value for s in session.scalars(select(Request.state).where(Request.campaign_id == campaign_id))
    )
    return {state.value: counts.get(state.value, 0) for state in S}


def campaign_status(session: Session, name: str, today: dt.date | None = None) -> dict[str, Any]:
    """Counts per state and every request with its due date (deadlines refreshed first)."""
    campaign = get_campaign(session, name)
    refresh_deadlines(session, today, campaign=campaign.name)
    rows = []
    for req in sorted(campaign.requests, key=lambda r: r.reference):
        rows.append(
            {
                "reference": req.reference,
                "body": req.body.name,
                "body_code": req.body.code,
                "law": req.law,
                "state": req.state.value,
                "to": req.to_address,
                "sent_at": req.sent_at.isoformat(timespec="seconds") if req.sent_at else None,
                "received_on": req.received_on.isoformat() if req.received_on else None,
                "due_on": req.due_on.isoformat() if req.due_on else None,
                "review_due_on": (req.extra or {}).get("review_due_on"),
                "undelivered": ((req.extra or {}).get("undelivered") or {}).get("address"),
                "uncertain": req.sent_at is None and req.send_started_at is not None,
            }
        )
    return {
        "campaign": campaign.name,
        "template": campaign.template,
        "synthetic": campaign.synthetic,
        "counts": state_counts(session, campaign.id),
        "requests": rows,
    }
