"""A camera count stated in a sentence, and the numbers that could be one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from camcensus.evidence.text import parse_number


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    value: int
    role: str  # total | part | sub | excluded
    approx: bool
    qualifier: str  # the words between the number and "cameras": "Hikvision", "PTZ", "body worn"
    fleet: int = 0  # the vehicles (or places) its value is the cameras of, each carrying the same number
    ranged: bool = False  # "between 2,900 and 3,100": a range's middle, never a figure the body gave


# more cameras than any one UK public body runs (the largest estates run tens of thousands)
MOST_CAMERAS = 250_000


def camera_number(text: str) -> int | None:
    """The number ``text`` writes, if it could count cameras: no phone number ("07700900"), none too big."""
    value = parse_number(text)
    if value is None or value > MOST_CAMERAS or re.fullmatch(r"0\d+", text.strip().replace(",", "")):
        return None
    return value
