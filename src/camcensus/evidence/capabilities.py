"""Capabilities named in a clause: facial recognition, ANPR, audio, thermal, analytics, PTZ, body-worn."""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined, words
from camcensus.evidence.text import could_contain
from camcensus.memo import text_memo


# The phrase lists are data (evidence/data/capabilities.toml, each entry with an example it matches and one it
# must not); each is read here as one pattern, its entries joined in file order.
def _list(section: str) -> str:
    return joined("capabilities", section)


# a section of the file each, in this order
_NAMES = ("facial_recognition", "anpr", "audio", "thermal", "analytics", "ptz", "body_worn")
CAPABILITIES: dict[str, re.Pattern[str]] = {name: re.compile(_list(name), re.IGNORECASE) for name in _NAMES}
# Words at least one of which every match of CAPABILITIES contains (lower case; "AI" as written): a clause
# with none of them names no capability, found without running the patterns (tests hold the two in step).
_KEYWORDS = tuple(word for name in _NAMES for word in words("capabilities", name))


def could_name_capability(text: str) -> bool:
    return could_contain(text, _KEYWORDS) or "AI" in text


_CAPABLE_ONLY = re.compile(r"\b(?:" + _list("capable_only") + r")\b", re.IGNORECASE)
_ENABLED = re.compile(r"\b(?:" + _list("enabled") + r")\b", re.IGNORECASE)


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
