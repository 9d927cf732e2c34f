"""Capabilities named in a clause: facial recognition, ANPR, audio, thermal, analytics, PTZ, body-worn."""

from __future__ import annotations

import re

from camcensus.evidence.text import could_contain
from camcensus.memo import text_memo

CAPABILITIES: dict[str, re.Pattern[str]] = {
    "facial_recognition": re.compile(
        r"facial[\s-]+recognition|face[\s-]+(?:recognition|matching|detection|identification)|\bLFR\b|\bFRT\b"
        r"|adnabod wynebau|facial[\s-]+(?:matching|identification)",
        re.IGNORECASE,
    ),
    "anpr": re.compile(
        r"\bA?NPR\b|\bALPR\b|number[\s-]+plate[\s-]+(?:recognition|reading)"
        r"|licen[cs]e[\s-]+plate[\s-]+recognition"
        r"|adnabod rhifau",
        re.IGNORECASE,
    ),
    "audio": re.compile(
        r"\baudio\b(?![\s-]+(?:visual|description))|sound[\s-]+recording|record(?:s|ing)?\s+(?:of\s+)?sound"
        r"|microphones?|voice[\s-]+recording|recordio sain|\bsain\b",
        re.IGNORECASE,
    ),
    "thermal": re.compile(
        r"\bthermal\b|thermographic|temperature[\s-]+(?:screening|detection|measurement)", re.IGNORECASE
    ),
    "analytics": re.compile(
        r"\banalytics?\b|artificial intelligence|(?-i:\bAI\b)|object (?:detection|classification)"
        r"|people counting"
        r"|line[\s-]+crossing|intrusion detection|behaviou?r(?:al)? (?:analysis|detection)"
        r"|loitering detection"
        r"|crowd (?:detection|counting)|vehicle classification|deep[\s-]?learning|smart (?:search|detection)",
        re.IGNORECASE,
    ),
    "ptz": re.compile(r"\bPTZs?\b|pan[\s,/-]+tilt|speed[\s-]?domes?", re.IGNORECASE),
    "body_worn": re.compile(
        r"body[\s-]?worn|\bBWV\b|\bBWC\b|body[\s-]+cameras?|camerâu corff", re.IGNORECASE
    ),
}
# Words at least one of which every match of CAPABILITIES contains (lower case; "AI" as written): a clause
# with none of them names no capability, found without running the patterns (tests hold the two in step).
_KEYWORDS = (
    "facial", "face", "lfr", "frt", "wynebau",
    "npr", "alpr", "plate", "rhifau",
    "audio", "sound", "microphone", "voice", "sain",
    "therm", "temperature",
    "analytic", "artificial intelligence", "object", "people counting", "line", "intrusion", "behavio",
    "loitering", "crowd", "vehicle classification", "deep", "smart",
    "ptz", "tilt", "dome",
    "body", "bwv", "bwc", "corff",
)  # fmt: skip


def could_name_capability(text: str) -> bool:
    return could_contain(text, _KEYWORDS) or "AI" in text


_CAPABLE_ONLY = re.compile(
    r"\b(?:capable|capability|capabilities|functionality|function|feature|can be|could be|able to|supports?"
    r"|has the ability|have the ability|option)\b",
    re.IGNORECASE,
)
_ENABLED = re.compile(
    r"\b(?:enabled|activated|switched on|turned on|in use|used|utilised|operated|operational"
    r"|deployed|active)\b",
    re.IGNORECASE,
)


@text_memo
def find_capabilities(text: str) -> tuple[tuple[str, int, int], ...]:
    """(capability, start, end) for each capability named in ``text``, first mention per capability."""
    if not could_name_capability(text):
        return ()
    found: dict[str, tuple[str, int, int]] = {}
    for name, rx in CAPABILITIES.items():
        m = rx.search(text)
        if m:
            found[name] = (name, m.start(), m.end())
    return tuple(sorted(found.values(), key=lambda f: f[1]))


@text_memo
def capability_only(clause: str) -> bool:
    """ "capable of audio recording" without saying it is used: not evidence of use."""
    return bool(_CAPABLE_ONLY.search(clause)) and not _ENABLED.search(clause)


def names_in(question: str) -> list[str]:
    return [name for name, _, _ in find_capabilities(question)]
