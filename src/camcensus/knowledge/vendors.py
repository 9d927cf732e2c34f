"""Vendors, brands and name variants from ``knowledge/data``: who makes what, and how replies spell it.

``resolve_brand`` maps a name as written ("HiLook", "Hangzhou Hikvision Digital Technology Co., Ltd",
"HIKVIS1ON") to its brand and parent vendor; ``find_vendor_mentions`` finds every such name in free text with
its character span; ``match_model`` (from ``camcensus.knowledge.models``) resolves model numbers by pattern,
``find_software_mentions`` (from ``camcensus.knowledge.software``) finds the vendors' software and apps.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from camcensus.knowledge.brands import (
    STATUS_THRESHOLD,
    Brand,
    BrandStatus,
    EvidenceGrade,
    brand_history,
    brand_on,
    brands,
    preferred,
)
from camcensus.knowledge.models import ModelMatch, match_model, model_patterns
from camcensus.knowledge.names import Names, squash, variant_regex
from camcensus.knowledge.software import SoftwareMention, find_software_mentions
from camcensus.memo import text_memo

__all__ = [
    "STATUS_THRESHOLD",
    "Brand",
    "BrandStatus",
    "EvidenceGrade",
    "brand_history",
    "brand_on",
    "BrandMatch",
    "ModelMatch",
    "SoftwareMention",
    "ANY_CONCERN",
    "Vendor",
    "VendorMention",
    "brands",
    "concern_keys",
    "concern_label",
    "concern_names",
    "concern_vendors",
    "fact_key",
    "find_software_mentions",
    "find_vendor_mentions",
    "match_model",
    "model_patterns",
    "resolve_brand",
    "vendor",
    "vendors",
]

_OCR = str.maketrans({"1": "i", "0": "o", "5": "s", "8": "b", "|": "l", "!": "i", "$": "s"})


@dataclass(frozen=True)
class Vendor:
    name: str
    legal_name: str
    country: str
    kind: str  # camera | vms
    concern: bool
    website: str
    source: str
    brands: tuple[Brand, ...] = field(default=())


@dataclass(frozen=True)
class BrandMatch:
    brand: str
    vendor: str
    relationship: str
    confidence: float
    source: str
    matched: str = ""  # the words as written
    how: str = "exact"  # exact | variant | fuzzy
    status: str = "current"  # current | former: a former tie is never the vendor's current brand
    evidence: str = ""  # vendor | named_source | community
    valid_from: str = ""  # the tie's dates as the register writes them ("2018", "2022-11-24")
    valid_to: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "brand": self.brand,
            "vendor": self.vendor,
            "relationship": self.relationship,
            "confidence": self.confidence,
            "source": self.source,
            "matched": self.matched,
            "how": self.how,
            "status": self.status,
            "evidence": self.evidence,
            "valid_from": self.valid_from or None,
            "valid_to": self.valid_to or None,
        }


@dataclass(frozen=True)
class VendorMention:
    start: int
    end: int
    text: str
    match: BrandMatch

    @property
    def vendor(self) -> str:
        return self.match.vendor


def _rows(name: str) -> Iterator[dict[str, str]]:
    with resources.files("camcensus.knowledge").joinpath("data", name).open(encoding="utf-8") as fh:
        yield from csv.DictReader(fh)


@lru_cache(maxsize=1)
def vendors() -> tuple[Vendor, ...]:
    """Every vendor with its brands (own name, sub-brands, OEM and former relations)."""
    by_vendor: dict[str, list[Brand]] = {}
    for brand in brands():
        by_vendor.setdefault(brand.vendor, []).append(brand)
    return tuple(
        Vendor(
            name=row["vendor"],
            legal_name=row["legal_name"],
            country=row["country"],
            kind=row["kind"],
            concern=row["concern"] == "yes",
            website=row["website"],
            source=row["source"],
            brands=tuple(by_vendor.get(row["vendor"], ())),
        )
        for row in _rows("vendors.csv")
    )


def vendor(name: str) -> Vendor | None:
    key = name.strip().lower()
    return next((v for v in vendors() if v.name.lower() == key), None)


def concern_vendors() -> tuple[str, ...]:
    """The vendors whose use the survey measures: the vendor catalogue's ``concern`` column, in its order."""
    return tuple(v.name for v in vendors() if v.concern)


#: The key that combines the vendors of concern: yes when any is yes, no only when all are no.
ANY_CONCERN = "either"


def fact_key(vendor_name: str) -> str:
    """The body-fact key of a vendor's status: its name in lower case."""
    return vendor_name.strip().lower()


def concern_keys() -> tuple[str, ...]:
    """The body-fact keys of the vendors of concern, in register order."""
    return tuple(fact_key(name) for name in concern_vendors())


def concern_names(conjunction: str = "or") -> str:
    """The vendors of concern as a phrase: "A or B", "A, B or C" (``conjunction`` "and": "A and B")."""
    names = concern_vendors()
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def concern_label(key: str) -> str:
    """How a concern key reads: the vendor's name; ``ANY_CONCERN`` names them all ("A or B")."""
    if key == ANY_CONCERN:
        return concern_names()
    return next((name for name in concern_vendors() if fact_key(name) == key), key)


def _brand_match(brand: Brand, matched: str, how: str, confidence: float | None = None) -> BrandMatch:
    return BrandMatch(
        brand=brand.name,
        vendor=brand.vendor,
        relationship=brand.relationship,
        confidence=brand.confidence if confidence is None else confidence,
        source=brand.source,
        matched=matched,
        how=how,
        status=brand.status.value,
        evidence=brand.evidence.value,
        valid_from=brand.since_text,
        valid_to=brand.until_text,
    )


@dataclass(frozen=True)
class _Matcher:
    insensitive: Names
    sensitive: Names
    excluded: re.Pattern[str]
    lookup: dict[str, Brand]  # a spelling's key (``squash``) -> brand, from every row of the register


def _preferred_by_name(rows: tuple[Brand, ...]) -> dict[str, Brand]:
    """Each name's row: a current tie before a former one, then the surest (IndigoVision is its own brand
    today, not the Dahua relabel it once carried)."""
    grouped: dict[str, list[Brand]] = {}
    for brand in rows:
        grouped.setdefault(brand.name, []).append(brand)
    return {name: preferred(found) for name, found in grouped.items()}


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    """Free text is searched for the names of rows marked ``match`` (ambiguous names such as "LTS" are not);
    an exact look-up of a name (a device's brand, a register's make) uses every row."""
    by_name = _preferred_by_name(tuple(b for b in brands() if b.match))
    every = _preferred_by_name(brands())
    spellings: dict[str, tuple[Brand, bool]] = {}
    for brand in by_name.values():
        spellings.setdefault(brand.name, (brand, False))
    lookup = {squash(name): brand for name, brand in every.items()}
    excluded: list[str] = []
    for row in _rows("name_variants.csv"):
        if row["kind"] == "exclude":
            excluded.append(variant_regex(row["variant"]))
        elif row["brand"] in by_name:
            spellings[row["variant"]] = (by_name[row["brand"]], row["case_sensitive"] == "yes")
        elif row["brand"] in every and row["kind"] == "in_context":  # "LTS units": the name with a device's
            spellings[row["variant"]] = (every[row["brand"]], True)  # noun, where alone it is too ambiguous
        elif row["brand"] in every:  # a spelling of a name kept out of free text ("Hills/DAS")
            lookup[squash(row["variant"])] = every[row["brand"]]
    # An own-name row ("Axis") that has a case-sensitive variant must only match case-sensitively.
    sensitive_names = {s.lower() for s, (_, cs) in spellings.items() if cs}
    ordered = sorted(spellings, key=len, reverse=True)
    ins = [s for s in ordered if not spellings[s][1] and s.lower() not in sensitive_names]
    sen = [s for s in ordered if spellings[s][1]]
    bound = r"(?<![A-Za-z0-9])(?:{})(?![A-Za-z0-9])"
    return _Matcher(
        insensitive=Names(ins, re.IGNORECASE),
        sensitive=Names(sen),
        excluded=re.compile(bound.format("|".join(excluded) or "(?!)"), re.IGNORECASE),
        lookup={**lookup, **{squash(s): b for s, (b, _) in spellings.items()}},
    )


def _damerau(a: str, b: str) -> int:
    """Optimal string alignment distance (edits, with adjacent transpositions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@dataclass(frozen=True)
class _Fuzzy:
    targets: tuple[str, ...]  # the vendors of concern, lower case: the names read through OCR noise
    initials: frozenset[str]  # their first letters in both cases (a fuzzy match keeps its first letter)
    token: re.Pattern[str]  # a token that starts with one of the initials, found directly


@lru_cache(maxsize=1)
def _fuzzy() -> _Fuzzy:
    targets = tuple(fact_key(name) for name in concern_vendors())
    initials = frozenset(c for t in targets for c in (t[0], t[0].upper()))
    first = "[" + re.escape("".join(sorted(initials))) + "]" if initials else "(?!)"
    # the first letter leads the pattern, so the engine skips to it
    token = re.compile(first + r"(?<![A-Za-z0-9].)[A-Za-z0-9|!$]{3,}(?:-[A-Za-z0-9|!$]{2,})?(?![A-Za-z0-9])")
    return _Fuzzy(targets, initials, token)


@lru_cache(maxsize=65536)  # a reply's words recur: each is judged once
def _fuzzy_vendor(token: str) -> str | None:
    """A vendor of concern under OCR noise and misspelling: 'HIKVIS1ON', 'Hikvsion', 'Dahau'."""
    word = squash(token).translate(_OCR)
    for target in _fuzzy().targets:
        limit = 1 if len(target) < 8 else 2
        if abs(len(word) - len(target)) <= limit and word[0] == target[0] and _damerau(word, target) <= limit:
            return target
    return None


_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9|!$]{3,}(?:-[A-Za-z0-9|!$]{2,})?(?![A-Za-z0-9])")


def _fuzzy_tokens(text: str) -> list[re.Match[str]]:
    """The tokens of ``text`` (as ``_TOKEN`` splits it) that start with the first letter of a vendor of
    concern.

    Such a token found directly is one of ``_TOKEN``'s unless the character before it could belong to a
    longer token ("abcd-hikvision", "x|dahua"): then the text is split in full."""
    fuzzy = _fuzzy()
    hits = list(fuzzy.token.finditer(text))
    if any(h.start() and text[h.start() - 1] in "-|!$" for h in hits):
        return [h for h in _TOKEN.finditer(text) if h.group(0)[0] in fuzzy.initials]
    return hits


@text_memo
def find_vendor_mentions(text: str) -> tuple[VendorMention, ...]:
    """Every brand or vendor name in ``text`` (variants, legal names, OCR noise), in order,
    non-overlapping."""
    m = _matcher()
    blocked = [(x.start(), x.end()) for x in m.excluded.finditer(text)]
    found: list[VendorMention] = []
    taken: list[tuple[int, int]] = list(blocked)
    for rx in (m.insensitive, m.sensitive):
        for hit in rx.finditer(text):
            if _overlaps(hit.start(), hit.end(), taken):
                continue
            brand = m.lookup.get(squash(hit.group(0)))
            if brand is None:
                continue
            how = "exact" if squash(hit.group(0)) == squash(brand.name) else "variant"
            found.append(
                VendorMention(hit.start(), hit.end(), hit.group(0), _brand_match(brand, hit.group(0), how))
            )
            taken.append((hit.start(), hit.end()))
    found.extend(_fuzzy_mentions(text, taken))
    return tuple(sorted(found, key=lambda x: x.start))


@lru_cache(maxsize=1)
def _own_brands() -> dict[str, Brand]:
    return {b.vendor.lower(): b for b in brands() if b.relationship == "self"}


def _fuzzy_mentions(text: str, taken: list[tuple[int, int]]) -> list[VendorMention]:
    out = []
    own = _own_brands()
    for hit in _fuzzy_tokens(text):  # a fuzzy match keeps its first letter
        if _overlaps(hit.start(), hit.end(), taken):
            continue
        target = _fuzzy_vendor(hit.group(0))
        brand = own.get(target) if target is not None else None  # a vendor's own-name brand row
        if brand is not None:
            out.append(
                VendorMention(
                    hit.start(),
                    hit.end(),
                    hit.group(0),
                    _brand_match(brand, hit.group(0), "fuzzy", brand.confidence * 0.9),
                )
            )
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def resolve_brand(name: str) -> BrandMatch | None:
    """The brand and parent vendor behind a name as written, or None when it names no known vendor."""
    if not name or not name.strip():
        return None
    brand = _matcher().lookup.get(squash(name))
    if brand is not None:
        how = "exact" if squash(name) == squash(brand.name) else "variant"
        return _brand_match(brand, name.strip(), how)
    mentions = find_vendor_mentions(name)
    if mentions:
        best = max(mentions, key=lambda x: x.match.confidence)
        return BrandMatch(**{**best.match.__dict__, "matched": name.strip()})
    return None
