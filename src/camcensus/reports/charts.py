"""SVG charts drawn by hand: horizontal share bars with 95% interval whiskers and non-response bounds.

Every bar is labelled "k of n" with its percentage; no scripts, no external requests. Each chart is drawn
twice: a wide layout (labels beside the bars, 760 px) and a narrow one for phones (each label on its own line
above its bar, 360 px, so that its text keeps its size on a 390 px screen). The page's style sheet shows one:
the narrow one on a screen narrower than `NARROW_BELOW` px, the wide one otherwise and in print (`CSS` below,
in the report's and the web app's style sheets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys

WIDTH = 760
#: Below this width of screen the narrow layout is shown; the two class names the style sheets use.
NARROW_BELOW = 640
CSS = (
    "svg.chart-narrow { display: none; }\n"
    f"@media screen and (max-width: {NARROW_BELOW}px) {{\n"
    "  svg.chart-wide { display: none; } svg.chart-narrow { display: block; width: 100%; }\n}"
)
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
    parts += _marks(bar, _x, y + 3, ROW_H - 6, inset=5, whisker=6)
    parts.append(
        f'<text x="{LABEL_W + PLOT_W + 10}" y="{mid + 4}" font-size="12">{escape(bar_text(bar))}</text>'
    )
    return parts


def _marks(
    bar: Bar, x: Callable[[float], float], top: float, band: float, inset: float, whisker: float
) -> list[str]:
    """A bar's marks in a band of the plot (``x`` places a share): the shaded non-response bounds across the
    band, the share as a bar ``inset`` within it, and the 95% interval as a whisker through its middle."""
    parts = []
    mid = top + band / 2
    if bar.bounds is not None:
        lo, hi = bar.bounds
        parts.append(
            f'<rect x="{x(lo)}" y="{top}" width="{max(round(x(hi) - x(lo), 1), 1)}" height="{band}" '
            f'fill="#f2d7d5" opacity="0.7"><title>if non-disclosers were all no / all yes: '
            f"{pct(lo)} to {pct(hi)}</title></rect>"
        )
    if bar.share is not None:
        left = x(0.0)
        parts.append(
            f'<rect x="{left}" y="{top + inset}" width="{round(x(bar.share) - left, 1)}" '
            f'height="{band - 2 * inset}" fill="{bar.colour}"/>'
        )
    if bar.ci95 is not None and bar.n:
        lo, hi = bar.ci95
        parts += [
            _line(x(lo), mid, x(hi), mid),
            _line(x(lo), mid - whisker, x(lo), mid + whisker),
            _line(x(hi), mid - whisker, x(hi), mid + whisker),
        ]
    return parts


def _line(x1: float, y1: float, x2: float, y2: float) -> str:
    return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#111" stroke-width="1.5"/>'


def share_chart(bars: Sequence[Bar], title: str, legend: bool = True) -> str:
    """A horizontal bar chart of shares, with 95% interval whiskers and (shaded) non-response bounds: the wide
    layout, then the narrow one; the style sheet shows one."""
    return wide_chart(bars, title, legend) + narrow_chart(bars, title, legend)


def _open(width: int, height: int, layout: str, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{layout}" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-family="sans-serif">'
        f"<title>{escape(title)}</title>"
    )


def bar_text(bar: Bar) -> str:
    """What a bar says beside it: "k of n (share)", or its own note."""
    text = f"{bar.k} of {bar.n} ({pct(bar.share)})" if bar.n else f"{bar.k} of {bar.n} (no answers)"
    return bar.note or text


def wide_chart(bars: Sequence[Bar], title: str, legend: bool = True) -> str:
    """Labels in a column beside the bars: for a page at least `NARROW_BELOW` px wide, and print."""
    height = TOP + ROW_H * max(len(bars), 1) + (34 if legend else 8)
    parts = [_open(WIDTH, height, "wide", title)]
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


#: The narrow layout: 360 px wide; the plot spans it, inset so that the end ticks' labels fit.
NARROW_W = 360
N_LEFT, N_PLOT = 16, 328
N_TOP = 24
N_LINE = 15  # a label line, 13 px text
N_BAND = 18  # the bar's band
N_GAP = 12
#: Average width of a character of the 13 px labels and of the 12 px figures, in px (generous).
N_LABEL_CHAR, N_TEXT_CHAR = 7.4, 6.8


def _nx(value: float) -> float:
    return round(N_LEFT + N_PLOT * max(0.0, min(1.0, value)), 1)


def _narrow_lines(bar: Bar) -> list[str]:
    """The label's lines: the first shares its line with the figure, set right; the second has the width."""
    room = NARROW_W - 8 - len(bar_text(bar)) * N_TEXT_CHAR - 10
    first = max(int(room / N_LABEL_CHAR), 8)
    if len(bar.label) <= first:
        return [bar.label]
    head, _, rest = bar.label[: first + 1].rpartition(" ")
    head = head or bar.label[:first]
    tail = bar.label[len(head) :].strip()
    full = int((NARROW_W - 8) / N_LABEL_CHAR)
    return [head, tail if len(tail) <= full else tail[: full - 1] + "…"]


def _narrow_bar(bar: Bar, y: float, lines: list[str]) -> list[str]:
    """One row: the label (one or two lines) with the figure set right on its first line, then the bar."""
    spans = "".join(
        f'<tspan x="4" y="{y + 13 + N_LINE * i}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    parts = [
        f'<text font-size="13" fill="#1b1b1b"><title>{escape(bar.label)}</title>{spans}</text>',
        f'<text x="{NARROW_W - 4}" y="{y + 13}" font-size="12" text-anchor="end" font-weight="bold">'
        f"{escape(bar_text(bar))}</text>",
    ]
    top = y + 4 + N_LINE * len(lines)
    parts += [
        f'<line x1="{_nx(t)}" y1="{top}" x2="{_nx(t)}" y2="{top + N_BAND}" stroke="#ddd"/>'
        for t in (0.0, 0.25, 0.5, 0.75, 1.0)
    ]
    return parts + _marks(bar, _nx, top, N_BAND, inset=4, whisker=5)


def _narrow_legend(y: float) -> str:
    """The legend's three keys, one to a line."""
    return (
        f'<g font-size="12" fill="#333"><rect x="4" y="{y - 10}" width="14" height="10" fill="#7b241c"/>'
        f'<text x="24" y="{y}">share of bodies that disclosed (k of n)</text>'
        f'<line x1="4" y1="{y + 13}" x2="18" y2="{y + 13}" stroke="#111" stroke-width="1.5"/>'
        f'<text x="24" y="{y + 18}">95% interval</text>'
        f'<rect x="4" y="{y + 26}" width="14" height="10" fill="#f2d7d5"/>'
        f'<text x="24" y="{y + 36}">range if every non-discloser were a no / a yes</text></g>'
    )


def _narrow_ticks(y: int) -> list[str]:
    return [
        f'<text x="{_nx(t)}" y="{y}" font-size="11" text-anchor="middle" fill="#555">{int(t * 100)}%</text>'
        for t in (0.0, 0.25, 0.5, 0.75, 1.0)
    ]


#: A narrow chart longer than this many bars repeats its scale beneath them, where a phone's reader is.
TICKS_BELOW = 6


def narrow_chart(bars: Sequence[Bar], title: str, legend: bool = True) -> str:
    """Each label above its bar and the figure at the right of the label: for a phone's width."""
    rows = [_narrow_lines(bar) for bar in bars]
    heights = [4 + N_LINE * len(lines) + N_BAND + N_GAP for lines in rows]
    body = N_TOP + sum(heights) if bars else N_TOP + 26
    below = 16 if len(bars) > TICKS_BELOW else 0
    height = body + below + (50 if legend else 4)
    parts = [_open(NARROW_W, height, "narrow", title), *_narrow_ticks(N_TOP - 10)]
    y = float(N_TOP)
    for bar, lines, row_height in zip(bars, rows, heights, strict=True):
        parts += _narrow_bar(bar, y, lines)
        y += row_height
    if below:
        parts += _narrow_ticks(body + 2)
    if not bars:
        parts.append(f'<text x="4" y="{N_TOP + 16}" font-size="13" fill="#555">No bodies yet.</text>')
    if legend:
        parts.append(_narrow_legend(body + below + 10))
    parts.append("</svg>")
    return "".join(parts)
