"""Tables that set the body asked beside others: a shared service's figures for each partner council, a
trust's for each of its academies, a partnership's for each area. The rows of the bodies the request was
not sent to are no part of the answer."""

from __future__ import annotations

import re

from camcensus.evidence.count_rows import is_total_row
from camcensus.evidence.phrases import joined
from camcensus.evidence.table_cells import RULE, cells
from camcensus.evidence.zones import QUOTED, Line
from camcensus.knowledge.vendors import find_vendor_mentions

_BODY_WORD = re.compile(r"^(?:" + joined("tables", "body_word") + r")$", re.IGNORECASE)
_SEVERAL_BODIES = re.compile(joined("tables", "several_bodies"), re.IGNORECASE)


def other_bodies(lines: list[Line], rows: list[Line], label_col: int, request: str) -> set[int]:
    """The ids of the rows of ``rows`` (a table's data rows, labelled in column ``label_col``) that are
    other bodies': where every row names a body, some the one the request names and some not, and the
    reply says it sets several bodies side by side ("for comparison", "the partner councils")."""
    if not request or not any(_SEVERAL_BODIES.search(line.text) for line in lines if line.zone != QUOTED):
        return set()
    named: dict[int, bool] = {}
    for line in rows:
        if is_total_row(line.text) or RULE.fullmatch(line.text):
            continue
        spans = cells(line)
        if len(spans) <= label_col:
            return set()
        label = line.segment.text[slice(*spans[label_col])]
        core = _core_name(label)
        if core is None or find_vendor_mentions(label):
            return set()  # "Hikvision - 47" beside "Axis - 171": makes, not bodies
        named[id(line)] = bool(re.search(rf"(?<!\w){re.escape(core)}(?!\w)", request, re.IGNORECASE))
    if not any(named.values()) or all(named.values()) or len(named) < 2:
        return set()
    return {key for key, asked in named.items() if not asked}


def _core_name(label: str) -> str | None:
    """A body's own name in a row's label, without the words every body's name has ("Oakfield Academy" ->
    "Oakfield", "Babergh DC" -> "Babergh"); None when the label is no proper name."""
    words = re.findall(r"[A-Za-z][\w'&.-]*", label)
    core = [w for w in words if not _BODY_WORD.match(w.strip("."))]
    if not core or len(core) > 4 or not all(w[0].isupper() for w in core):
        return None
    return " ".join(core)
