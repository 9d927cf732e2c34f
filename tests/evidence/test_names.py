"""``Names``: the prefix tree finds the same names at the same places as the plain alternation."""

from __future__ import annotations

import random
import re

import pytest

from camcensus.knowledge import vendors
from camcensus.knowledge.names import Names, tree_regex

FILLER = ["we", "use", "the", "cameras", "by", "and", "HIK", "Vision", "Dah", "ua", "-", ",", "(", ")", "x1"]


def _spelt(rng: random.Random, name: str) -> str:
    """The name as a reply might write it: any case, words run together or split by spaces or hyphens."""
    out = []
    for i, word in enumerate(re.split(r"[\s\-]+", name.strip())):
        if i:
            out.append(rng.choice(["", " ", "-", "  ", " - "]))
        out.append(rng.choice([word, word.lower(), word.upper()]))
    return "".join(out)


def _texts(names: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.4:
                name = rng.choice(names)
                spelt = _spelt(rng, name)
                if rng.random() < 0.15:  # cut short, or glued to a word: no longer the name
                    spelt = spelt[: max(1, len(spelt) - rng.randint(1, 3))]
                parts.append(spelt)
            else:
                parts.append(rng.choice(FILLER))
        texts.append(rng.choice(["", " "]).join(parts) if rng.random() < 0.2 else " ".join(parts))
    return texts


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_the_tree_finds_what_the_plain_alternation_finds(flags: int) -> None:
    matcher = vendors._matcher()
    names = [*matcher.insensitive.names, *matcher.sensitive.names]
    found = Names(names, flags)
    texts = _texts(names, 3000, seed=7)
    hits = 0
    for text in texts:
        expected = _spans(found.plain.finditer(text))
        assert _spans(found.finditer(text)) == expected, text
        hits += len(expected)
    assert hits > 1000  # the texts do name vendors


def test_overlapping_names_take_the_longest() -> None:
    spellings = ["Dahua", "Dahua Technology", "Dahua Technology UK", "Hik Vision", "Hikvision Digital"]
    names = Names(spellings, re.IGNORECASE)
    text = "Dahua Technology UK, dahua-technology, DAHUA and hik vision digital, Hikvision digital."
    assert [m.group(0) for m in names.finditer(text)] == [
        "Dahua Technology UK",
        "dahua-technology",
        "DAHUA",
        "hik vision",
        "Hikvision digital",
    ]
    assert [m.group(0) for m in names.finditer("Dahuaa, xDahua, Dahua1")] == []
    # a dotless i matches "i" when case is ignored, though lower-casing keeps it: such text is read as is
    assert [m.group(0) for m in names.finditer("We use H\u0131k Vision.")] == ["H\u0131k Vision"]


def test_the_tree_shares_prefixes() -> None:
    assert tree_regex(["ab", "ac", "a"], fold=False) == "a(?:b|c)?"
    assert tree_regex(["Ab", "aC"], fold=True) == "a(?:b|c)"
    assert tree_regex([], fold=True) == "(?!)"


def test_h_and_d_tokens_are_those_of_the_full_split() -> None:
    rng = random.Random(11)
    pieces = ["Hikvision", "hik", "dahua", "Dahau", "abcd", "HIKVIS1ON", "x", "-", "|", "!", "$", " ", ","]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        full = [(m.span(), m.group(0)) for m in vendors._TOKEN.finditer(text) if m.group(0)[0] in "hHdD"]
        assert [(m.span(), m.group(0)) for m in vendors._fuzzy_tokens(text)] == full, text
