"""Counts of one make's cameras beside counts of the whole estate: "operates 143 cameras", then "Dahua - 41",
"Axis - 40" break the whole down by make; they are no further cameras."""

from __future__ import annotations

import re
from dataclasses import replace

from camcensus.evidence.counts import CountMention
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.phrases import joined
from camcensus.knowledge.vendors import find_vendor_mentions, vendor


def by_make(mentions: list[tuple[CountMention, EvidenceItem]]) -> list[tuple[CountMention, EvidenceItem]]:
    """Counts per make after a count of the whole estate ("operates 143 cameras", then "Dahua - 41", "Axis -
    40") break it down when they add up to no more than it: they are no more cameras."""
    parts = [(i, c) for i, (c, _) in enumerate(mentions) if c.role in ("part", "total") and c.value > 0]
    made = [
        (i, c)
        for i, c in parts
        if _of_one_make(c.qualifier, mentions[i][1].quote, c.role == "total")
        or _make_after(mentions[i][1].quote, c.end)
        or _make_before(mentions[i][1].quote, c.start)
    ]
    whole = [(i, c) for i, c in parts if (i, c) not in made and c.role == "part"]
    if not made or not whole:
        return mentions
    if whole[-1][0] > made[0][0] and not _restated_in(mentions, made, whole):
        return mentions  # the whole (or its parts) first, then the makes; or the makes counted again in it
    tables = {mentions[i][1].detail.get("table") for i, _ in whole} - {None}
    if any(mentions[i][1].detail.get("table") in tables for i, _ in made):
        return mentions  # "Brunel House | 18 | Vista", "Stephenson Tower | 22 | Hanwha": rows of one table
    if sum(c.value for _, c in made) > sum(c.value for _, c in whole):
        return mentions
    if any(c.role == "total" for _, c in made) and sum(c.value for _, c in made) >= sum(
        c.value for _, c in whole
    ):
        return mentions  # "212 cameras in total, all Axis" after its parts: the whole, not one make's
    out = list(mentions)
    for i, c in made:
        out[i] = (replace(c, role="sub"), out[i][1])
    return out


def _restated_in(
    mentions: list[tuple[CountMention, EvidenceItem]],
    made: list[tuple[int, CountMention]],
    whole: list[tuple[int, CountMention]],
) -> bool:
    """Each make's count comes again inside a later part's breakdown ("nine cameras are Hikvision ... All nine
    are at the depot", then "22 cameras at its own buildings: 12 at the Council Offices, the 9 at Fen Road
    depot referred to above ..."): the makes' cameras are among the parts."""
    later = [mentions[i][1].quote for i, _ in whole if i > made[-1][0]]
    return bool(later) and all(
        any(re.search(rf"\bthe\s+{c.value}\b", quote) for quote in later) for _, c in made
    )


_IS_MAKE = re.compile(  # (and "the 11 depot cameras and their recorder are Hikvision", "Three pan-tilt-zoom
    # cameras on the promenade are Hikvision units")
    r"\s*(?:(?!\d)[\w-]+\s+){0,6}?(?:and (?:their|its|the) (?:recorders?|nvrs?|dvrs?)\s+)?(?:"
    + joined("counts", "make_after")
    + ")",
    re.IGNORECASE,
)


def _make_after(sentence: str, end: int) -> bool:
    """The count is said to be of a make right after it ("41 cameras are HiLook products and 23 ...", "70
    cameras manufactured by Hikvision")."""
    m = _IS_MAKE.match(sentence, end)
    return m is not None and any(f.start == m.end() for f in find_vendor_mentions(sentence))


_MAKES_BRACKET = re.compile(r"\s*cameras?\s*\(\s*(?:[a-z.]+\s+)?$", re.IGNORECASE)


def _make_before(sentence: str, start: int) -> bool:
    """The count in brackets is of the make named just before its noun ("Hikvision cameras (around 310)")."""
    return any(_MAKES_BRACKET.fullmatch(sentence[f.end : start]) for f in find_vendor_mentions(sentence))


def _of_one_make(qualifier: str, sentence: str, anywhere: bool = False) -> bool:
    """The count is of one make's cameras: "Axis (24)", or a sentence about one make ("Hikvision accounts for
    approximately 20 cameras"; with ``anywhere``, the make named anywhere in it: "The cameras at the pool
    (17 cameras in total) are Da Hua units")."""
    if vendor(qualifier) is not None or find_vendor_mentions(qualifier):
        return True
    found = find_vendor_mentions(sentence)
    return len({m.match.vendor for m in found}) == 1 and (anywhere or found[0].start <= 4)
