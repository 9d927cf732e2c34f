"""Whether the numbers after an answer's first number are its parts ("27 cameras (19 internal, 8 external)",
"Sixteen, 4 inside and the rest outside"), which makes the first the total. The phrase lists are in
evidence/data/counts.toml."""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined


def _bounded(section: str) -> str:
    return r"\b(?:" + joined("counts", section) + r")\b"


_REST_UNNUMBERED = re.compile(_bounded("rest_unnumbered"), re.IGNORECASE)
_BREAKDOWN = re.compile(_bounded("breakdown") + r"|:|\s[-\u2013]\s|\((?=[^)]*\d)", re.IGNORECASE)


def parts_of(text: str, value: int, rest: list[tuple[re.Match[str], int]]) -> bool:
    """The numbers after the first add up to it, or to less with the rest left unnumbered ("Sixteen, 4
    inside and the rest outside"): parts of it."""
    below = sum(v for _, v in rest)
    if below == value:
        return True
    end = rest[-1][0].end()
    stop = text.find(". ", end)
    return below < value and bool(_REST_UNNUMBERED.search(text, end, stop if stop >= 0 else len(text)))


def opens_breakdown(text: str, first: re.Match[str], rest: list[re.Match[str]]) -> bool:
    """A breakdown opens between the first number and the next ("27 cameras: 19 internal ..."), searched in
    the whole answer so that its lookahead sees it; a bracket holding none of the numbers counted ("(typically
    2 or 3 per station)") is an aside, not the breakdown."""
    breaks = _BREAKDOWN.search(text, first.end()) if rest else None
    if breaks is None or breaks.start() >= rest[0].start():
        return False
    if breaks.group(0) != "(":  # (not "This includes ... 61 of that figure. ... a further 37": a sentence on)
        return not re.search(r"[.;]\s", text[breaks.end() : rest[0].start()])
    close = text.find(")", breaks.end())
    return close < 0 or any(breaks.start() < m.start() < close for m in rest)


def broken_down_by(value: int, rest: list[int]) -> bool:
    """The numbers after a first one open with its breakdown ("27 cameras (19 internal, 8 external)"): it is
    the total."""
    running = 0
    for i, v in enumerate(rest):
        running += v
        if running >= value:
            return running == value and i >= 1
    return False
