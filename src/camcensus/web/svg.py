"""Small inline SVG figures: shares with their 95% intervals, and a map of bodies binned on a grid.

Every label goes through markupsafe, so names from the data cannot inject markup.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup

from camcensus.knowledge.vendors import concern_label
from camcensus.reports.charts import vendor_colour
from camcensus.web.bodies import sector_label

UK_LAT = (49.8, 60.9)
UK_LON = (-8.7, 1.9)


def share_chart(rows: list[dict[str, Any]], width: int = 640) -> Markup:
    """Horizontal bars (share) with whiskers (95% interval), one per sector and vendor with data."""
    rows = [r for r in rows if r.get("n")]
    bar_h, left, right = 22, 230, 70
    height = 30 + bar_h * len(rows)
    scale = width - left - right
    parts = [
        Markup(
            '<svg class="chart" role="img" viewBox="0 0 {} {}" width="100%" '
            'aria-label="share of bodies using each vendor, with 95% intervals">'
        ).format(width, height)
    ]
    for tick in (0, 25, 50, 75, 100):
        x = left + scale * tick / 100
        parts.append(
            Markup(
                '<line x1="{0}" x2="{0}" y1="4" y2="{1}" class="grid"/>'
                '<text x="{0}" y="{2}" class="tick">{3}%</text>'
            ).format(x, height - 20, height - 6, tick)
        )
    for i, row in enumerate(rows):
        y = 6 + i * bar_h
        lo, hi = row["ci95"]
        nation = f" · {row['nation']}" if row.get("nation") else ""
        label = f"{sector_label(row['sector'])}{nation} · {concern_label(row['vendor'])}"
        parts.append(
            Markup(
                '<g><title>{tip}</title><text x="{lx}" y="{ty}" class="label">{label}</text>'
                '<rect x="{left}" y="{y}" width="{w:.1f}" height="{bh}" fill="{fill}"/>'
                '<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{cy}" y2="{cy}" class="whisker"/>'
                '<text x="{vx}" y="{ty}" class="value">{k} of {n}</text></g>'
            ).format(
                tip=f"{row['k']} of {row['n']}: {row['share']:.0%} (95% CI {lo:.0%}–{hi:.0%})",
                lx=left - 6,
                ty=y + 15,
                label=label,
                left=left,
                y=y + 3,
                w=scale * (row["share"] or 0),
                bh=bar_h - 6,
                fill=vendor_colour(row["vendor"]),
                x1=left + scale * lo,
                x2=left + scale * hi,
                cy=y + bar_h / 2,
                vx=width - right + 6,
                k=row["k"],
                n=row["n"],
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


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
