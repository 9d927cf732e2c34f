"""The cells of a reply's tables: rows grouped into tables, each row cut into cells (a sheet's row keeps
its empty cells in place), and the shapes of a table's columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from camcensus.evidence.count_rows import is_total_row
from camcensus.evidence.line_shapes import ends_sentence
from camcensus.evidence.phrases import joined
from camcensus.evidence.text import CELL_SPLIT, LOOSE_ROW, YEAR, could_be_row
from camcensus.evidence.zones import ANSWER, Line
from camcensus.knowledge.vendors import VendorMention, find_vendor_mentions, resolve_brand
from camcensus.memo import text_memo

_SEPARATOR = re.compile(r"^\s*\|\s*|\s*\|\s*$|" + CELL_SPLIT.pattern)  # and a bar that opens or ends a row
# a status that says a row's cameras are gone ("Removed") or not there yet ("Planned"): tables.toml's lists
PAST_STATUS = re.compile(joined("tables", "past_status"), re.IGNORECASE)
PLANNED_STATUS = re.compile(r"\b(?:" + joined("tables", "planned_status") + r")\b", re.IGNORECASE)


def sheet_of_other_time(sheet: str | None) -> bool:
    """A sheet named for cameras planned or gone ("Planned installs", "Removed 2023"): none in use now."""
    return bool(sheet and (PLANNED_STATUS.search(sheet) or PAST_STATUS.search(sheet)))


@dataclass
class Table:
    rows: list[Line] = field(default_factory=list)


def after_questions(table: Table) -> Table | None:
    """A table whose rows each answer another of the request's questions holds questions and answers, no
    data; a table may follow them on a sheet ("Q4 | | ..." over "Estate | No. cameras"): that one, or None."""
    if len({id(r.question) for r in table.rows if r.question is not None and r.question.asked}) < 2:
        return table
    numbered = [i for i, r in enumerate(table.rows) if r.number is not None]
    rest = Table(table.rows[numbered[-1] + 1 :] if numbered else [])
    return rest if len(rest.rows) >= 2 else _run_of_one(table)


def _run_of_one(table: Table) -> Table | None:
    """A header over rows of which several answer one question ("Question | Item | Manufacturer | Quantity",
    then "Q1-Q2 | BWV camera | Axon | Body 3 | 1842" ...): the header and those rows, a table of data."""
    head, rows = table.rows[0], table.rows[1:]
    if head.question is not None or not rows:
        return None
    run = [r for r in rows if r.question is rows[0].question]
    if len(run) < 2 or rows[: len(run)] != run:
        return None
    return Table([head, *run])


def cells(line: Line) -> list[tuple[int, int]]:
    """Cell spans (absolute offsets in the segment) of a row; a sheet's row whose first cell is empty
    (" | Wards & corridors | 61") keeps that cell, empty, so that its columns stay in place."""
    if line.segment.row is not None and " | " in line.text:  # a sheet's or a document table's row: its
        return [(line.start + a, line.start + b) for a, b in _bar_cells(line.text)]  # empty cells kept
    ruled = _ruled_cells(line.segment.text, line.start, line.end)
    if ruled is not None:
        return ruled
    spans = cell_spans(line.text)
    narrow = _narrow_header(line.segment.text, line.start, line.end, len(spans)) if len(spans) >= 2 else None
    return [(line.start + a, line.start + b) for a, b in narrow or spans]


_WORDS_RUN = re.compile(r"\S+(?: \S+)*")  # words one space apart: a cell, where cells are two apart


def _narrow_header(text: str, start: int, end: int, width: int) -> tuple[tuple[int, int], ...] | None:
    """A fixed-width table's header whose columns are two spaces apart ("Internal  External  Camera brand"
    over rows three or more apart): its cells cut at every such gap, where that gives it as many cells as
    the row below has; None otherwise."""
    line = text[start:end]
    if "\n" in line or re.search(r"\d", line):
        return None
    below_end = text.find("\n", end + 1)
    below = len(cell_spans(text[end + 1 : below_end if below_end >= 0 else len(text)]))
    found = tuple(m.span() for m in _WORDS_RUN.finditer(line))
    return found if below > width and len(found) == below else None


# a rule of dashes under a fixed-width table's header, one run per column ("--------  ------  ----")
_RULER = re.compile(r"^[ \t]*-{2,}(?:[ \t]+-{2,}){2,}[ \t]*$", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*(?:\n|$)")


@text_memo
def _rulers(text: str) -> tuple[tuple[int, int, tuple[int, ...]], ...]:
    """Each fixed-width table of a text: (where its header starts, where its rows end, its columns' starts
    counted from the start of a line), the rows running on to the first blank line."""
    found = []
    for m in _RULER.finditer(text):
        head = text.rfind("\n", 0, max(m.start() - 1, 0)) + 1
        blank = _BLANK_LINE.search(text, m.end())
        columns = tuple(r.start() for r in re.finditer(r"-+", m.group(0)))
        found.append((head, blank.start() if blank else len(text), columns))
    return tuple(found)


def _ruled_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """A line of a fixed-width table cut at its rule's columns ("Site ref  Location  Year inst." over
    "--------  --------  ----------", its cells two spaces apart); None when the line is in no such table
    or does not keep to its columns (a character where a column starts after another's)."""
    for head, stop, columns in _rulers(text):
        if not head <= start < stop or end > stop + 1:
            continue
        line = text[start:end]
        if any(0 < c <= len(line) and not line[c - 1].isspace() for c in columns):
            return None  # its cells are not where the rule puts them
        out = []
        for a, b in zip(columns, (*columns[1:], len(line)), strict=True):
            chunk = line[a:b] if a < len(line) else ""
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                out.append((start + a + lead, start + a + len(chunk.rstrip())))
        return out if len(out) >= 2 else None
    return None


def _bar_cells(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())) if part.strip() else (pos, pos))
        pos += len(part) + 1
    return out


@text_memo
def cell_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Cell spans of a row's text, each without its surrounding spaces; a row whose number lost its gap
    ("Hanwha Vision (formerly Samsung) 204") is a label and a number."""
    spans, pos = [], 0
    for m in _SEPARATOR.finditer(text) if could_be_row(text) else ():
        if text[pos : m.start()].strip():  # not the indent before the first cell
            spans.append((pos, m.start()))
        pos = m.end()
    loose = LOOSE_ROW.match(text) if not spans else None
    if loose:
        spans.append((0, loose.end("label")))
        pos = loose.start("num")
    spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        chunk = text[a:b]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            start, end = a + lead, a + len(chunk.rstrip())
            narrow = _NARROW_NUMBER.search(text, start, end) if len(spans) >= 2 else None
            if narrow:  # "Hallbrook Science Park (Blocks A-C)  24": a long label ate the number's gap
                out.extend([(start, narrow.start()), (narrow.start("num"), end)])
            else:
                out.append((start, end))
    return tuple(out)


# two spaces, or one after a closing bracket ("Car parks (Bridgford Road, Central Ave) 12"): a name's own
# number ("Block 12") follows a word, never a bracket
_NARROW_NUMBER = re.compile(r"(?:(?<=\S)\s\s|(?<=\))\s)(?P<num>\d{1,3}(?:,\d{3})*|\d+)$")


_PAGE_FURNITURE = re.compile(joined("tables", "page_furniture"), re.IGNORECASE)


def groups(lines: list[Line]) -> list[Table]:
    tables, current = [], Table()
    between = _between_rows(lines)
    for n, line in enumerate(lines):
        ruled = _BARRED.match(line.text) or RULE.fullmatch(line.text)
        if current.rows and (_PAGE_FURNITURE.search(line.text) or n in between):
            continue  # "FOI Response   Page 2": a page's header, where a table runs on over a page break
        wrapped = line.text.count(")") > line.text.count("(")  # "Estates Project 7)": a cell's wrapped end
        indented = _INDENTED.match(line.text) is not None and not ends_sentence(line.text)
        indented = indented and not re.search(r"\d\W*$", line.text)  # (not "    External PTZ - 2": a row)
        wrapped = wrapped or indented  # "  (monitored from the control room)": a label's words run on
        # "Community health hubs (Aldby, Fell Street,": a label that runs on to the row holding its figure
        wrapped = wrapped or (line.text.count("(") > line.text.count(")") and len(line.text.strip()) < 80)
        same = _same_table(current.rows[-1], line) if current.rows else None
        if same is False:  # another sheet's (or Word table's) rows: another table
            if len(current.rows) >= 2:
                tables.append(current)
            current = Table()
        # a row of one cell ("Council car parks") heading rows, not a sentence ("No Dahua is in use.")
        heading = bool(same) and len(line.text) < 80 and not ends_sentence(line.text)
        spans = cells(line) if line.zone == ANSWER else []
        if (
            line.zone == ANSWER
            and (not _wrapped_prose(line, spans) or bool(current.rows and wrapped))
            and (len(spans) >= 2 or (current.rows and (ruled or wrapped or heading)))
        ):
            # a row, a rule ("-----+-----"), or a cell wrapped onto a row of its own ("|   Academy |  |")
            current.rows.append(line)
            continue
        if len(current.rows) >= 2:
            tables.append(current)
        current = Table()
    if len(current.rows) >= 2:
        tables.append(current)
    return tables


def _between_rows(lines: list[Line]) -> set[int]:
    """The lines of a page's head between two rows of one document table that runs on over a page break
    ("Asset register", "Page 3 of 3"): short lines, none a row, with rows of the same table either side."""
    out: set[int] = set()
    last: int | None = None  # the last row of a document table
    for n, line in enumerate(lines):
        if line.segment.row is None:
            continue
        if last is not None and n > last + 1 and _same_table(lines[last], line):
            gap = range(last + 1, n)
            out.update(gap if all(len(lines[k].text) < 80 for k in gap) else ())
        last = n
    return out


def _wrapped_prose(line: Line, spans: list[tuple[int, int]]) -> bool:
    """A paragraph wrapped over lines ("... concerns and the\n   recording equipment will be ..."): its
    "cells" (``spans``) are its lines, no row's."""
    text = line.segment.text
    gaps = [text[b:c] for (_, b), (c, _) in zip(spans, spans[1:], strict=False)]
    return bool(gaps) and all("\n" in gap for gap in gaps)


def _same_table(before: Line, line: Line) -> bool | None:
    """Whether the two lines are rows of one table of a document (a Word table's, a sheet's): a row of one
    cell in it ("Council car parks" over that section's rows) heads rows, it does not end the table; a row of
    another sheet starts another table. None where either line is no document table's row."""
    a, b = before.segment, line.segment
    if a.row is None or b.row is None:
        return None
    return _ROW_PLACE.sub("", a.location) == _ROW_PLACE.sub("", b.location)


_ROW_PLACE = re.compile(r"(?:^|\s)row \d+$")  # "sheet Sites row 4", "table 2 row 3", a CSV file's "row 7"


def year_rows(rows: list[Line]) -> bool:
    """Most of the rows are labelled by a year ("2021/22", "2023")."""
    first = [line.segment.text[a:b].strip() for line in rows for a, b in cells(line)[:1]]
    years = [bool(re.fullmatch(rf"(?:FY\s*)?{YEAR}", c)) for c in first]
    return sum(years) * 2 > len(years) > 0


def numbers_in(rows: list[Line], col: int) -> bool:
    """Most of the rows hold a number in column ``col``."""
    texts = [[line.segment.text[a:b].strip() for a, b in cells(line)] for line in rows]
    numeric = [len(c) > col and bool(re.fullmatch(r"\d[\d,]*", c[col])) for c in texts]
    return sum(numeric) * 2 > len(numeric) > 0


def cell(line: Line, spans: list[tuple[int, int]], roles: dict[str, int], role: str) -> tuple[str, int, int]:
    col = roles.get(role)
    if col is None or col >= len(spans):
        return "", -1, -1
    a, b = spans[col]
    return line.segment.text[a:b], a, b


_INDENTED = re.compile(r"^(?: {2,}|\t)\S")  # a label's words run on under it, indented
# a cell wrapped onto a row of its own: "|  Academy |  |", "      |    | (to be removed)", "\t\t\tpark only)"
_BARRED = re.compile(r"^\s*\|.*\|\s*$|^\s+\||^ *\t")
# a row that only rules the table ("-------|-------", "+=====+")
RULE = re.compile(r"[\s\-=_+|:]+")


def header_shift(header: Line, rows: list[Line]) -> int:
    """How many columns the rows hold before the header's first: a header that leaves out the rows' label
    column ("Internal  External  Axis" over "Hillhead  140  62  170"); none where a sheet's or a document
    table's row keeps every cell in place."""
    if header.segment.row is not None and " | " in header.text:
        return 0
    widths = [len(cells(r)) for r in rows]
    return max(0, max(set(widths), key=widths.count) - len(cells(header))) if widths else 0


ABOUT_CAMERAS = re.compile(joined("tables", "about_cameras"), re.IGNORECASE)


def under_cameras(upper: Line, header: Line) -> list[int]:
    """The columns a merged header cell "Cameras" spans in a sheet's or document table's upper header row
    ("| Cameras | | Ancillary"): up to the next cell that names something."""
    if upper.segment.row is None or header.segment.row is None:
        return []
    texts = [upper.segment.text[a:b].strip() for a, b in cells(upper)]
    for col, text in enumerate(texts):
        if ABOUT_CAMERAS.fullmatch(text.rstrip(":")):
            end = next((c for c in range(col + 1, len(texts)) if texts[c]), len(cells(header)))
            return list(range(col, end))
    return []


_NUMBER_CELL = re.compile(r"\s*\d[\d,]*\s*")


def number_columns(rows: list[Line]) -> set[int]:
    """The columns holding a number in most of the rows (their total row aside)."""
    texts = [[r.segment.text[a:b] for a, b in cells(r)] for r in rows if not is_total_row(r.text)]
    return {
        col
        for col in range(max((len(t) for t in texts), default=0))
        if 2 * sum(col < len(t) and bool(_NUMBER_CELL.fullmatch(t[col])) for t in texts) > len(texts)
    }


def aligned(line: Line, width: int, numeric: set[int]) -> list[tuple[int, int]]:
    """A row's cells; a document table's total row whose label cell spans the header's first columns
    ("Total | 295 | 24" under "Site | Make | Cameras | Recorders") has its figures moved under the columns of
    numbers, where they stand only when moved."""
    spans = cells(line)
    if not (line.segment.row is not None and " | " in line.text and 1 < len(spans) < width):
        return spans
    if not is_total_row(line.text):
        return spans
    texts = [line.segment.text[a:b] for a, b in spans]
    figures = {i for i, t in enumerate(texts) if _NUMBER_CELL.fullmatch(t)}
    shift = width - len(spans)
    if figures and not figures <= numeric and {i + shift for i in figures} <= numeric:
        return [(line.start, line.start)] * shift + spans
    return spans


def row_makers(
    line: Line, spans: list[tuple[int, int]], roles: dict[str, int]
) -> tuple[str, int, list[VendorMention]]:
    """The text of the row's make cell, where it starts, and the makes named in it."""
    maker_text, ma, _ = cell(line, spans, roles, "maker")
    if ma < 0 and "model" in roles:  # "Camera model | Quantity", "Axis Q6075-E (PTZ) | 41": the make in it
        maker_text, ma, _ = cell(line, spans, roles, "model")
    makers = [] if ma < 0 else list(find_vendor_mentions(maker_text))
    named = resolve_brand(maker_text) if not makers and "maker" in roles else None
    if named is not None:  # "LTS" alone in the make's column: the name of a make, too short for free text
        lead = len(maker_text) - len(maker_text.lstrip())
        makers = [VendorMention(lead, lead + len(maker_text.strip()), maker_text.strip(), named)]
    return maker_text, ma, makers
