"""The other published figures, as plain rows: outcomes, refusals per exemption, camera counts, capabilities.

Denominators: outcomes and exemptions are shares of bodies that responded; capabilities are shares of bodies
that answered (fully or in part); camera counts are over bodies that gave a number.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from camcensus.analysis.population import SurveyedBody
from camcensus.analysis.stats import DIMENSIONS, group_bodies, wilson_interval

ANSWERED = frozenset({"answered", "partially_answered"})
WITHHELD = frozenset({"refused", "partially_answered"})
OUTCOMES = ("answered", "partially_answered", "refused", "not_held", "unknown")


def _share(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "share": round(k / n, 6) if n else None, "ci95": [round(lo, 6), round(hi, 6)]}


def outcome_rates(bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS) -> list[dict[str, Any]]:
    """How responding bodies answered: answered, partly, refused, not held, unknown (k of responded)."""
    rows = []
    for (sector, nation), members in group_bodies(bodies, by).items():
        responded = [b for b in members if b.responded]
        counts = Counter(b.outcome for b in responded)
        for outcome in OUTCOMES:
            rows.append(
                {
                    "sector": sector,
                    "nation": nation,
                    "outcome": outcome,
                    "asked": len(members),
                    **_share(counts.get(outcome, 0), len(responded)),
                }
            )
    return rows


def exemption_rates(bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS) -> list[dict[str, Any]]:
    """Refusals per exemption: bodies citing each exemption, k of the bodies that responded."""
    rows = []
    for (sector, nation), members in group_bodies(bodies, by).items():
        responded = [b for b in members if b.responded]
        withheld = sum(1 for b in responded if b.outcome in WITHHELD)
        cited = Counter(e for b in responded for e in sorted(set(b.fact_list("exemptions"))))
        for exemption, count in sorted(cited.items(), key=lambda item: (-item[1], item[0])):
            rows.append(
                {
                    "sector": sector,
                    "nation": nation,
                    "exemption": exemption,
                    "withheld": withheld,
                    **_share(count, len(responded)),
                }
            )
    return rows


def _median(values: list[int]) -> float | int | None:
    if not values:
        return None
    middle = statistics.median(values)
    return int(middle) if float(middle).is_integer() else middle


def camera_counts(bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS) -> list[dict[str, Any]]:
    """Total cameras and the median per body, over bodies that gave a number."""
    rows = []
    for (sector, nation), members in group_bodies(bodies, by).items():
        counts = [c for c in (b.camera_count for b in members) if c is not None]
        rows.append(
            {
                "sector": sector,
                "nation": nation,
                "asked": len(members),
                "responded": sum(1 for b in members if b.responded),
                "bodies_with_count": len(counts),
                "total": sum(counts),
                "median": _median(counts),
                "max": max(counts) if counts else None,
            }
        )
    return rows


def capability_prevalence(
    bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS
) -> list[dict[str, Any]]:
    """Each capability (facial recognition, ANPR, audio, ...): k bodies reporting it of n that answered."""
    rows = []
    for (sector, nation), members in group_bodies(bodies, by).items():
        answered = [b for b in members if b.outcome in ANSWERED]
        present = Counter(c for b in answered for c in sorted(set(b.fact_list("capabilities"))))
        absent = Counter(c for b in answered for c in sorted(set(b.fact_list("capabilities_absent"))))
        for capability in sorted(set(present) | set(absent)):
            rows.append(
                {
                    "sector": sector,
                    "nation": nation,
                    "capability": capability,
                    "stated_absent": absent.get(capability, 0),
                    **_share(present.get(capability, 0), len(answered)),
                }
            )
    return rows
