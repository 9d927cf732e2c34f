"""People's names, found from their context and from the ONS forename list.

The text is read as words (letters of any script, joined by hyphens and apostrophes: "Siân", "Ó", "Briain",
"O'Neill", "Mary-Jane"). A *name* is a run of capitalised words, initials and name particles ("ap", "van",
"Ní") on one line, ended by any word of the ``stop`` lists (job titles, organisations, months, the subject
matter) or by a vendor's or a registered place's name. Rules, each a function below:

- ``_after_cues``: after a salutation ("Dear", "Hi"), a title ("Ms", "Cllr", "DC"), an introducer ("my
  colleague", "Signed:", "handled by"), a name of one word or more; after a word that is also common
  ("contact", "from", "to"), a name of two words or a known forename.
- ``_signatures``: after a sign-off standing on its own ("Kind regards", "Yours sincerely", "Thanks,"), the
  signature block: from the name that follows to a blank line or the end; if no name follows at once, every
  name of two words in that block.
- ``_forenames``: a forename of the ONS list followed by one or more name words ("Jane Doe", "Siân Ó
  Briain", "J. P. McDonald" is found by its title or sign-off).
- ``_beside_titles``: a name just before or after a job title ("Jane Doe, FOI Officer", "Information
  Governance Officer Siân Ó Briain").
- ``_name_lines``: a line holding only a name next to a line holding a job title (a signature block laid out
  in lines).

A would-be name of one or two words just before an organisation's or a place's word ("Victoria Street",
"Milton Keynes Council", "Thomas Telford School") is that place's, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from camcensus.redaction.spans import NAME, SIGNATURE, Removal
from camcensus.redaction.words import fold, folded, forenames, kept_names, lists

# a letter of any script, with the combining accents that may follow it ("ọ̀" in "Adébáyọ̀")
_LETTERS = r"(?:[^\W\d_][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*)+"
_WORD = re.compile(rf"{_LETTERS}(?:['’\-]{_LETTERS})*")
_POSSESSIVE = re.compile(r"['’]s$")
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
def _word_sets() -> dict[str, frozenset[str]]:
    names = lists()["names"]
    sets = {key: folded("names", key) for key in ("job_words", "org_words", "particles")}
    cue_words = ("honorifics", "salutations", "sign_offs")
    singles = frozenset(fold(w) for key in cue_words for w in names[key] if " " not in w)
    sets["function"] = folded("names", "function_words")
    named = sets["job_words"] | sets["org_words"] | singles
    sets["stop"] = folded("names", "stop") | sets["function"] | named
    return sets


@cache
def _cues() -> dict[str, dict[tuple[str, ...], str]]:
    """Cue phrases by their first word: words -> kind (salutation, honorific, introducer, weak, sign_off,
    weak_sign_off)."""
    names = lists()["names"]
    weak = folded("names", "weak_introducers")
    kinds = [
        ("salutations", "salutation"),
        ("honorifics", "honorific"),
        ("introducers", "introducer"),
        ("sign_offs", "sign_off"),
        ("weak_sign_offs", "weak_sign_off"),
    ]
    table: dict[str, dict[tuple[str, ...], str]] = {}
    for key, kind in kinds:
        for phrase in names[key]:
            words = tuple(fold(w) for w in _WORD.findall(phrase))
            kind_here = "weak" if kind == "introducer" and fold(phrase) in weak else kind
            table.setdefault(words[0], {})[words] = kind_here
    return table


@cache
def _kept_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Vendor, brand and place names by their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in kept_names():
        words = tuple(fold(w) for w in _WORD.findall(name))
        if words:
            table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", fold(word))


def read_words(text: str) -> Words:
    items = tuple(Word(m.start(), m.end(), m.group(0), _key(m.group(0))) for m in _WORD.finditer(text))
    kept: set[int] = set()
    phrases = _kept_phrases()
    for i, word in enumerate(items):
        for phrase in phrases.get(word.key, ()):
            if tuple(w.key for w in items[i : i + len(phrase)]) == phrase:
                kept.update(range(i, i + len(phrase)))
                break
    return Words(text, items, frozenset(kept))


def _stop(words: Words, i: int) -> bool:
    word = words.items[i]
    if i in words.kept:
        return True
    if len(word.text) == 1 and word.text.isupper():
        return word.key in ("i", "a") and not words.text.startswith(".", word.end)
    return word.key in _word_sets()["stop"]


def _name_word(words: Words, i: int, capitals: bool) -> bool:
    word = words.items[i]
    return (word.capitalised or (capitals and word.capitals)) and not _stop(words, i)


def _particle(words: Words, i: int) -> bool:
    word = words.items[i]
    return word.key in _word_sets()["particles"] and word.text[0].islower() and not _stop(words, i)


def _closing_word(words: Words, i: int) -> bool:
    """A capitalised short word ("An", "Do") last on its line ends a name it follows: "Nguyễn Văn An"."""
    word = words.items[i]
    rest = words.text[word.end :]
    return word.capitalised and word.key in _word_sets()["function"] and (not rest or rest[0] in "\n,")


def name_at(words: Words, i: int, capitals: bool = True) -> list[int]:
    """The indexes of the name that starts at word i (empty when none does). A name may begin with its
    particles ("ap Gwilym", "van der Berg") when a name word follows them."""
    first = i
    while i + 1 < len(words.items) and _particle(words, i) and words.joined(i):
        i += 1
    if i >= len(words.items) or not _name_word(words, i, capitals):
        return []
    if first < i:
        return list(range(first, i)) + name_at(words, i, capitals)
    run = [i]
    j = i
    while j + 1 < len(words.items) and len(run) < MAX_NAME and words.joined(j):
        if _name_word(words, j + 1, capitals) or _closing_word(words, j + 1) or _particle(words, j + 1):
            run.append(j + 1)
        else:
            break
        j += 1
    while run and words.items[run[-1]].text[0].islower():  # a particle ends no name
        run.pop()
    return run


def _is_place(words: Words, run: list[int]) -> bool:
    """A run of one or two words before an organisation's or place's word is that place's name."""
    after = run[-1] + 1
    if len(run) > 2 or after >= len(words.items) or not words.joined(run[-1]):
        return False
    return words.items[after].key in _word_sets()["org_words"] and words.items[after].capitalised


def _forename(words: Words, i: int) -> bool:
    return words.items[i].key.split("-")[0] in forenames()


def _strong(words: Words, run: list[int]) -> bool:
    """Two name words, or a known forename first."""
    return bool(run) and (len(run) >= 2 or _forename(words, run[0])) and not _is_place(words, run)


def _span(words: Words, run: list[int], kind: str = NAME) -> Removal:
    return Removal(words.items[run[0]].start, words.items[run[-1]].end, kind)


def _cue_at(words: Words, i: int) -> tuple[int, str] | None:
    """The longest cue phrase starting at word i: (index of its last word, kind)."""
    table = _cues().get(words.items[i].key)
    if not table:
        return None
    for phrase, kind in sorted(table.items(), key=lambda item: -len(item[0])):
        end = i + len(phrase) - 1
        if end >= len(words.items):
            continue
        if all(words.items[i + k].key == w for k, w in enumerate(phrase)) and all(
            re.fullmatch(r"[\s/.]{1,3}", words.gap(k)) for k in range(i, end)
        ):
            return end, kind
    return None


_AFTER = {
    "honorific": re.compile(r"\.?[ \t]{1,3}"),
    "salutation": re.compile(r"[ \t]*[,:!]?\s*"),
    "sign_off": re.compile(r"[ \t]*[,.!:\-–]?\s*"),
    "weak_sign_off": re.compile(r"[ \t]*[,!\-–]?\s*"),
}
_INTRODUCED = re.compile(r"[ \t]*(?:[:,\-–]|\()?[ \t]*")


def _next_word(words: Words, end: int, kind: str) -> int | None:
    """The word just after the cue ending at word ``end``, when only the cue's separator lies between."""
    if end + 1 >= len(words.items):
        return None
    gap = words.gap(end)
    pattern = _AFTER.get(kind, _INTRODUCED)
    return end + 1 if pattern.fullmatch(gap) else None


def _after_cues(words: Words) -> Iterator[Removal]:
    for i in range(len(words.items)):
        cue = _cue_at(words, i)
        if cue is None or cue[1] in ("sign_off", "weak_sign_off"):
            continue
        end, kind = cue
        start = _next_word(words, end, kind)
        if start is None:
            continue
        if kind == "salutation":  # "Dear Ms Okafor"
            title = _cue_at(words, start)
            if title and title[1] == "honorific":
                end, kind = title
                start = _next_word(words, end, kind)
                if start is None:
                    continue
        run = name_at(words, start)
        if kind == "salutation" and not run:
            run = _lower_case_name(words, start)
        if _introduced(words, run, kind):
            yield _span(words, run)


def _introduced(words: Words, run: list[int], kind: str) -> bool:
    """The name after a cue counts: any after a salutation or a title, one that is not a place's after an
    introducer, a strong one after a weak introducer."""
    if kind == "weak":
        return _strong(words, run)
    return bool(run) and (kind in ("salutation", "honorific") or not _is_place(words, run))


def _lower_case_name(words: Words, i: int) -> list[int]:
    """ "Hi jane," : one word in lower case, then a comma or the line's end."""
    word = words.items[i]
    after = words.text[word.end : word.end + 1]
    return [i] if after in (",", "\n", "") and not _stop(words, i) and word.text.islower() else []


def _standing(words: Words, i: int, end: int, kind: str) -> bool:
    """A sign-off stands on its own: at the start of a line or a sentence, and followed by a comma, a line
    break, the end, or (for a full sign-off) a name."""
    before = words.text[: words.items[i].start].rstrip(" \t")
    if before and before[-1] not in "\n.!?:;)\"'’”":
        return False
    after = words.text[words.items[end].end :]
    if not after.strip() or re.match(r"[ \t]*[,!.\-–]?[ \t]*(\n|$)", after):
        return True
    if kind == "weak_sign_off":
        return bool(re.match(r"[ \t]*[,!\-–]", after))
    return True


def _block_end(text: str, start: int) -> int:
    """Where a signature block starting at ``start`` ends: before a blank line or a line that reads as a
    sentence ("Requests to foi@council.gov.uk please."), else at the text's last non-space."""
    end = len(text)
    line_end = text.find("\n", start)
    while line_end != -1:
        following = text[line_end + 1 : text.find("\n", line_end + 1) % (len(text) + 1)]
        if not following.strip() or _sentence(following):
            end = line_end
            break
        line_end = text.find("\n", line_end + 1)
    return start + len(text[start:end].rstrip())


_ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def _sentence(line: str) -> bool:
    """A line of prose: it ends a sentence and has two or more words in lower case (addresses aside)."""
    words = _WORD.findall(_ADDRESSES.sub(" ", line))
    return line.rstrip().endswith((".", "!", "?")) and sum(w.islower() for w in words) >= 2


def _signatures(words: Words) -> Iterator[Removal]:
    for i in range(len(words.items)):
        cue = _cue_at(words, i)
        if cue is None or cue[1] not in ("sign_off", "weak_sign_off"):
            continue
        end, kind = cue
        if not _standing(words, i, end, kind):
            yield from _thanked(words, end, kind)
            continue
        start = _next_word(words, end, kind)
        if start is None:
            continue
        run = name_at(words, start)
        if kind == "weak_sign_off":
            if run and not _is_place(words, run):
                yield _span(words, run)
            continue
        block_end = _block_end(words.text, words.items[start].start)
        if run and not _is_place(words, run):
            yield Removal(words.items[start].start, block_end, SIGNATURE)
            continue
        yield from _names_in(words, start, block_end)


def _thanked(words: Words, end: int, kind: str) -> Iterator[Removal]:
    """ "Thank you Jane for ...": a known forename right after thanks in mid-sentence."""
    start = end + 1
    if kind == "weak_sign_off" and start < len(words.items) and words.gap(end) == " ":
        run = name_at(words, start)
        if run and _forename(words, run[0]) and not _is_place(words, run):
            yield _span(words, run)


def _names_in(words: Words, first: int, end: int) -> Iterator[Removal]:
    """Every name of two words or a known forename in the block from word ``first`` to offset ``end``."""
    i = first
    while i < len(words.items) and words.items[i].start < end:
        run = name_at(words, i)
        if _strong(words, run):
            yield _span(words, run)
        i = run[-1] + 1 if run else i + 1


def _forenames(words: Words) -> Iterator[Removal]:
    i = 0
    while i < len(words.items):
        if _forename(words, i):
            run = name_at(words, i)
            possessive = _POSSESSIVE.search(words.items[i].text) is not None
            if (len(run) >= 2 or possessive and run) and not _is_place(words, run):
                yield _span(words, run)
                i = run[-1] + 1
                continue
        i += 1


def _title_words(words: Words, i: int, step: int) -> int:
    """From the job word i, the last word of its title going ``step`` (-1 left, +1 right)."""
    j = i
    while 0 <= j + step < len(words.items):
        k = j + step
        pair = (k, j) if step < 0 else (j, k)
        if not words.joined(pair[0]) or not _stop(words, k) or not words.items[k].text[0].isupper():
            break
        if words.items[k].key in _word_sets()["org_words"] or k in words.kept:
            break
        j = k
    return j


_BESIDE = re.compile(r"[ \t]*(?:[,|:(\-–—]|\n)?[ \t]*")


def _run_ending_at(words: Words, last: int) -> list[int]:
    """The name that ends at word ``last``."""
    first = last
    while first > 0 and last - first < MAX_NAME - 1 and words.joined(first - 1):
        if not _name_word(words, first - 1, True):
            break
        first -= 1
    run = name_at(words, first)
    return run if run and run[-1] == last else []


def _beside_titles(words: Words) -> Iterator[Removal]:
    jobs = _word_sets()["job_words"]
    for i, word in enumerate(words.items):
        if word.key not in jobs or not word.text[0].isupper():
            continue
        start = _title_words(words, i, -1)
        if start > 0 and _BESIDE.fullmatch(words.gap(start - 1)):
            run = _run_ending_at(words, start - 1)
            if _strong(words, run):
                yield _span(words, run)
        end = _title_words(words, i, +1)
        if end + 1 < len(words.items) and _BESIDE.fullmatch(words.gap(end)):
            run = name_at(words, end + 1)
            if _strong(words, run):
                yield _span(words, run)


def _name_lines(words: Words) -> Iterator[Removal]:
    if "\n" not in words.text:
        return
    lines = words.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    jobs = _word_sets()["job_words"]
    titled = [any(fold(w) in jobs for w in _WORD.findall(line) if w[0].isupper()) for line in lines]
    by_start = {w.start: n for n, w in enumerate(words.items)}
    for n, line in enumerate(lines):
        stripped = line.strip().rstrip(",")
        if not stripped or titled[n]:
            continue
        near = [m for m in (n - 1, n + 1) if 0 <= m < len(lines) and lines[m].strip()]
        if not any(titled[m] for m in near):
            continue
        first = by_start.get(offsets[n] + line.index(stripped[0]))
        run = name_at(words, first) if first is not None else []
        if run and words.items[run[-1]].end == offsets[n] + line.index(stripped[0]) + len(stripped):
            yield _span(words, run)


RULES = (_after_cues, _signatures, _forenames, _beside_titles, _name_lines)


def find(text: str) -> list[Removal]:
    words = read_words(text)
    if not words.items:
        return []
    return [removal for rule in RULES for removal in rule(words)]
