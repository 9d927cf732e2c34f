"""Campaigns for the web: their request states, what is due and what is overdue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from camcensus.enums import RequestState
from camcensus.store.models import Body, Campaign, Request
from camcensus.web.pagination import Page, PageRequest, keyed_rows
from camcensus.web.viewer import Viewer, campaign_published

OPEN_STATES = (
    RequestState.SENT,
    RequestState.AWAITING,
    RequestState.CLARIFICATION_NEEDED,
    RequestState.OVERDUE,
    RequestState.LONG_OVERDUE,
    RequestState.INTERNAL_REVIEW,
)


def _visible(viewer: Viewer) -> Any:
    query = select(Campaign)
    return query.where(campaign_published(viewer.today)) if viewer.public else query


def campaign_summary(campaign: Campaign, states: dict[str, int]) -> dict[str, Any]:
    return {
        "id": campaign.id,
        "name": campaign.name,
        "template": campaign.template,
        "description": campaign.description,
        "synthetic": campaign.synthetic,
        "embargo_until": campaign.embargo_until.isoformat() if campaign.embargo_until else None,
        "created_at": campaign.created_at.isoformat(timespec="seconds"),
        "requests": sum(states.values()),
        "states": states,
    }


def _state_counts(session: Session, campaign_ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {cid: {} for cid in campaign_ids}
    query = (
        select(Request.campaign_id, Request.state, func.count())
        .where(Request.campaign_id.in_(campaign_ids))
        .group_by(Request.campaign_id, Request.state)
    )
    for cid, state, count in session.execute(query):
        out[cid][state.value] = count
    return out


def list_campaigns(session: Session, viewer: Viewer, page: PageRequest) -> Page:
    total = session.scalar(select(func.count()).select_from(_visible(viewer).subquery())) or 0
    campaigns = list(
        session.scalars(
            _visible(viewer)
            .order_by(Campaign.created_at.desc(), Campaign.id.desc())
            .offset(page.offset)
            .limit(page.per_page)
        )
    )
    counts = _state_counts(session, [c.id for c in campaigns])
    return Page([campaign_summary(c, counts[c.id]) for c in campaigns], total, page)


def _request_row(req: Request, body: Body, today: dt.date) -> dict[str, Any]:
    overdue = req.state in OPEN_STATES and req.due_on is not None and req.due_on < today
    return {
        "id": req.id,
        "reference": req.reference,
        "state": req.state.value,
        "law": req.law,
        "body": {"id": body.id, "name": body.name, "code": body.code},
        "sent_at": req.sent_at.isoformat(timespec="seconds") if req.sent_at else None,
        "due_on": req.due_on.isoformat() if req.due_on else None,
        "days_overdue": (today - req.due_on).days if overdue and req.due_on else 0,
        "undelivered": ((req.extra or {}).get("undelivered") or {}).get("address"),
    }


def campaign_detail(
    session: Session, viewer: Viewer, name: str, page: PageRequest, state: str | None = None
) -> dict[str, Any] | None:
    campaign = session.scalars(_visible(viewer).where(Campaign.name == name)).first()
    if campaign is None:
        return None
    base = (
        select(Request, Body).join(Body, Body.id == Request.body_id).where(Request.campaign_id == campaign.id)
    )
    open_ = base.where(Request.state.in_(OPEN_STATES), Request.due_on.is_not(None))
    overdue = open_.where(Request.due_on < viewer.today).order_by(Request.due_on, Request.id)
    due = open_.where(Request.due_on >= viewer.today).order_by(Request.due_on, Request.id)
    listed = base.where(Request.state == state) if state else base
    total = session.scalar(select(func.count()).select_from(listed.subquery())) or 0
    rows, neighbours = keyed_rows(list(session.execute(_by_id(listed, page))), page, lambda row: row[0].id)
    detail = campaign_summary(campaign, _state_counts(session, [campaign.id])[campaign.id])
    detail.update(
        {
            "overdue": [_request_row(r, b, viewer.today) for r, b in session.execute(overdue.limit(500))],
            "due": [_request_row(r, b, viewer.today) for r, b in session.execute(due.limit(500))],
            "request_list": Page(
                [_request_row(r, b, viewer.today) for r, b in rows], total, page, neighbours
            ).as_dict(),
        }
    )
    return detail


def _by_id(listed: Select[Request, Body], page: PageRequest) -> Select[Request, Body]:
    """A page of a campaign's requests in id order, one more than it holds: after or before a request's id
    (an indexed range at any depth), or at an offset (numbered links)."""
    size = page.per_page + 1
    if page.after is not None:
        return listed.where(Request.id > page.after).order_by(Request.id).limit(size)
    if page.before is not None:
        return listed.where(Request.id < page.before).order_by(Request.id.desc()).limit(size)
    return listed.order_by(Request.id).offset(page.offset).limit(size)
