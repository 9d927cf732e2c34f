"""Who is looking, and what they may see: anonymous visitors get published, redacted data only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, and_, exists, or_, select

from camcensus.enums import Role
from camcensus.store.models import Body, Campaign, Document, Request

# a date, or a bound parameter standing for one in a statement built once and run with each day's date
Day = dt.date | ColumnElement[dt.date]


@dataclass(frozen=True)
class Viewer:
    """The signed-in user (name and role), or an anonymous visitor when ``name`` is None."""

    name: str | None = None
    role: Role | None = None
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def public(self) -> bool:
        return self.name is None

    def can_review(self) -> bool:
        return self.role in (Role.REVIEWER, Role.ADMIN)

    def can_manage(self) -> bool:
        return self.role is Role.ADMIN


def campaign_published(today: Day) -> ColumnElement[bool]:
    """A campaign is published once its embargo (if any) has passed."""
    return or_(Campaign.embargo_until.is_(None), Campaign.embargo_until <= today)


def body_under_embargo(today: Day) -> ColumnElement[bool]:
    """True for a body asked in an embargoed campaign: its facts stay private until the embargo ends."""
    return exists(
        select(Request.id)
        .join(Campaign, Campaign.id == Request.campaign_id)
        .where(
            Request.body_id == Body.id, Campaign.embargo_until.is_not(None), Campaign.embargo_until > today
        )
    )


def document_published(today: Day) -> ColumnElement[bool]:
    """A document is public when it belongs to no request, or to a request of a published campaign."""
    published_request = exists(
        select(Request.id)
        .join(Campaign, Campaign.id == Request.campaign_id)
        .where(Request.id == Document.request_id, campaign_published(today))
    )
    return or_(Document.request_id.is_(None), and_(Document.request_id.is_not(None), published_request))
