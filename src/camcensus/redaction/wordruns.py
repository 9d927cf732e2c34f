"""A text read as words, and the name that starts at a word: the grammar the name rules share.

A word is letters of any script with the accents that follow them, joined by hyphens and apostrophes ("Siân",
"Ó", "O'Neill", "Mary-Jane", "Adébáyọ̀"). A name is a run of capitalised words, initials and particles on one
line, ended by a word of the stop lists or of a kept name (a vendor, a registered place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from camcensus.knowledge.vendors import find_vendor_mentions
from camcensus.redaction.words import fold, folded, forenames, kept_names, lists

# a letter of any script, with the combining accents that may follow it ("ọ̀" in "Adébáyọ̀")
LETTERS = r"(?:[^\W\d_][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)+"
WORD = re.compile(rf"{LETTERS}(?:['’\-]{LETTERS})*")
POSSESSIVE = re.compile(r"['’]s$")
MAX_NAME = 5


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    key: str  # folded, without a possessive 's

    @property
    def capitalised(self) -> bool:
        first = self.text[0]
        caseless = not first.isupper() and not first.islower()
        return caseless or (first.isupper() and (len(self.text) == 1 or not self.text.isupper()))

    @property
    def capitals(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


@dataclass(frozen=True)
class Words:
    """A text's words, with the indexes of those that belong to a kept name (vendor, place)."""

    text: str
    items: tuple[Word, ...]
    kept: frozenset[int]

    def gap(self, i: int) -> str:
        """The characters between word i and word i + 1."""
        return self.text[self.items[i].end : self.items[i + 1].start]

    def joined(self, i: int) -> bool:
        """Word i + 1 continues word i's name: only spaces between, or an initial's full stop."""
        gap = self.gap(i)
        if gap in (" ", "  ", "\t"):
            return True
        return len(self.items[i].text) == 1 and gap in (".", ". ", ".  ")


@cache
def word_sets() -> dict[str, frozenset[str]]:
    names = lists()["names"]
    sets = {key: folded("names", key) for key in ("job_words", "org_words", "particles")}
    cue_words = ("honorifics", "salutations", "sign_offs")
    singles = frozenset(fold(w) for key in cue_words for w in names[key] if " " not in w)
    sets["function"] = folded("names", "function_words")
    named = sets["job_words"] | sets["org_words"] | singles
    sets["stop"] = folded("names", "stop") | sets["function"] | named
    return sets


@cache
def kept_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Vendor, brand and place names by their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in kept_names():
        words = tuple(fold(w) for w in WORD.findall(name))
        if words:
            table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def word_key(word: str) -> str:
    return POSSESSIVE.sub("", fold(word))


def read_words(text: str) -> Words:
    items = tuple(Word(m.start(), m.end(), m.group(0), word_key(m.group(0))) for m in WORD.finditer(text))
    kept: set[int] = set()
    phrases = kept_phrases()
    for i, word in enumerate(items):
        for phrase in phrases.get(word.key, ()):
            if tuple(w.key for w in items[i : i + len(phrase)]) == phrase:
                kept.update(range(i, i + len(phrase)))
                break
    for m in find_vendor_mentions(text):  # a make as officers spell it: "Hikvison NVRs", "Dahau"
        kept.update(i for i, w in enumerate(items) if w.start < m.end and m.start < w.end)
    return Words(text, items, frozenset(kept))


def stop(words: Words, i: int) -> bool:
    word = words.items[i]
    if i in words.kept:
        return True
    if len(word.text) == 1 and word.text.isupper():
        return word.key in ("i", "a") and not words.text.startswith(".", word.end)
    return word.key in word_sets()["stop"]


def name_word(words: Words, i: int, capitals: bool) -> bool:
    word = words.items[i]
    return (word.capitalised or (capitals and word.capitals)) and not stop(words, i)


def particle(words: Words, i: int) -> bool:
    word = words.items[i]
    return word.key in word_sets()["particles"] and word.text[0].islower() and not stop(words, i)


def closing_word(words: Words, i: int) -> bool:
    """A capitalised short word ("An", "Do") last on its line ends a name it follows: "Nguyễn Văn An"."""
    word = words.items[i]
    rest = words.text[word.end :]
    return word.capitalised and word.key in word_sets()["function"] and (not rest or rest[0] in "\n,")


def name_at(words: Words, i: int, capitals: bool = True) -> list[int]:
    """The indexes of the name that starts at word i (empty when none does). A name may begin with its
    particles ("ap Gwilym", "van der Berg") when a name word follows them."""
    first = i
    while i + 1 < len(words.items) and particle(words, i) and words.joined(i):
        i += 1
    if i >= len(words.items) or not name_word(words, i, capitals):
        return []
    if first < i:
        return list(range(first, i)) + name_at(words, i, capitals)
    run = [i]
    j = i
    while j + 1 < len(words.items) and len(run) < MAX_NAME and words.joined(j):
        if name_word(words, j + 1, capitals) or closing_word(words, j + 1) or particle(words, j + 1):
            run.append(j + 1)
        else:
            break
        j += 1
    while run and words.items[run[-1]].text[0].islower():  # a particle ends no name
        run.pop()
    return run


def is_place(words: Words, run: list[int]) -> bool:
    """A run of one or two words before an organisation's or place's word is that place's name."""
    after = run[-1] + 1
    if len(run) > 2 or after >= len(words.items) or not words.joined(run[-1]):
        return False
    return words.items[after].key in word_sets()["org_words"] and words.items[after].capitalised


def forename(words: Words, i: int) -> bool:
    return words.items[i].key.split("-")[0] in forenames()


def strong(words: Words, run: list[int]) -> bool:
    """Two name words, or a known forename first."""
    return bool(run) and (len(run) >= 2 or forename(words, run[0])) and not is_place(words, run)
