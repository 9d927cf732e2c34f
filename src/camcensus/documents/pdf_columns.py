"""Tables a PDF page sets out in columns without ruled lines, found by where their characters sit.

A table printed without borders (a report exported from an asset register, a letter's table of sites) is
text placed in columns. Its text layer gives it line by line, and worse, in the order it was drawn: a cell
wrapped over two lines is given whole before the next cell's text ("Household Waste Recycling / Centre,
Tolley Lane / 0 8 8 Vista"), so a row no longer reads as a row. Here the page's characters are laid out
again: lines by their baselines, each line's runs of text parted where the gap is wider than a column's
(``CELL_GAP``); a run of lines whose gaps fall in the same places across them (the white channels between
columns) is a table. Its rows are its lines, a line joined to the row above when each of its pieces
carries on a cell that filled its column (a wrapped cell). The table is then a ``pdf_tables.Grid``, read
cell by cell as a ruled table is.
"""

from __future__ import annotations

import ctypes
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import pypdfium2.raw as pdfium_c

from camcensus.documents.pdf_tables import Grid

# a gap wider than this many times the font size parts two cells of a row: a word space is a quarter to half
# of it, a justified line's up to about three quarters
CELL_GAP = 0.8
# inside a table, whose columns are known by the channels through all its lines, a narrower gap will do
WORD_GAP = 0.55
# what stands between two cells of a row read from a text layer or a scan
COLUMN_SEPARATOR = "   "
MAX_CHARS = 20_000  # a page with more characters than this is not laid out again
# a table has at least this many rows of two cells or more: two of three cells or more and two with a figure
# alone in a cell (not two columns of prose set justified), or (a list of two columns) ending in a figure
MIN_ROWS = 3
# a table's lines follow one another within this many times their usual spacing, or their size
MAX_SPACING = 1.8
ROW_SPACING = 2.2
# lines further apart than this many times the closest two of a table are in different rows
PADDED = 1.3
_FIGURE = frozenset("0123456789,.£$%()-/")


@dataclass
class _Run:
    """A stretch of a line's text between two column gaps: its left and right edges."""

    left: float
    right: float
    first_word: float = 0.0  # the width of its first word
    figure: bool = True  # it is a number alone ("214", "1,024", "£48,600"): no figure carries on a cell


@dataclass
class _Line:
    baseline: float
    size: float
    top: float
    bottom: float
    runs: list[_Run] = field(default_factory=list)  # parted at a column's gap
    pieces: list[_Run] = field(default_factory=list)  # parted at any gap wider than a word space


_Char = tuple[float, float, float, float, float, bool, int]


def _chars(textpage: Any) -> list[_Char]:
    """(left, right, baseline, size, bottom, space before, code) of each character that prints."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0 or count > MAX_CHARS:
        return []
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    out = []
    spaced = False
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code <= 32 or code in (0xA0, 0xFFFE, 0xFFFF):
            spaced = True
            continue
        if not pdfium_c.FPDFText_GetCharBox(textpage, i, left, right, bottom, top):
            continue
        if not pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y):
            continue
        size = pdfium_c.FPDFText_GetFontSize(textpage, i)
        if size <= 0:
            continue
        out.append((left.value, right.value, y.value, size, bottom.value, spaced, code))
        spaced = False
    return out


def _lines(chars: list[_Char]) -> list[_Line]:
    """The page's lines, top to bottom: characters on one baseline (a raised footnote mark included),
    each line's pieces parted at gaps wider than a word space, its runs at gaps wider than a column's."""
    lines: list[tuple[float, float, list[_Char]]] = []
    for char in sorted(chars, key=lambda c: -c[2]):
        if lines and abs(lines[-1][0] - char[2]) < 0.5 * max(lines[-1][1], char[3]):
            lines[-1][2].append(char)
        else:
            lines.append((char[2], char[3], [char]))
    out = []
    for baseline, _, members in lines:
        members.sort(key=lambda c: c[0])
        size = statistics.median(c[3] for c in members)
        line = _Line(baseline, size, baseline + 0.9 * size, min(c[4] for c in members))
        in_first_word = False
        for left, right, _, _, _, spaced, code in members:
            piece = line.pieces[-1] if line.pieces else None
            if piece is None or left - piece.right > WORD_GAP * size:
                line.pieces.append(_Run(left, right, right - left, chr(code) in _FIGURE))
                in_first_word = True
                continue
            piece.figure = piece.figure and chr(code) in _FIGURE
            in_first_word = in_first_word and not (spaced or left - piece.right > 0.15 * size)
            piece.right = max(piece.right, right)
            if in_first_word:
                piece.first_word = piece.right - piece.left
        line.runs = _joined(line.pieces, partial(_apart, CELL_GAP * size))
        out.append(line)
    return out


def _apart(gap: float, before: _Run, after: _Run) -> bool:
    return after.left - before.right > gap


def _joined(pieces: list[_Run], apart: Callable[[_Run, _Run], bool]) -> list[_Run]:
    """The pieces of a line joined into runs, but where ``apart`` says two neighbours are in two cells."""
    runs: list[_Run] = []
    for piece in pieces:
        if runs and not apart(runs[-1], piece):
            last = runs[-1]
            runs[-1] = _Run(last.left, piece.right, last.first_word, last.figure and piece.figure)
        else:
            runs.append(replace(piece))
    return runs


def _gaps(lines: list[_Line]) -> list[float]:
    """Where each column after the first begins: the left ends of the white channels that run down through
    every line of two runs or more, where runs of two lines or more begin (not the gaps of one line set
    justified in its cell)."""
    wide = [line for line in lines if len(line.runs) >= 2]
    spans = sorted((r.left, r.right) for line in wide for r in line.pieces)
    starts = []
    reach = spans[0][1]
    for left, right in spans[1:]:
        if left > reach:
            starts.append(left)
        reach = max(reach, right)
    used = [
        sum(any(_column(starts, r) == n for r in line.pieces) for line in wide)
        for n in range(len(starts) + 1)
    ]
    return [s for n, s in enumerate(starts, 1) if used[n] >= 2]


def _column(starts: list[float], run: _Run) -> int | None:
    """The column a run sits in, or None when it crosses a channel."""
    column = sum(1 for s in starts if run.left >= s - 0.5)
    if column < len(starts) and run.right > starts[column]:
        return None
    return column


def _carries_on(row: list[_Line], line: _Line, starts: list[float], widest: dict[int, float]) -> bool:
    """Whether the line carries on cells of the row above that filled their column: it has fewer cells than
    the row's first line, and each of its runs goes on a cell whose last line ends where the run's first
    word would not have fitted (past the furthest any line of the column reaches)."""
    if len(line.runs) >= len(row[0].runs):
        return False
    for run in line.runs:
        column = _column(starts, run)
        above = [r for prev in row for r in prev.runs if _column(starts, r) == column]
        if (
            run.figure
            or column is None
            or not above
            or above[-1].right + 0.3 * line.size + run.first_word < widest[column]
        ):
            return False
    return True


def grids(textpage: Any) -> list[Grid]:
    """The tables a page sets out in columns without ruled lines, as grids of their columns and rows."""
    lines = _lines(_chars(textpage))
    out = []
    start = 0
    while start < len(lines):
        end, table = _table_at(lines, start)
        if table is not None:
            out.append(table)
        start = max(end, start + 1)
    return out


def _block(lines: list[_Line], start: int) -> int:
    """Where the run of lines from ``start`` that may be a table ends: lines of two runs or more, spaced as
    a table's are (no wider apart than twice their size, or than their usual spacing allows), with the
    lines of one run between them or, two at most, after them (a cell wrapped over lines)."""
    end = start + 1
    spacings: list[float] = []
    tail = 0  # the lines of one run since the last of two runs or more
    while end < len(lines):
        spacing = lines[end - 1].baseline - lines[end].baseline
        usual = statistics.median(spacings) if spacings else lines[end].size
        if spacing > max(MAX_SPACING * usual, ROW_SPACING * lines[end].size):
            break
        tail = tail + 1 if len(lines[end].runs) < 2 else 0
        if tail > 2:
            break
        spacings.append(spacing)
        end += 1
    return end


def _rows(block: list[_Line], starts: list[float], widest: dict[int, float]) -> list[list[_Line]]:
    """The block's rows. Where some lines stand further apart than the closest (a table whose cells keep a
    space above and below), rows part there, whichever line of a row its cells are set on; else a line
    joins the row above when it carries on that row's cells."""
    spacings = [a.baseline - b.baseline for a, b in zip(block, block[1:], strict=False)]
    last = max(n for n, line in enumerate(block) if len(line.runs) >= 2)  # (what follows may be prose)
    leading = min(spacings, default=0.0)
    padded = any(s > PADDED * leading for s in spacings[:last])
    rows: list[list[_Line]] = []
    for n, line in enumerate(block):
        if any(_column(starts, run) is None for run in line.runs):
            break  # a line across the columns (a note, a heading): the table ends above it
        if padded:
            same_row = n > 0 and spacings[n - 1] <= PADDED * leading
        else:
            same_row = bool(rows) and _carries_on(rows[-1], line, starts, widest)
        if same_row:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _table_at(lines: list[_Line], start: int) -> tuple[int, Grid | None]:
    """The table whose first row is the line at ``start``, if there is one, and where to look next."""
    if len(lines[start].runs) < 2:
        return start + 1, None
    end = _block(lines, start)
    block = lines[start:end]
    wide = [line for line in block if len(line.runs) >= 2]
    if len(wide) < MIN_ROWS:
        return start + 1, None
    starts = _gaps(block)
    block = [
        replace(line, runs=_joined(line.pieces, lambda a, b: _column(starts, a) != _column(starts, b)))
        for line in block
    ]
    figures = sum(any(r.figure for r in line.runs) for line in block if len(line.runs) >= 2)
    three = sum(len(line.runs) >= 3 for line in wide) >= 2 and len(starts) >= 2 and figures >= 2
    if not (three or sum(line.runs[-1].figure for line in wide) >= MIN_ROWS):
        return start + 1, None
    right = max(r.right for line in block for r in line.runs)
    widest: dict[int, float] = {}
    for line in block:
        for run in line.runs:
            if (column := _column(starts, run)) is not None:
                widest[column] = max(widest.get(column, run.right), run.right)
    rows = _rows(block, starts, widest)
    while rows and len(rows[-1]) == 1 and len(rows[-1][0].runs) < 2:
        rows.pop()
    if sum(any(len(line.runs) >= 2 for line in row) for row in rows) < MIN_ROWS:
        return start + 1, None
    return start + sum(len(row) for row in rows), _grid(rows, starts, right)


def _grid(rows: list[list[_Line]], starts: list[float], right: float) -> Grid:
    left = min(r.left for row in rows for line in row for r in line.runs)
    xs = [left - 1, *(s - 1 for s in starts), right + 1]
    ys = [rows[0][0].top + 1]
    for above, below in zip(rows, rows[1:], strict=False):
        ys.append((above[-1].bottom + below[0].top) / 2)
    ys.append(rows[-1][-1].bottom - 1)
    return Grid(xs, ys, whole=True)
