"""The dashboard's data: headline statistics, the chart and the map, cached per audience."""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import Markup
from sqlalchemy import func, select

from camcensus.analysis.coverage import review_coverage
from camcensus.analysis.population import survey
from camcensus.analysis.rounds import in_order
from camcensus.analysis.tables import assessment_rates
from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys
from camcensus.reports.content import map_svg
from camcensus.store import Store
from camcensus.store.models import Body, Request
from camcensus.web.figures import FigureCache, data_version, national_rows
from camcensus.web.svg import share_chart
from camcensus.web.viewer import Viewer


def _headline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One figure per sector and vendor over all nations, largest denominators first."""
    rows = [r for r in rows if not r.get("nation") or r.get("nation") in ("all", "uk_total")]
    order = {key: i for i, key in enumerate((*concern_keys(), ANY_CONCERN))}  # Hikvision, Dahua, either
    return sorted(
        rows, key=lambda r: (-(r.get("asked") or 0), r["sector"], order.get(r["vendor"], len(order)))
    )


def dashboard(store: Store, cache: FigureCache, viewer: Viewer, version: Any = None) -> dict[str, Any]:
    """The figures for this viewer at ``version`` (the store's ``data_version``, read here when not given)."""

    def build() -> dict[str, Any]:
        with store.session() as session:
            rows = national_rows(session, viewer)
            _, surveyed = survey(session, include_embargoed=not viewer.public, today=viewer.today)
            bodies = session.scalar(select(func.count(Body.id))) or 0
            asked = session.scalar(select(func.count(func.distinct(Request.body_id)))) or 0
            facts_review = review_coverage(session, include_embargoed=not viewer.public, today=viewer.today)
            rounds = len(in_order(session, include_embargoed=not viewer.public, today=viewer.today))
        headline = _headline(rows)
        return {
            "rows": rows,
            "headline": headline,
            "bodies": bodies,
            "asked": asked,
            "facts_review": facts_review,
            "rounds": rounds,
            "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "chart": share_chart(headline),
            "assessments": assessment_rates(surveyed),
            "map": Markup(map_svg(surveyed)),  # noqa: S704 - the report's map escapes every label it draws
        }

    if version is None:
        with store.engine.connect() as conn:
            version = data_version(conn)
    return cache.get(viewer.public, build, version)
