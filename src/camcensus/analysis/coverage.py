"""How much of what is known has a person looked at: body facts machine-read and unreviewed against
reviewed, per fact key and in all, and the replies waiting in the review queue.

A body fact is *reviewed* when a review decision set it (``source == "review"``) or when a person accepted or
corrected every evidence item behind it; *machine* when it rests on the machine's reading with some of its
evidence still unreviewed (or on a device record with no evidence row); *empty* when nothing was read for
it (no evidence, and no value but unknown, empty or an empty list).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, Text, and_, case, cast, func, select, union
from sqlalchemy.orm import Session

from camcensus.analysis.replies import queued_replies
from camcensus.evidence.facts import fact_keys
from camcensus.store.models import BodyFact, Campaign, Document, Evidence, Request

REVIEWED_STATUSES = ("accepted", "corrected")
STATES = ("machine", "reviewed", "empty")
_EMPTY_VALUES = frozenset({"", "unknown", "[]"})


def embargoed_bodies(today: dt.date) -> Select[Any]:
    """The ids of bodies asked in a campaign still under embargo on ``today``."""
    return (
        select(Request.body_id)
        .join(Campaign, Campaign.id == Request.campaign_id)
        .where(Campaign.embargo_until.is_not(None), Campaign.embargo_until > today)
    )


def reviewed_bodies() -> CompoundSelect:
    """The ids of bodies with evidence a person accepted or corrected (on the evidence or its document)."""
    reviewed = Evidence.status.in_(REVIEWED_STATUSES)
    return union(
        select(Evidence.body_id).where(reviewed, Evidence.body_id.is_not(None)),
        select(Document.body_id)
        .join(Evidence, Evidence.document_id == Document.id)
        .where(reviewed, Document.body_id.is_not(None)),
    )


def _sql_state() -> ColumnElement[str]:
    """``fact_state`` of a fact none of whose evidence was reviewed, as a column."""
    ids = func.coalesce(cast(BodyFact.evidence_ids, Text), "[]")
    empty = func.lower(func.trim(func.coalesce(BodyFact.value, ""))).in_(sorted(_EMPTY_VALUES))
    return case(
        (BodyFact.source == "review", "reviewed"),
        (and_(ids.in_(["[]", "null"]), empty), "empty"),
        else_="machine",
    )


def fact_state(source: str, value: str, evidence_ids: list[Any], reviewed: set[int]) -> str:
    """machine | reviewed | empty (see the module docstring)."""
    if source == "review":
        return "reviewed"
    ids = [int(i) for i in evidence_ids or []]
    if ids and all(i in reviewed for i in ids):
        return "reviewed"
    if not ids and (value or "").strip().lower() in _EMPTY_VALUES:
        return "empty"
    return "machine"


def review_coverage(
    session: Session, include_embargoed: bool = True, today: dt.date | None = None
) -> dict[str, Any]:
    """``facts``: counts of machine, reviewed and empty body facts with their total and
    ``unreviewed_share`` (machine / (machine + reviewed), None when both are 0); ``by_key``: the same per fact
    key; ``replies``: how many replies (an e-mail or file with its attachments) are in the review queue
    (``in_queue``) and how many of them are flagged ``needs_review``. Bodies under embargo (and their
    replies) are left out unless ``include_embargoed``."""
    hidden = None if include_embargoed else embargoed_bodies(today or dt.date.today())
    visible = [] if hidden is None else [BodyFact.body_id.not_in(hidden)]
    touched = reviewed_bodies()
    counts: Counter[tuple[str, str]] = Counter()
    # bodies none of whose evidence a person has decided: counted in the store, by source and emptiness
    state = _sql_state()
    for key, found, n in session.execute(
        select(BodyFact.key, state, func.count())
        .where(BodyFact.body_id.not_in(touched), *visible)
        .group_by(BodyFact.key, state)
    ):
        counts[(key, found)] += n
    # the few bodies with reviewed evidence: fact by fact, against the evidence ids behind each
    reviewed = set(session.scalars(select(Evidence.id).where(Evidence.status.in_(REVIEWED_STATUSES))))
    facts = select(BodyFact.key, BodyFact.source, BodyFact.value, BodyFact.evidence_ids)
    for key, source, value, ids in session.execute(facts.where(BodyFact.body_id.in_(touched), *visible)):
        counts[(key, fact_state(source, value, ids, reviewed))] += 1
    keys = [k for k in fact_keys() if any((k, s) in counts for s in STATES)]
    keys += sorted({k for k, _ in counts} - set(keys))
    queued = queued_replies(hidden).subquery()
    in_queue, flagged = session.execute(
        select(func.count(), func.coalesce(func.sum(_flag(queued.c.needs_review)), 0)).select_from(queued)
    ).one()
    return {
        "facts": _tally({s: sum(n for (_, state), n in counts.items() if state == s) for s in STATES}),
        "by_key": {k: _tally({s: counts[(k, s)] for s in STATES}) for k in keys},
        "replies": {"in_queue": int(in_queue), "needs_review": int(flagged)},
    }


def _flag(column: Any) -> Any:
    return case((column, 1), else_=0)


def _tally(by_state: dict[str, int]) -> dict[str, Any]:
    known = by_state["machine"] + by_state["reviewed"]
    return {
        **by_state,
        "total": sum(by_state.values()),
        "unreviewed_share": round(by_state["machine"] / known, 4) if known else None,
    }
