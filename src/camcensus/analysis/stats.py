"""National statistics: shares with Wilson intervals and non-response bounds, by sector and nation.

Denominators, stated every time: *asked* bodies had a request sent; *responded* replied; *disclosed* answered
the manufacturer question (the fact is yes or no), so n = disclosed and share = k / n. The bounds say what the
share of all asked bodies would be if every body that did not disclose were a no, or a yes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from camcensus.analysis.population import SurveyedBody, survey, vendor_keys
from camcensus.analysis.sectors import ALL, nation_label, order_key, sector_keys, sector_label

DIMENSIONS = ("sector", "nation")
Cell = tuple[str, str]


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials; (0, 1) when n is 0 (nothing is known)."""
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def nonresponse_bounds(k: int, n: int, asked: int) -> tuple[float, float]:
    """Share of asked bodies if every non-disclosing body were a no (low) or a yes (high)."""
    if asked == 0:
        return (0.0, 1.0)
    return (k / asked, (k + asked - n) / asked)


@dataclass(frozen=True)
class StatRow:
    sector: str
    nation: str
    vendor: str
    asked: int
    responded: int
    disclosed: int
    k: int

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


def vendor_row(cell: Cell, vendor: str, bodies: list[SurveyedBody]) -> StatRow:
    statuses = [b.vendor_status(vendor) for b in bodies]
    return StatRow(
        sector=cell[0],
        nation=cell[1],
        vendor=vendor,
        asked=len(bodies),
        responded=sum(1 for b in bodies if b.responded),
        disclosed=sum(1 for s in statuses if s in ("yes", "no")),
        k=statuses.count("yes"),
    )


def stats_for(bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS) -> list[StatRow]:
    """Vendor rows for every cell of an already chosen population."""
    vendors = vendor_keys()
    return [
        vendor_row(cell, vendor, members)
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
    ("all").

    Campaigns under embargo are left out unless ``include_embargoed`` (or ``published_only=False``).
    """
    if published_only is not None:
        include_embargoed = not published_only
    _, bodies = survey(session, campaign, include_embargoed, today)
    return stats_for(bodies, by)
