"""Tables in replies (spreadsheet rows, Word tables): a Manufacturer column, quantities, a Total row.

The count of a table is the sum of its camera rows: a Total row is recorded but never added again, and rows
for recorders (NVR, DVR, servers, monitors) are equipment, not cameras.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from camcensus.enums import EvidenceKind
from camcensus.evidence import outcome
from camcensus.evidence import strength as S
from camcensus.evidence.capabilities import find_capabilities
from camcensus.evidence.count_lists import RECORDER
from camcensus.evidence.count_rows import is_total_row, label_counts_no_cameras
from camcensus.evidence.counts import CountMention, camera_number
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.manufacturers import IN_USE, MENTIONED, NOT_IN_USE, PAST
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.table_bodies import other_bodies
from camcensus.evidence.table_cells import (
    ABOUT_CAMERAS,
    PAST_STATUS,
    PLANNED_STATUS,
    RULE,
    after_questions,
    aligned,
    cell,
    cell_spans,
    cells,
    groups,
    header_shift,
    number_columns,
    row_makers,
    year_rows,
)
from camcensus.evidence.table_header import BRACKETS, PART, header
from camcensus.evidence.table_rows import partial_makes, status_key, subtotals
from camcensus.evidence.zones import ANSWER, Line
from camcensus.knowledge.vendors import find_vendor_mentions, match_model

if TYPE_CHECKING:
    from camcensus.evidence.reader import SentenceReader

K = EvidenceKind
_PROSE_WORDS = 5  # a cell of this many words or more holds a sentence, not a value


# The phrase lists are data (evidence/data/tables.toml, each entry with an example it matches and one it must
# not); each is read here as one pattern, its entries joined in file order.
def _list(section: str) -> str:
    return joined("tables", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


_WORN = re.compile(_bounded("worn"), re.IGNORECASE)  # not CCTV
_NEGATIVE_STATUS = re.compile(_bounded("negative_status"), re.IGNORECASE)
# what a quantity cell may hold besides its number: words before it, an approximation or a bracket after it
_QTY_NOISE = re.compile(r"^\D*?(?=\d)|\s*(?:" + _list("qty_after") + r"|\(.*\))$")


_NONE_CELL = re.compile(r"^\s*(?:-+|\u2013|n/a)\s*$", re.IGNORECASE)  # "Ryburn | 5 | - |" ("nil" is a number)


def _part_qty(line: Line, spans: list[tuple[int, int]], roles: dict[str, int]) -> tuple[int | None, int, int]:
    """The row's cameras summed over its columns of one kind each ("Worcester | 4 | 6"), with their span."""
    parts = [cell(line, spans, roles, role) for role in roles if role.startswith(PART)]
    numbers = [
        0 if _NONE_CELL.match(t) else camera_number(_QTY_NOISE.sub("", t)) for t, _, _ in parts if t.strip()
    ]
    if not parts or not numbers or any(n is None for n in numbers):
        return None, -1, -1
    return sum(n for n in numbers if n is not None), parts[0][1], parts[-1][2]


def read_tables(lines: list[Line], reader: SentenceReader) -> dict[int, list[EvidenceItem]]:
    """Read every table with a maker or model column; returns, by the id of each line it consumed, the
    findings read from that line."""
    used: dict[int, list[EvidenceItem]] = {}
    sums: set[int] = set()  # what each table's rows add up to
    key = status_key(lines)  # "Status key: A = active ... D = decommissioned"
    for number, grouped in enumerate(groups(lines)):
        table = after_questions(grouped)
        found = header(table) if table is not None else None
        if table is None or found is None:
            continue
        index, roles = found
        if not ABOUT_CAMERAS.search(table.rows[index].text) and year_rows(table.rows[index + 1 :]):
            continue  # "2021/22 | 58 | 0 | 58" under makes: what was bought each year, no estate now
        rows = table.rows[index + 1 :]
        partial = partial_makes(rows, roles.get("maker"), roles.get("model"), roles.get("qty"))
        used[id(table.rows[index])] = _maker_columns(
            reader, table.rows[index], table.rows[index + 1 :], roles
        )
        first = len(reader.counts)
        label = min(set(range(len(roles) + 1)) - set(roles.values()))
        others = other_bodies(lines, table.rows[index + 1 :], label, reader.request_text)
        kit = _of_other_equipment(reader, lines, table.rows[: index + 1])
        width, numeric = len(cells(table.rows[index])), number_columns(table.rows[index + 1 :])
        for line in table.rows[index + 1 :]:
            start = len(reader.items)
            _row(
                reader,
                line,
                aligned(line, width, numeric),
                roles,
                partial,
                kit or id(line) in others or (bool(others) and is_total_row(line.text)),
                key,
            )
            used[id(line)] = reader.items[start:]
        subtotals(reader, first)
        _devices_total(reader, first, table.rows[index + 1 :])
        _total_of_excluded(reader, first)
        _same_estate(reader, first, sums)
        if len(numeric) == 1 and not {"maker", "model"} & set(roles) and _parts(reader.counts[first:]):
            for line in table.rows[index + 1 :]:  # places and their cameras, under "How many?": answer rows
                for c in _counted(reader.counts[first:], used[id(line)]):
                    reader._count_row(line, True, (c.value, c.role == "total"))
        for _, item in reader.counts[first:]:
            item.detail["table"] = number  # its rows are parts of one another, no breakdown of each other
    return used


def _of_other_equipment(reader: SentenceReader, lines: list[Line], head: list[Line]) -> bool:
    """A table titled as other equipment than the CCTV the request asks about ("Table B - Body worn video",
    a sheet "BWV" headed "Body worn video - security team"): its makes are named, its units no cameras."""
    at = next((i for i, line in enumerate(lines) if line is head[0]), 0)
    title = [lines[at - 1].text] if at and len(lines[at - 1].text) < 120 else []
    title += [line.text for line in head[:-1]] + [head[0].segment.sheet or ""]
    return _kit(reader, " ".join(title))


def _maker_columns(
    reader: SentenceReader, header: Line, rows: list[Line], roles: dict[str, int]
) -> list[EvidenceItem]:
    """A header whose columns are makes ("Site | Axis | HiWatch | Total"): each make whose column holds
    cameras in the rows is in use; one whose column is empty or 0 throughout is named, not in use."""
    if "maker" in roles:
        return []
    start = len(reader.items)
    reader._sentence = (header, header.start, header.end)
    texts = [[r.segment.text[a:b] for a, b in cells(r)] for r in rows if not is_total_row(r.text)]
    for col, (a, b) in enumerate(
        cells(header), start=header_shift(header, rows[:5])
    ):  # (the rows' label column under no header)
        if col in {c for role, c in roles.items() if not role.startswith(PART)}:
            continue
        for m in find_vendor_mentions(header.segment.text[a:b]):
            numbers = [camera_number(c[col]) for c in texts if len(c) > col and c[col].strip()]
            status = IN_USE if any(numbers) else NOT_IN_USE
            reader.vendor_item(m.match, status, S.SAID, "table column", a + m.start, a + m.end)
    return reader.items[start:]


def _total_of_excluded(reader: SentenceReader, first: int) -> None:
    """A table whose every row is of cameras not in use (planned, removed): its total row is theirs too."""
    counts = reader.counts[first:]
    rows = [c for c, _ in counts if c.qualifier != "table total"]
    if rows and all(c.role == "excluded" for c in rows):
        for _, item in counts:
            item.detail["role"] = "excluded"
        reader.counts[first:] = [(replace(c, role="excluded"), i) for c, i in counts]


def _devices_total(reader: SentenceReader, first: int, rows: list[Line]) -> None:
    """A total row that adds up every number column of the rows above (cameras and recorders: "Total devices
    86" under 77 cameras and 9 recorders), not the cameras' column: the total of devices, not of cameras."""
    counts = reader.counts[first:]
    parts = sum(c.value for c, _ in counts if c.role == "part")
    every = 0
    for line in rows:
        if is_total_row(line.text):
            continue
        texts = [line.text[a:b] for a, b in cell_spans(line.text)]
        every += sum(int(c) for c in texts if re.fullmatch(r"\d{1,5}", c))
    if not parts or every == parts:
        return
    reader.counts[first:] = [
        (replace(c, role="excluded"), i) if c.qualifier == "table total" and c.value == every else (c, i)
        for c, i in counts
    ]


def _parts(rows: list[tuple[CountMention, EvidenceItem]]) -> int:
    return sum(c.value for c, _ in rows if c.role == "part")


def _counted(
    counts: list[tuple[CountMention, EvidenceItem]], items: list[EvidenceItem]
) -> list[CountMention]:
    return [c for c, i in counts if c.role in ("part", "total") and any(i is j for j in items)]


def _same_estate(reader: SentenceReader, first: int, sums: set[int]) -> None:
    """A table whose rows add up to what an earlier table's did breaks down the same cameras another way
    (by site, then by make): its rows are no further cameras."""
    rows = reader.counts[first:]
    total = _parts(rows)
    if total and total in sums:
        reader.counts[first:] = [(replace(c, role="sub") if c.role == "part" else c, i) for c, i in rows]
    elif total:
        sums.add(total)


def _recorder_makes(
    reader: SentenceReader, line: Line, spans: list[tuple[int, int]], roles: dict[str, int], status: str
) -> None:
    """A make named in a cell of its own that holds recorders ("1 x Dahua NVR" beside the camera make): that
    maker's CCTV equipment in use, though no camera of it."""
    column = roles.get("recorder")  # "Recorder make": its cells' makes are recorders'
    for col, (a, b) in enumerate(spans):
        text = line.segment.text[a:b]
        if col != column and (col in roles.values() or not RECORDER.search(text)):
            continue
        for m in find_vendor_mentions(text):
            gone = _OLD_MAKE_BEFORE.search(text[max(0, m.start - 30) : m.start])  # ("replaced Dahua DVR")
            why = "recorder replaced (table row)" if gone else "recorder in a table row"
            reader.vendor_item(m.match, PAST if gone else status, S.SAID, why, a + m.start, a + m.end)
            reader.items[-1].detail["listing"] = False  # the recorders' makes, not the cameras'


def _row(
    reader: SentenceReader,
    line: Line,
    spans: list[tuple[int, int]],
    roles: dict[str, int],
    partial: bool,
    other: bool,
    key: dict[str, str],
) -> None:
    """One data row (``spans``: its cells); ``other``: another body's than the one asked (its makes are
    named, not in use); ``key``: what the codes of a status column mean."""
    if RULE.fullmatch(line.text):
        return
    reader._sentence = (line, line.start, line.end)
    qty_text, qa, qb = cell(line, spans, roles, "qty")
    qty = camera_number(_QTY_NOISE.sub("", qty_text)) if qty_text else None
    in_parts = f"{PART}0" in roles
    if in_parts:
        qty, qa, qb = _part_qty(line, spans, roles)
    register = "qty" not in roles and not in_parts and ("maker" in roles or "model" in roles)
    if register and len(spans) < 2:
        return  # "2024/25)": a register's cell wrapped onto a line of its own, no camera of its own
    if register:
        qty, qa, qb = 1, line.start, line.end  # a register of cameras: each row is one
    if is_total_row(line.text):
        _total_row(reader, line.text, None if register else qty, qa, qb, other)
        return
    status_text = cell(line, spans, roles, "status")[0] if "status" in roles else _noted(line, spans, roles)
    status_text = key.get(status_text.strip(), status_text)
    type_text = cell(line, spans, roles, "type")[0]
    negative, status = _status(status_text, type_text, qty, other, line.segment.sheet)
    why, status = (_OTHER_KIT, MENTIONED) if _kit(reader, type_text) else ("table row", status)
    maker_text, ma, makers = row_makers(line, spans, roles)
    for m in makers:
        reader.vendor_item(m.match, status, S.SAID, why, ma + m.start, ma + m.end, partial=partial)
        reader.items[-1].detail["partial_table"] = partial
    _recorder_makes(reader, line, spans, roles, status)
    model_text, mo, _ = cell(line, spans, roles, "model")
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
    recorder = bool(RECORDER.search(f"{type_text} {model_text}") or _WORN.search(type_text)) or any(
        mm.device_type in ("recorder", "intercom", "access") for mm in models
    )
    recorder = recorder or _recorders_in_maker(maker_text, bool(makers), roles)
    if "maker" not in roles and "model" not in roles and "type" not in roles:  # "Newbridge (planned) | 18"
        recorder = recorder or label_counts_no_cameras(line.segment.text[line.start : qa] if qa > 0 else "")
    for name, _, _ in find_capabilities(type_text):
        reader.add(K.CAPABILITY, name, line.start, line.end, S.WEAK, status="in_use")
    if qty is None and not makers and not models:
        _prose_cells(reader, line, spans, other or negative)
    if qty is not None:
        parts = (makers[0].match.vendor if makers else maker_text, type_text)
        qualifier = " ".join(x for x in parts if x).strip()
        _count(
            reader,
            CountMention(qa, qb, qty, "excluded" if recorder or negative else "part", False, qualifier),
        )


def _recorders_in_maker(maker_text: str, named: bool, roles: dict[str, int]) -> bool:
    """The make's cell counts recorders: "Recorders (all makes - not included above) | | 15", "Hikvision NVR
    (recorder) | 2"; not "Hik Vision (recorder is Hikvision too)", a maker with an aside on its recorder."""
    return bool(RECORDER.search(BRACKETS.sub("", maker_text))) and (
        not named or _recorders_alone(maker_text, roles)
    )


def _recorders_alone(maker_text: str, roles: dict[str, int]) -> bool:
    """The make's cell names recorders and nothing else ("Hikvision DS-7616NI NVR (recorder)"), in a table
    with no recorders' column of its own: not "Axis / Milestone server", cameras then recorder."""
    return "recorder" not in roles and "/" not in maker_text and not ABOUT_CAMERAS.search(maker_text)


_OTHER_KIT = "other equipment (table row)"


def _kit(reader: SentenceReader, text: str) -> bool:
    """A row's type (or a table's title) names other equipment than the CCTV the request asks about ("ANPR |
    Hikvision | iDS-TCM403-GIR | 6")."""
    return bool(reader.asked) and not reader.subject and bool(kinds_in(text, "request", "scope"))


def _total_row(reader: SentenceReader, text: str, qty: int | None, qa: int, qb: int, other: bool) -> None:
    """The rows' total (all the bodies', where others' rows stand beside); without a quantity column's
    figure ("Total cameras: | | | | 16"), the number in the row, wherever it stands."""
    if qty is None:
        numbers = re.findall(r"(?<![\d,.£$€])\b\d{1,3}(?:,\d{3})*\b(?![.,]\d)", text)  # not £
        qty = camera_number(numbers[-1]) if numbers else None
    if qty is not None:
        _count(reader, CountMention(qa, qb, qty, "excluded" if other else "total", False, "table total"))


def _prose_cells(reader: SentenceReader, line: Line, spans: list[tuple[int, int]], other: bool) -> None:
    """A row with no make, model or number whose cell holds sentences ("c | | | No. None of the devices
    listed above are made by Hikvision or Dahua."): the cell is read as an answer, as prose is; a cell
    that ends without a full stop ("Cedar Park Academy (opens 09/2024)") is a label."""
    for a, b in spans:
        text = line.segment.text[a:b]
        # ("Information not held by the Trust"; not in another body's row: "operator's system - not held")
        said = text.endswith((".", "!", "?")) or (not other and outcome.not_held(text))
        if line.zone == ANSWER and len(text.split()) >= _PROSE_WORDS and said:
            reader.line(replace(line, start=a, end=b, cells=[]))


def _noted(line: Line, spans: list[tuple[int, int]], roles: dict[str, int]) -> str:
    """Without a status column, a later cell that opens with one ("Planned - building due to open 2025"
    in a Notes column beside the figures): the row's status."""
    after = max(roles.values(), default=0)
    texts = [line.segment.text[a:b] for a, b in spans[after + 1 :]]
    found = next((t for t in texts if _STATUS_OPENS.match(t)), "")
    if found and "qty" in roles and _RENEWED.match(found):
        found = ""  # "Kettleby | 4 | Hanwha | Replaced Jan 2024": the site's cameras renewed, these are now
    labels = [line.segment.text[a:b] for k, (a, b) in enumerate(spans[:after]) if k not in roles.values()]
    # or the label's own note: "Brackley HWRC (previous system) - removed Sept 2023"
    return found or next((m.group(1) for t in labels if (m := _LABEL_STATUS.search(t))), "")


_OLD_MAKE_BEFORE = re.compile(r"\b(?:" + _list("old_make_before") + r")\s+(?:(?:the|an?|old|its)\s+)*$", re.I)
_RENEWED = re.compile(r"^\W*(?:" + _list("renewed_note") + r")\b", re.IGNORECASE)
_STATUSES = "(?:" + _list("planned_status") + "|" + _list("past_status") + r")\b"
_STATUS_OPENS = re.compile(r"^\W*" + _STATUSES, re.IGNORECASE)
_LABEL_STATUS = re.compile(r"(?:\(|\s[-\u2013]\s*)(" + _STATUSES + ".*)", re.IGNORECASE)


def _status(
    status_text: str, type_text: str, qty: int | None, other: bool, sheet: str | None
) -> tuple[bool, str]:
    """Whether a row's cameras are not in use now, and its make's status; a sheet named "Planned installs"
    holds none in use, nor one named "Removed 2023"; a row whose kind says so ("Spare stock | Depot store |
    3 | Hanwha") none either."""
    if type_text and _NEGATIVE_STATUS.search(type_text) and not _NEGATIVE_STATUS.search(status_text):
        status_text = type_text
    other = other or bool(sheet and PLANNED_STATUS.search(sheet))
    if sheet and PAST_STATUS.search(sheet) and not other:
        return True, PAST
    negative = (qty == 0) or bool(status_text and _NEGATIVE_STATUS.search(status_text))
    status = (PAST if PAST_STATUS.search(status_text) else NOT_IN_USE) if negative else IN_USE
    if (not negative and status_text and PLANNED_STATUS.search(status_text)) or other:
        return True, MENTIONED  # "Quote received": cameras not there yet, no make in use
    return negative, status


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
