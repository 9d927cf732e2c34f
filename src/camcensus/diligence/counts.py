"""The best-supported camera count of a body, and how many of its cameras are of a restricted vendor.

Rule (transparent, and the same for every body):

1. Itemised sources — the body's asset inventory, nmap output and discovery — list cameras one by one. Devices
   are matched across sources by serial number or MAC; the itemised count is the number of distinct cameras.
   It is a lower bound: a camera cannot be listed without existing, but a list can be incomplete.
2. A reply's camera count is the body's own statement of its whole estate.
3. The best-supported count is the larger of the two. When the itemised count reaches the stated count, the
   itemised inventory is complete and is used (it also gives the vendor split); when the stated count is
   larger, the inventory is partial and the stated count is used; with no stated count, the itemised count is
   used and marked a lower bound. With neither, the count is unknown.

Restricted cameras: itemised cameras of a restricted vendor are counted exactly. When a reply says a
restricted vendor is in use but the cameras are not itemised, the count is a range: at least the itemised ones
(at least one when none is itemised), at most every camera of the best-supported count not shown to be of
another vendor.
The split is never invented: the range says what is known. Beside it, a best estimate with its assumption
written out: when the reply names the makes in use, the cameras are taken to be split evenly among them
(all of them the restricted vendor's when it is the only make named); the estimate never leaves the range.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from camcensus.diligence.estate import BodyEstate, DeviceRow, distinct_itemised

CAMERA_KINDS = {"fixed", "ptz"}


@dataclass(frozen=True)
class BestCount:
    best: int | None
    basis: str  # itemised | reply | none
    lower_bound: bool
    stated: int | None
    itemised: int
    per_source: dict[str, int]
    why: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "best": self.best,
            "basis": self.basis,
            "lower_bound": self.lower_bound,
            "sources": {"reply": self.stated, "itemised_distinct": self.itemised, **self.per_source},
            "why": self.why,
        }


def best_count(estate: BodyEstate) -> BestCount:
    fact = estate.fact("camera_count")
    stated = fact.as_int() if fact else None
    itemised, per_source = distinct_itemised(estate.devices, CAMERA_KINDS)
    if stated is None and itemised == 0:
        return BestCount(None, "none", False, None, 0, per_source, "no reply count and no itemised cameras")
    if stated is None:
        return BestCount(
            itemised,
            "itemised",
            True,
            None,
            itemised,
            per_source,
            f"{itemised} distinct cameras itemised and no count stated in a reply: a lower bound",
        )
    if itemised >= stated:
        why = (
            (
                f"the itemised inventory ({itemised} distinct cameras) reaches the reply's count ({stated}), "
                "so it is taken as complete"
            )
            if itemised
            else "the reply's count is 0"
        )
        return BestCount(itemised, "itemised", False, stated, itemised, per_source, why)
    why = f"the reply states {stated} cameras, more than the {itemised} itemised, so the inventory is partial"
    return BestCount(stated, "reply", False, stated, itemised, per_source, why)


@dataclass(frozen=True)
class VendorCount:
    vendor: str
    low: int | None
    high: int | None
    itemised: int
    reply: str  # yes | no | unknown | "" when the reply has no fact on this vendor
    note: str
    best: int | None = None  # the best estimate within [low, high]
    assumption: str = ""  # what the best estimate assumes, in words

    @property
    def exact(self) -> bool:
        return self.low is not None and self.low == self.high

    def as_dict(self) -> dict[str, Any]:
        span = None if self.low is None or self.high is None else [self.low, self.high]
        return {
            "vendor": self.vendor,
            "cameras": span,
            "best_estimate": self.best,
            "assumption": self.assumption,
            "exact": self.exact,
            "itemised": self.itemised,
            "reply": self.reply or None,
            "note": self.note,
        }


def cameras_of(devices: list[DeviceRow], vendors: set[str], resolve: Any) -> int:
    chosen = [d for d in devices if (resolve(d.vendor, d.brand) or "").casefold() in vendors]
    return distinct_itemised(chosen, CAMERA_KINDS)[0]


def count_range(
    best: BestCount, itemised: int, unknown_vendor: int, others: int, reply: str, label: str
) -> tuple[int | None, int | None, str]:
    """Low/high cameras of a vendor group: ``itemised`` of the group, ``others`` itemised of other vendors,
    ``unknown_vendor`` itemised of no known vendor, and the reply's yes/no/unknown on the group."""
    if itemised == 0 and reply != "yes":
        if reply == "no":
            return 0, 0, f"the reply says {label} is not in use"
        if best.basis == "itemised" and unknown_vendor == 0:
            return 0, 0, f"none of the {best.itemised} itemised cameras is {label}"
        return None, None, f"whether {label} is in use is not known"
    if best.best is None:
        return None, None, f"{label} reported in use, but no camera count is known"
    low = itemised if itemised else 1
    high = max(best.best - others, low)
    bound = " (the estate's count is itself a lower bound)" if best.lower_bound else ""
    if low == high:
        return low, high, f"{low} {label} cameras{bound}"
    return (
        low,
        high,
        (
            f"{label} in use; {best.best} cameras in total, but how many are {label} is not known: "
            f"between {low} and {high}{bound}"
        ),
    )


def best_estimate(
    low: int | None, high: int | None, named: list[str], group: set[str], label: str
) -> tuple[int | None, str]:
    """The best estimate of a vendor group's cameras within [low, high], and its assumption: the cameras
    split evenly among the makes the reply names (``named``, canonical names; ``group`` in lower case)."""
    if low is None or high is None:
        return None, ""
    if low == high:
        return low, "counted"
    makes = list(dict.fromkeys(named))
    mine = [m for m in makes if m.casefold() in group] or [label]
    others = [m for m in makes if m.casefold() not in group]
    if not others:
        return high, (
            f"the reply names no make but {', '.join(mine)}, so every camera not shown to be another make's "
            "is counted"
        )
    share = len(mine) / (len(mine) + len(others))
    best = min(max(round(high * share), low), high)
    return best, (
        f"the cameras are taken to be split evenly among the {len(mine) + len(others)} makes the reply names "
        f"({', '.join(mine + others)})"
    )
