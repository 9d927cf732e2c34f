"""Cameras counted per vehicle of a fleet: "Each of our 45 trams is fitted with 8 on-board cameras" gives the
fleet's 360, not 8."""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER, parse_number

_EACH = re.compile(
    rf"\beach\s+of\s+(?:our|the|its|their)?\s*(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:" + joined("counts", "fitted_each") + r")\s*$",
    re.IGNORECASE,
)


def fleet_sizes(text: str, starts: list[int]) -> dict[int, int]:
    """Of the counts at ``starts``, those of the cameras on each of a fleet, with the fleet's size."""
    if "ach of" not in text:
        return {}
    out = {}
    for start in starts:
        m = _EACH.search(text[max(0, start - 80) : start])
        size = parse_number(m.group("n")) if m else None
        if size:
            out[start] = size
    return out
