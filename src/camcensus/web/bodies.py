"""Reading bodies for the web: the filtered, paginated list and one body's whole picture."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, false, func, or_, select, tuple_
from sqlalchemy.orm import Session

from camcensus.enums import BodyType
from camcensus.knowledge.vendors import concern_keys
from camcensus.store.models import Body, BodyFact
from camcensus.web.pagination import Page, PageRequest, keyed_rows
from camcensus.web.viewer import Viewer, body_under_embargo

SECTORS: dict[str, tuple[str, ...]] = {
    "nhs": (BodyType.NHS_TRUST.value, BodyType.NHS_HEALTH_BOARD.value, BodyType.HSC_TRUST.value),
    **{t.value: (t.value,) for t in BodyType},
}
LIST_FACTS = ("outcome", "camera_count")  # shown for each body in the list, after the vendors of concern


@dataclass(frozen=True)
class BodyFilters:
    sector: str | None = None
    nation: str | None = None
    answer: str | None = None
    vendor: str | None = None
    q: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def _fact_is(key: str, value: str) -> ColumnElement[bool]:
    return exists(
        select(BodyFact.id).where(BodyFact.body_id == Body.id, BodyFact.key == key, BodyFact.value == value)
    )


def _uses_vendor(vendor: str) -> ColumnElement[bool]:
    name = vendor.strip().lower()
    if name in concern_keys():
        return _fact_is(name, "yes")
    pattern = '%"' + name.replace("\\", "").replace("%", "").replace("_", "\\_") + '"%'
    return exists(
        select(BodyFact.id).where(
            BodyFact.body_id == Body.id,
            BodyFact.key == "manufacturers",
            func.lower(BodyFact.value).like(pattern, escape="\\"),
        )
    )


def _answer_is(answer: str) -> ColumnElement[bool]:
    if answer == "unknown":
        known = exists(
            select(BodyFact.id).where(
                BodyFact.body_id == Body.id, BodyFact.key == "outcome", BodyFact.value != "unknown"
            )
        )
        return ~known
    return _fact_is("outcome", answer)


def filtered(query: Select[Any], filters: BodyFilters, viewer: Viewer) -> Select[Any]:
    if filters.sector:
        query = query.where(Body.body_type.in_(SECTORS.get(filters.sector, (filters.sector,))))
    if filters.nation:
        query = query.where(Body.nation == filters.nation)
    if filters.q:
        like = f"%{filters.q.strip().lower()}%"
        query = query.where(or_(func.lower(Body.name).like(like), func.lower(Body.code).like(like)))
    if filters.answer:
        query = query.where(_answer_is(filters.answer))
    if filters.vendor:
        query = query.where(_uses_vendor(filters.vendor))
    if viewer.public and (filters.answer or filters.vendor):
        query = query.where(~body_under_embargo(viewer.today))
    return query


SUMMARY_COLUMNS = (Body.id, Body.code, Body.name, Body.body_type, Body.subtype, Body.nation, Body.region)


def body_summary(body: Any) -> dict[str, Any]:
    """A body (or a row of ``SUMMARY_COLUMNS``) as the API shows it in lists."""
    return {
        "id": body.id,
        "code": body.code,
        "name": body.name,
        "body_type": body.body_type.value,
        "subtype": body.subtype,
        "nation": body.nation.value,
        "region": body.region,
    }


def facts_by_body(
    session: Session, body_ids: list[int], keys: tuple[str, ...] | None = None
) -> dict[int, dict[str, str]]:
    query = select(BodyFact.body_id, BodyFact.key, BodyFact.value).where(BodyFact.body_id.in_(body_ids))
    if keys:
        query = query.where(BodyFact.key.in_(keys))
    out: dict[int, dict[str, str]] = defaultdict(dict)
    for body_id, key, value in session.execute(query):
        out[body_id][key] = value
    return out


def embargoed_ids(session: Session, viewer: Viewer, body_ids: list[int]) -> set[int]:
    """Bodies (among ``body_ids``) whose facts an anonymous viewer may not see yet."""
    if not viewer.public or not body_ids:
        return set()
    query = select(Body.id).where(Body.id.in_(body_ids), body_under_embargo(viewer.today))
    return set(session.scalars(query))


def count_bodies(session: Session, viewer: Viewer, filters: BodyFilters) -> int:
    return session.scalar(filtered(select(func.count(Body.id)), filters, viewer)) or 0


def list_bodies(
    session: Session, viewer: Viewer, filters: BodyFilters, page: PageRequest, total: int | None = None
) -> Page:
    """One page of the bodies matching ``filters`` in name order (ties by id), each with its headline facts
    (none while under embargo, for the public); ``total``: the count of all matching bodies when the caller
    has it already. Paged by key (``page.after``, ``page.before``: a body's id) or by number; a key that
    names no body gives the first page."""
    if total is None:
        total = count_bodies(session, viewer, filters)
    hidden = body_under_embargo(viewer.today) if viewer.public else false()
    columns: Any = select(*SUMMARY_COLUMNS, hidden.label("hidden"))
    bodies, neighbours = keyed_rows(
        list(session.execute(_page_query(filtered(columns, filters, viewer), page))), page
    )
    if not bodies and page.by_key and session.get(Body, page.after or page.before) is None:
        return list_bodies(session, viewer, filters, PageRequest.of(1, page.per_page), total)
    facts = facts_by_body(session, [b.id for b in bodies], (*concern_keys(), *LIST_FACTS))
    items = []
    for body in bodies:
        item = body_summary(body)
        item["facts"] = {} if body.hidden else facts.get(body.id, {})
        items.append(item)
    return Page(items, total, page, neighbours)


def _page_query(query: Select[Any], page: PageRequest) -> Select[Any]:
    """The page's rows, one more than it holds to tell whether another follows: after or before a key
    (an indexed range of ``(name, id)`` at any depth), or at an offset."""
    size = page.per_page + 1
    if not page.by_key:
        return query.order_by(Body.name, Body.id).offset(page.offset).limit(size)
    anchor = page.after if page.after is not None else page.before
    key = tuple_(select(Body.name).where(Body.id == anchor).scalar_subquery(), anchor)
    if page.after is not None:
        return query.where(tuple_(Body.name, Body.id) > key).order_by(Body.name, Body.id).limit(size)
    return (
        query.where(tuple_(Body.name, Body.id) < key).order_by(Body.name.desc(), Body.id.desc()).limit(size)
    )


def facet_values(session: Session) -> dict[str, list[str]]:
    """Choices for the list filters, from what the store holds."""
    nations = sorted(n.value for n in session.scalars(select(Body.nation).distinct()))
    types = {t.value for t in session.scalars(select(Body.body_type).distinct())}
    sectors = sorted(types | ({"nhs"} if types & set(SECTORS["nhs"]) else set()))
    return {
        "sector": sectors,
        "nation": nations,
        "answer": ["answered", "partially_answered", "refused", "not_held", "unknown"],
        "vendor": list(concern_keys()),
    }
