"""The due-diligence picture of a set of bodies, as plain values: exposure to restricted vendors, replacement
cost, capabilities in use, DPIA and Surveillance Camera Code — every figure with its denominator (k of n) and
its sources. The report sections and the web app both lay these values out; neither computes its own."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from camcensus.analysis.sectors import POOLED
from camcensus.analysis.tables import capability_shares
from camcensus.diligence.costs import UnitCost, unit_costs
from camcensus.diligence.estate import bodies_with_data
from camcensus.diligence.exposure import CAPABILITY_LABELS, BodyExposure
from camcensus.diligence.national import (
    all_exposures,
    best_cameras,
    best_cost,
    national_summary,
    uses_restricted,
)
from camcensus.diligence.rights import BodyRights, national_rights, rights_of
from camcensus.knowledge.restrictions import Restriction, restrictions
from camcensus.knowledge.sources import numbered
from camcensus.store.diligence_models import BodyDeclaration, Questionnaire, QuestionnaireState

WATCHED_CAPABILITIES = ("facial_recognition", "anpr", "audio", "analytics")
INTRUSIVE = frozenset({"facial_recognition", "audio"})
TYPE_LABELS = {
    "council": "Councils",
    "nhs_trust": "NHS trusts",
    "nhs_health_board": "NHS health boards",
    "hsc_trust": "HSC trusts",
    "police": "Police",
    "school": "Schools",
    "other": "Other bodies",
}


def kn(k: int, n: int) -> dict[str, Any]:
    """A figure and its denominator."""
    return {"k": k, "n": n, "share": round(k / n, 6) if n else None}


def diligence_body_ids(session: Session) -> list[int]:
    """Every body the due-diligence figures can say something about: facts, devices, declarations or
    questionnaires."""
    ids = set(bodies_with_data(session))
    ids |= set(session.scalars(select(BodyDeclaration.body_id).distinct()))
    ids |= set(session.scalars(select(Questionnaire.body_id).distinct()))
    return sorted(ids)


def restricted_known(exposure: BodyExposure) -> bool:
    """Whether it is known if the body uses a restricted vendor (a reply says, or its cameras are listed)."""
    r = exposure.restricted
    return uses_restricted(exposure) or (r.low == 0 and r.high == 0)


def _exposure_figures(exposures: list[BodyExposure]) -> dict[str, Any]:
    known = [e for e in exposures if restricted_known(e)]
    using = [e for e in known if uses_restricted(e)]
    sensitive = [e for e in known if e.sensitive["sensitive"]]
    basis = Counter(e.count.basis for e in exposures)
    return {
        "bodies": len(exposures),
        "using_restricted": kn(len(using), len(known)),
        "status_unknown": len(exposures) - len(known),
        "sensitive_using": kn(sum(1 for e in sensitive if uses_restricted(e)), len(sensitive)),
        "count_basis": {
            "reply": basis.get("reply", 0),
            "itemised": basis.get("itemised", 0),
            "none": basis.get("none", 0),
        },
    }


def _measures() -> dict[tuple[str, str], list[Restriction]]:
    """The measures, oldest first, each with its rows (one per vendor it names)."""
    measures: dict[tuple[str, str], list[Restriction]] = {}
    for r in sorted(restrictions(), key=lambda r: (r.date, r.effective_date, r.name)):
        measures.setdefault((r.name, r.jurisdiction), []).append(r)
    return measures


def _restriction_rows(exposures: list[BodyExposure], known: int) -> list[dict[str, Any]]:
    """One row per measure (it may name several vendors): the bodies with equipment under it, k of the n
    bodies whose use of restricted vendors is known, and their cameras of the vendors it names. A body's
    range adds its vendors' ranges, capped by its count of restricted-vendor cameras. ``cites`` numbers its
    sources as `restriction_sources` lists them, the primary source first."""
    measures = _measures()
    rows = []
    _, cites = numbered([items[0].sources for items in measures.values()])
    for ((name, _), items), numbers in zip(measures.items(), cites, strict=True):
        vendors = {r.vendor for r in items}
        low = high = best = 0
        bodies = uncounted = 0
        for e in exposures:
            lines = [
                line for line in e.restrictions if line["restriction"] == name and line["vendor"] in vendors
            ]
            if not lines:
                continue
            bodies += 1
            spans = [line["cameras"] for line in lines if line["cameras"] is not None]
            if not spans or e.restricted.high is None:
                uncounted += 1
                continue
            low += min(sum(s[0] for s in spans), e.restricted.high)
            high += min(sum(s[1] for s in spans), e.restricted.high)
            best += min(sum(line["best_estimate"] or 0 for line in lines), best_cameras(e))
        first = items[0]
        rows.append(
            {
                **first.as_dict(),
                "vendor": ", ".join(sorted(vendors)),
                "vendors": sorted(vendors),
                "bodies": kn(bodies, known),
                "cameras": [low, high] if bodies > uncounted else None,
                "cameras_best": best if bodies > uncounted else None,
                "bodies_without_count": uncounted,
                "cites": numbers,
            }
        )
    return rows


def restriction_sources() -> list[dict[str, Any]]:
    """The documents behind the measures, numbered as the restriction rows cite them, primary first."""
    return numbered([items[0].sources for items in _measures().values()])[0]


def _unit_costs(costs: dict[str, UnitCost]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The unit costs, each with the numbers of its sources, and those sources, ranked: council records
    first, press copies after, the model's own assumptions last."""
    listed, cites = numbered([c.sources for c in costs.values()])
    rows = [{**c.as_dict(), "cites": n} for c, n in zip(costs.values(), cites, strict=True)]
    return rows, listed


def _capabilities(exposures: list[BodyExposure]) -> dict[str, Any]:
    """Capabilities in use, by the survey's one rule (`camcensus.analysis.tables.capability_shares`)."""
    statements = [(e.capabilities["in_use"], e.capabilities["absent"]) for e in exposures]
    shares = capability_shares(statements, WATCHED_CAPABILITIES)
    said = shares[0]["n"] if shares else 0
    rows = [
        {
            "capability": row["capability"],
            "label": CAPABILITY_LABELS.get(row["capability"], row["capability"].replace("_", " ")),
            "in_use": kn(row["k"], row["n"]),
            "stated_absent": row["stated_absent"],
        }
        for row in shares
    ]
    using = [e for e in exposures if uses_restricted(e)]
    return {
        "bodies_saying": kn(said, len(exposures)),
        "rows": rows,
        "restricted_with_intrusive": kn(
            sum(1 for e in using if INTRUSIVE & set(e.capabilities["in_use"])), len(using)
        ),
    }


def _questionnaires(session: Session, body_ids: list[int], today: dt.date) -> dict[str, Any]:
    """Read only: a questionnaire past its due date without an answer counts as flagged."""
    rows = []
    for start in range(0, len(body_ids), 500):
        rows += list(
            session.scalars(
                select(Questionnaire).where(Questionnaire.body_id.in_(body_ids[start : start + 500]))
            )
        )
    answered = [q for q in rows if q.state == QuestionnaireState.ANSWERED]
    flagged = [
        q
        for q in rows
        if q.state == QuestionnaireState.NO_ANSWER
        or (q.state == QuestionnaireState.SENT and q.due_on < today)
    ]
    per_supplier = Counter((q.supplier, q.vendor) for q in flagged)
    return {
        "sent": len(rows),
        "answered": kn(len(answered), len(rows)),
        "answered_late": sum(1 for q in answered if q.answered_on and q.answered_on > q.due_on),
        "flagged": kn(len(flagged), len(rows)),
        "awaiting": len(rows) - len(answered) - len(flagged),
        "flagged_suppliers": [
            {"supplier": s, "vendor": v, "questionnaires": n} for (s, v), n in sorted(per_supplier.items())
        ],
        "as_of": today.isoformat(),
    }


def _replacement(exposures: list[BodyExposure]) -> dict[str, Any]:
    using = [e for e in exposures if uses_restricted(e)]
    by_type: dict[str, list[BodyExposure]] = {}
    for e in using:
        by_type.setdefault(e.body["body_type"], []).append(e)
    rows = []
    for body_type, members in sorted(by_type.items()):
        priced = [e for e in members if e.cost is not None]
        counted = [e for e in priced if e.restricted.low is not None]
        rows.append(
            {
                "body_type": body_type,
                "label": TYPE_LABELS.get(body_type, body_type.replace("_", " ").capitalize()),
                "priced": kn(len(priced), len(members)),
                "cameras": [
                    sum(e.restricted.low or 0 for e in counted),
                    sum(e.restricted.high or 0 for e in counted),
                ],
                "cameras_best": sum(best_cameras(e) for e in counted),
                "cost": [
                    sum(e.cost.low for e in priced if e.cost),
                    sum(e.cost.high for e in priced if e.cost),
                ],
                "cost_best": sum(best_cost(e) for e in priced),
            }
        )
    return {"using_priced": kn(sum(1 for e in using if e.cost is not None), len(using)), "by_type": rows}


def body_row(exposure: BodyExposure, rights: BodyRights) -> dict[str, Any]:
    data = exposure.as_dict()
    return {
        "body": exposure.body,
        "camera_count": data["camera_count"],
        "restricted_cameras": data["restricted_cameras"],
        "uses_restricted": uses_restricted(exposure),
        "restricted_known": restricted_known(exposure),
        "restrictions": sorted({line["restriction"] for line in exposure.restrictions}),
        "sensitive": exposure.sensitive,
        "capabilities": exposure.capabilities["in_use"],
        "replacement_cost_gbp": data["replacement_cost"]["range_gbp"] if exposure.cost else None,
        "replacement_note": exposure.cost_note,
        "flags": exposure.flags,
        "rights": rights.as_dict(),
    }


def overview(
    session: Session,
    body_ids: list[int],
    costs: dict[str, UnitCost] | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Everything the due-diligence sections show, for these bodies."""
    costs = costs or unit_costs()
    exposures = all_exposures(session, body_ids, costs)
    rights = {r.body["id"]: r for r in rights_of(session, body_ids)}
    exposure_figures = _exposure_figures(exposures)
    unit_rows, unit_sources = _unit_costs(costs)
    return {
        "pooled": POOLED,  # every k of n here counts the bodies of all sectors together
        "exposure": exposure_figures,
        "national": national_summary(exposures),
        "restrictions": _restriction_rows(exposures, exposure_figures["using_restricted"]["n"]),
        "restriction_sources": restriction_sources(),
        "replacement": _replacement(exposures),
        "unit_costs": unit_rows,
        "unit_cost_sources": unit_sources,
        "capabilities": _capabilities(exposures),
        "rights": national_rights([rights[i] for i in body_ids if i in rights]),
        "questionnaires": _questionnaires(session, body_ids, today or dt.date.today()),
        "bodies": [body_row(e, rights[e.body["id"]]) for e in exposures],
    }
