"""The other published figures, as plain rows: outcomes, refusals per exemption, camera counts, capabilities.

Denominators: outcomes are shares of bodies that responded; exemptions, per law (FOIA, FOISA and EIR apart),
shares of the bodies that responded to a request under that law (for the EIR, of every body that responded:
any may answer under them); capabilities are shares of the bodies that said which capabilities their cameras
have, in use or not (one rule for the report, the web and the due-diligence figures); camera counts are over
bodies that gave a number.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from camcensus.analysis.intervals import wilson_interval
from camcensus.analysis.population import SurveyedBody
from camcensus.analysis.stats import DIMENSIONS, group_bodies

ANSWERED = frozenset({"answered", "partially_answered"})
WITHHELD = frozenset({"refused", "partially_answered"})
OUTCOMES = ("answered", "partially_answered", "refused", "not_held", "unknown")
#: The laws exemptions are counted under, by their short names (as in ``foi/data/laws.toml``); a request
#: under the schools' timing rules is a FOIA request.
LAWS = {"foia": "FOIA", "foisa": "FOISA", "eir": "EIR"}
REQUEST_LAW = {"schools": "foia"}


def _share(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson_interval(k, n)
    return {"k": k, "n": n, "share": round(k / n, 6) if n else None, "ci95": [round(lo, 6), round(hi, 6)]}


#: the assessments a reply may say a body has made, with how they read
ASSESSMENTS = (
    ("dpia", "Data protection impact assessment (DPIA) for its cameras"),
    ("code_compliance", "Follows the Surveillance Camera Code of Practice"),
)


def assessment_rates(bodies: Iterable[SurveyedBody]) -> list[dict[str, Any]]:
    """Per assessment: of the bodies whose reply says yes or no (n), how many say yes (k), and how many said
    nothing of it."""
    surveyed = list(bodies)
    out = []
    for key, label in ASSESSMENTS:
        said = Counter(b.tri_fact(key) for b in surveyed)
        n = said["yes"] + said["no"]
        out.append({"assessment": key, "label": label, **_share(said["yes"], n), "unknown": said["unknown"]})
    return out


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


def request_law(body: SurveyedBody) -> str:
    """The law a body was asked under (FOIA for schools' requests)."""
    law = body.laws[0] if body.laws else "foia"
    return REQUEST_LAW.get(law, law)


def exemption_law(exemption: str, body: SurveyedBody) -> str:
    """The law of a cited exemption: EIR exceptions say so ("EIR 12(5)(a)"); a section is of the law the
    body was asked under, unless it names FOISA."""
    text = exemption.strip().upper()
    if text.startswith(("EIR", "REG")):
        return "eir"
    return "foisa" if "FOISA" in text else request_law(body)


def _law_order(item: tuple[tuple[str, str], int]) -> tuple[int, int, str]:
    """FOIA, FOISA, EIR; the most cited exemption first."""
    (law, exemption), count = item
    order = list(LAWS)
    return (order.index(law) if law in order else len(order), -count, exemption)


def exemption_rates(bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS) -> list[dict[str, Any]]:
    """Refusals per exemption and law: bodies citing each exemption, k of the bodies that responded to a
    request under that law."""
    rows = []
    for (sector, nation), members in group_bodies(bodies, by).items():
        responded = [b for b in members if b.responded]
        under = Counter(request_law(b) for b in responded)
        cited = Counter(
            (exemption_law(e, b), e) for b in responded for e in sorted(set(b.fact_list("exemptions")))
        )
        order = list(LAWS)
        for (law, exemption), count in sorted(
            cited.items(),
            key=lambda item: (order.index(item[0][0]) if item[0][0] in order else 9, -item[1], item[0][1]),
        ):
            n = len(responded) if law == "eir" else under.get(law, 0)
            rows.append(
                {
                    "sector": sector,
                    "nation": nation,
                    "law": law,
                    "law_label": LAWS.get(law, law.upper()),
                    "exemption": exemption,
                    "withheld": sum(
                        1 for b in responded if b.outcome in WITHHELD and law in ("eir", request_law(b))
                    ),
                    **_share(count, max(n, count)),
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


def capability_shares(
    statements: Iterable[tuple[Collection[str], Collection[str]]], always: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Each capability: k bodies using it of the n that said which capabilities their cameras have (in use
    or not), and how many said it is not in use. ``statements``: (in use, stated absent) per body;
    ``always``: capabilities listed even when no body names them."""
    said = [(set(used), set(absent)) for used, absent in statements if used or absent]
    present = Counter(c for used, _ in said for c in used)
    absent = Counter(c for _, gone in said for c in gone)
    names = list(always) + sorted((set(present) | set(absent)) - set(always))
    return [
        {"capability": name, "stated_absent": absent.get(name, 0), **_share(present.get(name, 0), len(said))}
        for name in names
    ]


def capability_prevalence(
    bodies: Iterable[SurveyedBody], by: Sequence[str] = DIMENSIONS
) -> list[dict[str, Any]]:
    """Each capability (facial recognition, ANPR, audio, ...): k bodies reporting it of the n that said
    which capabilities their cameras have."""
    rows = []
    for (sector, nation), members in group_bodies(bodies, by).items():
        statements = [(b.fact_list("capabilities"), b.fact_list("capabilities_absent")) for b in members]
        rows += [{"sector": sector, "nation": nation, **row} for row in capability_shares(statements)]
    return rows
