"""How far to trust each conclusion of a reading, measured on labelled replies, and when a person should look.

Every reply-level field (hikvision, dahua, outcome, camera_count, exemptions) is read on some *basis*: a
vendor said in use in so many words, a bare "No" beside the request's question, a list of makes that leaves
the vendor out, an outcome read question by question or from the reply's cues, a count from a table or
from a sentence ... How often each basis is right was counted on labelled replies (``camcensus eval DIR
--calibrate FILE`` writes the counts; ``data/calibration.json`` holds them, with the folders they came
from). A field's confidence is that rate, drawn towards a cautious prior where the counts are few, so of the
fields given 0.9 about nine in ten are right; ``camcensus eval`` prints the reliability table that checks it.

A reply needs review when a field's confidence is low, when its answers could not be aligned with the
request's questions, when it says a vendor is and is not in use, or when its text came from OCR.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from camcensus.enums import EvidenceKind
from camcensus.knowledge.vendors import concern_vendors, fact_key

if TYPE_CHECKING:
    from camcensus.evidence.summary import Reading

K = EvidenceKind
#: the reason given when a text says its answer is attached and nothing was found in it
ATTACHED_NOT_READ = "the answer is said to be in an attached file that was not read with this text"
#: below this a field is flagged for review
REVIEW_BELOW = 0.8
#: what an unmeasured basis is trusted at, and how many labelled replies that guess weighs
PRIOR, PRIOR_WEIGHT = 0.6, 3.0


@dataclass(frozen=True)
class FieldTrust:
    value: Any
    basis: str
    confidence: float


def vendor_basis(reading: Reading, name: str) -> str:
    for item in reading.of(K.VENDOR_STATUS):
        if item.detail.get("vendor") == name:
            reason = item.detail.get("reason")
            return f"{item.detail.get('status')}: {item.detail.get('basis')}" + (
                f" ({reason})" if reason else ""
            )
    return "unknown: not stated"


def outcome_basis(reading: Reading) -> str:
    decided = next((i for i in reading.of(K.OUTCOME) if i.detail.get("decided")), None)
    if decided is None:
        return "unknown"
    how = "by question" if decided.detail.get("by_question") else "from cues"
    how = "text only" if decided.detail.get("text_only") else how
    return f"{decided.value}: {how}"


def count_basis(reading: Reading) -> str:
    counted = [i for i in reading.of(K.CAMERA_COUNT) if i.detail.get("counted")]
    if not counted:
        asked = bool(reading.questions) and any("count" in q["asks"] for q in reading.questions or [])
        return "none: asked" if asked else "none"
    first = counted[0]
    kind = "parts" if len(counted) > 1 else str(first.detail.get("role"))
    approx = "approx" if any(i.detail.get("approx") for i in counted) else "exact"
    return f"{first.detail.get('source')}: {kind}, {approx}"


def exemptions_basis(reading: Reading) -> str:
    found = reading.of(K.EXEMPTION)
    if not found:
        return "none"
    if any(i.detail.get("ncnd") for i in found):
        return "ncnd"
    return "one" if len({i.value for i in found}) == 1 else "several"


def bases(reading: Reading) -> dict[str, str]:
    return {
        **{fact_key(name): vendor_basis(reading, name) for name in concern_vendors()},
        "outcome": outcome_basis(reading),
        "camera_count": count_basis(reading),
        "exemptions": exemptions_basis(reading),
    }


@cache
def calibration() -> dict[str, dict[str, list[int]]]:
    """field -> basis -> [right, total], as measured on labelled replies."""
    text = resources.files("camcensus.evidence").joinpath("data/calibration.json").read_text("utf-8")
    return dict(json.loads(text)["counts"])


def rate(field: str, basis: str) -> float:
    right, total = calibration().get(field, {}).get(basis, [0, 0])
    return round((right + PRIOR * PRIOR_WEIGHT) / (total + PRIOR_WEIGHT), 3)


def trust(reading: Reading, values: dict[str, Any]) -> dict[str, FieldTrust]:
    return {f: FieldTrust(values[f], b, rate(f, b)) for f, b in bases(reading).items()}


def review_reasons(reading: Reading, trusted: dict[str, FieldTrust]) -> list[str]:
    reasons = [
        f"{name} read on a weak basis ({t.basis}: {t.confidence:.2f})"
        for name, t in trusted.items()
        if t.confidence < REVIEW_BELOW
    ]
    decided = next((i for i in reading.of(K.OUTCOME) if i.detail.get("decided")), None)
    if reading.questions and len(reading.questions) > 1 and decided and not decided.detail.get("by_question"):
        reasons.append("answers not aligned with the request's questions")
    for name in concern_vendors():
        said = {
            i.detail.get("status")
            for i in reading.items
            if i.kind in (K.MANUFACTURER, K.MODEL)
            and (i.detail.get("vendor") if i.kind == K.MODEL else i.value) == name
        }
        if "in_use" in said and "not_in_use" in said:
            reasons.append(f"says {name} is and is not in use")
    if reading.ocr:
        reasons.append("text read by OCR")
    if reading.attached and _nothing_found(reading):
        reasons.append(ATTACHED_NOT_READ)
    return reasons


def _nothing_found(reading: Reading) -> bool:
    """No count, no vendor known and no exemption: the reading found none of the answers asked for."""
    return (
        reading.camera_count is None
        and all(reading.vendor_status(name) == "unknown" for name in concern_vendors())
        and not reading.of(K.EXEMPTION)
    )


def calibration_counts(pairs: list[tuple[str, str, bool]]) -> dict[str, dict[str, list[int]]]:
    """(field, basis, right) of labelled readings -> the counts ``data/calibration.json`` holds."""
    out: dict[str, dict[str, list[int]]] = {}
    for field, basis, right in pairs:
        cell = out.setdefault(field, {}).setdefault(basis, [0, 0])
        cell[0] += int(right)
        cell[1] += 1
    return {f: dict(sorted(b.items())) for f, b in sorted(out.items())}


__all__ = [
    "ATTACHED_NOT_READ",
    "REVIEW_BELOW",
    "FieldTrust",
    "bases",
    "calibration_counts",
    "rate",
    "review_reasons",
    "trust",
]
