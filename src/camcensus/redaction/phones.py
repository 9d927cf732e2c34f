"""Telephone numbers in any UK or international form, found by libphonenumber (``phonenumbers``):
``0044 20 7946 0123``, ``+44 (0)20 7946 0123``, ``07700.900.789``, ``Tel.07700900789``, ``(01632) 960 123
x221``, ``+353 1 234 5678``; and a direct line's extension on its own ("ext. 4455").

The matcher runs at its most lenient (a number of possible length, as Ofcom's drama numbers are), so what
it proposes is checked here: a UK number written nationally has its trunk 0 and ten or eleven digits; one
written internationally starts with + or 00; neither is part of a longer code ("DS-2CD2143G0-I", a
serial number) or a date.
"""

from __future__ import annotations

import re
from functools import cache

from phonenumbers import Leniency, PhoneNumberMatcher

from camcensus.redaction.spans import PHONE, Removal
from camcensus.redaction.words import folded

REGION = "GB"
_EXTENSION = re.compile(r"\b(?:ext|extn|extension|x)\.?\s*:?\s*\d{2,6}\b", re.I)
# digits spaced or dotted in any way libphonenumber does not take: "0 7 7 0 0  9 0 0 1 2 3"
_SPACED = re.compile(r"(?<![\w+])(?:\+\s*4\s*4|0)(?:[\s.\-/()]{0,2}\d){9,10}(?![\w])")
_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# a text that is nothing but a long number (an evidence value read from "Tel.07700900790"): no count of
# cameras runs to nine digits, a telephone number without its trunk 0 does
_WHOLE_NUMBER = re.compile(r"\s*\+?\d{9,13}\s*")
# a number cut short at the end of a quote of limited length ("call 07700 900 1…", NFKC: "...")
_CUT = re.compile(r"(?<![\w+])(?:\+\s*44|0)[\d \t().-]{4,24}\d?(?:…|\.\.\.)\s*$")  # bounded: linear time


@cache
def _labels() -> frozenset[str]:
    return folded("phones", "labels")


def _touches_code(text: str, start: int, end: int) -> bool:
    """True when the number runs on into letters or digits, or letters other than a label run into it."""
    if end < len(text) and (text[end].isalnum() or text[end] in "-/" and text[end + 1 : end + 2].isalnum()):
        return True
    before = re.search(r"([^\W\d_]*)([-/]?)\Z", text[max(0, start - 40) : start])
    letters = before.group(1) if before else ""
    if letters and letters.casefold() not in _labels():
        return True
    return start > 0 and text[start - 1].isdigit()


def _plausible(raw: str) -> bool:
    digits = re.sub(r"\D", "", re.split(r"(?i)\s*(?:ext|extn|extension|x)", raw)[0])
    if _DATE.fullmatch(raw.strip()):
        return False
    if raw.lstrip("( ").startswith("+") or digits.startswith("00"):
        return len(digits.lstrip("0")) >= 8
    if digits.startswith("44") and len(digits) == 12:
        return True
    return digits.startswith("0") and 10 <= len(digits) <= 11


def find(text: str) -> list[Removal]:
    if sum(c.isdigit() for c in text) < 2:
        return []
    if _WHOLE_NUMBER.fullmatch(text):
        return [Removal(0, len(text), PHONE)]
    found: list[Removal] = []
    for match in PhoneNumberMatcher(text, REGION, leniency=Leniency.POSSIBLE, max_tries=200):
        start, end = match.start, match.end
        if _plausible(match.raw_string) and not _touches_code(text, start, end):
            found.append(Removal(start, end, PHONE))
    for m in _SPACED.finditer(text):
        if not _touches_code(text, m.start(), m.end()) and not _DATE.search(m.group(0)):
            found.append(Removal(m.start(), m.end(), PHONE))
    found += [Removal(m.start(), m.end(), PHONE) for m in _EXTENSION.finditer(text)]
    found += [Removal(m.start(), m.end(), PHONE) for m in _CUT.finditer(text)]
    return found
