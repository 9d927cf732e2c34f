"""People's names, found from their context and from the ONS forename list.

The text is read as words and a *name* is a run of capitalised words, initials and particles ("ap", "van",
"Ní") on one line, ended by any word of the ``stop`` lists (job titles, organisations, months, the subject
matter) or by a vendor's or a registered place's name (``camcensus.redaction.wordruns``). Rules, each a
function below:

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
from functools import cache

from camcensus.redaction.spans import NAME, SIGNATURE, Removal
from camcensus.redaction.wordruns import (
    MAX_NAME,
    POSSESSIVE,
    WORD,
    Words,
    forename,
    is_place,
    name_at,
    name_word,
    read_words,
    stop,
    strong,
    word_sets,
)
from camcensus.redaction.words import fold, folded, lists


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
            words = tuple(fold(w) for w in WORD.findall(phrase))
            kind_here = "weak" if kind == "introducer" and fold(phrase) in weak else kind
            table.setdefault(words[0], {})[words] = kind_here
    return table


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
_INTRODUCED = re.compile(r"[ \t]*(?:[:,\-–]|\()?[ \t]*['\"‘“]?")  # "To: 'Stephen Harrow'"


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
        saluted = False
        if kind == "salutation":  # "Dear Ms Okafor"
            title = _cue_at(words, start)
            if title and title[1] == "honorific":
                end, kind = title
                start, saluted = _next_word(words, end, kind), True
                if start is None:
                    continue
        run = name_at(words, start)
        if saluted and not run and words.items[start].capitalised:
            run = [start]  # "Dear Ms Senior": greeted by title, even a word of a job's name is a surname
        if kind == "salutation" and not run:
            run = _lower_case_name(words, start)
        if kind == "honorific" and not run and start in words.kept and words.items[start].capitalised:
            run = [start]  # "Dear Mr Harrow": after a title, a place's word is a surname
        if kind == "honorific" and not run and _forename_month(words, start):
            run = [start, *name_at(words, start + 1)]  # "Mrs Jan Whitlow": a month that is a forename
        if _introduced(words, run, kind):
            yield _span(words, run)


def _forename_month(words: Words, i: int) -> bool:
    """A month that is also a forename ("Jan", "May", "June"), followed on its line by a name word."""
    return (
        i + 1 < len(words.items)
        and words.items[i].key in folded("names", "month_forenames")
        and words.items[i].capitalised
        and words.joined(i)
        and bool(name_at(words, i + 1))
    )


def _introduced(words: Words, run: list[int], kind: str) -> bool:
    """The name after a cue counts: any after a salutation or a title, one that is not a place's after an
    introducer, a strong one after a weak introducer."""
    if kind == "weak":
        return strong(words, run)
    return bool(run) and (kind in ("salutation", "honorific") or not is_place(words, run))


def _lower_case_name(words: Words, i: int) -> list[int]:
    """ "Hi jane," : one word in lower case, then a comma or the line's end."""
    word = words.items[i]
    after = words.text[word.end : word.end + 1]
    return [i] if after in (",", "\n", "") and not stop(words, i) and word.text.islower() else []


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
    offset = 0
    lines = text[start:].split("\n")
    for line, following in zip(lines, lines[1:], strict=False):
        offset += len(line) + 1
        if not following.strip() or _sentence(following):
            end = start + offset - 1
            break
    return start + len(text[start:end].rstrip())


_ADDRESSES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")


def _sentence(line: str) -> bool:
    """A line of prose: it ends a sentence and has two or more words in lower case (addresses aside)."""
    words = WORD.findall(_ADDRESSES.sub(" ", line))
    return line.rstrip().endswith((".", "!", "?")) and sum(w.islower() for w in words) >= 2


def _signatures(words: Words) -> Iterator[Removal]:
    read_to = 0  # the end of the last block read: a sign-off inside it is part of it (each block read once)
    for i in range(len(words.items)):
        if words.items[i].start < read_to:
            continue
        cue = _cue_at(words, i)
        if cue is None or cue[1] not in ("sign_off", "weak_sign_off"):
            continue
        end, kind = _paired(words, *cue)
        if not _standing(words, i, end, kind):
            yield from _thanked(words, end, kind)
            continue
        start = _next_word(words, end, kind)
        if start is None:
            continue
        run = name_at(words, start)
        if kind == "weak_sign_off":
            if run and not is_place(words, run):
                yield _span(words, run)
            continue
        block_end = read_to = _block_end(words.text, words.items[start].start)
        run = run or _initial_a(words, start)
        if not run and _forename_month(words, start):
            run = [start, *name_at(words, start + 1)]  # "Jan Whitworth" under "Kind regards"
        if run and not is_place(words, run):
            yield Removal(words.items[start].start, block_end, SIGNATURE)
            continue
        yield from _names_in(words, start, block_end)


def _paired(words: Words, end: int, kind: str) -> tuple[int, str]:
    """A sign-off in two languages ("Yn gywir / Yours sincerely,"): the pair ends where the second does."""
    if end + 1 < len(words.items) and re.match(
        r"[ \t]*/[ \t]*$", words.text[words.items[end].end : words.items[end + 1].start]
    ):
        second = _cue_at(words, end + 1)
        if second is not None and second[1] == "sign_off":
            return second
    return end, kind


def _initial_a(words: Words, i: int) -> list[int]:
    """ "A Fairclough" alone on the line under a sign-off: the initial A and a surname, not the article."""
    if words.items[i].text != "A" or i + 1 >= len(words.items) or not words.joined(i):
        return []
    after = words.text[words.items[i + 1].end :]
    surname = words.items[i + 1].text
    return [i, i + 1] if surname[:1].isupper() and re.match(r"[ \t]*(?:\n|$)", after) else []


def _thanked(words: Words, end: int, kind: str) -> Iterator[Removal]:
    """ "Thank you Jane for ...": a known forename right after thanks in mid-sentence."""
    start = end + 1
    if kind == "weak_sign_off" and start < len(words.items) and words.gap(end) == " ":
        run = name_at(words, start)
        if run and forename(words, run[0]) and not is_place(words, run):
            yield _span(words, run)


def _names_in(words: Words, first: int, end: int) -> Iterator[Removal]:
    """Every name of two words or a known forename in the block from word ``first`` to offset ``end``."""
    i = first
    while i < len(words.items) and words.items[i].start < end:
        run = name_at(words, i)
        if strong(words, run):
            yield _span(words, run)
        i = run[-1] + 1 if run else i + 1


def _forenames(words: Words) -> Iterator[Removal]:
    i = 0
    while i < len(words.items):
        if forename(words, i):
            run = name_at(words, i)
            possessive = POSSESSIVE.search(words.items[i].text) is not None
            if (len(run) >= 2 or possessive and run) and not is_place(words, run):
                yield _span(words, run)
                i = run[-1] + 1
                continue
        i += 1


MAX_TITLE = 6


def _title_words(words: Words, i: int, step: int) -> int:
    """From the job word i, the last word of its title going ``step`` (-1 left, +1 right), at most
    ``MAX_TITLE`` words away ("Senior Information Governance and Records Officer")."""
    j = i
    while 0 <= j + step < len(words.items) and abs(j - i) < MAX_TITLE:
        k = j + step
        pair = (k, j) if step < 0 else (j, k)
        if not words.joined(pair[0]) or not stop(words, k) or not words.items[k].text[0].isupper():
            break
        if words.items[k].key in word_sets()["org_words"] or k in words.kept:
            break
        j = k
    return j


_BESIDE = re.compile(r"[ \t]*(?:[,|:(\-–—]|\n)?[ \t]*")


def _run_ending_at(words: Words, last: int) -> list[int]:
    """The name that ends at word ``last``."""
    first = last
    while first > 0 and last - first < MAX_NAME - 1 and words.joined(first - 1):
        if not name_word(words, first - 1, True):
            break
        first -= 1
    run = name_at(words, first)
    return run if run and run[-1] == last else []


def _beside_titles(words: Words) -> Iterator[Removal]:
    jobs = word_sets()["job_words"]
    for i, word in enumerate(words.items):
        if word.key not in jobs or not word.text[0].isupper():
            continue
        start = _title_words(words, i, -1)
        if start > 0 and _BESIDE.fullmatch(words.gap(start - 1)):
            run = _run_ending_at(words, start - 1)
            if strong(words, run):
                yield _span(words, run)
        end = _title_words(words, i, +1)
        if end + 1 < len(words.items) and _BESIDE.fullmatch(words.gap(end)):
            run = name_at(words, end + 1)
            if strong(words, run):
                yield _span(words, run)


def _name_lines(words: Words) -> Iterator[Removal]:
    if "\n" not in words.text:
        return
    lines = words.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    jobs = word_sets()["job_words"]
    titled = [any(fold(w) in jobs for w in WORD.findall(line) if w[0].isupper()) for line in lines]
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
