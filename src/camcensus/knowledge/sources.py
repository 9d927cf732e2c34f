"""Sources and how much weight each carries: a closed set of kinds, ranked primary first.

A figure or a measure may rest on several documents. The measure's own text (an Act, an order, a written
statement in Hansard, an official register, a public body's decision record) is the *primary* source; a
government body's own account of a measure it did not make is *official*; the press, law firms, vendors and
copies are *secondary*; a figure this project assumes, for want of any source, is an *assumption*. Outputs
list sources in that order, so that a reader meets the strongest first.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import Any


class SourceDataError(ValueError):
    """A sources file has a row with an unknown kind, no title, or an address that is not a web address."""


class SourceKind(StrEnum):
    PRIMARY = "primary"
    OFFICIAL = "official"
    SECONDARY = "secondary"
    ASSUMPTION = "assumption"

    @property
    def rank(self) -> int:
        """1 for primary, up to 4 for an assumption: lower ranks are listed first."""
        return list(SourceKind).index(self) + 1

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    SourceKind.PRIMARY: "Primary",
    SourceKind.OFFICIAL: "Official account",
    SourceKind.SECONDARY: "Secondary",
    SourceKind.ASSUMPTION: "Assumption (weakest)",
}


@dataclass(frozen=True)
class Source:
    kind: SourceKind
    title: str  # the document's exact official name and reference, or the publisher and headline
    url: str = ""  # empty when no address was confirmed: the title and reference then identify it
    notes: str = ""

    @property
    def rank(self) -> int:
        return self.kind.rank

    @property
    def locator(self) -> str:
        """The address when there is one, else the title (a reference such as Hansard HCWS386)."""
        return self.url or self.title

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "rank": self.rank,
            "title": self.title,
            "url": self.url,
            "notes": self.notes,
        }


def ranked(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Primary first, then official, secondary and assumptions; file order within a kind."""
    return tuple(sorted(sources, key=lambda s: s.rank))


def parse_source(row: dict[str, str], where: str) -> Source:
    try:
        kind = SourceKind((row.get("kind") or "").strip())
    except ValueError as exc:
        known = ", ".join(k.value for k in SourceKind)
        raise SourceDataError(f"{where}: kind must be one of {known}") from exc
    title, url = (row.get("title") or "").strip(), (row.get("url") or "").strip()
    if not title:
        raise SourceDataError(f"{where}: no title")
    if url and not url.startswith(("https://", "http://")):
        raise SourceDataError(f"{where}: url {url!r} is not a web address")
    return Source(kind=kind, title=title, url=url, notes=(row.get("notes") or "").strip())


def read_sources(filename: str, package: str, key: str) -> dict[str, tuple[Source, ...]]:
    """A bundled sources file: per value of its ``key`` column (what the source supports), its sources
    ranked primary first."""
    text = resources.files(package).joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    found: dict[str, list[Source]] = {}
    for number, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        subject = (row.get(key) or "").strip()
        if not subject:
            raise SourceDataError(f"{filename} line {number}: no {key}")
        found.setdefault(subject, []).append(parse_source(row, f"{filename} line {number}"))
    return {subject: ranked(sources) for subject, sources in found.items()}


def numbered(groups: Sequence[Sequence[Source]]) -> tuple[list[dict[str, Any]], list[list[int]]]:
    """One numbered list of the sources of several items, ranked primary first (a document several items cite
    listed once), and for each item the numbers of its sources, its strongest first."""
    first: dict[tuple[SourceKind, str, str], Source] = {}
    for group in groups:
        for source in group:
            first.setdefault((source.kind, source.title, source.url), source)
    listed = ranked(first.values())
    number = {(s.kind, s.title, s.url): n for n, s in enumerate(listed, start=1)}
    entries = [{**s.as_dict(), "number": n, "label": s.kind.label} for n, s in enumerate(listed, start=1)]
    cites = [sorted(dict.fromkeys(number[(s.kind, s.title, s.url)] for s in group)) for group in groups]
    return entries, cites
