"""Plain-text helpers for reading replies: sentences, clauses, numbers, Welsh, table cells."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from camcensus.evidence.phrases import phrase_list
from camcensus.knowledge.names import ODD_FOLDS as _ODD_FOLDS
from camcensus.memo import text_memo


def could_contain(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case) in any case: a quick look before an ignore-case
    pattern whose every match holds one of them. It never rules out a match; tests hold each list to its
    pattern."""
    low = text.lower()
    for word in words:  # a plain loop: a generator costs more than the tests
        if word in low:
            return True
    return not text.isascii() and not _ODD_FOLDS.isdisjoint(text)


class Folded:
    """An ignore-case pattern written in lower case, run case-sensitively on the lower-cased text wherever
    that finds the same spans (any text without the odd folds above): Python's engine skips ahead by a
    pattern's first characters only when case counts, so this runs several times faster. Matches are of the
    lower-cased text: use them for spans and yes/no, never to quote words back."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if any(ch.isupper() for ch in pattern) or "(?-i" in pattern:
            raise ValueError(f"a folded pattern is written in lower case: {pattern[:60]!r}")
        self.pattern = pattern
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.folded = re.compile(pattern, flags & ~re.IGNORECASE)

    def _subject(self, text: str) -> tuple[re.Pattern[str], str]:
        if text.isascii() or _ODD_FOLDS.isdisjoint(text):
            return self.folded, text.lower()  # same length: only U+0130 lowers to two characters
        return self.ignorecase, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, subject = self._subject(text)
        return rx.search(subject, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        rx, subject = self._subject(text)
        return rx.match(subject, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        rx, subject = self._subject(text)
        return rx.finditer(subject, pos, endpos)

    def sub(self, repl: str, text: str) -> str:
        """``text`` (lower-cased, unless it has odd folds) with every match replaced."""
        rx, subject = self._subject(text)
        return rx.sub(repl, subject)


#: a row whose columns lost their gap ("Hanwha Vision (formerly Samsung) 204"): a label, then one number
LOOSE_ROW = re.compile(r"^\W*(?P<label>[A-Za-z(][^.!?:;\d\n]{1,60}?)\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*$")


def could_be_row(text: str) -> bool:
    """Whether ``text`` has a cell separator (tab, '|', a run of three spaces or other white space, or a
    dotted leader "Depots ........ 3")."""
    return "\t" in text or "|" in text or _WIDE_GAP.search(text) is not None or "...." in text


_WIDE_GAP = re.compile(r"(?<=\S)[^\S\n]{3}")
_ABBREVIATION_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_LIST_ITEM = re.compile(r"\s*(?:\(?\d{1,2}|[a-hA-H]|[ivx]{1,4}|q\d{1,2})[.)]?", re.IGNORECASE)

# a word that opens a new sentence after "Ltd." or "etc.": "supplied by Axon UK Ltd. The force's ..."
_OPENS_SENTENCE = re.compile(
    r"\s*(?:The|This|These|Those|We|It|Its|Our|All|There|In|As|Please|An?|They|Their|Any|None|However|Each|No(?=\s)|Some|Both|Every|If|Since)\b"
)

_ABBREVIATIONS = {
    "co",
    "ltd",
    "approx",
    "c",
    "ca",
    "no",
    "nos",
    "s",
    "ss",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "etc",
    "st",
    "mr",
    "mrs",
    "ms",
    "dr",
    "ref",
    "reg",
    "regs",
    "sec",
    "para",
    "vs",
    "v",
    "inc",
    "plc",
    "tel",
    "ext",
    "fig",
    "art",
    "cf",
}
# (a bilingual line's languages apart too: "... anghyfreithlon. / The Council ...")
_SENTENCE_END = re.compile(r"[.!?](?=[\"')\]]*\s+(?:/\s+)?[\"'(\[]?[A-Z0-9\u00c0-\u017f])|[.!?]+[\"')\]]*$")
# Welsh words (evidence/data/language.toml): a sentence with enough of them, one distinctive, reads as Welsh
_WELSH_STRONG = frozenset(
    w for p in phrase_list("language", "welsh") if p.kind == "distinctive" for w in p.words
)
_WELSH = frozenset(w for p in phrase_list("language", "welsh") for w in p.words)
_UNITS = {
    "zero": 0,
    "nil": 0,
    "none": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}  # "two dozen aircraft": 24
# Welsh numbers with their mutations ("tri camera", "dri chamera", "dau ddeg pump"): not "un" (one, also
# French and prefixes) or "cant" (hundred, also English); "deg" (ten) and "pump" (five, also English) only
# after another number ("tri deg": thirty; "dau ddeg pump": twenty-five), never alone ("360 deg").
_WELSH_UNITS = {
    **dict.fromkeys(("dau", "ddau", "dwy", "ddwy"), 2),
    **dict.fromkeys(("tri", "dri", "thri", "tair", "dair", "thair"), 3),
    **dict.fromkeys(("pedwar", "bedwar", "phedwar", "pedair", "bedair", "phedair"), 4),
    **dict.fromkeys(("pum", "bum"), 5),
    **dict.fromkeys(("chwech", "chwe"), 6),
    "saith": 7,
    "wyth": 8,
    "naw": 9,
    **dict.fromkeys(("deuddeg", "ddeuddeg"), 12),
    **dict.fromkeys(("pymtheg", "bymtheg"), 15),
    **dict.fromkeys(("ugain", "hugain"), 20),
    "deugain": 40,
}
_UNITS.update(_WELSH_UNITS)
_WELSH_TEN = ("deg", "ddeg")
_WELSH_FIVE = "pump"  # five, after another number only ("dau ddeg pump")
NUMBER_WORDS = "|".join(
    sorted([*(_UNITS.keys() - {"a", "an", "nil", "none"}), *_TENS, *_SCALES], key=len, reverse=True)
)
_MORE_WORDS = "|".join((NUMBER_WORDS, *_WELSH_TEN, _WELSH_FIVE))
#: A number as written in a reply: "1,204", "300", "twenty-four", "two hundred and twelve", "tri deg".
# ("and" only after a hundred or a thousand: "between one and three" is two numbers)
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:(?:{NUMBER_WORDS})"
    rf"(?:(?:(?:(?<=hundred)|(?<=thousand))[\s-]+and)?[\s-]+(?:{_MORE_WORDS})\b)*))"
)
# between two cells: a tab, a bar (with any spaces around it: "Depot      | 12"), a gap of three spaces, or a
# dotted leader ("Car parks (6 sites) ......... 14")
# a year, or a financial or academic year: "2023", "2022/23", "2023-2024"
YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
# a note under a table on a cell marked above ("\u00b9 The Tanner Street cameras were inherited ..."): the
# marks of print, never a list's bullet
FOOTNOTE = re.compile(r"^\s*(?:[\u00b9\u00b2\u00b3\u2074-\u2079]|[\u2020\u2021]{1,2})\s*\S")
CELL_SPLIT = re.compile(
    r"\s*\t\s*|\s*\|\s*|\s*\.{4,}\s*|(?<=\S)[^\S\n]{3,}"
)  # (a wrapped line's indent is no gap)


@text_memo
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of ``text`` (one line or paragraph); abbreviations such as "approx." do not end one."""
    return tuple(_sentences(text))


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last ". " or "; " before it (0 at the start)."""
    return max(text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        abbreviation = _last_word(text[start : m.start() + 1].rstrip(".!?")).lower().rstrip(".")
        if (
            m.group(0).startswith(".")
            and abbreviation in _ABBREVIATIONS
            and not (abbreviation in ("no", "nos", "c", "s") and not re.match(r"\s*\d", text[m.end() :]))
            and not (abbreviation in ("ltd", "co", "etc") and _OPENS_SENTENCE.match(text, m.end()))
        ):
            continue
        if _LIST_ITEM.fullmatch(text, start, m.start()):
            continue
        if text[start:end].strip():
            yield _strip_span(text, start, end)
        start = end
    if text[start:].strip():
        yield _strip_span(text, start, len(text))


def _last_word(text: str) -> str:
    """The letters and dots that end ``text`` (before one final newline), as ``([A-Za-z.]+)\\.?$`` finds them,
    read from the end instead of searched for from the start."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    start = end
    while start > 0 and text[start - 1] in _ABBREVIATION_CHARS:
        start -= 1
    return text[start:end]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAK = Folded(
    r";|:\s|\s[-\u2013\u2014]\s|,?\s+\b(?:but|however|whereas|although|while|whilst|though)\b"
    r"|,\s+(?=(?:and\s+)?(?:we|the council|the trust|the authority|the board|the force|it|they|there|our"
    r"|none|no"
    r"|these|those|this|all|any)\b)"
    # (not "is and is not in use": one verb's two sides)
    r"|(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bdo)(?<!\bdoes),?\s+and\s+"
    r"(?=(?:now|we|the council|the trust|the authority|it|they|there|none|no|do|does|did|have|has"
    r"|had|is"
    r"|are|was|were|these|those|this|all)\b)"
    # ", and Axis is the only manufacturer", ", and the last of the analogue cameras were retired": a new
    # subject with its own verb
    r"|,\s+and\s+(?=(?:the\s+)?(?:[\w-]+\s+){1,6}?(?:is|are|was|were)\s+(?!not\b|no\b|made\b|manufactured\b))",
    re.IGNORECASE,
)


@text_memo
def clauses(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Clause spans inside a sentence, broken at ';', 'but', 'however', ', and we ...' and the like."""
    spans, pos = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return tuple(s for s in (_strip_span(text, a, b) for a, b in spans) if s[1] > s[0])


def words(text: str) -> list[str]:
    return re.findall(r"[\w\u00c0-\u017f']+", text.lower())


@text_memo
def is_welsh(text: str) -> bool:
    """True when a sentence reads as Welsh (enough Welsh function words, at least one distinctive)."""
    tokens = words(text)
    if not tokens:
        return False
    hits = sum(1 for t in tokens if t in _WELSH)
    strong = any(t in _WELSH_STRONG for t in tokens)
    return strong and hits >= max(2, len(tokens) // 5)


_SCALE_WORDS = ("hundred", "thousand")  # the words an "and" may follow in a number


def parse_number(text: str) -> int | None:
    """'1,204' -> 1204; 'two hundred and twelve' -> 212; 'twenty-four' -> 24; 'dau ddeg pump' -> 25; None
    when not a number."""
    raw = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", raw):
        return int(raw.replace(",", ""))
    total, current, seen, last = 0, 0, False, ""
    for word in re.split(r"[\s-]+", raw):
        if word == "and" and last not in _SCALE_WORDS:
            return None  # "one and three": two numbers, not four
        last = word or last
        if word in ("and", ""):
            continue
        if word in _WELSH_TEN and seen:
            current *= 10  # "tri deg" (thirty), "dau ddeg pump" (twenty-five)
        elif word == _WELSH_FIVE and seen:
            current += 5
        elif word in _UNITS or word in _TENS:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif _SCALES.get(word) in (12, 100):
            current = max(current, 1) * _SCALES[word]
        elif _SCALES.get(word) == 1000:
            total, current = total + max(current, 1) * 1000, 0
        else:
            return None
        seen = True
    return total + current if seen else None


@text_memo
def cells(line: str) -> tuple[str, ...]:
    """Table cells of a line that a reader wrote as a row (tab, ' | ' or wide gaps); () when not a row."""
    if not could_be_row(line):
        return ()  # one cell at most
    parts = tuple(p for p in (p.strip() for p in CELL_SPLIT.split(line.strip())) if p)
    return parts if len(parts) >= 2 else ()


def squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# a line set in bold or italics by a mail client's plain-text part ("**Q1. How many cameras?**", "*Q2 ...*",
# "__Response:__"), or its opening words ("**Q1.** 146"): the marks, not words of it
_EMPHASIS = re.compile(r"(?m)^([^\S\n]*)(\*{1,2}|_{2})(?=[^\s*_])(.*?)(?<=[^\s*_])\2(?=[^\S\n]*$)")
_LEADING_EMPHASIS = re.compile(r"(?m)^([^\S\n]*)(\*{2}|_{2})(?=[^\s*_])([^*_\n]*?)(?<=[^\s*_])\2(?=\s)")


def _blank_marks(m: re.Match[str]) -> str:
    mark = " " * len(m.group(2))
    return m.group(1) + mark + m.group(3) + mark


def unmarked(text: str) -> str:
    """``text`` with such emphasis marks turned to spaces: the same length, so every place in it stays
    where it was."""
    if "*" not in text and "__" not in text:
        return text
    return _LEADING_EMPHASIS.sub(_blank_marks, _EMPHASIS.sub(_blank_marks, text))
