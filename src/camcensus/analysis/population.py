"""The surveyed population: the bodies asked in the chosen campaigns, with their replies and body facts.

A body is *asked* when one of its requests in the chosen campaigns went out (any state but draft or
withdrawn); it has *responded* when a reply came back (a request state past waiting) or its facts record an
outcome. Embargoed campaigns stay out of everything public until their embargo date.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.analysis.sectors import sector_of
from camcensus.enums import RequestState
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys
from camcensus.store.models import Body, BodyFact, Campaign, Request

# a request that bounced never reached its body: the body was not asked
NOT_ASKED = frozenset(
    {RequestState.DRAFT.value, RequestState.WITHDRAWN.value, RequestState.DELIVERY_FAILED.value}
)
WAITING = frozenset(
    {
        RequestState.DRAFT.value,
        RequestState.SENT.value,
        RequestState.AWAITING.value,
        RequestState.OVERDUE.value,
        RequestState.LONG_OVERDUE.value,
        RequestState.WITHDRAWN.value,
        RequestState.CLARIFICATION_NEEDED.value,
        RequestState.DELIVERY_FAILED.value,
    }
)
LIST_FACTS = frozenset({"capabilities", "capabilities_absent", "exemptions", "manufacturers"})


def vendor_keys() -> tuple[str, ...]:
    """The vendor figures the survey reports: each vendor of concern, then any of them (``either``)."""
    return (*concern_keys(), ANY_CONCERN)


class EmbargoError(ValueError):
    """A campaign asked for by name is still under embargo."""


@dataclass
class SurveyedBody:
    """One asked body and what is known about it."""

    body_id: int
    code: str
    name: str
    body_type: str
    subtype: str | None
    nation: str
    sector: str
    lat: float | None = None
    lon: float | None = None
    easting: float | None = None
    northing: float | None = None
    responded: bool = False
    states: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)  # the law each request was made under (foia, foisa, ...)
    facts: dict[str, str] = field(default_factory=dict)
    fact_evidence: dict[str, list[int]] = field(default_factory=dict)

    def vendor_status(self, vendor: str) -> str:
        """yes | no | unknown; ``either`` is yes when any vendor of concern is yes and no only when all are
        no."""
        if vendor == ANY_CONCERN:
            values = {self.vendor_status(key) for key in concern_keys()}
            if "yes" in values:
                return "yes"
            return "no" if values == {"no"} else "unknown"
        return self.tri_fact(vendor)

    def tri_fact(self, key: str) -> str:
        """A yes/no fact (a vendor, ``dpia``, ``code_compliance``): yes, no or unknown."""
        value = (self.facts.get(key) or "unknown").strip().lower()
        return value if value in ("yes", "no") else "unknown"

    def fact_list(self, key: str) -> list[str]:
        return parse_list(self.facts.get(key))

    @property
    def outcome(self) -> str:
        return (self.facts.get("outcome") or "unknown").strip().lower() or "unknown"

    @property
    def camera_count(self) -> int | None:
        text = (self.facts.get("camera_count") or "").strip().replace(",", "")
        return int(text) if text.isdigit() else None


def parse_list(value: str | None) -> list[str]:
    """A JSON list fact (tolerating a comma-separated string) as a list of non-empty strings."""
    if not value or not value.strip():
        return []
    try:
        parsed: Any = json.loads(value)
    except ValueError:
        parsed = value.split(",")
    if isinstance(parsed, str):
        parsed = [parsed]
    if not isinstance(parsed, list):
        return []
    return [str(item).strip() for item in parsed if str(item).strip()]


def select_campaigns(
    session: Session,
    campaign: str | None = None,
    include_embargoed: bool = False,
    today: dt.date | None = None,
) -> list[Campaign]:
    """The campaigns a figure is built from: one by name, or all; embargoed ones left out unless asked for."""
    today = today or dt.date.today()
    query = select(Campaign).order_by(Campaign.id)
    if campaign is not None:
        query = query.where(Campaign.name == campaign)
    chosen = list(session.scalars(query))
    if campaign is not None and not chosen:
        raise ValueError(f"no campaign named {campaign!r}")
    if include_embargoed:
        return chosen
    open_ = [c for c in chosen if not is_embargoed(c, today)]
    if campaign is not None and not open_:
        raise EmbargoError(f"campaign {campaign!r} is under embargo until {chosen[0].embargo_until}")
    return open_


def is_embargoed(campaign: Campaign, today: dt.date | None = None) -> bool:
    return campaign.embargo_until is not None and campaign.embargo_until > (today or dt.date.today())


def surveyed_bodies(session: Session, campaigns: list[Campaign]) -> list[SurveyedBody]:
    """Every body asked in these campaigns, once, with its request states and body facts."""
    if not campaigns:
        return []
    rows = session.execute(
        select(Request.body_id, Request.state, Request.reference, Request.law)
        .where(Request.campaign_id.in_([c.id for c in campaigns]))
        .order_by(Request.id)
    ).all()
    asked: dict[int, list[tuple[str, str, str]]] = {}
    for body_id, state, reference, law in rows:
        state_value = str(getattr(state, "value", state))
        if state_value not in NOT_ASKED:
            asked.setdefault(body_id, []).append((state_value, reference, str(law)))
    return _with_facts(session, _load_bodies(session, asked))


def _load_bodies(session: Session, asked: dict[int, list[tuple[str, str, str]]]) -> list[SurveyedBody]:
    result: list[SurveyedBody] = []
    ids = sorted(asked)
    columns = (
        Body.id,
        Body.code,
        Body.name,
        Body.body_type,
        Body.subtype,
        Body.nation,
        Body.lat,
        Body.lon,
        Body.easting,
        Body.northing,
    )
    for start in range(0, len(ids), 500):
        # plain rows, not ORM objects: a national survey is tens of thousands of bodies
        for body in session.execute(select(*columns).where(Body.id.in_(ids[start : start + 500]))):
            kind = str(getattr(body.body_type, "value", body.body_type))
            states = [state for state, _, _ in asked[body.id]]
            result.append(
                SurveyedBody(
                    body_id=body.id,
                    code=body.code,
                    name=body.name,
                    body_type=kind,
                    subtype=body.subtype,
                    nation=str(getattr(body.nation, "value", body.nation)),
                    sector=sector_of(kind, body.subtype),
                    lat=body.lat,
                    lon=body.lon,
                    easting=body.easting,
                    northing=body.northing,
                    responded=any(state not in WAITING for state in states),
                    states=states,
                    references=[reference for _, reference, _ in asked[body.id]],
                    laws=[law for _, _, law in asked[body.id]],
                )
            )
    return sorted(result, key=lambda b: (b.name.lower(), b.code))


def _with_facts(session: Session, bodies: list[SurveyedBody]) -> list[SurveyedBody]:
    by_id = {b.body_id: b for b in bodies}
    ids = sorted(by_id)
    for start in range(0, len(ids), 500):
        query = select(BodyFact.body_id, BodyFact.key, BodyFact.value, BodyFact.evidence_ids).where(
            BodyFact.body_id.in_(ids[start : start + 500])
        )
        for fact in session.execute(query):
            body = by_id[fact.body_id]
            body.facts[fact.key] = fact.value or ""
            body.fact_evidence[fact.key] = [int(i) for i in (fact.evidence_ids or []) if str(i).isdigit()]
    for body in bodies:
        if body.outcome != "unknown" or any(body.vendor_status(v) != "unknown" for v in vendor_keys()):
            body.responded = True
    return bodies


def survey(
    session: Session,
    campaign: str | None = None,
    include_embargoed: bool = False,
    today: dt.date | None = None,
) -> tuple[list[Campaign], list[SurveyedBody]]:
    """The chosen campaigns and their surveyed bodies, in one call."""
    campaigns = select_campaigns(session, campaign, include_embargoed, today)
    return campaigns, surveyed_bodies(session, campaigns)
