"""Camera counts in a sentence: "approx. 300 cameras", "a total of 142 CCTV cameras", "Number of cameras: 96".

Each count gets a role: ``total`` (stated as the whole), ``part`` (one site or type, to be summed), ``sub`` (a
subset of a count already given: "including 12 PTZ cameras", "3 of our cameras"). Recorders and body-worn
cameras are not CCTV cameras and are kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from camcensus.evidence.phrases import joined, words
from camcensus.evidence.text import (
    LOOSE_ROW,
    NUMBER,
    NUMBER_WORDS,
    Folded,
    cells,
    could_contain,
    parse_number,
)
from camcensus.memo import text_memo


# The phrase lists are data (evidence/data/counts.toml, each entry with an example it matches and one it must
# not); each is read here as one pattern, its entries joined in file order, inside the number grammar around
# it (the file names it beside each list).
def _list(section: str) -> str:
    return joined("counts", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


_APPROX = r"(?P<approx>" + _list("approx") + r")?\s*"
_NOUN = r"(?:" + _list("noun") + r")\b"
# "60-70 cameras", "60 to 70 cameras", "between 60 and 70 cameras": read as about the middle of the range;
# "24-hour cameras", "4-megapixel cameras" are no count
_RANGE = rf"(?:\s*(?:-|\u2013|\bto\b|(?(between)\band\b|(?!)))\s*(?P<num2>\b{NUMBER})\b)?"
# a count starts at a word: "some" in "handsome" is no approximation (and the engine skips letters fast)
_NUMBER_NOUN = re.compile(
    r"(?<![A-Za-z])"
    + _APPROX
    + rf"(?P<between>\bbetween\s+)?(?P<num>\b{NUMBER})\b{_RANGE}(?!-[A-Za-z])(?P<plus>\+)?\s*(?:x\s+)?"
    + rf"(?P<mod>(?:[\w/&'()\-]+\s+){{0,4}}?)(?:o\s+)?{_NOUN}",
    re.IGNORECASE,
)
_LABEL_TOTAL = r"(?:" + _list("label_total") + r")"
_LABEL_NUMBER = re.compile(
    r"(?:(?:"
    + _LABEL_TOTAL
    + r"\s+)?(?:"
    + _list("label")
    + r")\s+(?:of\s+)?(?P<lmod>(?:[A-Za-z-]+\s+){0,3}?)"
    + _NOUN
    + r"|"
    + _LABEL_TOTAL
    + r"\s+(?:[A-Za-z-]+\s+){0,2}?"
    + _NOUN
    + r"|"
    + _NOUN
    + r"\s*\("
    + _LABEL_TOTAL
    + r"\))"
    r"[^0-9\n]{0,40}?" + _APPROX + rf"(?P<num>\b{NUMBER})\b",
    re.IGNORECASE,
)
# "Hikvision cameras: 0", "Other cameras: 312", "CCTV cameras: 96": a count labelled by make or kind
_NOUN_LABEL = re.compile(
    r"(?<![\w-])(?P<lmod>(?:[A-Za-z][\w&'.-]*\s+){1,3}?)"
    + _NOUN
    + r"\s*[:=]\s*"
    + _APPROX
    + rf"(?P<num>\b{NUMBER})\b(?!\s*(?:"
    + _list("label_not_count")
    + r"))",
    re.IGNORECASE,
)
_NOUN_BRACKET = re.compile(
    r"(?P<mod>)"
    + _NOUN
    + r"\s*\(\s*"
    + _APPROX
    + rf"(?P<num>\b{NUMBER})\b\s*(?:"
    + _list("noun_bracket_total")
    + r")?\s*\)",
    re.IGNORECASE,
)
# "The cameras themselves are Axis (32 in total)": only read where the sentence is about cameras.
_BRACKET_TOTAL = re.compile(
    r"(?P<mod>)\(\s*" + _APPROX + rf"(?P<num>\b{NUMBER})\b\s*(?:" + _list("bracket_total") + r")\s*\)",
    re.IGNORECASE,
)
_ABOUT_CAMERAS = Folded(_NOUN, re.IGNORECASE)
_NOUN_WORDS = words("counts", "noun")  # what every match of _NOUN holds
_SOME_OF = re.compile(r"\b(?:" + _list("some_of") + r")\s*$", re.IGNORECASE)
_BARE_ANSWER = re.compile(
    r"^\W*(?:(?:"
    + _list("bare_subject")
    + r")\s+(?:"
    + _list("bare_verb")
    + r")\s+)?"
    + _APPROX
    + rf"(?P<num>\b{NUMBER})\b(?:\s*(?:"
    + _list("bare_after")
    + r"))*\W*$",
    re.IGNORECASE,
)
_SUB = re.compile(r"\b(?:" + _list("sub") + r")\W*(?:\w+\W+){0,3}$", re.IGNORECASE)
_PART = re.compile(r"\b(?:" + _list("part") + r")\s*$", re.IGNORECASE)
_TOTAL = re.compile(_bounded("total"), re.IGNORECASE)
_NOT_CAMERA_MOD = re.compile(_bounded("not_camera"), re.IGNORECASE)
# a word of a label (lower case) that names no make or kind, matched whole
_GENERIC = re.compile(r"(?:" + _list("generic") + r")")
_YEARISH = re.compile(r"\b(?:" + _list("yearish") + r")\s*$", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = re.compile(r"(?:" + _list("not_a_count_before") + r")$", re.IGNORECASE)


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    value: int
    role: str  # total | part | sub | excluded
    approx: bool
    qualifier: str  # the words between the number and "cameras": "Hikvision", "PTZ", "body worn"


def _role(text: str, m: re.Match[str], number_start: int, modifier: str) -> str:
    before = text[max(0, number_start - 60) : number_start]
    if _NOT_CAMERA_MOD.search(modifier):
        return "excluded"
    if re.search(r"\bof\b", modifier, re.IGNORECASE) and not re.search(r"total of", before, re.IGNORECASE):
        return "sub"
    if _SUB.search(before):
        return "sub"
    if _TOTAL.search(before[-40:]) or _TOTAL.search(text[m.end() : m.end() + 25]):
        return "total"
    return "part"


_LABEL_STARTS_TOTAL = re.compile(r"\s*" + _LABEL_TOTAL, re.IGNORECASE)


def _label_role(m: re.Match[str]) -> str:
    words = set(re.findall(r"[a-z]+", (m.groupdict().get("lmod") or "").lower()))
    if _LABEL_STARTS_TOTAL.match(m.group(0)) or all(_GENERIC.fullmatch(w) for w in words):
        return "total"
    return "excluded" if _NOT_CAMERA_MOD.search(" ".join(words)) else "part"


def _range_end(m: re.Match[str], low: int) -> tuple[int, int | None]:
    """Where the count ends, and the middle of its range ("60-70 cameras": 65) when it is one."""
    high_text = m.groupdict().get("num2")
    high = parse_number(high_text) if high_text else None
    if high is None or high <= low:
        return m.end("num"), None
    return m.end("num2"), (low + high + 1) // 2


def _label_qualifier(m: re.Match[str]) -> str:
    """The make or kind a labelled count is of ("Hikvision" in "Hikvision cameras: 0"), generic words
    dropped."""
    words = (m.group("lmod") or "").split()
    return " ".join(w for w in words if not _GENERIC.fullmatch(w.lower().strip(".")))


_MONTH_BEFORE = re.compile(r"\b(?:" + _list("month") + r")[a-z]*\.?,?\s*$", re.IGNORECASE)  # "November 2022"
_MONTH_AFTER = re.compile(
    r"\s*(?:st|nd|rd|th)?\s+(?:" + _list("month") + r")[a-z]*\.?\s+(?:19|20)\d\d\b", re.IGNORECASE
)


# more cameras than any one UK public body runs (the largest estates run tens of thousands)
MOST_CAMERAS = 250_000


def camera_number(text: str) -> int | None:
    """The number ``text`` writes, when it could be a number of cameras: not a telephone number or a
    reference written with a leading zero ("07700900790"), not beyond any body's estate."""
    value = parse_number(text)
    if value is None or value > MOST_CAMERAS or re.fullmatch(r"0\d+", text.strip().replace(",", "")):
        return None
    return value


def _plausible(text: str, number_start: int, value: int, number_end: int = -1) -> bool:
    before = text[max(0, number_start - 20) : number_start]
    if _NOT_A_COUNT_BEFORE.search(before):
        return False
    if number_end >= 0 and _MONTH_AFTER.match(text, number_end):
        return False  # "the decision of 11 June 2024 (Surveillance Camera Strategy)": a date
    return not (1990 <= value <= 2035 and (_YEARISH.search(before) or _MONTH_BEFORE.search(before)))


# what every match of _LABEL_NUMBER holds
_LABEL_WORDS = words("counts", "label") + words("counts", "label_total")


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The count patterns, in order, less those whose fixed parts the text lacks (a label word, a colon, a
    bracket): one quick look instead of a pass of each."""
    low = text.lower()
    patterns = []
    if any(word in low for word in _LABEL_WORDS):
        patterns.append(_LABEL_NUMBER)
    if ":" in text or "=" in text:
        patterns.append(_NOUN_LABEL)
    bracket = "(" in text
    if bracket:
        patterns.append(_NOUN_BRACKET)
    patterns.append(_NUMBER_NOUN)
    if bracket:
        patterns.append(_BRACKET_TOTAL)
    return patterns


# the words between a number and "cameras" join it to a name without a number ("2 and Axon AB3"): the number
# ends a model's name, it counts nothing
_JOINS_A_NAME = re.compile(r"\s*(?:and|or|&)\s+(?!.*\b\d+\b)(?:\S+\s+)*?[A-Z][A-Za-z]*\d")


# "12 fixed and 4 PTZ cameras": the words before a second number joined to the first; the noun after it is
# the first number's too
_SHARED_NOUN = re.compile(rf"(?P<own>.*?)\b(?:and|or|plus)\s+(?=\d|(?:{NUMBER_WORDS})\b)", re.IGNORECASE)


def _matches(rx: re.Pattern[str], text: str, endpos: int) -> Iterator[tuple[re.Match[str], str]]:
    """Each match of ``rx`` with the words between its number and its noun; where those words hold a second
    number joined to the first ("12 fixed and 4 PTZ cameras"), the search goes on from that number."""
    pos = 0
    while (m := rx.search(text, pos, endpos)) is not None:
        modifier = m.groupdict().get("mod") or ""
        shared = _SHARED_NOUN.match(modifier) if rx is _NUMBER_NOUN and modifier else None
        yield m, (shared.group("own") if shared else modifier)
        pos = m.start("mod") + shared.end() if shared else max(m.end(), pos + 1)


@text_memo
def find_counts(text: str) -> tuple[CountMention, ...]:
    """Camera counts stated in one sentence, with their roles."""
    nouns = [m.end() for m in _ABOUT_CAMERAS.finditer(text)] if could_contain(text, _NOUN_WORDS) else []
    if not nouns:
        return ()  # every pattern below names the cameras (the bracketed total only in such a sentence)
    out: list[CountMention] = []
    taken: list[tuple[int, int]] = []
    for rx in _patterns_for(text):
        # "N ... cameras" ends at a camera noun, so never after the last one (whose end is a word boundary)
        for m, modifier in _matches(rx, text, nouns[-1] if rx is _NUMBER_NOUN else len(text)):
            value = camera_number(m.group("num"))
            if value is None or not _plausible(text, m.start("num"), value, m.end("num")):
                continue
            end, ranged = _range_end(m, value)
            if ranged is not None:
                value = ranged
            if any(m.start("num") < e and s < end for s, e in taken):
                continue
            if rx is _LABEL_NUMBER and re.search(r"\ban?(?:\s+\w+)?\s*$", text[: m.start()], re.IGNORECASE):
                continue  # "a small number of our cameras (15)": a quantifier, not a label
            if _JOINS_A_NAME.match(modifier):
                continue  # "the Axon flex 2 and Axon AB3 cameras": a model's number, then another model
            labelled = rx is _LABEL_NUMBER or rx is _NOUN_LABEL
            role = _label_role(m) if labelled else _role(text, m, m.start("num"), modifier)
            if rx is _NOUN_BRACKET and _SOME_OF.search(text[max(0, m.start() - 40) : m.start()]):
                role = "sub"  # "a small number of our cameras (approximately 15) are Dahua"
            qualifier = modifier.strip() or (_label_qualifier(m) if rx is _NOUN_LABEL else "")
            out.append(
                CountMention(
                    m.start("num"),
                    end,
                    value,
                    role,
                    bool(m.group("approx") or m.groupdict().get("plus") or ranged is not None),
                    qualifier,
                )
            )
            taken.append((m.start("num"), end))
    out.extend(_named_in_brackets(text, taken, out))
    return tuple(sorted(out, key=lambda c: c.start))


# "Bosch (118), Axis (61) and Hanwha (33)": names, each with its number in brackets, listed in a sentence
# about cameras (at least two, so that one bracketed number after a name is not taken for a count)
_NAME_NUMBER = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*\(\s*\d{1,5}\s*(?:units?|cameras?)?\s*\)"
_NAMED_LIST = re.compile(rf"{_NAME_NUMBER}(?:\s*(?:,|and|&|,\s*and)\s*{_NAME_NUMBER})+")
_IN_BRACKETS = re.compile(r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*\(\s*(?P<num>\d{1,5})")


def _named_in_brackets(
    text: str, taken: list[tuple[int, int]], found: list[CountMention]
) -> list[CountMention]:
    """The numbers of such a list: parts of the count, or a breakdown of a count stated before it in the
    sentence ("fourteen ANPR cameras ...: Stryd Fawr (4), Riverside (2) ...")."""
    out = []
    for listed in _NAMED_LIST.finditer(text):
        for m in _IN_BRACKETS.finditer(text, listed.start(), listed.end()):
            value = camera_number(m.group("num"))
            if value is None or any(m.start("num") < e and s < m.end("num") for s, e in taken):
                continue
            role = "sub" if any(c.start < listed.start() for c in found) else "part"
            out.append(CountMention(m.start("num"), m.end("num"), value, role, False, m.group("name")))
    return out


def bare_count_answer(text: str) -> CountMention | None:
    """The answer to "How many cameras?" given as a bare number: "142", "Approximately 300.", "96 in
    total"."""
    m = _BARE_ANSWER.match(text)
    if not m:
        return None
    value = camera_number(m.group("num"))
    if value is None or (1990 <= value <= 2035):
        return None
    return CountMention(m.start("num"), m.end("num"), value, "total", bool(m.group("approx")), "")


_ASKS_COUNT = re.compile(_list("asks_count"), re.IGNORECASE)


def asks_count(question: str) -> bool:
    return bool(_ASKS_COUNT.search(question))


def resolve_count(mentions: list[tuple[CountMention, bool]]) -> list[bool]:
    """Which mentions make up the body's camera count: the stated totals if any, else the distinct parts
    (never a part of none: a list of makes at 0 is not a count of 0).

    ``mentions`` pairs each count with whether it came from a table total row; returns a flag per mention.
    """
    totals = [i for i, (c, _) in enumerate(mentions) if c.role == "total"]
    if totals:  # a total stated before one summed from its parts, then the largest
        best = max(totals, key=lambda i: (mentions[i][0].qualifier != "sum", mentions[i][0].value))
        return [i == best for i in range(len(mentions))]
    seen: set[tuple[int, str]] = set()
    flags = []
    for index, (c, table) in enumerate(mentions):
        key = (c.value, c.qualifier.lower()) if not table else (index, "table row")  # rows are all distinct
        counted = c.role == "part" and key not in seen and c.value > 0  # "Hikvision cameras: 0" sums nothing
        seen.add(key)
        flags.append(counted)
    parts = [i for i, f in enumerate(flags) if f]
    for i in (parts[0], parts[-1]) if len(parts) >= 3 else ():
        # "41 cameras: 35 at the clinics and 6 at reception": the first (or last) is the others' total
        rest = [mentions[j][0].value for j in parts if j != i]
        if not mentions[i][1] and sum(rest) == mentions[i][0].value:
            return [j == i for j in range(len(mentions))]
    return flags


# -- the answer to "How many cameras?": what a reply's aligned answer says, with the question supplying
#    the noun ("212 (of which 31 are redeployable)", "12 fixed and 2 PTZ", "Fourteen (14).",
#    "Public space - 141. Council buildings - 71.", "Axis (24 units), Hanwha (12)") --
# a spaced dash ends a number in words: "Four - two on the pavilion and two ..."
_TIGHT_NUMBER = NUMBER.replace(r"[\s-]+", r"(?:\s+|-)")
_ANSWER_NUMBER = re.compile(
    r"(?<![\w£$€.,/])"
    + _APPROX
    + rf"(?P<num>{_TIGHT_NUMBER})(?![\w%]|[.,/]\d|\s*(?:"
    + _list("percent")
    + r"))",
    re.IGNORECASE,
)
# what a number in an answer counts when it is not cameras: sites, money, time, people, other kit
_NOT_CAMERAS_AFTER = re.compile(
    r"^\s*(?:(?!(?:at|in|on|across|around|for|of|from)\s)[A-Za-z-]+\s+){0,2}?[\"'\u2018\u201c]?"
    r"(?:" + _list("not_cameras_after") + r")(?![a-z])",
    re.IGNORECASE,
)


def counts_other_things(after: str) -> bool:
    """The words after a number (or after "how many") make it a count of something other than cameras:
    sites, days, officers, deployments ..."""
    return bool(_NOT_CAMERAS_AFTER.match(after[:40]))


_NOT_CAMERAS_BEFORE = re.compile(r"(?:" + _list("not_cameras_before") + r")$", re.IGNORECASE)
_SUBSET_OPEN = re.compile(r"\(\s*(?:" + _list("subset_open") + r")\b", re.IGNORECASE)
# words between a number and the next that make the next a part of the first: "1,180 cameras. This comprises
# 402 ...", "Four - two on the pavilion and two ...", "212 (31 redeployable)"
_BREAKDOWN = re.compile(_bounded("breakdown") + r"|:|\s[-\u2013]\s|\(", re.IGNORECASE)
# "56 cameras across 23 pumping stations and 9 sluices": a number named as the cameras is the whole answer
_NAMED_AFTER = re.compile(
    r"\s*(?:[A-Za-z()/-]+\s+){0,3}?" + _NOUN + r"(?!\s*[:=])", re.IGNORECASE
)  # not a label
# "the 2022 audit recorded 590 cameras; the Trust currently has 612": the figure for now
_NOW = re.compile(_bounded("now") + r"[^.;]*$", re.IGNORECASE)
_TOTAL_WORD = re.compile(_bounded("total_word"), re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)")
_PAST_ASIDE = re.compile(_list("past_aside"), re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\b(?:" + _list("more_before") + r")\s+$", re.IGNORECASE)
_LEAD_VERB = re.compile(r"\b(?:" + _list("lead_verb") + r")\s*$")  # case as written
_POINTS_ON = re.compile(
    r"(?:^|\s)(?:q\s*\d|\d{1,2}\s*[/&]\s*\d{1,2}\s*[.:)]|\d{1,2}\s*[.)]\s+[A-Z])", re.IGNORECASE
)


def _answer_numbers(text: str) -> list[tuple[re.Match[str], int]]:
    out = []
    depth_subset = []  # spans of "(of which ...)" asides: their numbers are inside the total
    for m in _SUBSET_OPEN.finditer(text):
        close = text.find(")", m.end())
        depth_subset.append((m.start(), close if close >= 0 else len(text)))
    for m in _ASIDE.finditer(text):  # "(figure in 2021 was 63 ...)": an older figure, no part of today's
        if _PAST_ASIDE.search(m.group(0)):
            depth_subset.append((m.start(), m.end()))
    for m in _ANSWER_NUMBER.finditer(text):
        value = camera_number(m.group("num"))
        if value is None or any(s <= m.start() < e for s, e in depth_subset):
            continue
        if _NOT_CAMERAS_BEFORE.search(text[max(0, m.start("num") - 14) : m.start("num")]):
            continue
        if _NOT_CAMERAS_AFTER.match(text[m.end() : m.end() + 40]) or 1990 <= value <= 2035:
            continue
        out.append((m, value))
    return out


def answer_count(text: str) -> CountMention | None:
    """The number of cameras an answer to "How many cameras?" gives: a total where it states one (the
    first number, or one marked as the total or as the figure for now, with any breakdown after it), else
    the sum of its parts ("12 fixed and 2 PTZ": 14); None when the answer gives no number of cameras."""
    cut = _POINTS_ON.search(text, 1)
    text = text[: cut.start()] if cut else text
    numbers = _answer_numbers(text[:400])
    if not numbers:
        return None
    named = [
        (m, v)
        for m, v in numbers
        if _NAMED_AFTER.match(text, m.end()) or _MORE_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    ]
    marked = [(m, v) for m, v in numbers if _TOTAL_WORD.search(text[max(0, m.start() - 25) : m.end() + 25])]
    if not marked and len(named) >= 2:  # "the 2022 audit recorded 590 cameras; the Trust now has 612"
        marked = [(m, v) for m, v in named if _NOW.search(text[max(0, m.start() - 30) : m.start()])]
    if marked:
        m, v = max(marked, key=lambda mv: mv[1])
        return _mention(m, m, v, "")
    first, value = numbers[0]
    rest = numbers[1:]
    lead = text[: first.start()].strip(" \t-\u2013:(")
    opens = not re.search(r"[A-Za-z]{3}", lead) or bool(_LEAD_VERB.search(lead))
    between = text[first.end() : rest[0][0].start()] if rest else ""
    alone = named[:1] == numbers[:1] and len(named) == 1  # "56 cameras across 23 stations and 9 outfalls"
    if not rest or alone or (opens and (_BREAKDOWN.search(between) or sum(v for _, v in rest) == value)):
        return _mention(first, first, value, "")
    parts = named if len(named) >= 2 else numbers  # "16 internal cameras and 9 external cameras"
    return _mention(parts[0][0], parts[-1][0], sum(v for _, v in parts), "sum")


def _mention(first: re.Match[str], last: re.Match[str], value: int, qualifier: str) -> CountMention:
    approx = bool(first.group("approx") or last.group("approx"))
    return CountMention(first.start("num"), last.end("num"), value, "total", approx, qualifier)


_ROW_UNIT = r"(?:" + _list("row_unit") + r")?"
_CELL_APPROX = r"(?:" + _list("cell_approx") + r")?"
_ROW_LABEL_NUMBER = re.compile(
    r"^\W*(?P<label>[^\d\n]{2,60}?)\s*(?:[-:=\u2013]|\s{2,}|\t|\.{3,}|\u2026+)\s*"
    + _APPROX
    + r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*"
    + _ROW_UNIT
    + r"\s*(?:\([^)]*\)?)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
# "Axis (210)", "Hanwha (12 units)": a make or site with its number in brackets
_BRACKET_ROW = re.compile(
    r"^\W*(?P<label>[^\d\n()]{2,60}?)\s*\(\s*"
    + _CELL_APPROX
    + r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*"
    + _ROW_UNIT
    + r"\s*\)\s*[.;,]?\s*$",
    re.IGNORECASE,
)
# a cell holding a number, in digits or words, with an aside in brackets ("three (Kirkby depot only)")
_NUMBER_CELL = re.compile(
    r"\s*" + _CELL_APPROX + rf"({NUMBER})\s*\+?\s*(?:\([^()]{{0,60}}\)\s*)?", re.IGNORECASE
)
_TOTAL_LABEL = re.compile(_list("total_label"), re.IGNORECASE)


def row_count(line: str, loose: bool = False) -> tuple[int, bool] | None:
    """A table row or a "label - number" line of an answer to "How many cameras?": the sum of its numbers
    and whether it is the total row ("Vale Hospital  38  21" -> (59, False); "Total | 297" -> (297, True));
    None when the line is no such row (a header, prose, a row of years)."""
    found = cells(line)
    if len(found) >= 2:
        label = " ".join(c for c in found if not _NUMBER_CELL.fullmatch(c))
        numbers = [parse_number(m.group(1)) or 0 for c in found if (m := _NUMBER_CELL.fullmatch(c))]
        if numbers and _NUMBER_CELL.fullmatch(found[0].strip("| ")) and len(numbers) == 1:
            return None  # "1 | Total number of cameras | Fixed cameras: 148 ...": a numbered question
    else:
        m = (
            _ROW_LABEL_NUMBER.match(line)
            or _BRACKET_ROW.match(line)
            or (LOOSE_ROW.match(line) if loose else None)
        )
        if m is None:
            return None
        label, numbers = m.group("label"), [int(m.group("num").replace(",", ""))]
    if not numbers or not label.strip() or any(1990 <= n <= 2035 for n in numbers):
        return None
    if _RECORDER_LABEL.search(label):
        return None
    return sum(numbers), bool(_TOTAL_LABEL.match(label))


_RECORDER_LABEL = re.compile(_bounded("recorder_label"), re.IGNORECASE)
