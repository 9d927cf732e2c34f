"""Replacement cost: a transparent model over editable unit costs (low and high GBP per item, with a basis).

For one body's restricted equipment:

- each itemised fixed camera costs ``fixed_camera + installation``; each PTZ camera
  ``ptz_camera + installation``; each itemised recorder ``recorder``;
- cameras that are counted but not itemised (a reply's total, say) are priced as fixed cameras, the commonest
  kind; when their number is only known as a range, the low total uses the low count and the high total the
  high count — the split is never invented;
- when no recorder is itemised, a ``recorder_allowance`` per camera stands for the recorders.

The low total multiplies low counts by low unit costs, the high total high counts by high unit costs. The best
estimate prices the best-estimate count (``camcensus.diligence.counts``) at the middle of each unit cost's
range, halfway between its low and its high.

Every bundled unit cost is an assumption of this model; `unit_cost_sources.csv` lists, per item, the figures
it was checked against (a council's own record first, press copies after) and the assumption itself, last.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from camcensus.knowledge.sources import Source, read_sources

REQUIRED_ITEMS = ("fixed_camera", "ptz_camera", "recorder", "installation", "recorder_allowance")


class UnitCostError(ValueError):
    """The unit cost file is missing an item or has a bad value."""


@dataclass(frozen=True)
class UnitCost:
    item: str
    per: str
    low: Decimal
    high: Decimal
    basis: str
    source: str
    sources: tuple[Source, ...] = ()  # ranked, the assumption last; none for an edited copy

    def as_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "per": self.per,
            "low_gbp": _money(self.low),
            "high_gbp": _money(self.high),
            "basis": self.basis,
            "source": self.source,
            "sources": [s.as_dict() for s in self.sources],
        }


def _money(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_row(row: dict[str, str], where: str) -> UnitCost:
    try:
        low, high = Decimal(row["low_gbp"]), Decimal(row["high_gbp"])
    except (InvalidOperation, KeyError, TypeError) as exc:
        raise UnitCostError(f"{where}: low_gbp and high_gbp must be numbers") from exc
    if low < 0 or high < low:
        raise UnitCostError(f"{where}: need 0 <= low_gbp <= high_gbp, got {low} and {high}")
    return UnitCost(
        item=row["item"].strip(),
        per=row.get("per", "").strip(),
        low=low,
        high=high,
        basis=row.get("basis", "").strip(),
        source=row.get("source", "").strip(),
    )


def unit_costs(path: Path | None = None) -> dict[str, UnitCost]:
    """The bundled unit costs, or an edited copy at ``path``."""
    if path:
        return _parse(Path(path).read_text(encoding="utf-8"), str(path))
    return dict(_bundled())  # read and checked once per process: a copy, so that callers may change it


@cache
def _bundled() -> dict[str, UnitCost]:
    data = resources.files("camcensus.diligence").joinpath("data").joinpath("unit_costs.csv")
    costs = _parse(data.read_text(encoding="utf-8"), "unit_costs.csv")
    cited = read_sources("unit_cost_sources.csv", "camcensus.diligence", key="item")
    return {item: replace(cost, sources=cited.get(item, ())) for item, cost in costs.items()}


def _parse(text: str, name: str) -> dict[str, UnitCost]:
    costs = {}
    for number, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        cost = _parse_row(row, f"{name} line {number}")
        costs[cost.item] = cost
    missing = [item for item in REQUIRED_ITEMS if item not in costs]
    if missing:
        raise UnitCostError(f"{name}: missing item(s) {', '.join(missing)}")
    return costs


@dataclass(frozen=True)
class RestrictedEstate:
    """What is to be priced: itemised devices, and the count range of all restricted cameras."""

    cameras_low: int
    cameras_high: int
    cameras_best: int | None = None  # the best estimate within the range (the middle when not given)
    fixed: int = 0  # itemised fixed cameras (cameras of unknown kind count here)
    ptz: int = 0
    recorders: int = 0

    @property
    def itemised_cameras(self) -> int:
        return self.fixed + self.ptz


@dataclass
class CostEstimate:
    low: int
    high: int
    lines: list[dict[str, Any]] = field(default_factory=list)
    best: int | None = None  # the best-estimate count at the middle unit costs

    def as_dict(self) -> dict[str, Any]:
        return {
            "low_gbp": self.low,
            "high_gbp": self.high,
            "range_gbp": [self.low, self.high],
            "best_gbp": self.low if self.best is None else self.best,
            "lines": self.lines,
        }


def _line(item: str, quantity: tuple[int, int], units: list[UnitCost]) -> dict[str, Any]:
    unit_low = sum((u.low for u in units), Decimal(0))
    unit_high = sum((u.high for u in units), Decimal(0))
    return {
        "item": item,
        "quantity": list(quantity),
        "unit_gbp": [_money(unit_low), _money(unit_high)],
        "low_gbp": _money(unit_low * quantity[0]),
        "high_gbp": _money(unit_high * quantity[1]),
        "priced_as": [u.item for u in units],
    }


def _lines(estate: RestrictedEstate, costs: dict[str, UnitCost]) -> list[dict[str, Any]]:
    fixed, ptz, install = costs["fixed_camera"], costs["ptz_camera"], costs["installation"]
    unitemised = (
        max(estate.cameras_low - estate.itemised_cameras, 0),
        max(estate.cameras_high - estate.itemised_cameras, 0),
    )
    candidates = [
        ("itemised fixed cameras", (estate.fixed, estate.fixed), [fixed, install]),
        ("itemised PTZ cameras", (estate.ptz, estate.ptz), [ptz, install]),
        ("counted cameras not itemised (priced as fixed)", unitemised, [fixed, install]),
        ("itemised recorders", (estate.recorders, estate.recorders), [costs["recorder"]]),
    ]
    if estate.recorders == 0:
        candidates.append(
            (
                "recorder allowance (no recorder itemised)",
                (estate.cameras_low, estate.cameras_high),
                [costs["recorder_allowance"]],
            )
        )
    return [_line(item, qty, units) for item, qty, units in candidates if qty[1] > 0]


def _total(lines: list[dict[str, Any]], key: str) -> Decimal:
    return sum((Decimal(str(line[key])) for line in lines), Decimal(0))


def replacement_cost(estate: RestrictedEstate, costs: dict[str, UnitCost] | None = None) -> CostEstimate:
    """Low, high and best cost of replacing a body's restricted equipment, line by line."""
    costs = costs or unit_costs()
    lines = _lines(estate, costs)
    count = estate.cameras_best
    if count is None:
        count = (estate.cameras_low + estate.cameras_high) // 2
    at_best = _lines(replace(estate, cameras_low=count, cameras_high=count), costs)
    best = (_total(at_best, "low_gbp") + _total(at_best, "high_gbp")) / 2  # the middle of each unit cost
    return CostEstimate(
        low=int(round(_total(lines, "low_gbp"))),
        high=int(round(_total(lines, "high_gbp"))),
        lines=lines,
        best=int(round(best)),
    )
