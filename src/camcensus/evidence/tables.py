"""Tables in replies (spreadsheet rows, Word tables): a Manufacturer column, quantities, a Total row.

The count of a table is the sum of its camera rows: a Total row is recorded but never added again, and rows
for recorders (NVR, DVR, servers, monitors) are equipment, not cameras.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from camcensus.enums import EvidenceKind
from camcensus.evidence import strength as S
from camcensus.evidence.answer_counts import is_total_row, label_counts_no_cameras
from camcensus.evidence.capabilities import find_capabilities
from camcensus.evidence.counts import CountMention, camera_number
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.manufacturers import IN_USE, NOT_IN_USE, PAST
from camcensus.evidence.phrases import joined
from camcensus.evidence.text import CELL_SPLIT, LOOSE_ROW, could_be_row
from camcensus.evidence.zones import ANSWER, Line
from camcensus.knowledge.vendors import find_vendor_mentions, match_model
from camcensus.memo import text_memo

if TYPE_CHECKING:
    from camcensus.evidence.reader import SentenceReader

K = EvidenceKind
_SEPARATOR = re.compile(r"^\s*\|\s*|\s*\|\s*$|" + CELL_SPLIT.pattern)  # and a bar that opens or ends a row


# The phrase lists are data (evidence/data/tables.toml, each entry with an example it matches and one it must
# not); each is read here as one pattern, its entries joined in file order.
def _list(section: str) -> str:
    return joined("tables", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


_ROLES = {
    # a camera's own number or reference in a register ("Cam no.", "Camera ID", "Asset ref"): not a quantity
    "ident": re.compile(_list("column_ident"), re.IGNORECASE),
    "maker": re.compile(_bounded("column_maker"), re.IGNORECASE),
    "model": re.compile(_bounded("column_model"), re.IGNORECASE),
    "qty": re.compile(_bounded("column_qty"), re.IGNORECASE),
    "type": re.compile(_bounded("column_type"), re.IGNORECASE),
    "status": re.compile(_bounded("column_status"), re.IGNORECASE),
}
_OTHER_CAMERAS_COLUMN = re.compile(_bounded("other_cameras_column"), re.IGNORECASE)
_PART_QTY = re.compile(r"^\W*(?:" + _list("column_part_qty") + r")(?:\s+cameras?)?\W*$", re.IGNORECASE)
_ABOUT_CAMERAS = re.compile(_list("about_cameras"), re.IGNORECASE)
_RECORDER = re.compile(_bounded("recorder"), re.IGNORECASE)
_RECORDER_COLUMN = re.compile(_bounded("recorder_column"), re.IGNORECASE)
_WORN = re.compile(_bounded("worn"), re.IGNORECASE)  # not CCTV
_UNKNOWN_MAKER = re.compile(r"^\W*(?:" + _list("unknown_maker") + r")?\W*$", re.IGNORECASE)
_NEGATIVE_STATUS = re.compile(_bounded("negative_status"), re.IGNORECASE)
_PAST_STATUS = re.compile(_list("past_status"), re.IGNORECASE)
# what a quantity cell may hold besides its number: words before it, an approximation or a bracket after it
_QTY_NOISE = re.compile(r"^\D*?(?=\d)|\s*(?:" + _list("qty_after") + r"|\(.*\))$")


@dataclass
class _Table:
    rows: list[Line] = field(default_factory=list)


def _cells(line: Line) -> list[tuple[int, int]]:
    """Cell spans (absolute offsets in the segment) of a row; a sheet's row whose first cell is empty
    (" | Wards & corridors | 61") keeps that cell, empty, so that its columns stay in place."""
    spans = [(line.start + a, line.start + b) for a, b in _cell_spans(line.text)]
    if line.segment.sheet is not None and line.text.startswith(" | "):
        spans.insert(0, (line.start, line.start))
    return spans


@text_memo
def _cell_spans(text: str) -> tuple[tuple[int, int], ...]:
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


_NARROW_NUMBER = re.compile(r"(?<=\S)\s\s(?P<num>\d{1,3}(?:,\d{3})*|\d+)$")


_PAGE_FURNITURE = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.IGNORECASE)


def _groups(lines: list[Line]) -> list[_Table]:
    tables, current = [], _Table()
    for line in lines:
        ruled = _BARRED.match(line.text) or _RULE.fullmatch(line.text)
        if current.rows and _PAGE_FURNITURE.search(line.text):
            continue  # "FOI Response   Page 2": a page's header, where a table runs on over a page break
        wrapped = line.text.count(")") > line.text.count("(")  # "Estates Project 7)": a cell's wrapped end
        if line.zone == ANSWER and (len(_cells(line)) >= 2 or (current.rows and (ruled or wrapped))):
            # a row, a rule ("-----+-----"), or a cell wrapped onto a row of its own ("|   Academy |  |")
            current.rows.append(line)
            continue
        if len(current.rows) >= 2:
            tables.append(current)
        current = _Table()
    if len(current.rows) >= 2:
        tables.append(current)
    return tables


def _header(table: _Table) -> tuple[int, dict[str, int]] | None:
    """The table's header row and the role of each column; of a header on several rows ("Cameras |
    Manufacturer" over "Internal | External | Axis | ..."), its last row, its columns counted from the right
    where it leaves out the rows' first (the label's) column."""
    found = None
    for index, line in enumerate(table.rows[:5]):
        texts = [line.segment.text[a:b] for a, b in _cells(line)]
        if any(re.fullmatch(r"[\d,.\s]+", t) for t in texts):
            if found is not None:
                break  # the data rows have started
            continue
        roles = _roles(texts)
        if roles is not None:
            found = index, roles
    if found is None:
        return None
    index, roles = found
    widths = [len(_cells(r)) for r in table.rows[index + 1 : index + 6]]
    shift = max(set(widths), key=widths.count) - len(_cells(table.rows[index])) if widths else 0
    return index, {role: col + shift for role, col in roles.items()} if shift > 0 else roles


def _roles(texts: list[str]) -> dict[str, int] | None:
    """The roles of a header row's columns, or None if the row is no header."""
    if any(len(t) >= 50 and re.search(r"[a-z]\.\s+[A-Z]", t) for t in texts):
        return None  # "Manufacturer(s) of the cameras | Mostly Avigilon. The remaining ...": an answer
    roles: dict[str, int] = {}
    for col, t in enumerate(texts):
        if _RECORDER_COLUMN.search(t) and not _ABOUT_CAMERAS.search(t):
            continue  # "Recording equipment": the recorders beside the cameras, read as such
        if t.rstrip().endswith("?") or _OTHER_CAMERAS_COLUMN.search(t):
            continue  # "Cameras in toilets?" (a yes or no), "Door-entry cameras": no role of its cameras
        for role, rx in _ROLES.items():
            if role not in roles and rx.search(t) and len(t) < 40:
                roles[role] = col
                break
    about_cameras = any(_ABOUT_CAMERAS.search(t) for t in texts)
    parts = [col for col, t in enumerate(texts) if "qty" not in roles and _part_column(t)]
    if len(parts) >= 2:  # "Site | Internal | External": each row's cameras, in two columns
        roles.update({f"{_PART}{n}": col for n, col in enumerate(parts)})
    if "maker" in roles or "qty" in roles and ("model" in roles or about_cameras) or len(parts) >= 2:
        return roles
    return None


def _part_column(header: str) -> bool:
    """A column of the cameras of one kind, its header in one language or two ("Allanol / External")."""
    return any(_PART_QTY.match(part) for part in header.split("/"))


# the role of one of several columns that each hold some of a row's cameras
_PART = "qty part "
_NONE_CELL = re.compile(r"^\s*(?:-+|\u2013|n/a)\s*$", re.IGNORECASE)  # "Ryburn | 5 | - |" ("nil" is a number)


def _part_qty(line: Line, spans: list[tuple[int, int]], roles: dict[str, int]) -> tuple[int | None, int, int]:
    """The row's cameras summed over its columns of one kind each ("Worcester | 4 | 6"), with their span."""
    cells = [_cell(line, spans, roles, role) for role in roles if role.startswith(_PART)]
    numbers = [
        0 if _NONE_CELL.match(t) else camera_number(_QTY_NOISE.sub("", t)) for t, _, _ in cells if t.strip()
    ]
    if not cells or not numbers or any(n is None for n in numbers):
        return None, -1, -1
    return sum(n for n in numbers if n is not None), cells[0][1], cells[-1][2]


def read_tables(lines: list[Line], reader: SentenceReader) -> dict[int, list[EvidenceItem]]:
    """Read every table with a maker or model column; returns, by the id of each line it consumed, the
    findings read from that line."""
    used: dict[int, list[EvidenceItem]] = {}
    sums: set[int] = set()  # what each table's rows add up to
    for table in _groups(lines):
        if len({id(r.question) for r in table.rows if r.question is not None and r.question.asked}) >= 2:
            continue  # each row answers another of the request's questions: questions and answers, no data
        found = _header(table)
        if found is None:
            continue
        index, roles = found
        partial = _partial(table.rows[index + 1 :], roles.get("maker"), roles.get("model"))
        used[id(table.rows[index])] = []
        first = len(reader.counts)
        for line in table.rows[index + 1 :]:
            start = len(reader.items)
            _row(reader, line, roles, partial)
            used[id(line)] = reader.items[start:]
        _devices_total(reader, first, table.rows[index + 1 :])
        _same_estate(reader, first, sums)
    return used


def _devices_total(reader: SentenceReader, first: int, rows: list[Line]) -> None:
    """A total row that adds up every number column of the rows above (cameras and recorders: "Total devices
    86" under 77 cameras and 9 recorders), not the cameras' column: the total of devices, not of cameras."""
    counts = reader.counts[first:]
    parts = sum(c.value for c, _ in counts if c.role == "part")
    every = 0
    for line in rows:
        if is_total_row(line.text):
            continue
        cells = [line.text[a:b] for a, b in _cell_spans(line.text)]
        every += sum(int(c) for c in cells if re.fullmatch(r"\d{1,5}", c))
    if not parts or every == parts:
        return
    reader.counts[first:] = [
        (replace(c, role="excluded"), i) if c.qualifier == "table total" and c.value == every else (c, i)
        for c, i in counts
    ]


def _same_estate(reader: SentenceReader, first: int, sums: set[int]) -> None:
    """A table whose rows add up to what an earlier table's did breaks down the same cameras another way
    (by site, then by make): its rows are no further cameras."""
    rows = reader.counts[first:]
    total = sum(c.value for c, _ in rows if c.role == "part")
    if total and total in sums:
        reader.counts[first:] = [(replace(c, role="sub") if c.role == "part" else c, i) for c, i in rows]
    elif total:
        sums.add(total)


def _partial(rows: list[Line], maker_col: int | None, model_col: int | None) -> bool:
    """Whether some rows leave their make unknown (an 'Other' maker, a model no pattern knows): then the
    makes the table names are not all the makes in use."""
    col = maker_col if maker_col is not None else model_col
    if col is None:
        return True
    for line in rows:
        spans = _cells(line)
        text = line.segment.text[spans[col][0] : spans[col][1]] if col < len(spans) else ""
        if is_total_row(line.text) or _RULE.fullmatch(line.text) or len(spans) < 2:
            continue  # a total, a rule, a cell wrapped onto a row of its own
        if _UNKNOWN_MAKER.match(text) if maker_col is not None else not match_model(text):
            return True
    return False


def _cell(line: Line, spans: list[tuple[int, int]], roles: dict[str, int], role: str) -> tuple[str, int, int]:
    col = roles.get(role)
    if col is None or col >= len(spans):
        return "", -1, -1
    a, b = spans[col]
    return line.segment.text[a:b], a, b


# a cell wrapped onto a row of its own: "|  Academy |  |", "      |    | (to be removed)", "\t\t\tpark only)"
_BARRED = re.compile(r"^\s*\|.*\|\s*$|^\s+\||^ *\t")
# a row that only rules the table ("-------|-------", "+=====+")
_RULE = re.compile(r"[\s\-=_+|:]+")


def _recorder_makes(
    reader: SentenceReader, line: Line, spans: list[tuple[int, int]], roles: dict[str, int], status: str
) -> None:
    """A make named in a cell of its own that holds recorders ("1 x Dahua NVR" beside the camera make): that
    maker's CCTV equipment in use, though no camera of it."""
    for col, (a, b) in enumerate(spans):
        text = line.segment.text[a:b]
        if col in roles.values() or not _RECORDER.search(text):
            continue
        for m in find_vendor_mentions(text):
            reader.vendor_item(m.match, status, S.SAID, "recorder in a table row", a + m.start, a + m.end)
            reader.items[-1].detail["listing"] = False  # the recorders' makes, not the cameras'


def _row(reader: SentenceReader, line: Line, roles: dict[str, int], partial: bool) -> None:
    if _RULE.fullmatch(line.text):
        return
    spans = _cells(line)
    reader._sentence = (line, line.start, line.end)
    qty_text, qa, qb = _cell(line, spans, roles, "qty")
    qty = camera_number(_QTY_NOISE.sub("", qty_text)) if qty_text else None
    in_parts = f"{_PART}0" in roles
    if in_parts:
        qty, qa, qb = _part_qty(line, spans, roles)
    register = "qty" not in roles and not in_parts and ("maker" in roles or "model" in roles)
    if register:
        qty, qa, qb = 1, line.start, line.end  # a register of cameras: each row is one
    if is_total_row(line.text):
        if register or qty is None:  # "Total cameras: | | | | 16": the number in the row, wherever it stands
            numbers = re.findall(r"\b\d{1,3}(?:,\d{3})*\b", line.text)
            qty = camera_number(numbers[-1]) if numbers else None
        if qty is not None:
            _count(reader, CountMention(qa, qb, qty, "total", False, "table total"))  # the rows' total
        return
    status_text = _cell(line, spans, roles, "status")[0]
    negative = (qty == 0) or bool(status_text and _NEGATIVE_STATUS.search(status_text))
    status = (PAST if _PAST_STATUS.search(status_text) else NOT_IN_USE) if negative else IN_USE
    maker_text, ma, _ = _cell(line, spans, roles, "maker")
    makers = [] if ma < 0 else find_vendor_mentions(maker_text)
    for m in makers:
        reader.vendor_item(m.match, status, S.SAID, "table row", ma + m.start, ma + m.end, partial=partial)
        reader.items[-1].detail["partial_table"] = partial
    _recorder_makes(reader, line, spans, roles, status)
    model_text, mo, _ = _cell(line, spans, roles, "model")
    if mo < 0 and not makers and ma >= 0:  # "Make: IPC-HDW2431T-AS": a model number in the make's column
        model_text, mo = maker_text, ma
    models = match_model(model_text) if mo >= 0 else []
    for mm in models:
        reader.add(
            K.MODEL,
            mm.model,
            mo + mm.start,
            mo + mm.end,
            mm.confidence,
            **{**mm.detail(), "status": status, "reason": "table row"},
        )
        reader.items[-1].detail["partial_table"] = partial
    type_text = _cell(line, spans, roles, "type")[0]
    recorder = bool(_RECORDER.search(f"{type_text} {model_text}") or _WORN.search(type_text)) or any(
        mm.device_type in ("recorder", "intercom", "access") for mm in models
    )
    if "maker" not in roles and "model" not in roles and "type" not in roles:  # "Newbridge (planned) | 18"
        recorder = recorder or label_counts_no_cameras(line.segment.text[line.start : qa] if qa > 0 else "")
    for name, _, _ in find_capabilities(type_text):
        reader.add(K.CAPABILITY, name, line.start, line.end, S.WEAK, status="in_use")
    if qty is not None:
        parts = (makers[0].match.vendor if makers else maker_text, type_text)
        qualifier = " ".join(x for x in parts if x).strip()
        _count(
            reader,
            CountMention(qa, qb, qty, "excluded" if recorder or negative else "part", False, qualifier),
        )


def _count(reader: SentenceReader, c: CountMention) -> None:
    item = reader.add(
        K.CAMERA_COUNT,
        str(c.value),
        c.start,
        c.end,
        S.ANSWERED,
        role=c.role,
        approx=False,
        qualifier=c.qualifier,
        source="table",
        welsh=False,
        counted=False,
    )
    reader.counts.append((c, item))
