"""What a table's rows say beyond their own cells: a key to the codes of a status column ("Status key: A =
active / in service  D = decommissioned  S = spare"), and subtotal rows ("Town centre subtotal | 23") that
sum the rows above them, section by section."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from camcensus.evidence.count_rows import is_total_row
from camcensus.evidence.phrases import joined
from camcensus.evidence.table_cells import RULE, cells
from camcensus.knowledge.vendors import find_vendor_mentions, match_model

if TYPE_CHECKING:
    from camcensus.evidence.reader import SentenceReader
    from camcensus.evidence.zones import Line

_KEY_LINE = re.compile(r"^\W*(?:" + joined("tables", "status_key") + r")\b\W*", re.IGNORECASE)
# "A = active / in service", up to the next code: one or a few capitals, "=" or ":" after it
_KEY_PAIR = re.compile(r"\b([A-Z]{1,3})\s*[=:]\s*(.+?)(?=\s+[A-Z]{1,3}\s*[=:]|\s*[;,]\s*[A-Z]{1,3}\s*[=:]|$)")
_UNKNOWN_MAKER = re.compile(  # with a note in brackets: "Not held (PFI)"
    r"^\W*(?:" + joined("tables", "unknown_maker") + r")?(?:\s*\([^()]{0,40}\))?\W*$", re.IGNORECASE
)
_SUBTOTAL = re.compile(r"^\W*(?:[\w&'-]+\s+){0,4}?(?:" + joined("tables", "subtotal") + r")\b", re.IGNORECASE)


def status_key(lines: list[Line]) -> dict[str, str]:
    """The meaning of each code a key line gives ("D" -> "decommissioned (removed from site)")."""
    out: dict[str, str] = {}
    for line in lines:
        m = _KEY_LINE.match(line.text)
        if m is not None:
            out.update((code, meaning.strip()) for code, meaning in _KEY_PAIR.findall(line.text[m.end() :]))
    return out


def subtotals(reader: SentenceReader, first: int) -> None:
    """Subtotal rows among the counts read from one table (from ``first`` on): the rows above each, back to
    the one before, are inside it; the subtotals are the parts of the count, or inside a grand total row
    where the table has one."""
    counted = reader.counts[first:]
    marks = [bool(_SUBTOTAL.match(item.quote)) for _, item in counted]
    if not any(marks):
        return
    grand = any(c.role == "total" and not mark for (c, _), mark in zip(counted, marks, strict=True))
    since: list[int] = []
    for n, mark in enumerate(marks):
        if not mark:
            since.append(n)
            continue
        _set_role(reader, first + n, "sub" if grand else "part")
        for k in since:
            if counted[k][0].role in ("part", "total"):
                _set_role(reader, first + k, "sub")
        since = []


def _set_role(reader: SentenceReader, index: int, role: str) -> None:
    c, item = reader.counts[index]
    reader.counts[index] = (replace(c, role=role), item)
    item.detail["role"] = role


def partial_makes(
    rows: list[Line], maker_col: int | None, model_col: int | None, qty_col: int | None
) -> bool:
    """Some rows leave their make unknown (an 'Other' maker, an unknown model): not all the makes in use; a
    row of no cameras ("S14 | Police office | 0 | n/a") leaves none unknown."""
    col = maker_col if maker_col is not None else model_col
    if col is None:
        return True
    for line in rows:
        spans = cells(line)
        text = _cell_text(line, spans, col) if col < len(spans) else ""
        note = (
            col >= len(spans)
            and not any(  # "Audio | None": a note's row, no figure in it
                re.fullmatch(r"[\d,]+", line.segment.text[a:b].strip()) for a, b in spans[1:]
            )
        )
        zero = qty_col is not None and qty_col < len(spans)
        none = zero and bool(_ZERO.fullmatch(_cell_text(line, spans, qty_col or 0)))
        if is_total_row(line.text) or RULE.fullmatch(line.text) or len(spans) < 2 or note or none:
            continue  # a total, a rule, a cell wrapped onto a row of its own, a row of no cameras
        if (
            _UNKNOWN_MAKER.match(text)
            if maker_col is not None
            else not (match_model(text) or find_vendor_mentions(text))
        ):
            return True
    return False


_ZERO = re.compile(r"\s*0\s*")


def _cell_text(line: Line, spans: list[tuple[int, int]], col: int) -> str:
    return line.segment.text[spans[col][0] : spans[col][1]]
