"""Estimates for a group of sectors, post-stratified by the register's count of bodies per sector.

A pooled share (k of n over every body that disclosed) weighs each sector by how many of its bodies answered,
so a survey that asked many police forces and few schools would describe police forces. The post-stratified
estimate weighs each sector's own share by its count of bodies in the register instead:

    share = sum_h W_h * p_h,  W_h = N_h / sum N,  p_h = k_h / n_h

over the fine sectors h (``camcensus.analysis.sectors``) of the group in which some body disclosed; sectors
where none did are left out and named, and the estimate describes the part of the register it covers
(``covered`` of ``frame`` bodies). Its variance is sum_h W_h^2 p_h (1 - p_h) / n_h (1 - n_h / N_h), the
finite-population correction because the register is the whole population; the 95% interval is the Wilson
interval at the effective sample size p (1 - p) / variance (Korn and Graubard 1998), or at sum n_h when that
is undefined (every sector all yes or all no).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from camcensus.analysis.intervals import wilson_share_interval
from camcensus.analysis.sectors import ALL, GROUPS, group_of, sector_label, sector_of
from camcensus.store.models import Body

#: (fine sector, nation) -> bodies in the register
RegisterCounts = Mapping[tuple[str, str], int]
WEIGHTED_LABEL = "weighted to the register's bodies per sector"


def register_counts(session: Session) -> Counter[tuple[str, str]]:
    """Bodies in the register per fine sector and nation (the sampling frame)."""
    counts: Counter[tuple[str, str]] = Counter()
    query = select(Body.body_type, Body.subtype, Body.nation, func.count(Body.id)).group_by(
        Body.body_type, Body.subtype, Body.nation
    )
    for body_type, subtype, nation, count in session.execute(query):
        kind = str(getattr(body_type, "value", body_type))
        counts[(sector_of(kind, subtype), str(getattr(nation, "value", nation)))] += count
    return counts


def strata_of(sector: str, nation: str, register: RegisterCounts) -> Counter[str]:
    """The fine sectors a cell sums, with their register counts (in that nation, or all nations)."""
    found: Counter[str] = Counter()
    for (fine, where), count in register.items():
        if nation not in (ALL, where):
            continue
        if sector in (ALL, fine) or group_of(fine) == sector:
            found[fine] += count
    return found


def pools_sectors(sector: str) -> bool:
    """Whether a sector value sums several fine sectors (every body, or a group such as all councils)."""
    return sector == ALL or sector in GROUPS


@dataclass(frozen=True)
class Stratum:
    sector: str
    register: int
    asked: int
    n: int
    k: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "sector": self.sector,
            "sector_label": sector_label(self.sector),
            "registered": self.register,
            "asked": self.asked,
            "n": self.n,
            "k": self.k,
        }


@dataclass(frozen=True)
class Weighted:
    """A post-stratified share with its interval and what it covers."""

    share: float | None
    ci95: tuple[float, float]
    frame: int  # bodies in the register in this cell's sectors
    covered: int  # of them, in sectors where some body disclosed
    strata: tuple[Stratum, ...]

    @property
    def left_out(self) -> list[str]:
        return [s.sector for s in self.strata if not s.n]

    def as_dict(self) -> dict[str, Any]:
        return {
            "share": None if self.share is None else round(self.share, 6),
            "ci95": [round(v, 6) for v in self.ci95],
            "method": WEIGHTED_LABEL,
            "frame": self.frame,
            "covered": self.covered,
            "sectors_left_out": self.left_out,
            "strata": [s.as_dict() for s in self.strata],
        }


def post_stratified(strata: Iterable[Stratum]) -> Weighted:
    """The estimate over these sectors; see the module's docstring."""
    strata = tuple(strata)
    frame = sum(s.register for s in strata)
    used = [s for s in strata if s.n]
    covered = sum(s.register for s in used)
    if not used or covered == 0:
        return Weighted(None, (0.0, 1.0), frame, covered, strata)
    share = variance = 0.0
    for s in used:
        weight, p = s.register / covered, s.k / s.n
        share += weight * p
        fpc = max(0.0, 1 - s.n / s.register)
        variance += weight * weight * p * (1 - p) / s.n * fpc
    pooled_n = sum(s.n for s in used)
    effective = share * (1 - share) / variance if variance > 0 and 0 < share < 1 else float(pooled_n)
    return Weighted(share, wilson_share_interval(share, effective), frame, covered, strata)
