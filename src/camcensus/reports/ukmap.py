"""An offline SVG map of the UK: a simplified outline, each surveyed body a point coloured by its answer.

Positions are British National Grid metres: a body's easting/northing from the register, or its lat/long
projected with the Ordnance Survey transverse Mercator (Airy 1830; the OSGB36/WGS84 datum shift of ~100 m
does not show at this scale). The outline is a small coordinate list shipped in ``data/uk_outline.csv``.
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from camcensus.knowledge.vendors import concern_names, concern_vendors

# Ordnance Survey National Grid: Airy 1830 ellipsoid, true origin 49N 2W.
_A, _B, _F0 = 6377563.396, 6356256.909, 0.9996012717
_LAT0, _LON0, _E0, _N0 = math.radians(49), math.radians(-2), 400000.0, -100000.0

ANSWER_COLOURS = {
    "uses": "#c0392b",
    "does_not": "#2471a3",
    "undisclosed": "#a6acaf",
    "refused": "#e67e22",
    "no_reply": "#ffffff",
}


def answers() -> dict[str, tuple[str, str]]:
    """Each answer a body can give, with its legend label and colour, in legend order."""
    labels = {
        "uses": f"Uses {concern_names()}",
        "does_not": "Uses neither" if len(concern_vendors()) == 2 else "Uses none of them",
        "undisclosed": "Replied, manufacturer not disclosed",
        "refused": "Refused",
        "no_reply": "No reply yet",
    }
    return {key: (labels[key], colour) for key, colour in ANSWER_COLOURS.items()}


WIDTH, HEIGHT = 520, 761
VIEW = (-160000.0, 0.0, 680000.0, 1230000.0)  # min E, min N, max E, max N


def to_grid(lat: float, lon: float) -> tuple[float, float]:
    """WGS84-ish latitude/longitude in degrees to National Grid (easting, northing) in metres."""
    phi, lam = math.radians(lat), math.radians(lon)
    e2 = 1 - (_B * _B) / (_A * _A)
    n = (_A - _B) / (_A + _B)
    sin_phi, cos_phi, tan_phi = math.sin(phi), math.cos(phi), math.tan(phi)
    nu = _A * _F0 / math.sqrt(1 - e2 * sin_phi**2)
    rho = _A * _F0 * (1 - e2) / (1 - e2 * sin_phi**2) ** 1.5
    eta2 = nu / rho - 1
    dp, sp = phi - _LAT0, phi + _LAT0
    m = (
        _B
        * _F0
        * (
            (1 + n + 1.25 * n**2 + 1.25 * n**3) * dp
            - (3 * n + 3 * n**2 + 21 / 8 * n**3) * math.sin(dp) * math.cos(sp)
            + (15 / 8 * n**2 + 15 / 8 * n**3) * math.sin(2 * dp) * math.cos(2 * sp)
            - 35 / 24 * n**3 * math.sin(3 * dp) * math.cos(3 * sp)
        )
    )
    one = m + _N0
    two = nu / 2 * sin_phi * cos_phi
    three = nu / 24 * sin_phi * cos_phi**3 * (5 - tan_phi**2 + 9 * eta2)
    three_a = nu / 720 * sin_phi * cos_phi**5 * (61 - 58 * tan_phi**2 + tan_phi**4)
    four = nu * cos_phi
    five = nu / 6 * cos_phi**3 * (nu / rho - tan_phi**2)
    six = nu / 120 * cos_phi**5 * (5 - 18 * tan_phi**2 + tan_phi**4 + 14 * eta2 - 58 * tan_phi**2 * eta2)
    dl = lam - _LON0
    northing = one + two * dl**2 + three * dl**4 + three_a * dl**6
    easting = _E0 + four * dl + five * dl**3 + six * dl**5
    return easting, northing


@dataclass(frozen=True)
class Shape:
    name: str
    kind: str  # uk | neighbour
    source: str
    points: tuple[tuple[float, float], ...]  # (lon, lat)


@cache
def outline() -> tuple[Shape, ...]:
    path = resources.files("camcensus.reports").joinpath("data", "uk_outline.csv")
    with path.open(encoding="utf-8") as fh:
        return tuple(
            Shape(
                row["shape"],
                row["kind"],
                row["source"],
                tuple(
                    (float(lon), float(lat))
                    for lon, lat in (pair.split() for pair in row["points"].split(";"))
                ),
            )
            for row in csv.DictReader(fh)
        )


def _svg_xy(easting: float, northing: float) -> tuple[float, float]:
    min_e, min_n, max_e, max_n = VIEW
    x = (easting - min_e) / (max_e - min_e) * WIDTH
    y = (max_n - northing) / (max_n - min_n) * HEIGHT
    return round(x, 1), round(y, 1)


@dataclass(frozen=True)
class MapPoint:
    name: str
    answer: str  # a key of ANSWER_COLOURS
    easting: float | None = None
    northing: float | None = None
    lat: float | None = None
    lon: float | None = None

    def grid(self) -> tuple[float, float] | None:
        if self.easting is not None and self.northing is not None:
            return self.easting, self.northing
        if self.lat is not None and self.lon is not None:
            return to_grid(self.lat, self.lon)
        return None


def _outline_paths() -> list[str]:
    paths = []
    for shape in outline():
        points = " ".join("{},{}".format(*_svg_xy(*to_grid(lat, lon))) for lon, lat in shape.points)
        fill = "#f4f1ea" if shape.kind == "uk" else "#fbfbfb"
        stroke = "#9a9a9a" if shape.kind == "uk" else "#dddddd"
        paths.append(f'<polygon points="{points}" fill="{fill}" stroke="{stroke}" stroke-width="1"/>')
    return paths


def _point(point: MapPoint, grid: tuple[float, float], legend: dict[str, tuple[str, str]]) -> str:
    x, y = _svg_xy(*grid)
    label, colour = legend[point.answer]
    stroke = "#555" if point.answer == "no_reply" else "#fff"
    return (
        f'<circle cx="{x}" cy="{y}" r="4.5" fill="{colour}" stroke="{stroke}" stroke-width="0.8">'
        f"<title>{escape(point.name)}: {escape(label)}</title></circle>"
    )


def _legend(counts: Counter[str], unplaced: int, legend: dict[str, tuple[str, str]]) -> list[str]:
    """The legend, in 16 px text: the map is drawn at about 370 px on a phone, where that reads as 11 px."""
    parts = ['<g font-size="16" font-family="sans-serif">']
    for index, (key, (label, colour)) in enumerate(legend.items()):
        y = 26 + index * 24
        stroke = "#555" if key == "no_reply" else "none"
        parts.append(
            f'<circle cx="15" cy="{y - 5}" r="6" fill="{colour}" stroke="{stroke}"/>'
            f'<text x="27" y="{y}">{escape(label)} ({counts.get(key, 0)})</text>'
        )
    if unplaced:
        y = 26 + len(ANSWER_COLOURS) * 24  # on two lines, clear of the northern isles
        parts.append(
            f'<text fill="#555"><tspan x="8" y="{y}">{unplaced} without a location</tspan>'
            f'<tspan x="8" y="{y + 20}">in the register (not drawn)</tspan></text>'
        )
    parts.append("</g>")
    return parts


def _binned(placed: list[tuple[MapPoint, tuple[float, float]]], cell: float) -> list[str]:
    """One circle per ``cell``-metre square holding bodies, sized by how many, in the colour of the answer
    people look for first among them (uses, then does not, then the rest)."""
    cells: dict[tuple[int, int], Counter[str]] = {}
    for point, (e, n) in placed:
        cells.setdefault((int(e // cell), int(n // cell)), Counter())[point.answer] += 1
    rank = list(ANSWER_COLOURS)
    legend = answers()
    parts = []
    for (ce, cn), counts in sorted(cells.items()):
        x, y = _svg_xy((ce + 0.5) * cell, (cn + 0.5) * cell)
        top = min(counts, key=rank.index)
        label, colour = legend[top]
        total = sum(counts.values())
        said = ", ".join(f"{counts[k]} {legend[k][0].lower()}" for k in rank if counts[k])
        parts.append(
            f'<circle cx="{x}" cy="{y}" r="{2.5 + math.sqrt(total):.1f}" fill="{colour}" stroke="#fff" '
            f'stroke-width="0.6"><title>{total} bodies: {escape(said)}</title></circle>'
        )
    return parts


#: above this many bodies the map draws squares of bodies, not each body
BIN_ABOVE = 600


def uk_map(
    points: Sequence[MapPoint], title: str = "Surveyed bodies by answer", cell: float = 20000.0
) -> str:
    """The SVG map; legend counts include every body, drawn or not. Over ``BIN_ABOVE`` bodies, each
    ``cell``-metre square of bodies is one circle (a page stays small whatever the register's size)."""
    placed = [(p, g) for p in points if (g := p.grid()) is not None]
    counts = Counter(p.answer for p in points)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}"><title>{escape(title)}</title>',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#eef4f8"/>',
    ]
    parts += _outline_paths()
    # Draw the answers people look for last so they sit on top.
    order = {key: index for index, key in enumerate(reversed(list(ANSWER_COLOURS)))}
    legend = answers()
    if len(placed) > BIN_ABOVE:
        parts += _binned(placed, cell)
    else:
        parts += [_point(p, g, legend) for p, g in sorted(placed, key=lambda pg: order[pg[0].answer])]
    parts += _legend(counts, len(points) - len(placed), legend)
    parts.append("</svg>")
    return "".join(parts)
