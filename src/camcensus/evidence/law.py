"""The law a reply answers under (the Freedom of Information Act, its Scottish counterpart, or the
Environmental Information Regulations), read from the whole of its text."""

from __future__ import annotations

import re

from camcensus.evidence.outcome import EIR, FOIA, FOISA

_FOISA = re.compile(
    r"Freedom of Information \(Scotland\) Act|\bFOISA\b|Scottish Information Commissioner|itspublicknowledge",
    re.IGNORECASE,
)
_EIR = re.compile(r"Environmental Information Regulations|\bEIRs?\b", re.IGNORECASE)
_FOIA_NAMED = re.compile(r"Freedom of Information Act", re.IGNORECASE)


def detect_law(text: str) -> str:
    """The law a reply answers under, from the whole of its text."""
    low = text.lower()  # substring tests first: a regex over a whole reply is the slow part
    if any(k in low for k in ("(scotland)", "foisa", "scottish information", "itspublicknowledge")) and (
        _FOISA.search(text)
    ):
        return FOISA
    eir = "eir" in low or "environmental information" in low
    if eir and _EIR.search(text) and not _FOIA_NAMED.search(text):
        return EIR
    return FOIA
