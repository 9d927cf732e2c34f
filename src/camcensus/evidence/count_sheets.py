"""A workbook whose sheets each count a part of the estate and end with their own total row ("Public space ...
Total 312", "Corporate buildings ... Total 145"), with no sheet the others' sum: the sheets' totals are the
parts of the count, not rival totals of which to take the largest."""

from __future__ import annotations

import re
from dataclasses import replace

from camcensus.evidence.counts import CountMention
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.table_cells import sheet_of_other_time

Mentioned = tuple[CountMention, EvidenceItem]

# a sheet row's place, as the readers write it, an attachment's name before it: "x.xlsx: sheet Cameras row 4"
_SHEET_ROW = re.compile(r"^(?P<book>.*?)(?::\s*)?\bsheet (?P<sheet>.+) row \d+$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a sheet per year holds the estate over time, not its parts


def sheet_totals(usable: list[Mentioned]) -> list[Mentioned]:
    """The total rows of two or more sheets of one workbook, as parts of the count (see the module)."""
    first: dict[tuple[str, str], int] = {}  # (workbook, sheet) -> the index of its first total row
    for index, (c, item) in enumerate(usable):
        place = _SHEET_ROW.match(item.location) if item.detail.get("source") == "table" else None
        if c.role != "total" or place is None or sheet_of_other_time(place["sheet"]):  # ("Planned works")
            continue
        if not _YEAR.search(place["sheet"] + " " + item.quote):  # (nor a row of years: "2026/27")
            first.setdefault((place["book"], place["sheet"]), index)
    books: dict[str, list[int]] = {}
    for (book, _), index in first.items():
        books.setdefault(book, []).append(index)
    out = list(usable)
    for indexes in books.values():
        values = [usable[i][0].value for i in indexes]
        if len(indexes) < 2 or len(set(values)) == 1 or any(2 * v == sum(values) for v in values):
            continue  # one sheet, the same figure again, or a summary sheet's total of the others
        tables = {usable[i][1].detail.get("table") for i in indexes}
        for i, (c, item) in enumerate(usable):  # each sheet's rows are inside its total
            if (
                i not in indexes
                and item.detail.get("source") == "table"
                and item.detail.get("table") in tables
            ):
                out[i] = (replace(c, role="sub"), item)
        for n, i in enumerate(indexes):
            out[i] = (replace(usable[i][0], role="part", qualifier=f"sheet {n}"), usable[i][1])
    return out
