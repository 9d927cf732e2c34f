"""Cameras counted per vehicle of a fleet: "Each of our 45 trams is fitted with 8 on-board cameras" gives the
fleet's 360, not 8."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER, parse_number

if TYPE_CHECKING:
    from camcensus.evidence.counts import CountMention

_EACH = re.compile(
    rf"\beach\s+of\s+(?:our|the|its|their)?\s*(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:" + joined("counts", "fitted_each") + r")\s*$",
    re.IGNORECASE,
)


def per_each(text: str, mentions: list[CountMention]) -> list[CountMention]:
    """``mentions`` with a count on each of a fleet multiplied by the fleet's size."""
    out = []
    for c in mentions:
        m = _EACH.search(text[max(0, c.start - 80) : c.start]) if "ach of" in text else None
        fleet = parse_number(m.group("n")) if m else None
        out.append(replace(c, value=c.value * fleet) if fleet and c.role in ("part", "total") else c)
    return out
