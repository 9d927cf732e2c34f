"""Vendor software and apps named in text (iVMS, Hik-Connect, SmartPSS), from ``knowledge/data/software.csv``:
hints of a vendor's ecosystem, not devices."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from camcensus.knowledge.names import Names, squash
from camcensus.memo import text_memo


@dataclass(frozen=True)
class SoftwareMention:
    start: int
    end: int
    name: str
    vendor: str
    kind: str
    source: str


@lru_cache(maxsize=1)
def _software_regex() -> tuple[Names, dict[str, dict[str, str]]]:
    path = resources.files("camcensus.knowledge").joinpath("data", "software.csv")
    with path.open(encoding="utf-8") as fh:
        rows = {squash(r["name"]): r for r in csv.DictReader(fh)}
    return Names((r["name"] for r in rows.values()), re.IGNORECASE), rows


@text_memo
def find_software_mentions(text: str) -> tuple[SoftwareMention, ...]:
    """Vendor software and apps (iVMS, Hik-Connect, SmartPSS): ecosystem hints, not devices."""
    rx, rows = _software_regex()
    out = []
    for hit in rx.finditer(text):
        row = rows.get(squash(hit.group(0)))
        if row:
            out.append(
                SoftwareMention(
                    hit.start(), hit.end(), hit.group(0), row["vendor"], row["kind"], row["source"]
                )
            )
    return tuple(out)
