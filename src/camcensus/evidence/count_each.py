"""Cameras counted per vehicle of a fleet or per place named: "Each of our 45 trams is fitted with 8 on-board
cameras" gives the fleet's 360, not 8; "Stanground Library and Orton Library each have a small system of 4
cameras" gives 8."""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER, parse_number

_EACH = re.compile(
    rf"\beach\s+of\s+(?:our|the|its|their)?\s*(?:[A-Z][\w-]*'s\s+)?(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,4}}"
    r"(?:\([^()]{0,120}\)\s+)?(?:" + joined("counts", "fitted_each") + r")\s*$",
    re.IGNORECASE,
)


_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
# "Stanground Library and Orton Library each have ...", "Hall, Depot and Library each have ..."
_NAMED_EACH = re.compile(
    rf"(?P<names>(?:(?![A-Z][a-z]+ly\b){_NAME}\s*,\s*)*{_NAME}\s+and\s+{_NAME})\s+each\s+(?:have|has|had|contain)\b"
    r"[^.;]*$"  # not "Separately," before the names
)


# "Ashcombe and Bridgend Road, our two wholetime stations, each have six cameras"
_OUR_N_EACH = re.compile(
    rf"\b(?:the|our|its|their)\s+(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,?\s+each\s+(?:have|has|had|contain)"
    r"\b[^.;]*$",
    re.IGNORECASE,
)


# "... the two tidal sluices at Saltfleet Haven and Theddlethorpe have seven cameras each"
_EACH_AFTER = re.compile(r"\S+\s+(?:[\w-]+\s+){0,2}?cameras?\s+each\b", re.IGNORECASE)
_HAVE_BEFORE = re.compile(
    rf"\b(?:the|our|its|their)\s+(?P<n>{NUMBER})\s+[^.;,]{{0,80}}?\b(?:have|has|carry|contain)\s+$",
    re.IGNORECASE,
)
# "Emergency ambulances (DCA): 286 vehicles, six cameras each"
_UNITS_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<n>{NUMBER})\s+(?:[\w()'-]+\s+){{0,3}}?[\w()'-]+\s*,\s*$", re.IGNORECASE
)

# "Each appliance has four cameras", "Each vehicle is fitted with three ANPR cameras": the fleet is counted
# before ("CCTV is fitted to 31 front-line appliances.")
_EACH_UNIT = re.compile(
    r"\beach\s+(?!of\b)(?P<noun>[A-Za-z][\w-]*?)(?:e?s)?\s+(?:"
    + joined("counts", "fitted_each")
    + r")\s[^.;]*$",
    re.IGNORECASE,
)


# "Roads Policing Unit   46 vehicles x 3 cameras (front, rear, cabin)": a fleet, so many cameras on each
FLEET_TIMES = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,4})\s+(?:[A-Za-z()'-]+\s+){1,2}?[x\u00d7]\s*(?P<m>\d{1,2})\s+"
    r"(?:[\w-]+\s+)?cameras?\b",
    re.IGNORECASE,
)


def fleet_before(text: str, start: int, floor: int = 0, until: int | None = None) -> int | None:
    """How many vehicles (or places) carry the count at ``start`` each, where its sentence opens "Each
    vehicle has ..." and ``text[floor:until]`` counts the vehicles."""
    m = _EACH_UNIT.search(text, max(floor, start - 120), start)
    if m is None:
        return None
    units = re.compile(
        rf"(?<![\w.,])(?P<n>{NUMBER})\s+(?:[\w'-]+\s+){{0,4}}?\(?{re.escape(m.group('noun'))}(?:e?s)?\)?(?!\w)",
        re.IGNORECASE,
    )
    end = m.start() if until is None else until
    found = [u for u in units.finditer(text, max(floor, m.start() - 400), end) if u.end() <= end]
    return parse_number(found[-1].group("n")) if found else None


def fleet_sizes(text: str, starts: list[int]) -> dict[int, int]:
    """Of the counts at ``starts``, those of the cameras on each of a fleet or of places named, with how
    many there are."""
    times = {m.start("m"): int(m.group("n").replace(",", "")) for m in FLEET_TIMES.finditer(text)}
    if "each" not in text.lower() and not times:
        return {}
    out = {}
    for start in starts:
        if times.get(start):  # "46 vehicles x 3 cameras"
            out[start] = times[start]
            continue
        before = text[max(0, start - 120) : start]
        m = _EACH.search(text[max(0, start - 220) : start])
        size = parse_number(m.group("n")) if m else None
        if size is None and (ours := _OUR_N_EACH.search(before)) is not None:
            size = parse_number(ours.group("n"))
        named = _NAMED_EACH.search(before) if size is None else None
        if size is None and named is None and _EACH_AFTER.match(text, start):  # "the two sluices ... have
            m = _HAVE_BEFORE.search(before[-120:]) or _UNITS_BEFORE.search(before[-60:])  # seven cameras
            size = parse_number(m.group("n")) if m else None  # each"; "286 vehicles, six cameras each"
        if size is None and named is None:
            size = fleet_before(text, start)
        if named is not None:
            size = named.group("names").count(",") + 2
        if size:
            out[start] = size
    return out


_SAID_AGAIN = re.compile(r"[^()\d.;]{0,25}\(\s*")


def said_again(text: str, spans: list[tuple[int, int, int]]) -> set[int]:
    """Of counts (start, end, value) in order, the starts of those whose figure for them all follows in
    brackets right after their words ("each with two cameras (52 cameras)", "Fourteen cameras (14)"): the
    bracketed figure counts the same cameras."""
    return {
        a
        for (a, b, v), (c, _, w) in zip(spans, spans[1:], strict=False)
        if w >= v > 0 and w % v == 0 and _SAID_AGAIN.fullmatch(text, b, c)
    }


_LEFT_OUT_AFTER = re.compile(r"\b(?:" + joined("counts", "left_out_after") + r")\b", re.IGNORECASE)


def left_out(starts: list[int], text: str) -> set[int]:
    """Of the counts at ``starts``, the nearest before each "these are not included in the figure above" (or
    "... is included in the figure above": inside it, nothing to add)."""
    found = [(text.rfind(". ", 0, m.start()), m.start()) for m in _LEFT_OUT_AFTER.finditer(text)]
    return {max(before) for a, b in found if (before := [s for s in starts if a < s < b])}
