"""Cameras counted by make in a sentence about CCTV that names no camera noun ("Our CCTV estate across the
three sites comprises Axis (184 units) and Bosch (41)"): each make's number is a part of the count; and a
make given the body's whole count ("3. Hikvision, 23" where it has 23 cameras) is the only make.

Only a list of at least two names, every one a make in the vendor register, each with its number in
brackets: "Riverside (4), Abbey (2)" in a sentence about CCTV is a list of places, read with its noun.
"""

from __future__ import annotations

import re

from camcensus.evidence.counts import CountMention, named_in_brackets
from camcensus.knowledge.vendors import find_vendor_mentions

_CCTV = re.compile(r"\bcctv\b", re.IGNORECASE)


def _all_makes(names: list[str]) -> bool:
    return all(find_vendor_mentions(name) for name in names)


def find_maker_counts(text: str, found: tuple[CountMention, ...]) -> tuple[CountMention, ...]:
    """The makes' numbers of such a sentence, as parts; none where the sentence's counts were ``found``
    with their noun."""
    if found or not _CCTV.search(text):
        return ()
    return tuple(named_in_brackets(text, names_ok=_all_makes))


def whole_count_of(quote: str, name: str, total: int) -> bool:
    """The quote gives the make ``name`` the body's whole count ("Hikvision, 23", "23 x Hikvision")."""
    named, number = re.escape(name), str(total)
    pattern = rf"\b{named}\W{{1,3}}{number}\b(?!\s*%)|\b{number}\s+(?:x\s+)?{named}\b"
    return total > 0 and bool(re.search(pattern, quote, re.IGNORECASE))
