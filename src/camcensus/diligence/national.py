"""National totals of exposure and replacement cost, with their denominators: how many bodies each figure
covers, and which bodies could not be counted and why."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.diligence.costs import UnitCost, unit_costs
from camcensus.diligence.estate import CHUNK, bodies_with_data, read_estates
from camcensus.diligence.exposure import BodyExposure, exposure_of
from camcensus.diligence.sensitive import declared_sensitive
from camcensus.store.models import Body


def all_exposures(
    session: Session, body_ids: list[int] | None = None, costs: dict[str, UnitCost] | None = None
) -> list[BodyExposure]:
    """Exposure of every body with a reply fact or a device (or of the given bodies)."""
    costs = costs or unit_costs()
    ids = body_ids if body_ids is not None else bodies_with_data(session)
    estates = read_estates(session, ids)
    declared = declared_sensitive(session, ids)
    bodies: dict[int, Body] = {}
    for start in range(0, len(ids), CHUNK):
        bodies.update(
            {b.id: b for b in session.scalars(select(Body).where(Body.id.in_(ids[start : start + CHUNK])))}
        )
    missing = [i for i in ids if i not in bodies]
    if missing:
        raise LookupError(f"no body with id {missing[0]}")
    return [exposure_of(session, bodies[i], estates[i], costs, declared) for i in ids]


def uses_restricted(exposure: BodyExposure) -> bool:
    return exposure.restricted.reply == "yes" or bool(exposure.restricted.low)


def best_cameras(exposure: BodyExposure) -> int:
    """A body's best estimate of its restricted-vendor cameras (0 when not counted)."""
    r = exposure.restricted
    return r.best if r.best is not None else (r.low or 0)


def best_cost(exposure: BodyExposure) -> int:
    cost = exposure.cost
    if cost is None:
        return 0
    return cost.best if cost.best is not None else cost.low


def _totals(exposures: list[BodyExposure]) -> dict[str, Any]:
    counted = [e for e in exposures if e.restricted.low is not None and e.restricted.high is not None]
    priced = [e for e in exposures if e.cost is not None]
    unknown_count = [e for e in exposures if uses_restricted(e) and e.restricted.low is None]
    return {
        "bodies": len(exposures),
        "bodies_using_restricted": sum(1 for e in exposures if uses_restricted(e)),
        "bodies_counted": len(counted),
        "bodies_exact": sum(1 for e in counted if e.restricted.exact),
        "bodies_range": sum(1 for e in counted if not e.restricted.exact),
        "bodies_lower_bound": sum(1 for e in counted if e.count.lower_bound),
        "restricted_cameras": [
            sum(e.restricted.low or 0 for e in counted),
            sum(e.restricted.high or 0 for e in counted),
        ],
        "restricted_cameras_best": sum(best_cameras(e) for e in counted),
        "replacement_cost_gbp": [
            sum(e.cost.low for e in priced if e.cost),
            sum(e.cost.high for e in priced if e.cost),
        ],
        "replacement_cost_best_gbp": sum(best_cost(e) for e in priced),
        "bodies_priced": len(priced),
        "not_counted": [
            {"body": e.body["name"], "id": e.body["id"], "why": e.restricted.note} for e in unknown_count
        ],
        "sensitive_bodies_using_restricted": sum(
            1 for e in exposures if uses_restricted(e) and e.sensitive["sensitive"]
        ),
    }


def national_summary(exposures: list[BodyExposure]) -> dict[str, Any]:
    """Totals over all bodies and per body type; bodies whose count is unknown are listed, never guessed."""
    by_type: dict[str, list[BodyExposure]] = defaultdict(list)
    for exposure in exposures:
        by_type[exposure.body["body_type"]].append(exposure)
    return {
        "total": _totals(exposures),
        "by_body_type": {body_type: _totals(items) for body_type, items in sorted(by_type.items())},
        "note": (
            "Ranges add the low and the high of each body, best estimates each body's best estimate. Bodies "
            "that use a restricted vendor but gave no camera count are listed in not_counted and excluded "
            "from the camera and cost totals."
        ),
    }
