"""National statistics: shares with Wilson intervals and non-response bounds, by sector and nation.

Denominators, stated every time: *asked* bodies had a request sent; *responded* replied; *disclosed* answered
the manufacturer question (the fact is yes or no), so n = disclosed and share = k / n. The bounds say what the
share of all asked bodies would be if every body that did not disclose were a no, or a yes.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from camcensus.analysis.intervals import nonresponse_bounds, wilson_interval
from camcensus.analysis.population import SurveyedBody, survey, vendor_keys
from camcensus.analysis.sectors import ALL, nation_label, order_key, sector_keys, sector_label
from camcensus.analysis.weighting import (
    RegisterCounts,
    Stratum,
    Weighted,
    pools_sectors,
    post_stratified,
    register_counts,
    strata_of,
)

__all__ = ["StatRow", "national_stats", "nonresponse_bounds", "stats_for", "wilson_interval"]

DIMENSIONS = ("sector", "nation")
Cell = tuple[str, str]


@dataclass(frozen=True)
class StatRow:
    sector: str
    nation: str
    vendor: str
    asked: int
    responded: int
    disclosed: int
    k: int
    #: for a row that sums several sectors (all, or a group), the estimate weighted to the register
    weighted: Weighted | None = None
    #: built from a synthetic (demo) campaign
    synthetic: bool = False

    @property
    def n(self) -> int:
        return self.disclosed

    @property
    def share(self) -> float | None:
        return self.k / self.n if self.n else None

    @property
    def ci95(self) -> tuple[float, float]:
        return wilson_interval(self.k, self.n)

    @property
    def bounds(self) -> tuple[float, float]:
        return nonresponse_bounds(self.k, self.n, self.asked)

    def k_of_n(self) -> str:
        return f"{self.k} of {self.n}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "sector": self.sector,
            "nation": self.nation,
            "vendor": self.vendor,
            "asked": self.asked,
            "responded": self.responded,
            "disclosed": self.disclosed,
            "k": self.k,
            "n": self.n,
            "share": _round(self.share),
            "ci95": [_round(v) for v in self.ci95],
            "bounds": [_round(v) for v in self.bounds],
            "sector_label": sector_label(self.sector),
            "nation_label": nation_label(self.nation),
            "weighted": self.weighted.as_dict() if self.weighted else None,
            "synthetic": self.synthetic,
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def check_dimensions(by: Sequence[str]) -> None:
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown:
        raise ValueError(f"cannot break down by {', '.join(unknown)} (choose from {', '.join(DIMENSIONS)})")


def cells(body: SurveyedBody, by: Sequence[str]) -> list[Cell]:
    """The (sector, nation) cells a body counts in: its own values, its group, and the totals."""
    sectors = sector_keys(body.sector) if "sector" in by else [ALL]
    nations = [body.nation, ALL] if "nation" in by else [ALL]
    return list(itertools.product(sectors, nations))


def group_bodies(bodies: Iterable[SurveyedBody], by: Sequence[str]) -> dict[Cell, list[SurveyedBody]]:
    """Bodies per cell, cells in report order; the UK total is always present."""
    check_dimensions(by)
    groups: dict[Cell, list[SurveyedBody]] = {(ALL, ALL): []}
    for body in bodies:
        for cell in cells(body, by):
            groups.setdefault(cell, []).append(body)
    return {cell: groups[cell] for cell in sorted(groups, key=lambda c: order_key(*c))}


def vendor_row(
    cell: Cell,
    vendor: str,
    bodies: list[SurveyedBody],
    register: RegisterCounts | None = None,
    synthetic: bool = False,
) -> StatRow:
    statuses = [b.vendor_status(vendor) for b in bodies]
    weighted = None
    if register is not None and pools_sectors(cell[0]):
        weighted = post_stratified(_strata(cell, vendor, bodies, register))
    return StatRow(
        sector=cell[0],
        nation=cell[1],
        vendor=vendor,
        asked=len(bodies),
        responded=sum(1 for b in bodies if b.responded),
        disclosed=sum(1 for s in statuses if s in ("yes", "no")),
        k=statuses.count("yes"),
        weighted=weighted,
        synthetic=synthetic,
    )


def _strata(cell: Cell, vendor: str, bodies: list[SurveyedBody], register: RegisterCounts) -> list[Stratum]:
    """The cell's fine sectors: register count (never below the bodies asked), asked, n and k."""
    frame = strata_of(cell[0], cell[1], register)
    members: dict[str, list[str]] = {}
    for body in bodies:
        members.setdefault(body.sector, []).append(body.vendor_status(vendor))
        frame.setdefault(body.sector, 0)
    return [
        Stratum(
            sector=fine,
            register=max(count, len(members.get(fine, []))),
            asked=len(members.get(fine, [])),
            n=sum(1 for s in members.get(fine, []) if s in ("yes", "no")),
            k=members.get(fine, []).count("yes"),
        )
        for fine, count in sorted(frame.items(), key=lambda item: order_key(item[0], ALL))
    ]


def stats_for(
    bodies: Iterable[SurveyedBody],
    by: Sequence[str] = DIMENSIONS,
    register: RegisterCounts | None = None,
    synthetic: bool = False,
) -> list[StatRow]:
    """Vendor rows for every cell of an already chosen population; with the register's counts, the rows
    that sum several sectors carry their post-stratified estimate."""
    vendors = vendor_keys()
    return [
        vendor_row(cell, vendor, members, register, synthetic)
        for cell, members in group_bodies(bodies, by).items()
        for vendor in vendors
    ]


def national_stats(
    session: Session,
    by: Sequence[str] = DIMENSIONS,
    campaign: str | None = None,
    include_embargoed: bool = False,
    today: dt.date | None = None,
    published_only: bool | None = None,
) -> list[StatRow]:
    """One row per sector x nation x vendor (each vendor of concern, and either), with group and UK totals
    ("all"); the rows that sum several sectors carry the estimate weighted to the register
    (`camcensus.analysis.weighting`), and every row says whether it was built from synthetic data.

    Campaigns under embargo are left out unless ``include_embargoed`` (or ``published_only=False``).
    """
    if published_only is not None:
        include_embargoed = not published_only
    campaigns, bodies = survey(session, campaign, include_embargoed, today)
    synthetic = any(c.synthetic for c in campaigns)
    return stats_for(bodies, by, register_counts(session), synthetic)
