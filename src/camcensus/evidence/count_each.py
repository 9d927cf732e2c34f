"""Cameras counted per vehicle of a fleet or per place named: "Each of our 45 trams is fitted with 8 on-board
cameras" gives the fleet's 360, not 8; "Stanground Library and Orton Library each have a small system of 4
cameras" gives 8."""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER, parse_number

_EACH = re.compile(
    rf"\beach\s+of\s+(?:our|the|its|their)?\s*(?:[A-Z][\w-]*'s\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:" + joined("counts", "fitted_each") + r")\s*$",
    re.IGNORECASE,
)


_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
# "Stanground Library and Orton Library each have ...", "Hall, Depot and Library each have ..."
_NAMED_EACH = re.compile(
    rf"(?P<names>(?:(?![A-Z][a-z]+ly\b){_NAME}\s*,\s*)*{_NAME}\s+and\s+{_NAME})\s+each\s+(?:have|has|had|contain)\b"
    r"[^.;]*$"  # not "Separately," before the names
)


# "... the two tidal sluices at Saltfleet Haven and Theddlethorpe have seven cameras each"
_EACH_AFTER = re.compile(r"\S+\s+(?:[\w-]+\s+){0,2}?cameras?\s+each\b", re.IGNORECASE)
_HAVE_BEFORE = re.compile(
    rf"\b(?:the|our|its|their)\s+(?P<n>{NUMBER})\s+[^.;,]{{0,80}}?\b(?:have|has|carry|contain)\s+$",
    re.IGNORECASE,
)


def fleet_sizes(text: str, starts: list[int]) -> dict[int, int]:
    """Of the counts at ``starts``, those of the cameras on each of a fleet or of places named, with how
    many there are."""
    if "ach of" not in text and " each " not in text:
        return {}
    out = {}
    for start in starts:
        before = text[max(0, start - 120) : start]
        m = _EACH.search(before[-80:])
        size = parse_number(m.group("n")) if m else None
        named = _NAMED_EACH.search(before) if size is None else None
        if size is None and named is None and _EACH_AFTER.match(text, start):  # "the two sluices ... have
            m = _HAVE_BEFORE.search(before[-120:])  # seven cameras each"
            size = parse_number(m.group("n")) if m else None
        if named is not None:
            size = named.group("names").count(",") + 2
        if size:
            out[start] = size
    return out
