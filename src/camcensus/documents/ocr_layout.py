"""A scanned page's layout for OCR: the ruled lines cleared before Tesseract reads it, and its words put back
in rows after.

A scanned table loses its figures two ways. Tesseract takes a cell's text beside a ruled line for part of the
drawing and drops it, or reads it as noise ("11" as "nh |"); and it reads a table's columns as blocks of
their own, one after the other, so a count ends up lines away from its site. So the long straight runs of
dark pixels (a table's rules, an underline) are whitened first, and the words Tesseract finds (its TSV
output: each word's box) are laid out again by where they sit: words on one line of the page, whichever
block Tesseract put them in, make one line of text, and a gap wider than a column's parts two cells with
``COLUMN_SEPARATOR``, as in a PDF's text layer. A page scanned a little askew is levelled by the slope of
its own lines of words.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

from camcensus.documents.pdf_columns import COLUMN_SEPARATOR

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PIL.Image import Image

# a run of dark pixels this fraction of the page's longer side or longer is a ruled line, not a letter
RULE_FRACTION = 1 / 35
DARK = 128  # grey level below which a pixel is ink
RULE_MARGIN = 3  # pixels whitened around a rule: its grey, anti-aliased edges
BAND = 256  # rows (or columns) searched for rules at a time
# words on one line sit within this fraction of a line's height of each other, once the page is levelled
SAME_LINE = 0.55
# a gap between two words wider than this many line heights parts two cells
CELL_GAP = 1.6
# a space between two lines taller than this many line heights starts a paragraph
PARAGRAPH_GAP = 2.2
# no word: under this fraction of the usual word's height both ways, over this many times it, or of one or
# two characters read with less confidence than this (of Tesseract's 100)
SPECK = 0.3
BLOT = 3.0
UNSURE = 10.0


def clear_rules(image: Image) -> Image:
    """The greyscale image with its ruled lines (long horizontal or vertical runs of ink) whitened."""
    import numpy as np
    from PIL import Image as PILImage

    pixels = np.asarray(image.convert("L"))
    ink = pixels < DARK
    length = max(16, int(max(pixels.shape) * RULE_FRACTION))
    rules = np.zeros_like(ink)
    for at in range(0, ink.shape[0], BAND):  # in bands: a running sum of a whole page is four bytes a pixel
        rules[at : at + BAND] |= _runs(ink[at : at + BAND], length)
    for at in range(0, ink.shape[1], BAND):
        rules[:, at : at + BAND] |= _runs(ink[:, at : at + BAND].T, length).T
    if not rules.any():
        return image
    for _ in range(RULE_MARGIN):
        grown = rules.copy()
        grown[1:] |= rules[:-1]
        grown[:-1] |= rules[1:]
        grown[:, 1:] |= rules[:, :-1]
        grown[:, :-1] |= rules[:, 1:]
        rules = grown
    cleared = pixels.copy()
    cleared[rules] = 255
    return PILImage.fromarray(cleared)


def _runs(ink: NDArray[np.bool_], length: int) -> NDArray[np.bool_]:
    """The pixels that lie in a horizontal run of at least ``length`` ink pixels (a morphological opening
    by a 1 x length line, in two running sums)."""
    import numpy as np

    width = ink.shape[1]
    if width < length:
        return np.zeros(ink.shape, dtype=bool)
    sums = np.cumsum(np.pad(ink, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    full = (sums[:, length:] - sums[:, :-length]) == length  # the run of `length` from each column is ink
    starts = np.cumsum(np.pad(full, ((0, 0), (1, 0))).astype(np.int32), axis=1)
    column = np.arange(width)
    high = np.minimum(column + 1, full.shape[1])
    low = np.maximum(column - length + 1, 0)
    return (starts[:, high] - starts[:, low]) > 0  # some full run starts within `length` before the pixel


@dataclass(frozen=True)
class Word:
    line: tuple[int, int, int]  # Tesseract's block, paragraph and line
    left: int
    top: int
    width: int
    height: int
    text: str
    confidence: float = 100.0


def words(tsv: str) -> list[Word]:
    """The words of Tesseract's TSV output (level 5 rows with text), less what is no word: a speck of dirt
    (a dot or a digit a few pixels across), a blot over several lines, and a letter or two Tesseract
    itself does not believe in (a scan's noise read as "a" or "he", which laid out in rows would stand
    before a real answer's "No")."""
    found = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            block, par, line, left, top, width, height = (int(c) for c in (*cells[2:5], *cells[6:10]))
            confidence = float(cells[10])
        except ValueError:
            continue
        found.append(Word((block, par, line), left, top, width, height, cells[11].strip(), confidence))
    if not found:
        return found
    tall = statistics.median(w.height for w in found)
    return [
        w
        for w in found
        if not (w.height < SPECK * tall and w.width < SPECK * tall)
        and w.height <= BLOT * tall
        and not (len(w.text) <= 2 and w.confidence < UNSURE)
    ]


def page_text(tsv: str) -> str:
    """The text of a page read by Tesseract (its TSV output), laid out in rows by where its words sit."""
    found = words(tsv)
    if not found:
        return ""
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for word in found:
        by_line.setdefault(word.line, []).append(word)
    slope = _slope(list(by_line.values()))
    tall = [w.height for w in found if w.text.isalpha() and len(w.text) > 2] or [w.height for w in found]
    height = statistics.median(tall)
    placed = sorted(
        (
            (statistics.median(w.top + w.height / 2 - slope * (w.left + w.width / 2) for w in line), line)
            for line in by_line.values()
        ),
        key=lambda middle_line: middle_line[0],
    )
    rows: list[tuple[float, list[Word]]] = []
    for middle, line in placed:
        if rows and abs(middle - rows[-1][0]) < SAME_LINE * height:
            rows[-1][1].extend(line)
        else:
            rows.append((middle, list(line)))
    out: list[str] = []
    for index, (middle, row) in enumerate(rows):
        if index and middle - rows[index - 1][0] > PARAGRAPH_GAP * height:
            out.append("")
        out.append(_row_text(sorted(row, key=lambda w: w.left), height))
    return "\n".join(out)


def _row_text(row: list[Word], height: float) -> str:
    parts = [row[0].text]
    for before, word in zip(row, row[1:], strict=False):
        gap = word.left - (before.left + before.width)
        parts.append(COLUMN_SEPARATOR if gap > CELL_GAP * height else " ")
        parts.append(word.text)
    return "".join(parts)


def _slope(lines: list[list[Word]]) -> float:
    """How far the page's lines fall per pixel across: the median over its long lines of the fall from
    their left half's words to their right half's."""
    slopes = []
    for line in lines:
        if len(line) < 3:
            continue
        line = sorted(line, key=lambda w: w.left)
        half = len(line) // 2
        xs = [w.left + w.width / 2 for w in line]
        ys = [w.top + w.height for w in line]  # the words' feet: nearer the baseline than their middles
        across = statistics.median(xs[half:]) - statistics.median(xs[:half])
        if across > 100:
            slopes.append((statistics.median(ys[half:]) - statistics.median(ys[:half])) / across)
    return statistics.median(slopes) if slopes else 0.0
