"""How the survey was done, from the data: the sampling frame, when the requests went out, the questions as
the letter put them, response and disclosure rates, how replies were classified, how many facts a person
reviewed. The report's method section lays these values out; it states nothing the store does not hold."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.coverage import review_coverage
from camcensus.analysis.intervals import wilson_interval
from camcensus.analysis.population import SurveyedBody
from camcensus.analysis.sectors import ALL, group_of, order_key, sector_label
from camcensus.analysis.weighting import RegisterCounts
from camcensus.knowledge.vendors import ANY_CONCERN
from camcensus.store.models import Body, Campaign, Request

#: a numbered question of the letter: "1. Number of cameras: ..." up to the next number or a blank line
_QUESTION = re.compile(r"^\s*(\d{1,2})[.)]\s+(.+?)(?=^\s*\d{1,2}[.)]\s|\n\s*\n|\Z)", re.M | re.S)
#: How a reply's outcome is classified (the reading rules in evidence/data/outcome.toml decide it).
OUTCOME_RULES = {
    "answered": "the reply answers the questions on manufacturers",
    "partially_answered": "some questions answered, others refused or not held",
    "refused": "the reply withholds the information, citing an exemption or the cost limit",
    "not_held": "the body says it holds no such information, or points to another body",
    "unknown": "a reply came but what it says could not be read; it waits for a person",
}


def rate(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "share": round(k / n, 6) if n else None, "ci95": [round(lo, 6), round(hi, 6)]}


def sampling_frame(bodies: Sequence[SurveyedBody], register: RegisterCounts) -> list[dict[str, Any]]:
    """Per sector group: bodies in the register and bodies asked."""
    registered: Counter[str] = Counter()
    for (sector, _), count in register.items():
        registered[group_of(sector)] += count
    asked = Counter(group_of(b.sector) for b in bodies)
    sectors = sorted(set(registered) | set(asked), key=lambda s: order_key(s, ALL))
    return [
        {
            "sector": s,
            "sector_label": sector_label(s),
            "register": max(registered[s], asked[s]),
            "asked": asked[s],
        }
        for s in sectors
    ]


def dates_sent(session: Session, campaigns: Sequence[Campaign]) -> dict[str, str | None]:
    """The first and last day a request of these campaigns was sent."""
    if not campaigns:
        return {"first": None, "last": None}
    first, last = session.execute(
        select(func.min(Request.sent_at), func.max(Request.sent_at)).where(
            Request.campaign_id.in_([c.id for c in campaigns]), Request.sent_at.is_not(None)
        )
    ).one()
    return {"first": _day(first), "last": _day(last)}


def _day(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()[:10]


def questions(session: Session, campaigns: Sequence[Campaign]) -> list[dict[str, Any]]:
    """Each campaign's numbered questions, word for word from its first letter, the body's name shown as
    [the body]."""
    found = []
    for campaign in campaigns:
        row = session.execute(
            select(Request.text, Request.body_id)
            .where(Request.campaign_id == campaign.id, Request.sent_at.is_not(None))
            .order_by(Request.id)
            .limit(1)
        ).first()
        if row is None:
            continue
        text = _without_body_name(session, row.text, row.body_id)
        asked = [" ".join(m.group(2).split()) for m in _QUESTION.finditer(text)]
        found.append({"campaign": campaign.name, "questions": asked})
    return found


def _without_body_name(session: Session, text: str, body_id: int) -> str:
    name = session.scalar(select(Body.name).where(Body.id == body_id)) or ""
    flat = re.sub(r"[ \t]*\n[ \t]*(?=\S)", lambda m: "\n" if m.group(0).count("\n") > 1 else " \n", text)
    return flat.replace(name, "[the body]") if name else flat


def response(bodies: Sequence[SurveyedBody]) -> dict[str, Any]:
    """Replies, and disclosures of whether any vendor of concern is in use: k of the bodies asked."""
    replied = [b for b in bodies if b.responded]
    disclosed = [b for b in bodies if b.vendor_status(ANY_CONCERN) != "unknown"]
    return {
        "asked": len(bodies),
        "responded": rate(len(replied), len(bodies)),
        "disclosed": rate(len(disclosed), len(bodies)),
        "disclosed_of_responded": rate(len(disclosed), len(replied)),
    }


def method(
    session: Session,
    campaigns: Sequence[Campaign],
    bodies: Sequence[SurveyedBody],
    register: RegisterCounts,
    today: dt.date | None = None,
) -> dict[str, Any]:
    coverage = review_coverage(session, include_embargoed=False, today=today)
    return {
        "frame": sampling_frame(bodies, register),
        "register_total": sum(register.values()),
        "dates_sent": dates_sent(session, campaigns),
        "questions": questions(session, campaigns),
        "response": response(bodies),
        "review": {"facts": coverage["facts"], "replies": coverage["replies"]},
    }
