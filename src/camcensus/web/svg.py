"""Small inline SVG figures: shares with their 95% intervals (drawn by the report's chart module), and a map
of bodies binned on a grid.

Every label is escaped, so names from the data cannot inject markup.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup

from camcensus.analysis.sectors import sector_label
from camcensus.knowledge.vendors import concern_label
from camcensus.reports import charts
from camcensus.reports.charts import Bar, vendor_colour

UK_LAT = (49.8, 60.9)
UK_LON = (-8.7, 1.9)


def share_chart(rows: list[dict[str, Any]]) -> Markup:
    """Horizontal bars (share) with whiskers (95% interval) and shaded non-response bounds, one per sector
    and vendor with data: the report's chart (``camcensus.reports.charts``), drawn from the API's rows."""
    bars = [
        Bar(
            " · ".join(
                part
                for part in (sector_label(row["sector"]), row.get("nation"), concern_label(row["vendor"]))
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


def _project(lat: float, lon: float, width: float, height: float) -> tuple[float, float]:
    x = (lon - UK_LON[0]) / (UK_LON[1] - UK_LON[0]) * width
    y = (UK_LAT[1] - lat) / (UK_LAT[1] - UK_LAT[0]) * height
    return x, y


def body_map(points: Iterable[tuple[float, float, str]], width: int = 360, cell: float = 0.25) -> Markup:
    """Bodies binned into cells of ``cell`` degrees; a circle per cell sized by count, red where any uses
    a vendor of concern, blue where none of the known ones do, grey where nothing is known."""
    height = int(width * (UK_LAT[1] - UK_LAT[0]) / ((UK_LON[1] - UK_LON[0]) * math.cos(math.radians(55))))
    cells: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for lat, lon, status in points:
        if UK_LAT[0] <= lat <= UK_LAT[1] and UK_LON[0] <= lon <= UK_LON[1]:
            cells[(math.floor(lat / cell), math.floor(lon / cell))][status] += 1
    parts = [
        Markup(
            '<svg class="map" role="img" viewBox="0 0 {0} {1}" width="{0}" height="{1}" '
            'aria-label="map of bodies">'
        ).format(width, height)
    ]
    for (la, lo), counts in sorted(cells.items()):
        x, y = _project((la + 0.5) * cell, (lo + 0.5) * cell, width, height)
        total = sum(counts.values())
        colour = "#c0392b" if counts["yes"] else "#2e86c1" if counts["no"] else "#aab7b8"
        parts.append(
            Markup(
                '<circle cx="{:.1f}" cy="{:.1f}" r="{:.1f}" fill="{}"><title>{} bodies: {} yes, '
                "{} no, {} unknown</title></circle>"
            ).format(
                x, y, 1.5 + math.sqrt(total), colour, total, counts["yes"], counts["no"], counts["unknown"]
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
