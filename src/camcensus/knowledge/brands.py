"""The brand register (``knowledge/data/brands.csv``): every name a vendor's equipment is sold under, with
how sure we are of the tie, how strong the evidence is, whether it still holds, and since and until when.

A row's ``status`` is ``current`` or ``former``: a former subsidiary (Lorex, owned by Dahua from 2018 until
its sale in 2022) or a former relabelling deal (IndigoVision until April 2021) is kept, with its dates, so
that equipment bought while it held can still be traced to its maker, but it is never the maker's current
brand.
``evidence`` grades the row's source: ``vendor`` (the maker's own statement, firmware or registry entry),
``named_source`` (a named public source: a government document, IPVM, a newspaper, an encyclopaedia) or
``community`` (a note in a public issue tracker, wiki or code comment).

``brand_on(name, vendor, on)`` answers "was this the vendor's brand on that day?" for other stages.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from importlib import resources

from camcensus.knowledge.names import squash

__all__ = [
    "FORMER_RELATIONSHIPS",
    "STATUS_THRESHOLD",
    "Brand",
    "BrandDataError",
    "BrandStatus",
    "EvidenceGrade",
    "brand_history",
    "brand_on",
    "brands",
    "preferred",
]

#: Mentions below this confidence are kept as evidence but never decide whether a vendor is in use.
STATUS_THRESHOLD = 0.5
#: Ties that ended: the brand's equipment was the vendor's only between its dates.
FORMER_RELATIONSHIPS = frozenset({"formerly_owned", "former_oem"})
#: A retired name of the same company (Samsung Techwin, now Hanwha Vision): still that maker's equipment.
RENAMED = "formerly_named"


class BrandDataError(ValueError):
    """A row of the brand register with a bad value, no source, or dates that contradict its status."""


class BrandStatus(StrEnum):
    CURRENT = "current"
    FORMER = "former"


class EvidenceGrade(StrEnum):
    VENDOR = "vendor"  # the maker's own statement, firmware, manual or registry entry
    NAMED_SOURCE = "named_source"  # a named public source: government document, IPVM, press, encyclopaedia
    COMMUNITY = "community"  # a note in a public issue tracker, wiki, forum or code comment

    @property
    def label(self) -> str:
        return {
            EvidenceGrade.VENDOR: "firmware or vendor statement",
            EvidenceGrade.NAMED_SOURCE: "named public source",
            EvidenceGrade.COMMUNITY: "community note",
        }[self]


@dataclass(frozen=True)
class Brand:
    name: str
    vendor: str
    relationship: (
        str  # self, sub-brand, subsidiary, oem, former_oem, formerly_owned, formerly_named, unconfirmed
    )
    confidence: float
    match: bool  # used for automatic attribution in free text (exact look-ups use every row)
    valid_from: int | None  # the year the tie began, where known
    valid_to: int | None  # the year it ended, where known
    device_types: tuple[str, ...]
    source: str
    notes: str
    status: BrandStatus = BrandStatus.CURRENT
    evidence: EvidenceGrade = EvidenceGrade.COMMUNITY
    since: dt.date | None = None  # the first day the tie may have held (start of the period written)
    until: dt.date | None = None  # the last day it may have held (end of the period written)
    since_text: str = ""  # the dates as written: "2018", "2022-11", "2022-11-24"
    until_text: str = ""

    @property
    def current(self) -> bool:
        return self.status is BrandStatus.CURRENT

    def held_on(self, on: dt.date) -> bool | None:
        """Whether this tie held on ``on``: None where the register cannot tell (an unconfirmed tie, or one
        that ended on a date not known)."""
        if self.since is not None and on < self.since:
            return False
        if self.until is not None and on > self.until:
            return False
        if self.relationship == "unconfirmed":
            return None
        if self.status is BrandStatus.FORMER and self.until is None:
            return None
        return True

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "vendor": self.vendor,
            "relationship": self.relationship,
            "confidence": self.confidence,
            "status": self.status.value,
            "evidence": self.evidence.value,
            "valid_from": self.since_text or None,
            "valid_to": self.until_text or None,
            "source": self.source,
            "notes": self.notes,
        }


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def period(text: str, where: str) -> tuple[dt.date, dt.date] | None:
    """A date as precise as it is known ("2018", "2018-07", "2018-07-31") as its first and last day."""
    text = text.strip()
    if not text:
        return None
    m = _PARTIAL.match(text)
    if m is None:
        raise BrandDataError(f"{where}: {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            first = last = dt.date(year, int(month), int(day))
        elif month:
            first = dt.date(year, int(month), 1)
            last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError as exc:
        raise BrandDataError(f"{where}: {text!r} is not a date") from exc
    return first, last


def _rows(name: str) -> Iterator[dict[str, str]]:
    with resources.files("camcensus.knowledge").joinpath("data", name).open(encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


def _choice(enum: type[StrEnum], value: str, where: str) -> StrEnum:
    try:
        return enum(value.strip())
    except ValueError as exc:
        known = ", ".join(v.value for v in enum)
        raise BrandDataError(f"{where}: {value!r} is not one of {known}") from exc


def parse_brand(row: dict[str, str], where: str) -> Brand:
    """One row of the register, checked: a web source, a known status and grade, dates that fit the status."""
    if None in row:
        raise BrandDataError(f"{where}: more fields than columns (quote a value holding a comma)")
    if not (row.get("source") or "").startswith(("https://", "http://")):
        raise BrandDataError(f"{where}: no source URL")
    since, until = period(row["valid_from"], where), period(row["valid_to"], where)
    brand = Brand(
        name=row["brand"],
        vendor=row["vendor"],
        relationship=row["relationship"],
        confidence=float(row["confidence"]),
        match=row["match"] == "yes",
        valid_from=since[0].year if since else None,
        valid_to=until[1].year if until else None,
        device_types=tuple(t for t in row["device_types"].split(";") if t),
        source=row["source"],
        notes=row["notes"],
        status=BrandStatus(_choice(BrandStatus, row["status"], where)),
        evidence=EvidenceGrade(_choice(EvidenceGrade, row["evidence"], where)),
        since=since[0] if since else None,
        until=until[1] if until else None,
        since_text=row["valid_from"].strip(),
        until_text=row["valid_to"].strip(),
    )
    _check(brand, where)
    return brand


def _check(brand: Brand, where: str) -> None:
    ended = brand.relationship in FORMER_RELATIONSHIPS or brand.relationship == RENAMED
    if ended != (brand.status is BrandStatus.FORMER):
        raise BrandDataError(
            f"{where}: relationship {brand.relationship!r} with status {brand.status.value!r}"
        )
    if brand.current and brand.until is not None:
        raise BrandDataError(f"{where}: a current tie has no end date")
    if brand.since and brand.until and brand.since > brand.until:
        raise BrandDataError(f"{where}: valid_from is after valid_to")
    # a tie that ended must never decide that the vendor is in use today
    if brand.relationship in FORMER_RELATIONSHIPS and brand.confidence > STATUS_THRESHOLD:
        raise BrandDataError(f"{where}: a former tie's confidence must not exceed {STATUS_THRESHOLD}")


@lru_cache(maxsize=1)
def brands() -> tuple[Brand, ...]:
    """Every brand row, current and former, including those kept out of free-text matching."""
    return tuple(parse_brand(row, f"brands.csv line {n}") for n, row in enumerate(_rows("brands.csv"), 2))


def preferred(rows: list[Brand]) -> Brand:
    """Of several rows for one name, the one a look-up reports: a current tie before a former one, then the
    surest."""
    return max(rows, key=lambda b: (b.current, b.confidence))


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[Brand, ...]]:
    rows: dict[str, list[Brand]] = {}
    for brand in brands():
        rows.setdefault(squash(brand.name), []).append(brand)
    names = {squash(b.name): b.name for b in brands()}
    for row in _rows("name_variants.csv"):
        if row["kind"] != "exclude" and squash(row["brand"]) in names:
            key = squash(row["variant"])
            if key not in rows:
                rows[key] = [b for b in brands() if squash(b.name) == squash(row["brand"])]
    return {
        key: tuple(sorted(found, key=lambda b: (not b.current, -b.confidence))) for key, found in rows.items()
    }


def brand_history(name: str) -> tuple[Brand, ...]:
    """Every row for a name as written (its spelling variants too): current ties first, then former ones."""
    return _by_key().get(squash(name), ())


def brand_on(name: str, vendor: str, on: dt.date) -> bool | None:
    """Whether ``name`` was one of ``vendor``'s brands on ``on``.

    True when a row ties them on that day, False when the register ties them on other days only or not at all,
    None when it cannot tell (an unconfirmed tie, or a former tie whose end date is not known)."""
    rows = [b for b in brand_history(name) if b.vendor.casefold() == vendor.strip().casefold()]
    answers = [b.held_on(on) for b in rows]
    if True in answers:
        return True
    if None in answers:
        return None
    return False
