"""Tables drawn with ruled lines on a PDF page, read cell by cell.

A PDF has no tables, only characters placed on the page and lines drawn around them. The text layer gives
the characters line by line across the page, so a cell whose text wraps ("Ashcombe General Hospital - Main
/ Block incl. Emergency Department") is cut into pieces that fall among the next cells' text, and a row
no longer reads as a row. Where the page draws a grid (the horizontal and vertical rules that a word
processor or a spreadsheet prints around its cells), each character belongs to the cell whose rules
enclose it: the table is read as rows of whole cells ("cell | cell | cell"), the form a Word table takes,
and the rest of the page as its text layer gives it. A table drawn without rules is found by its columns
(``camcensus.documents.pdf_columns``) and read here the same way.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from camcensus.documents.office import row_text

# a rule is a path object thinner than this (points) one way and longer than MIN_RULE the other
THIN = 2.5
MIN_RULE = 4.0
# rules whose positions differ by less than this (points) are one line of the grid
NEAR = 2.0
MAX_RULES = 2000  # a page drawn with more objects than this (a chart, a map) is not read for tables
MAX_SEGMENTS = 400  # a path of more segments than this is a drawing, not a table's rules
PADDING = 7.0  # the space a cell keeps inside its rules (points)


@dataclass
class Rule:
    horizontal: bool
    at: float  # y of a horizontal rule, x of a vertical one
    low: float  # its extent along the other axis
    high: float


@dataclass
class Grid:
    """One ruled table: its column edges (left to right) and row edges (top to bottom, PDF y falls)."""

    xs: list[float]
    ys: list[float]
    verticals: list[Rule] = field(default_factory=list)
    horizontals: list[Rule] = field(default_factory=list)
    whole: bool = False  # no cell is merged over others and no edge is drawn (a table found by its columns)

    def cell(self, x: float, y: float) -> tuple[int, int] | None:
        """The (row, column) of the cell holding the point, or None outside the table."""
        if not (self.xs[0] - NEAR < x < self.xs[-1] + NEAR and self.ys[-1] - NEAR < y < self.ys[0] + NEAR):
            return None
        row = next((i for i in range(len(self.ys) - 1) if y >= self.ys[i + 1]), len(self.ys) - 2)
        if self.whole:
            return row, sum(1 for e in self.xs[1:-1] if x > e)
        while row and not any(
            abs(h.at - self.ys[row]) < NEAR and h.low < x < h.high for h in self.horizontals
        ):
            row -= 1  # no rule above it here: a cell merged down over rows, read as its top row
        column = sum(1 for e in self.xs[1:-1] if x > e)
        while column and not any(
            abs(v.at - self.xs[column]) < NEAR and v.low < y < v.high for v in self.verticals
        ):
            column -= 1  # no rule to its left here: a cell merged across columns, read as its first
        return row, column

    def right_edge(self, row: int, column: int) -> float:
        """Where the cell ends: the next column edge drawn across its row. Where none is drawn, nowhere a line
        could end short of: a cell's lines are taken as wrapped."""
        if self.whole:
            return -math.inf
        mid = (self.ys[row] + self.ys[row + 1]) / 2
        drawn = (
            e
            for e in self.xs[column + 1 :]
            if any(abs(v.at - e) < NEAR and v.low < mid < v.high for v in self.verticals)
        )
        return next(drawn, self.xs[-1])


def _rules(page: Any) -> list[Rule]:
    """The page's straight horizontal and vertical strokes: a line drawn, a thin filled bar, or an edge of
    a rectangle (a cell's border drawn as a box), on the page's own axes."""
    count = pdfium_c.FPDFPage_CountObjects(page)
    if count > MAX_RULES:
        return []
    out: list[Rule] = []
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        segments = pdfium_c.FPDFPath_CountSegments(obj)
        if not 0 < segments <= MAX_SEGMENTS or not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        start = previous = None
        for k in range(segments):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
            if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                continue
            point = (
                matrix.a * x.value + matrix.c * y.value + matrix.e,
                matrix.b * x.value + matrix.d * y.value + matrix.f,
            )
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
                _stroke(out, previous, point)
                if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
                    _stroke(out, point, start)
            previous = point
        if len(out) > MAX_RULES:
            return []  # a drawing, not a table (and its rules would be too many to pair up)
    return out


def _stroke(out: list[Rule], a: tuple[float, float], b: tuple[float, float]) -> None:
    dx, dy = abs(a[0] - b[0]), abs(a[1] - b[1])
    if dy < THIN and dx > MIN_RULE:
        out.append(Rule(True, (a[1] + b[1]) / 2, min(a[0], b[0]), max(a[0], b[0])))
    elif dx < THIN and dy > MIN_RULE:
        out.append(Rule(False, (a[0] + b[0]) / 2, min(a[1], b[1]), max(a[1], b[1])))


def _touch(h: Rule, v: Rule) -> bool:
    return h.low - NEAR <= v.at <= h.high + NEAR and v.low - NEAR <= h.at <= v.high + NEAR


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > NEAR:
            out.append(value)
    return out


def grids(page: Any) -> list[Grid]:
    """The ruled tables of a page: groups of horizontal and vertical rules that cross one another, with at
    least two columns and two rows."""
    rules = _rules(page)
    hs = [r for r in rules if r.horizontal]
    vs = [r for r in rules if not r.horizontal]
    if len(hs) < 3 or len(vs) < 3:
        return []
    parent = list(range(len(hs) + len(vs)))  # the horizontal rules, then the vertical ones

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        for j, v in enumerate(vs, start=len(hs)):
            if _touch(h, v):
                parent[find(i)] = find(j)
    groups: dict[int, list[Rule]] = {}
    for n, rule in enumerate(hs + vs):
        groups.setdefault(find(n), []).append(rule)
    out = []
    for members in groups.values():
        xs = _edges([r.at for r in members if not r.horizontal])
        ys = _edges([r.at for r in members if r.horizontal])[::-1]
        if len(xs) >= 3 and len(ys) >= 3:
            out.append(
                Grid(xs, ys, [r for r in members if not r.horizontal], [r for r in members if r.horizontal])
            )
    return sorted(out, key=lambda g: -g.ys[0])


@dataclass
class _Cell:
    """A cell's characters, line by line, with their left and right edges, and where the cell ends."""

    right_edge: float
    lines: list[list[tuple[str, float, float]]] = field(default_factory=list)
    size: float = 0.0

    def add(self, char: str, left: float, right: float, size: float, spaced: bool) -> None:
        if not self.lines or left < self.lines[-1][-1][1] - 1:  # back to the left: the cell's next line
            self.lines.append([])
        elif spaced:
            self.lines[-1].append((" ", left, left))
        self.lines[-1].append((char, left, right))
        self.size = max(self.size, size)

    def text(self) -> str:
        """The cell's lines, a wrapped line joined to the one before by a space; a line broken short of the
        cell's edge (where the next word would have fitted) ends a sentence, as a Word cell's paragraph."""
        out = ""
        for n, line in enumerate(self.lines):
            words = "".join(c for c, _, _ in line).strip()
            if n and out:
                before = self.lines[n - 1]
                if _broken_word(before, words, self.right_edge, self.size):
                    out += words
                    continue
                first = line[: next((k for k, (c, _, _) in enumerate(line) if c == " "), len(line))]
                width = first[-1][2] - first[0][1]
                # (glyph boxes are tighter than the widths a line is set by: a margin of a space and a sixth)
                fitted = before[-1][2] + 1.15 * width + self.size + 2 * PADDING < self.right_edge
                out += ". " if fitted and out[-1] not in ".!?:;,-\u2013" else " "
            out += words
        return " ".join(out.split())


# the short words a cell's line may open with after a word that filled the line before
_SHORT_WORDS = frozenset(
    """
    a an as at be by do go if in is it no of on or so to up we and are but can car for
    its may nor not off one out per the two van via was who yes
    """.split()  # noqa: SIM905 - a list of words, kept readable
)


def _broken_word(before: list[tuple[str, float, float]], after: str, edge: float, size: float) -> bool:
    """One word wider than its cell, broken where it met the cell's edge ("Brooksid" over "e", "capa" over
    "ble fixed"): the line before is that word alone, filling the line, and this line opens with the rest
    of it, a few letters in lower case that are no word of their own."""
    tail = after.split(" ", 1)[0]
    alone = all(c != " " for c, _, _ in before) and before[-1][2] + size + PADDING > edge
    return alone and 0 < len(tail) <= 3 and tail.isalpha() and tail.islower() and tail not in _SHORT_WORDS


_Box = tuple[ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_double]


def _place(
    textpage: Any, index: int, tables: list[Grid], box: _Box
) -> tuple[int, int, int, float, float, float] | None:
    """(table, row, column, left, right, height) of the character at ``index``, or None when it is outside
    every table; ``box``: the page's place to read a character's box into, made once for all of them."""
    left, right, bottom, top = box
    if not pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top):
        return None
    x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
    for n, grid in enumerate(tables):
        where = grid.cell(x, y)
        if where is not None:
            return (n, *where, left.value, right.value, top.value - bottom.value)
    return None


@dataclass
class Rows:
    """A table's rows as read, and its column edges (a table run on from the page before has the same)."""

    lines: list[str]
    xs: list[float]

    def continues(self, before: Rows | None) -> bool:
        return (
            before is not None
            and len(before.xs) == len(self.xs)
            and all(abs(a - b) < 2 * NEAR for a, b in zip(before.xs, self.xs, strict=True))
        )


def table_text(
    textpage: Any, text: str, start: int, tables: list[Grid], plain: Callable[[str, int], str]
) -> list[str | Rows]:
    """The page in reading order: the stretches of its text outside the ruled tables (each as
    ``plain(piece, offset)`` gives it) and, where each table begins, its rows ("cell | cell | cell")."""
    cells: list[dict[tuple[int, int], _Cell]] = [{} for _ in tables]
    pieces: list[str | int] = []  # the stretches of text outside the tables, and the tables, in order
    run = 0  # where the current stretch outside the tables began
    current: int | None = None  # the table of the last character read, while inside one
    gap = False  # a space or a line break since the last character
    box = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
    for i, char in enumerate(text):
        if char.isspace():
            gap = True
            continue
        index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, start + i)
        where = _place(textpage, index, tables, box) if index >= 0 else None
        if where is None:
            if current is not None:
                run, current = i, None
            gap = False
            continue
        table, row, column, left, right, height = where
        if current is None:
            pieces.append(plain(text[run:i], start + run))
        if table != current and table not in pieces:  # (a table beside another: each has its place)
            pieces.append(table)
        cell = cells[table].get((row, column))
        if cell is None:
            cell = cells[table][(row, column)] = _Cell(tables[table].right_edge(row, column))
        cell.add(char, left, right, height, gap)
        current, gap = table, False
    if current is None:
        pieces.append(plain(text[run:], start + run))
    return [
        piece if isinstance(piece, str) else Rows(_row_lines(cells[piece]), tables[piece].xs)
        for piece in pieces
    ]


def _row_lines(cells: dict[tuple[int, int], _Cell]) -> list[str]:
    """The table's rows, each its cells' text in column order ("Site | Internal cameras | ...")."""
    out = []
    for row in sorted({r for r, _ in cells}):
        width = max(c for r, c in cells if r == row) + 1
        line = row_text(cells[(row, c)].text() if (row, c) in cells else "" for c in range(width))
        if line:
            out.append(line)
    return out
