"""SVG charts drawn by hand: horizontal share bars with 95% interval whiskers and non-response bounds.

Every bar is labelled "k of n" with its percentage; no scripts, no external requests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys

WIDTH = 760
LABEL_W = 250
PLOT_W = 360
ROW_H = 30
TOP = 30
COLOURS = {ANY_CONCERN: "#7b241c", "default": "#34495e"}
#: One colour per vendor of concern, in the vendor catalogue's order.
VENDOR_PALETTE = ("#b03a2e", "#d35400", "#7d3c98", "#1e8449", "#b7950b")


def vendor_colour(key: str) -> str:
    """The colour of a vendor's figures (a vendor of concern by its place in the register, or ``either``)."""
    if key in COLOURS:
        return COLOURS[key]
    keys = concern_keys()
    return VENDOR_PALETTE[keys.index(key) % len(VENDOR_PALETTE)] if key in keys else COLOURS["default"]


@dataclass(frozen=True)
class Bar:
    label: str
    k: int
    n: int
    ci95: tuple[float, float] | None = None
    bounds: tuple[float, float] | None = None
    colour: str = COLOURS["default"]
    share_value: float | None = None  # an estimate's share, when it is not k / n (a weighted estimate)
    note: str | None = None  # the text beside the bar, when it is not "k of n (share)"

    @property
    def share(self) -> float | None:
        if self.share_value is not None:
            return self.share_value
        return self.k / self.n if self.n else None


#: Average width of a character of the 12 px sans-serif labels, in px (generous, so labels never clip).
CHAR_W = 6.8
LABEL_CHARS = int((LABEL_W - 12) / CHAR_W)


def label_lines(label: str, chars: int = LABEL_CHARS) -> list[str]:
    """A label in at most two lines that fit the label column; a longer one is cut with an ellipsis."""
    if len(label) <= chars:
        return [label]
    words, lines, line = label.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    if len(lines) > 2 or any(len(part) > chars for part in lines):
        second = " ".join(lines[1:])
        lines = [lines[0][:chars], second if len(second) <= chars else second[: chars - 1] + "…"]
    return lines


def pct(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value * 100:.{digits}f}%"


def _x(value: float) -> float:
    return round(LABEL_W + PLOT_W * max(0.0, min(1.0, value)), 1)


def _axis(height: int) -> list[str]:
    parts = []
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = _x(tick)
        parts.append(f'<line x1="{x}" y1="{TOP - 6}" x2="{x}" y2="{height - 4}" stroke="#ddd"/>')
        parts.append(
            f'<text x="{x}" y="{TOP - 10}" font-size="11" text-anchor="middle" fill="#555">'
            f"{int(tick * 100)}%</text>"
        )
    return parts


def _bar(bar: Bar, y: float) -> list[str]:
    mid = y + ROW_H / 2
    lines = label_lines(bar.label)
    first = mid + 4 - 6.5 * (len(lines) - 1)
    spans = "".join(
        f'<tspan x="{LABEL_W - 8}" y="{first + 13 * i}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    parts = [f'<text font-size="12" text-anchor="end"><title>{escape(bar.label)}</title>{spans}</text>']
    if bar.bounds is not None:
        lo, hi = bar.bounds
        parts.append(
            f'<rect x="{_x(lo)}" y="{y + 3}" width="{max(_x(hi) - _x(lo), 1)}" height="{ROW_H - 6}" '
            f'fill="#f2d7d5" opacity="0.7"><title>if non-disclosers were all no / all yes: '
            f"{pct(lo)} to {pct(hi)}</title></rect>"
        )
    if bar.share is not None:
        width = round(_x(bar.share) - LABEL_W, 1)
        parts.append(
            f'<rect x="{LABEL_W}" y="{y + 8}" width="{width}" height="{ROW_H - 16}" fill="{bar.colour}"/>'
        )
    if bar.ci95 is not None and bar.n:
        lo, hi = bar.ci95
        parts += [
            _line(_x(lo), mid, _x(hi), mid),
            _line(_x(lo), mid - 6, _x(lo), mid + 6),
            _line(_x(hi), mid - 6, _x(hi), mid + 6),
        ]
    text = f"{bar.k} of {bar.n} ({pct(bar.share)})" if bar.n else f"{bar.k} of {bar.n} (no answers)"
    text = bar.note or text
    parts.append(f'<text x="{LABEL_W + PLOT_W + 10}" y="{mid + 4}" font-size="12">{escape(text)}</text>')
    return parts


def _line(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#111" stroke-width="1.5"/>'


def share_chart(bars: Sequence[Bar], title: str, legend: bool = True) -> str:
    """A horizontal bar chart of shares, with 95% interval whiskers and (shaded) non-response bounds."""
    height = TOP + ROW_H * max(len(bars), 1) + (34 if legend else 8)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" font-family="sans-serif">'
        f"<title>{escape(title)}</title>"
    ]
    parts += _axis(TOP + ROW_H * len(bars))
    for index, bar in enumerate(bars):
        parts += _bar(bar, TOP + index * ROW_H)
    if not bars:
        parts.append(f'<text x="{LABEL_W}" y="{TOP + 18}" font-size="12" fill="#555">No bodies yet.</text>')
    if legend:
        parts.append(_legend(height - 14))
    parts.append("</svg>")
    return "".join(parts)


def _legend(y: float) -> str:
    return (
        f'<g font-size="11" fill="#333"><rect x="10" y="{y - 9}" width="14" height="10" fill="#7b241c"/>'
        f'<text x="28" y="{y}">share of bodies that disclosed (k of n)</text>'
        f'<line x1="260" y1="{y - 4}" x2="284" y2="{y - 4}" stroke="#111" stroke-width="1.5"/>'
        f'<text x="290" y="{y}">95% interval</text>'
        f'<rect x="380" y="{y - 9}" width="14" height="10" fill="#f2d7d5"/>'
        f'<text x="398" y="{y}">range if every non-discloser were a no / a yes</text></g>'
    )
