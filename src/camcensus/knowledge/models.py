"""Model-number patterns (``data/model_patterns.csv``): which vendor made a device, from its model number.

Patterns run on normalised text (upper case, Unicode dashes as ``-``) so FOI PDFs' "DS–2CD2142FWD–I" match.
Look-alikes are data too: Uniview's ``IPC2122…`` (no hyphen) is matched to Uniview so it never reads as Dahua,
and shapes other vendors share carry a low confidence that never decides a vendor alone.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from camcensus.memo import text_memo

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_LEVEL_RANK = {"H": 0, "M": 1, "L": 2}
# A Dahua DH-/DHI- model says what it is after the prefix.
_DAHUA_TYPES = (
    ("IPC", "camera"),
    ("HAC", "camera"),
    ("SD", "camera"),
    ("PTZ", "camera"),
    ("NVR", "recorder"),
    ("XVR", "recorder"),
    ("DVR", "recorder"),
    ("HCVR", "recorder"),
    ("VTO", "intercom"),
    ("VTH", "intercom"),
    ("ASI", "access"),
    ("ASC", "access"),
)


@dataclass(frozen=True)
class ModelPattern:
    brand: str
    vendor: str
    level: str  # H vendor-only prefix, M family shape, L shape shared with other vendors
    confidence: float
    family: str
    device_type: str
    regex: re.Pattern[str]
    source: str


@dataclass(frozen=True)
class ModelMatch:
    model: str
    vendor: str
    brand: str
    family: str
    device_type: str  # camera | recorder | intercom | access | other
    confidence: float
    start: int
    end: int
    source: str

    def as_dict(self) -> dict[str, object]:
        return {"model": self.model, **self.detail(), "confidence": self.confidence}

    def detail(self) -> dict[str, str]:
        return {
            "vendor": self.vendor,
            "brand": self.brand,
            "family": self.family,
            "device_type": self.device_type,
            "source": self.source,
        }


@lru_cache(maxsize=1)
def model_patterns() -> tuple[ModelPattern, ...]:
    with (
        resources.files("camcensus.knowledge")
        .joinpath("data", "model_patterns.csv")
        .open(encoding="utf-8") as fh
    ):
        return tuple(
            ModelPattern(
                row["brand"],
                row["vendor"],
                row["level"],
                float(row["confidence"]),
                row["family"],
                row["device_type"],
                re.compile(row["regex"]),
                row["source"],
            )
            for row in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def _any_model() -> re.Pattern[str]:
    """Every pattern in one alternation: it matches somewhere exactly when one of them does."""
    return re.compile("|".join(f"(?:{p.regex.pattern})" for p in model_patterns()))


def normalise_model_text(text: str) -> str:
    """Upper-case with Unicode dashes as '-', keeping every character's offset."""
    out = text.translate(_DASHES)
    upper = out.upper()
    return upper if len(upper) == len(out) else "".join(c.upper() if len(c.upper()) == 1 else c for c in out)


def _device_type(pattern: ModelPattern, model: str) -> str:
    if pattern.device_type:
        return pattern.device_type
    body = re.sub(r"^DHI?T?-", "", model)
    return next((kind for prefix, kind in _DAHUA_TYPES if body.startswith(prefix)), "other")


# A code after these words names a place ("room DS-1204", "Block IPC-2"), not a model.
_PLACE_BEFORE = re.compile(
    r"\b(?:ROOM|OFFICE|BLOCK|BUILDING|FLOOR|WARD|LAB|LABORATORY|STUDIO|SUITE|BAY|GATE|CLASSROOM|CORRIDOR)"
    r"\s*(?:NO\.?\s*)?$"
)


@text_memo
def match_model(text: str) -> tuple[ModelMatch, ...]:
    """Model numbers in ``text``; where patterns overlap the longest, most specific one wins."""
    norm = normalise_model_text(text)
    if _any_model().search(norm) is None:  # one pass rules out most text, instead of one per pattern
        return ()
    hits = []
    for p in model_patterns():
        for m in p.regex.finditer(norm):
            if _PLACE_BEFORE.search(norm[max(0, m.start() - 20) : m.start()]):
                continue
            model = m.group(0).rstrip("-/(")
            end = m.start() + len(model)
            hits.append((m.start(), -(end - m.start()), _LEVEL_RANK[p.level], p, model, end))
    hits.sort(key=lambda h: h[:3])
    out: list[ModelMatch] = []
    taken_end = -1
    for start, _, _, p, model, end in hits:
        if start < taken_end:
            continue
        out.append(
            ModelMatch(
                model=model,
                vendor=p.vendor,
                brand=p.brand,
                family=p.family,
                device_type=_device_type(p, model),
                confidence=p.confidence,
                start=start,
                end=end,
                source=p.source,
            )
        )
        taken_end = end
    return tuple(out)
