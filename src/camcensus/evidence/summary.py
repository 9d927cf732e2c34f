"""A ``Reading``, what one reply says as evidence items, and its ``extract --json`` object: conclusions first,
then the evidence behind them. (``camcensus.evidence.reading.read_segments`` makes one.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from camcensus.enums import EvidenceKind
from camcensus.evidence import outcome
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.manufacturers import IN_USE, INSTALLER, MENTIONED, NOT_IN_USE, PAST
from camcensus.knowledge.vendors import concern_keys, concern_vendors, fact_key

K = EvidenceKind
_IN_USE_FLAG = {IN_USE: True, NOT_IN_USE: False, PAST: False, MENTIONED: None}
_STATUS_RANK = {IN_USE: 3, NOT_IN_USE: 2, PAST: 2, MENTIONED: 1}


@dataclass
class Reading:
    """What one reply says: its evidence items, and what its questions and its text were."""

    items: list[EvidenceItem] = field(default_factory=list)
    path: str | None = None
    law: str = outcome.FOIA
    questions: list[dict[str, Any]] | None = None  # the request's questions and their answers, when known
    ocr: bool = False  # some of its text was read by OCR
    attached: bool = False  # it says its answer is in an attached file

    def of(self, kind: EvidenceKind) -> list[EvidenceItem]:
        return [i for i in self.items if i.kind == kind]

    def vendor_status(self, name: str) -> str:
        for item in self.of(K.VENDOR_STATUS):
            if item.detail.get("vendor") == name:
                return str(item.detail.get("status", "unknown"))
        return "unknown"

    @property
    def outcome(self) -> str:
        found = [i for i in self.of(K.OUTCOME) if i.detail.get("decided")]
        return found[0].value if found else "unknown"

    @property
    def camera_count(self) -> int | None:
        counted = [int(i.value) for i in self.of(K.CAMERA_COUNT) if i.detail.get("counted")]
        return sum(counted) if counted else None

    def as_dict(self) -> dict[str, Any]:
        return reading_dict(self)


def manufacturers(items: list[EvidenceItem]) -> list[dict[str, Any]]:
    """One row per brand named in the answer: the strongest reading of it wins (in use over denial over
    mention)."""
    best: dict[str, EvidenceItem] = {}
    for item in items:
        status = item.detail.get("status")
        if item.kind != K.MANUFACTURER or status not in _STATUS_RANK:
            continue
        key = str(item.detail.get("brand") or item.value)
        old = best.get(key)
        if old is None or (_STATUS_RANK[status], item.confidence) > (
            _STATUS_RANK[old.detail["status"]],
            old.confidence,
        ):
            best[key] = item
    return [
        {
            "name": key,
            "vendor": item.value,
            "in_use": _IN_USE_FLAG[item.detail["status"]],
            "status": item.detail["status"],
            "relationship": item.detail.get("relationship"),
            "confidence": item.confidence,
            "quote": item.quote,
            "location": item.location,
        }
        for key, item in best.items()
    ]


def capability_sets(items: list[EvidenceItem]) -> tuple[list[str], list[str]]:
    """(capabilities in use, capabilities said to be absent); the stronger statement wins per capability."""
    pos: dict[str, float] = {}
    neg: dict[str, float] = {}
    for item in items:
        if item.kind == K.CAPABILITY and item.detail.get("status") != "capable":
            pos[item.value] = max(pos.get(item.value, 0.0), item.confidence)
        elif item.kind == K.CAPABILITY_ABSENT:
            neg[item.value] = max(neg.get(item.value, 0.0), item.confidence)
    present = sorted(c for c in pos if pos[c] >= neg.get(c, 0.0))
    absent = sorted(c for c in neg if c not in present)
    return present, absent


def _models(items: list[EvidenceItem]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for item in items:
        if item.kind == K.MODEL and item.value not in seen:
            seen[item.value] = {
                "model": item.value,
                "vendor": item.detail.get("vendor"),
                "brand": item.detail.get("brand"),
                "device_type": item.detail.get("device_type"),
                "status": item.detail.get("status"),
                "confidence": item.confidence,
                "quote": item.quote,
            }
    return list(seen.values())


def _quote_of(items: list[EvidenceItem], kind: EvidenceKind) -> str | None:
    return next((i.quote for i in items if i.kind == kind and i.quote), None)


def reading_dict(reading: Reading) -> dict[str, Any]:
    items = reading.items
    present, absent = capability_sets(items)
    exemptions = list(dict.fromkeys(i.value for i in items if i.kind == K.EXEMPTION))
    status_items = {str(i.detail.get("vendor")).lower(): i for i in items if i.kind == K.VENDOR_STATUS}
    makers = manufacturers(items)
    counted = [i for i in items if i.kind == K.CAMERA_COUNT and i.detail.get("counted")]
    questions = {} if reading.questions is None else {"questions": reading.questions}
    decided = next((i for i in items if i.kind == K.OUTCOME and i.detail.get("decided")), None)
    review = decided.detail.get("review", {}) if decided is not None else {}
    return {
        "path": reading.path,
        "outcome": reading.outcome,
        "exemptions": exemptions,
        "manufacturers": makers,
        "models": _models(items),
        "camera_count": reading.camera_count,
        "capabilities": present,
        **{fact_key(name): reading.vendor_status(name) for name in concern_vendors()},
        "capabilities_absent": absent,
        "past_use": sorted({m["vendor"] for m in makers if m["status"] == PAST}),
        "installers": sorted(
            {
                str(i.detail.get("name"))
                for i in items
                if i.kind == K.MANUFACTURER and i.detail.get("status") == INSTALLER
            }
        ),
        "ecosystem": sorted(
            {
                f"{i.detail.get('name')} ({i.value})"
                for i in items
                if i.kind == K.MANUFACTURER and i.detail.get("status") == "ecosystem"
            }
        ),
        "law": reading.law,
        "ncnd": any(i.detail.get("ncnd") for i in items if i.kind == K.EXEMPTION),
        "dpia": _tri(items, K.DPIA),
        "code_compliance": _tri(items, K.CODE_COMPLIANCE),
        "camera_count_approx": any(i.detail.get("approx") for i in counted),
        "quotes": {
            **{key: status_items[key].quote if key in status_items else "" for key in concern_keys()},
            "outcome": next((i.quote for i in items if i.kind == K.OUTCOME and i.detail.get("decided")), ""),
            "camera_count": counted[0].quote if counted else "",
            "exemptions": _quote_of(items, K.EXEMPTION) or "",
        },
        "confidence": review.get("confidence", {}),
        "confidence_basis": review.get("basis", {}),
        "needs_review": review.get("needs_review", True),
        "review_reasons": review.get("reasons", []),
        **questions,
    }


def _tri(items: list[EvidenceItem], kind: EvidenceKind) -> str:
    values = [i.value for i in items if i.kind == kind]
    if "no" in values and "yes" not in values:
        return "no"
    return "yes" if "yes" in values else "unknown"
