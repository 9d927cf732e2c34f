"""One survey round on its own: the bodies asked in one campaign, with what that round's replies say.

A body's facts (``camcensus.evidence.facts``) combine every document it ever sent, so a body asked in 2022 and
again in 2026 has one set of facts for both. A round's facts are built the same way (``machine_facts``) from
the evidence of that round's replies only (the documents placed on its requests); a reviewer's decision on a
fact is applied to a round when the evidence it cites is that round's, or when the body was asked in no other
campaign. Devices found on a network belong to no round and are left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.population import (
    WAITING,
    SurveyedBody,
    select_campaigns,
    surveyed_bodies,
    vendor_keys,
)
from camcensus.enums import ReviewAction
from camcensus.evidence.facts import fact_keys, machine_facts
from camcensus.store.models import Campaign, Document, Evidence, Request, ReviewEvent


@dataclass
class Round:
    campaign: Campaign
    bodies: list[SurveyedBody]
    quotes: dict[int, str] = field(default_factory=dict)  # evidence id -> quote, for the facts' evidence

    @property
    def name(self) -> str:
        return self.campaign.name


def started_on(session: Session, campaign: Campaign) -> dt.datetime:
    """When a round went out: its first request sent, else when the campaign was made."""
    first = session.scalar(select(func.min(Request.sent_at)).where(Request.campaign_id == campaign.id))
    return first or campaign.created_at


def sent_between(session: Session, campaign: Campaign) -> tuple[dt.date | None, dt.date | None]:
    """The days a round's first and last requests were sent (None while none has been)."""
    first, last = session.execute(
        select(func.min(Request.sent_at), func.max(Request.sent_at)).where(Request.campaign_id == campaign.id)
    ).one()
    return (first.date() if first else None, last.date() if last else None)


def in_order(
    session: Session, include_embargoed: bool = False, today: dt.date | None = None
) -> list[Campaign]:
    """Every round (campaign), in the order they went out."""
    campaigns = select_campaigns(session, None, include_embargoed, today)
    return sorted(campaigns, key=lambda c: (started_on(session, c), c.id))


def latest_two(session: Session, include_embargoed: bool = False, today: dt.date | None = None) -> list[str]:
    """The names of the two rounds sent most recently, the earlier first."""
    return [c.name for c in in_order(session, include_embargoed, today)[-2:]]


def load_round(
    session: Session, name: str, include_embargoed: bool = False, today: dt.date | None = None
) -> Round:
    """The bodies asked in the campaign ``name``, each with the facts of that round's replies."""
    [campaign] = select_campaigns(session, name, include_embargoed, today)
    bodies = surveyed_bodies(session, [campaign])
    rows = _round_evidence(session, campaign.id)
    only_here = _asked_only_in(session, campaign.id)
    quotes: dict[int, str] = {}
    for body in bodies:
        mine = rows.get(body.body_id, [])
        facts = machine_facts(mine, [])
        body.facts = {key: facts[key].value for key in fact_keys()}
        body.fact_evidence = {key: list(facts[key].evidence_ids) for key in fact_keys()}
        _apply_reviews(session, body, {r.id for r in mine}, body.body_id in only_here)
        body.responded = any(s not in WAITING for s in body.states) or _says_something(body)
        quotes.update({r.id: r.quote for r in mine})
    return Round(campaign, bodies, quotes)


def _says_something(body: SurveyedBody) -> bool:
    return body.outcome != "unknown" or any(body.vendor_status(v) != "unknown" for v in vendor_keys())


def _round_evidence(session: Session, campaign_id: int) -> dict[int, list[Evidence]]:
    """The evidence of the documents placed on the campaign's requests, by body, rejected items left out."""
    query = (
        select(Request.body_id, Evidence)
        .join(Document, Document.request_id == Request.id)
        .join(Evidence, Evidence.document_id == Document.id)
        .where(Request.campaign_id == campaign_id, Evidence.status != "rejected")
        .order_by(Evidence.id)
    )
    found: dict[int, list[Evidence]] = {}
    for body_id, row in session.execute(query):
        found.setdefault(body_id, []).append(row)
    return found


def _asked_only_in(session: Session, campaign_id: int) -> set[int]:
    """Bodies with a request in this campaign and in no other."""
    counts = (
        select(Request.body_id)
        .group_by(Request.body_id)
        .having(func.count(func.distinct(Request.campaign_id)) == 1)
    )
    here = select(Request.body_id).where(Request.campaign_id == campaign_id, Request.body_id.in_(counts))
    return set(session.scalars(here))


def _apply_reviews(session: Session, body: SurveyedBody, evidence_ids: set[int], only_round: bool) -> None:
    events = session.scalars(
        select(ReviewEvent)
        .where(
            ReviewEvent.body_id == body.body_id,
            ReviewEvent.fact_key.is_not(None),
            ReviewEvent.action.in_([ReviewAction.CORRECT, ReviewAction.SET_FACT]),
        )
        .order_by(ReviewEvent.at, ReviewEvent.id)
    )
    for event in events:
        if only_round or (event.evidence_id is not None and event.evidence_id in evidence_ids):
            body.facts[str(event.fact_key)] = event.new_value or ""
            body.fact_evidence[str(event.fact_key)] = [event.evidence_id] if event.evidence_id else []
