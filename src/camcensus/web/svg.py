"""Small inline SVG figures: shares with their 95% intervals, drawn by the report's chart module (the map is
the report's too: ``camcensus.reports.content.map_svg``).

Every label is escaped, so names from the data cannot inject markup.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from camcensus.analysis.sectors import ALL, nation_label, sector_label
from camcensus.knowledge.vendors import concern_label
from camcensus.reports import charts
from camcensus.reports.charts import Bar, vendor_colour


def _nation(nation: str | None) -> str:
    """A row's nation as people name it; nothing for the whole UK, which every sector row covers."""
    return "" if not nation or nation == ALL else nation_label(nation)


def share_chart(rows: list[dict[str, Any]]) -> Markup:
    """Horizontal bars (share) with whiskers (95% interval) and shaded non-response bounds, one per sector
    and vendor with data: the report's chart (``camcensus.reports.charts``), drawn from the API's rows."""
    bars = [
        Bar(
            " · ".join(
                part
                for part in (
                    sector_label(row["sector"]),
                    _nation(row.get("nation")),
                    concern_label(row["vendor"]),
                )
                if part
            ),
            row["k"],
            row["n"],
            (row["ci95"][0], row["ci95"][1]),
            (row["bounds"][0], row["bounds"][1]),
            vendor_colour(row["vendor"]),
        )
        for row in rows
        if row.get("n")
    ]
    # the report's chart escapes every label it draws
    return Markup(charts.share_chart(bars, "Share of bodies using each vendor, with 95% intervals"))  # noqa: S704
