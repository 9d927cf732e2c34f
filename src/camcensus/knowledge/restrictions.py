"""Restrictions, security advisories and human-rights concerns per vendor: data files with a source per row.

`restrictions.csv` — a legal or policy measure that reaches a vendor: jurisdiction, the date it was made and
the date it took effect, its scope, and whether it names the vendor (``names_vendor``: a measure that applies
by description, such as the UK's national-security debarment, names none); `restriction_sources.csv` — the
documents behind each measure, each of a kind (`camcensus.knowledge.sources`): every measure cites its primary
source (the Act, order, written statement or register itself), and press or law-firm accounts are kept as
secondary. `advisories.csv` —
published vulnerabilities (CVEs). `human_rights.csv` — documented human-rights concerns. Every row names the
parent vendor (after OEM and sub-brand resolution); advisories and concerns carry a source URL on the row.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import Any

from camcensus.knowledge.sources import Source, SourceKind, read_sources

DATA = "camcensus.knowledge"  # files under its data/ folder


class KnowledgeDataError(ValueError):
    """A knowledge data file has a row without a source or with a bad value."""


@dataclass(frozen=True)
class Restriction:
    vendor: str
    name: str
    jurisdiction: str
    date: dt.date  # made, enacted or published
    effective_date: dt.date  # in force
    scope: str
    notes: str
    sources: tuple[Source, ...]  # ranked: the primary source first
    # False for a measure that applies by description ("companies subject to the PRC National Intelligence
    # Law", "a supplier that threatens national security") and names no maker: listed under each vendor it
    # would reach, but not a finding against that vendor
    names_vendor: bool = True

    @property
    def primary(self) -> Source:
        return self.sources[0]

    @property
    def source(self) -> str:
        """The primary source: its address, or its reference where no address is confirmed."""
        return self.primary.locator

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "jurisdiction": self.jurisdiction,
            "date": self.date.isoformat(),
            "effective_date": self.effective_date.isoformat(),
            "scope": self.scope,
            "source": self.source,
            "sources": [s.as_dict() for s in self.sources],
            "notes": self.notes,
            "names_vendor": self.names_vendor,
        }


@dataclass(frozen=True)
class Advisory:
    id: str
    vendor: str
    published: dt.date | None
    summary: str
    source: str
    notes: str

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        return data


@dataclass(frozen=True)
class HumanRightsConcern:
    vendor: str
    date: dt.date
    concern: str
    source: str
    notes: str

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "date": self.date.isoformat()}


def read_rows(filename: str, package: str = DATA, sourced: bool = True) -> list[dict[str, str]]:
    """Rows of a bundled CSV; unless ``sourced`` is false, every row must carry an http(s) source URL."""
    text = resources.files(package).joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    for number, row in enumerate(rows if sourced else [], start=2):
        source = (row.get("source") or "").strip()
        if not source.startswith(("https://", "http://")):
            raise KnowledgeDataError(f"{filename} line {number}: no source URL")
    return rows


def _date(value: str, filename: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise KnowledgeDataError(f"{filename}: bad date {value!r}") from exc


def _yes_no(value: str, filename: str) -> bool:
    if value.strip() not in ("yes", "no"):
        raise KnowledgeDataError(f"{filename}: names_vendor must be yes or no, not {value!r}")
    return value.strip() == "yes"


def _measure_sources(name: str, cited: dict[str, tuple[Source, ...]]) -> tuple[Source, ...]:
    sources = cited.get(name, ())
    if not sources or sources[0].kind is not SourceKind.PRIMARY:
        raise KnowledgeDataError(f"restriction_sources.csv: {name!r} cites no primary source")
    return sources


@cache
def restrictions() -> tuple[Restriction, ...]:
    """Every measure with its sources; a measure without a primary source is refused."""
    cited = read_sources("restriction_sources.csv", DATA, key="measure")
    rows = read_rows("restrictions.csv", sourced=False)
    unknown = set(cited) - {r["name"] for r in rows}
    if unknown:
        raise KnowledgeDataError(f"restriction_sources.csv: no such measure {sorted(unknown)[0]!r}")
    return tuple(
        Restriction(
            vendor=r["vendor"],
            name=r["name"],
            jurisdiction=r["jurisdiction"],
            date=_date(r["date"], "restrictions.csv"),
            effective_date=_date(r["effective_date"] or r["date"], "restrictions.csv"),
            scope=r["scope"],
            notes=r["notes"],
            sources=_measure_sources(r["name"], cited),
            names_vendor=_yes_no(r["names_vendor"], "restrictions.csv"),
        )
        for r in rows
    )


@cache
def advisories() -> tuple[Advisory, ...]:
    return tuple(
        Advisory(
            id=r["id"],
            vendor=r["vendor"],
            published=_date(r["published"], "advisories.csv") if r["published"].strip() else None,
            summary=r["summary"],
            source=r["source"],
            notes=r["notes"],
        )
        for r in read_rows("advisories.csv")
    )


@cache
def human_rights_concerns() -> tuple[HumanRightsConcern, ...]:
    return tuple(
        HumanRightsConcern(
            vendor=r["vendor"],
            date=_date(r["date"], "human_rights.csv"),
            concern=r["concern"],
            source=r["source"],
            notes=r["notes"],
        )
        for r in read_rows("human_rights.csv")
    )


def _key(vendor: str) -> str:
    return vendor.strip().casefold()


def restrictions_for(vendor: str) -> list[Restriction]:
    """The restrictions naming a vendor, oldest first."""
    found = [r for r in restrictions() if _key(r.vendor) == _key(vendor)]
    return sorted(found, key=lambda r: (r.date, r.effective_date))


def advisories_for(vendor: str) -> list[Advisory]:
    return [a for a in advisories() if _key(a.vendor) == _key(vendor)]


def concerns_for(vendor: str) -> list[HumanRightsConcern]:
    return [c for c in human_rights_concerns() if _key(c.vendor) == _key(vendor)]


def restricted_vendors() -> list[str]:
    """Vendors named by at least one restriction, in file order."""
    return list(dict.fromkeys(r.vendor for r in restrictions()))
