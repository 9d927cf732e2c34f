"""A total said to hold things that are not the cameras asked for ("The Council's CCTV system comprises 326
devices in total. This figure includes the 14 monitors in the control room and 12 network recording units";
"the above figures include 15 body-worn cameras"), or to hold some out of use ("The Council owns eight
redeployable cameras. Two of these ... are no longer in service"): the count is the total less them."""

from __future__ import annotations

import re
from dataclasses import replace

from camcensus.enums import EvidenceKind
from camcensus.evidence.counts import CountMention, camera_number
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.text import NUMBER, parse_number
from camcensus.knowledge.vendors import find_vendor_mentions

K = EvidenceKind

_INCLUDES = re.compile(r"\b(?:" + joined("counts", "total_includes") + r")\b", re.IGNORECASE)
_INSIDE = re.compile(
    rf"\b(?P<num>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?P<what>(?:{joined('counts', 'inside_not_cameras')})\b"
    r"|(?:[\w-]+\s+)?(?:cameras?|units?|devices?))",
    re.IGNORECASE,
)
_SOME_OF = re.compile(rf"\b(?P<num>{NUMBER})\s+of\s+(?:these|them|those)\b", re.IGNORECASE)
_OUT_OF_SERVICE = re.compile(r"\b(?:" + joined("counts", "out_of_service") + r")\b", re.IGNORECASE)
# a sentence, run on over wrapped lines but not past a blank line
_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*\n))+(?:[.!?]|$)")


def _inside(sentence: str, subject: tuple[str, ...]) -> int:
    """What the sentence's "includes" clause counts that is not a camera of the estate asked about."""
    found = _INCLUDES.search(sentence)
    some = _SOME_OF.search(sentence) if found is None else None
    if some is not None and _OUT_OF_SERVICE.search(sentence, some.end()):
        return parse_number(some.group("num")) or 0  # "Two of these ... are no longer in service"
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
        less = _inside(" ".join(m.group(0).split()), subject)
        if 0 < less < value:
            return EvidenceItem(
                K.CAMERA_COUNT,
                str(value - less),
                quote=" ".join(m.group(0).split())[:300],
                location=total.location,
                segment_seq=total.segment_seq,
                char_start=m.start(),
                char_end=m.end(),
                confidence=total.confidence,
                detail={**total.detail, "role": "total", "qualifier": "less what it includes", "of": value},
            )
    return None


_PLACE_NAME = re.compile(r"\b(?-i:[A-Z][\w'\u2019-]{3,})(?=(?:\s+[A-Z][\w'\u2019-]*)+)")


def at_listed_places(
    mentions: list[tuple[CountMention, EvidenceItem]],
) -> list[tuple[CountMention, EvidenceItem]]:
    """A sentence that lists places with their cameras ("Ferndale Primary has 12 cameras, Hollins Park
    Academy 40, Oakhurst Primary 18 ..."), then a later sentence's count at one of them ("At Hollins Park two
    cameras cover the hand-washing area"): a part of that place's cameras, no more cameras."""
    parts = [(c, item) for c, item in mentions if c.role == "part" and item.detail.get("source") == "text"]
    lists = [item for _, item in parts if sum(other.quote == item.quote for _, other in parts) >= 3]
    if not lists:
        return mentions
    first = min((i.segment_seq, i.char_start) for i in lists)
    names = {m.group(0) for item in lists for m in _PLACE_NAME.finditer(item.quote)}
    names = {n for n in names if not find_vendor_mentions(n)}  # ("31 x Hanwha Wisenet ...": a make, no place)
    others = {id(item) for _, item in parts} - {id(item) for item in lists}
    out = []
    for c, item in mentions:
        later = id(item) in others and (item.segment_seq, item.char_start) > first
        if later and any(re.search(rf"\b{re.escape(n)}\b", item.quote) for n in names):
            c = replace(c, role="sub")
        out.append((c, item))
    return out


_VERB = r"(?:" + joined("counts", "bare_verb") + r")"
_HAS_COUNT = re.compile(rf"\b{_VERB}\s+(?:a further\s+)?{NUMBER}\s+(?:[\w-]+\s+){{0,2}}?cameras?\b", re.I)
_ELIDED_HAS = re.compile(
    rf"^\W*(?:[\w'\u2019&-]+\s+){{1,6}}?{_VERB}\s+(?:a further\s+)?(?P<num>{NUMBER})\s*\.?\s*$", re.IGNORECASE
)


def elided_count(before: str, sentence: str) -> tuple[CountMention, ...]:
    """A sentence that gives a place its number with the noun left to the sentence before ("County Hall has 38
    cameras covering the car parks." then "The highways depot has 17."): a part, as if it said cameras."""
    m = _ELIDED_HAS.match(sentence)
    if m is None or not _HAS_COUNT.search(before):
        return ()
    value = camera_number(m.group("num"))
    return (CountMention(m.start("num"), m.end("num"), value, "part", False, ""),) if value else ()
