"""Postal addresses: UK postcodes, a street line with its house number ("12 Acacia Avenue", "Flat 3, 45
High St"), and the address lines just before a postcode ("Town Hall, Market Street, Anytown AB1 2CD").
A street named without a number ("cameras on Victoria Street") is a place, not an address, and stays."""

from __future__ import annotations

import re
from functools import cache

from camcensus.redaction.spans import ADDRESS, Removal
from camcensus.redaction.words import lists

# the Royal Mail's format: outward code (area, district) and inward code (sector, unit); any two letters
# end the inward code, so a made-up "AB1 2CD" goes too; not a part of a model number ("IPC2124LB-SF28KM-G")
POSTCODE = re.compile(
    r"(?<![\w-])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)"
    r" ?[0-9][A-Z]{2})(?![\w-])",
    re.I,
)
_PART = r"[^\W\d_][\w'’.-]*"


@cache
def _street_line() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in lists()["places"]["street_words"]), key=len, reverse=True))
    premises = "|".join(re.escape(w) for w in lists()["places"]["premises"])
    number = r"\d{1,4}[A-Za-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[A-Za-z]?)?"
    return re.compile(
        rf"(?:\b(?:{premises})[ \t]*\d{{1,4}}[A-Za-z]?,?[ \t]+)?\b{number},?[ \t]+"
        rf"(?P<name>(?:{_PART}[ \t]+){{0,3}})(?P<street>{words})\b\.?",
        re.I,
    )


@cache
def _premises_line() -> re.Pattern[str]:
    homes = "|".join(re.escape(w) for w in lists()["places"]["homes"])
    return re.compile(rf"\b(?:{homes})\s*\d{{1,5}}[A-Za-z]?\b", re.I)


def _is_postcode(match: re.Match[str]) -> bool:
    code = match.group(0)
    return " " in code or code.isupper()


def _address_start(text: str, end: int) -> int:
    """Where the address that ends at ``end`` begins: back over up to five parts (split by commas or line
    breaks, not by a blank line) of at most six capitalised words, numbers and the small words of place
    names. A longer part gives its last six such words (an address run into one line)."""
    start = end
    for _ in range(5):
        head = text[:start]
        stripped = head.rstrip(" ,\t\n")
        if re.search(r"\n[ \t]*\n", head[len(stripped) :]):
            break
        split = max(stripped.rfind(","), stripped.rfind("\n"))
        part = stripped[split + 1 :]
        words = part.split()
        tail = 0
        while tail < min(len(words), 6) and _place_word(words[-1 - tail]):
            tail += 1
        if not tail:
            break
        start = _start_of_last_words(stripped, tail)
        if tail < len(words):
            break
    return start


def _start_of_last_words(text: str, count: int) -> int:
    spans = [m.start() for m in re.finditer(r"\S+", text)]
    return spans[-count]


def _place_word(word: str) -> bool:
    word = word.strip(".,;:()")
    return bool(word) and (
        word[0].isupper()
        or word[0].isdigit()
        or word in ("on", "upon", "under", "by", "the", "le", "in", "of", "and", "&", "-", "–")
    )


def _street_named(match: re.Match[str]) -> bool:
    """The words between the number and the street word are a name: each capitalised."""
    return all(w[0].isupper() for w in match.group("name").split()) and match.group("street")[0].isupper()


def find(text: str) -> list[Removal]:
    found = [Removal(m.start(), m.end(), ADDRESS) for m in _street_line().finditer(text) if _street_named(m)]
    found += [Removal(m.start(), m.end(), ADDRESS) for m in _premises_line().finditer(text)]
    for m in POSTCODE.finditer(text):
        if _is_postcode(m):
            found.append(Removal(_address_start(text, m.start()), m.end(), ADDRESS))
    return found
