"""The word lists redaction reads (``data/words.toml``, ``data/forenames.txt``) and the names it keeps:
vendors and brands from the knowledge base, places from the bundled register. Every word is compared folded:
without case or accents, so "Siân", "SIAN" and "sian" are one word."""

from __future__ import annotations

import csv
import tomllib
import unicodedata
from functools import cache
from importlib import resources

from camcensus.knowledge import vendors as kb

# letters that have no decomposition into a base letter and an accent
_BASE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "þ": "th"})
_JOINERS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


def fold(word: str) -> str:
    """A word without case or accents: "Siân" -> "sian", "Łukasz" -> "lukasz", "O’Neill" -> "o'neill"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_JOINERS))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_BASE_LETTERS).replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")


def _data(name: str) -> str:
    return resources.files("camcensus.redaction").joinpath("data", name).read_text("utf-8")


@cache
def lists() -> dict[str, dict[str, list[str]]]:
    """``words.toml`` as read: one table per module, one list per rule."""
    return tomllib.loads(_data("words.toml"))


def folded(section: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lists()[section][key])


@cache
def forenames() -> frozenset[str]:
    """The ONS forenames less the ones that are common words here (``not_forenames``)."""
    names = (line.strip() for line in _data("forenames.txt").splitlines())
    return frozenset(fold(n) for n in names if n and not n.startswith("#")) - folded("names", "not_forenames")


@cache
def kept_names() -> tuple[str, ...]:
    """Names that are never a person's: vendors, brands and software from the knowledge base, and the
    places of the bundled register (a council's short name, a police force's). Longest first.

    Only brands read in free text (``match``) count: a brand kept out of it because it is also a surname, a
    place or an ordinary word ("Norden", "Legrand", "Swann") may still be a person's name."""
    names = {v.name for v in kb.vendors()} | {v.legal_name for v in kb.vendors()}
    names |= {b.name for b in kb.brands() if b.match}
    names |= _register_names()
    return tuple(sorted({n.strip() for n in names if len(n.strip()) > 2}, key=len, reverse=True))


def _register_names() -> set[str]:
    found: set[str] = set()
    data = resources.files("camcensus.registry").joinpath("data")
    with data.joinpath("uk_local_authorities.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            found.update(n for n in (row["nice-name"], row["official-name"]) if n)
    with data.joinpath("police_forces.csv").open(encoding="utf-8") as fh:
        found.update(row["name"] for row in csv.DictReader(fh))
    return found
