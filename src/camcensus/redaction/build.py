"""Build ``data/forenames.txt`` from the ONS baby-names spreadsheets (Open Government Licence v3.0).

    python -m camcensus.redaction.build DIR [--min-count 50]

DIR holds the ONS workbooks as published: the yearly boys' and girls' names for England and Wales
(1996 onwards, every name given to 3 or more babies in a year) and the historical top 100 at ten-year
intervals (1904 onwards, the names of today's older officers). A name is kept when it was given at least
``--min-count`` times in all the yearly lists together, or is in a historical top 100. Each workbook is read
with python-calamine; in a yearly workbook the longest sheet is the full list, a name cell followed by its
count.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from python_calamine import CalamineWorkbook

OUT = Path(__file__).parent / "data" / "forenames.txt"
HEADER = """\
# Forenames given in England and Wales, one a line, from the ONS baby-names statistics (see ATTRIBUTION.md):
# every name given to at least {min_count} babies in the yearly lists 1996-2024 together, and every name of
# the historical top 100 lists 1904-2024. Built by `python -m camcensus.redaction.build DIR`; do not edit.
"""
_NAME = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_HEADINGS = frozenset({"rank", "name", "names", "count", "contents", "boys", "girls"})


def _cells(path: Path, longest_only: bool) -> Iterator[Sequence[object]]:
    book = CalamineWorkbook.from_path(str(path))
    sheets = [book.get_sheet_by_name(name).to_python() for name in book.sheet_names]
    if longest_only:
        sheets = [max(sheets, key=len)]
    for rows in sheets:
        yield from rows


def _name(cell: object) -> str | None:
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if not _NAME.fullmatch(text) or text.lower() in _HEADINGS:
        return None
    return "-".join(part.capitalize() for part in text.split("-")) if text.isupper() else text


def yearly_counts(paths: Iterable[Path]) -> Counter[str]:
    """Babies given each name in the yearly workbooks: a name cell followed by a number."""
    counts: Counter[str] = Counter()
    for path in paths:
        for row in _cells(path, longest_only=True):
            for cell, following in zip(row, row[1:], strict=False):
                name = _name(cell)
                if name and isinstance(following, int | float):
                    counts[name] += int(following)
    return counts


def historic_names(paths: Iterable[Path]) -> set[str]:
    """Every name in the historical top-100 workbooks."""
    return {name for path in paths for row in _cells(path, False) for name in map(_name, row[1:]) if name}


def build(folder: Path, min_count: int = 50) -> list[str]:
    books = sorted(p for p in folder.iterdir() if p.suffix in (".xls", ".xlsx"))
    historic = [p for p in books if "histor" in p.name.lower()]
    counts = yearly_counts(p for p in books if p not in historic)
    kept = {name for name, count in counts.items() if count >= min_count} | historic_names(historic)
    return sorted(kept, key=lambda n: (n.casefold(), n))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-count", type=int, default=50)
    args = parser.parse_args(argv)
    names = build(args.folder, args.min_count)
    OUT.write_text(HEADER.format(min_count=args.min_count) + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names written to {OUT}")


if __name__ == "__main__":
    main()
