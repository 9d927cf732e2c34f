"""A total said to hold things that are not the cameras asked for ("The Council's CCTV system comprises 326
devices in total. This figure includes the 14 monitors in the control room and 12 network recording units";
"the above figures include 15 body-worn cameras"): the count is the total less them."""

from __future__ import annotations

import re

from camcensus.enums import EvidenceKind
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.text import NUMBER, parse_number

K = EvidenceKind

_INCLUDES = re.compile(r"\b(?:" + joined("counts", "total_includes") + r")\b", re.IGNORECASE)
_INSIDE = re.compile(
    rf"\b(?P<num>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?P<what>(?:{joined('counts', 'inside_not_cameras')})\b"
    r"|(?:[\w-]+\s+)?(?:cameras?|units?|devices?))",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|$)")


def _inside(sentence: str, subject: tuple[str, ...]) -> int:
    """What the sentence's "includes" clause counts that is not a camera of the estate asked about."""
    found = _INCLUDES.search(sentence)
    if found is None:
        return 0
    less = 0
    for m in _INSIDE.finditer(sentence, found.end()):
        what = m.group("what")
        other = [k for k in kinds_in(what, "request", "scope") if k not in subject]
        if re.fullmatch(r"(?:[\w-]+\s+)?(?:cameras?|units?|devices?)", what, re.IGNORECASE) and not other:
            continue  # "this figure includes 12 PTZ cameras": cameras of the estate
        less += parse_number(m.group("num")) or 0
    return less


def total_less_inside(total: EvidenceItem, text: str, subject: tuple[str, ...]) -> EvidenceItem | None:
    """The count of ``total`` less what a sentence after it, in ``text`` (its segment's text), says it
    includes; None when no sentence says so, or when what it includes is not less than the total."""
    value = int(total.value)
    for m in _SENTENCE.finditer(text, max(total.char_start, 0)):
        less = _inside(m.group(0), subject)
        if 0 < less < value:
            return EvidenceItem(
                K.CAMERA_COUNT,
                str(value - less),
                quote=m.group(0).strip()[:300],
                location=total.location,
                segment_seq=total.segment_seq,
                char_start=m.start(),
                char_end=m.end(),
                confidence=total.confidence,
                detail={**total.detail, "role": "total", "qualifier": "less what it includes", "of": value},
            )
    return None
