"""One finding with the words behind it: what ``read_segments`` returns and ``Evidence`` rows store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from camcensus.enums import EvidenceKind
from camcensus.memo import text_memo

QUOTE_LIMIT = 400


@dataclass
class EvidenceItem:
    kind: EvidenceKind
    value: str
    quote: str = ""
    location: str = ""
    segment_seq: int = -1
    char_start: int = -1
    char_end: int = -1
    confidence: float = 1.0
    detail: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "value": self.value,
            "detail": self.detail,
            "quote": self.quote,
            "location": self.location,
            "segment_seq": self.segment_seq,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "confidence": round(self.confidence, 3),
        }


@text_memo
def clean_quote(text: str) -> str:
    """The quoted words, on one line, at most QUOTE_LIMIT long. Personal data in them is taken out where they
    are published (``camcensus.redaction``), the one place for that rule."""
    text = " ".join(text.split())  # runs of whitespace as one space (str.split and \s agree on what it is)
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "\u2026"
