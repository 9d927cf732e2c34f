"""The shape of one line of a reply, from its text alone: a question's or an answer's head, a sign-off, the
start of quoted history, a title, its leading number, its cells, where a question and its answer share it.

Each is a pure function of the line (or the segment) and memoised per text; ``camcensus.evidence.zones``
decides from them, and from what came before, which part of the reply a line is.
"""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined
from camcensus.evidence.question_labels import ROMAN, roman_number
from camcensus.evidence.text import cells
from camcensus.memo import text_memo

# "1. ", "1) ", "1 - Main campus", "1 - 4,180" (not "1 - 4 cameras"), "Q2", "(a)", "Question (a)", "(iii)",
# "part ii"
_NUM = (
    r"(?:(?P<cn>\d{1,2})(?:\s*\((?P<cl>[a-h]|" + ROMAN + r")\)|(?P<cl2>[a-h])[.):](?=\s))"  # "1 (i)", "1a)"
    r"|\(?(?P<n>\d{1,2})(?:[.):]|/(?=\s))|(?P<dn>\d{1,2})\s[-\u2013]\s(?=[A-Za-z]|\d[\d,]{2,}\b)"
    r"|(?:q|question|cwestiwn|part)\s*\.?\s*(?P<qn>\d{1,2})\b[.):]?|\(?(?P<ln>[a-h])[.)]|c(?P<cn2>\d{1,2})[.):]"
    r"|(?:q|question|cwestiwn|part)\s*(?:\((?P<ql>[a-h])\)|\s(?P<ql2>[a-h])[.):])"  # "Question (a)"
    r"|(?:part\s*)?\((?P<rn>" + ROMAN + r")\)|part\s+(?P<rn2>" + ROMAN + r")\b[.):]?)\s*"
)


# The wording is data (evidence/data/zones.toml, each entry with an example it matches and one it must not);
# each list is read here as one pattern, its entries joined in file order, inside the layout around it.
def _list(section: str) -> str:
    return joined("zones", section)


_QUESTION_HEAD = re.compile(
    r"^\s*(?:" + _NUM + r")?(?:" + _list("question_head") + r")\b(?:[^:\n|]{0,60}?(?::|\s[-\u2013]\s)"
    r"|[^:\n?.]{0,25}$)",
    re.IGNORECASE,
)
_ANSWER_HEAD = re.compile(
    r"^\s*(?:" + _NUM + r")?(?:" + _list("answer_head") + r")\s*(?:\d{1,2})?\s*(?::|\s[-\u2013]\s|\.\s|$)",
    re.IGNORECASE,
)
_ANSWER_OPENER = re.compile(r"^\s*(?:" + _NUM + r")?(?:" + _list("answer_opener") + r")", re.IGNORECASE)
STRONG_QUESTION = re.compile(r"^\s*(?:" + _NUM + r")?(?:" + _list("strong_question") + r")\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^\s*(?:" + _list("sign_off") + r")\b[\s,.]*$", re.IGNORECASE)
_HISTORY = re.compile(r"^\s*(?:" + _list("history") + r")", re.IGNORECASE)
# a letter's title: "Request for information: CCTV (your ref 123)", not an echoed request
_TITLE = re.compile(
    r"^\s*(?:(?:" + _list("title_law") + r")\s+)?(?:\(?(?:foi|eir)\)?\s+)?(?:" + _list("title") + r")"
    r"(?:\s+(?:ref(?:erence)?|no\.?|number)\b[^:\n]{0,30})?\s*(?::|\s[-\u2013]\s)(?=.{0,90}$)"
    r"(?![^\n]*\?\s*$)(?=[^\n]*(?:\bref\b|\d|" + _list("title_subject") + r"|[A-Z]{2,}[-/]))",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^\s*(?:" + _list("header") + r")\s*:", re.IGNORECASE)
SHORT_VALUE = re.compile(
    r"^\s*(?:(?:" + _list("short_value_approx") + r")\s*)?\d[\d,]*\s*(?:cameras?)?\s*\.?\s*$"
    r"|^\s*(?:" + _list("short_answer") + r")\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^\s*(?:" + _list("annex") + r")\b", re.IGNORECASE)
_INLINE_ANSWER = re.compile(r"\s(?:" + _list("inline_answer") + r")\s*[:\-\u2013]\s", re.IGNORECASE)

# Each line's shape is a pure function of its text, and letters repeat their lines (titles, greetings, the
# review paragraph): the matches are kept per text (results are shared, never changed).
question_head = text_memo(_QUESTION_HEAD.match)
answer_head = text_memo(_ANSWER_HEAD.match)
answer_opener = text_memo(_ANSWER_OPENER.match)
strong_question = text_memo(STRONG_QUESTION.match)
sign_off = text_memo(_SIGN_OFF.match)
history_line = text_memo(_HISTORY.match)
title_line = text_memo(_TITLE.match)
header_line = text_memo(_HEADER.match)
annex_line = text_memo(_ANNEX.match)


def question_number(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    part = match.groupdict().get("cl") or match.groupdict().get("cl2")
    if part:  # "1 (ii)", "1b)": the second part of question 1, as "1 (b)"
        roman = roman_number(part) if re.fullmatch(ROMAN, part, re.IGNORECASE) else None
        return 100 + (roman - 1 if roman is not None else ord(part.lower()) - ord("a"))
    for key in ("n", "dn", "qn", "cn2"):  # ("C2." a Welsh reply's Cwestiwn 2)
        if match.groupdict().get(key):
            return int(match.group(key))
    for key in ("rn", "rn2"):  # "(ii)": the second part, as "(b)" is (the second question where there are
        if match.groupdict().get(key):  # no parts)
            roman = roman_number(match.group(key))
            return 100 + roman - 1 if roman is not None else None
    letter = match.groupdict().get("ln") or match.groupdict().get("ql") or match.groupdict().get("ql2")
    return 100 + ord(letter.lower()) - ord("a") if letter else None


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


_LIST_MARKER = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]\s|\(?[a-h][.)]\s|\(?[ivx]{1,4}[.)]\s|q\d{1,2}\b|question\s*\d|cwestiwn\s*\d|[-*\u2022>]\s)",
    re.IGNORECASE,
)
_list_marker = text_memo(_LIST_MARKER.match)


def ends_sentence(text: str) -> bool:
    """The text ends a sentence or clause (punctuation, then perhaps closing quotes or brackets and space):
    looked at from the end, as a growing paragraph is asked once per line."""
    tail = text.rstrip().rstrip("'\")]")
    return tail[-1:] in (".", "?", "!", ":", ";", ",")


_LOWER_START = re.compile(r"\s*[a-z(]")
_BARE_FIGURE = re.compile(r"\s*(?:approx(?:imately|\.)?\s*|c\.\s*)?\d[\d,]*\.?\s*$", re.IGNORECASE)
# a row of a list of names and figures: "Axis - 40", "Dahua - 41 (PTZ domes on the A38)"
_NAME_FIGURE = re.compile(r"\s*[A-Z][\w&./' -]{0,40}?\s[-\u2013]\s+\d[\d,]*\s*(?:\([^()\n]*\))?\s*$")


def _comma_then_lower(prev: str, line: str) -> bool:
    """A clause broken after its comma, the next line going on in lower case: one sentence."""
    lower = _LOWER_START.match(line) is not None and line.lstrip()[:1] != "("
    return prev.rstrip().endswith(",") and lower


def unwrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines joined back into the paragraphs a PDF, a scan or a hard-wrapped e-mail broke them from.

    A line continues the one before when that one stops short of a sentence end and either ran to the
    width of the text or the next begins in lower case; list items, table rows and quoted lines stay apart.
    """
    lengths = [len(text[a:b].rstrip()) for a, b in spans]
    width = max(lengths, default=0)
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(spans):
        line, prev = text[a:b], text[out[-1][0] : out[-1][1]] if out else ""
        joined = (
            out
            and line.strip()
            and spans[i - 1][1] == out[-1][1]  # the line before was not blank
            and prev.strip()
            and (not ends_sentence(prev) or _comma_then_lower(prev, line))  # ("buildings," / "depots and")
            and not _list_marker(line)
            and not cells(line)
            and not cells(prev.rsplit("\n", 1)[-1])
            and not prev.lstrip().startswith(">")
            and not _BARE_FIGURE.match(line)  # "742" under the question it answers: an answer of its own
            and not _NAME_FIGURE.match(line)
            and not _NAME_FIGURE.match(prev.rsplit("\n", 1)[-1])
            and (_LOWER_START.match(line) is not None or (width >= 50 and lengths[i - 1] >= 0.75 * width))
        )
        if joined:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def labelled_answer(head: str, rest: str) -> bool:
    """ "Q2 Manufacturer and model: Dahua ...": a numbered label, then a statement, is an answer."""
    numbered = re.match(
        r"^\s*(?:q|question|cwestiwn)\s*\d{1,2}\b[.):]?\s*(.*?)\s*(?::|\s[-\u2013]\s)$", head, re.IGNORECASE
    )
    if not numbered or not rest.strip() or rest.rstrip().endswith("?"):
        return False
    label = numbered.group(1)
    return not STRONG_QUESTION.match(label) and not STRONG_QUESTION.match(rest) and not label.endswith("?")


def numbering_only(head: str) -> bool:
    """The head is only a question number ("Q1 -", "Question 2:"), not words that echo the request."""
    return re.sub(r"[\s\d.():\-\u2013]+", "", head).lower() in ("q", "question", "cwestiwn")


def trailing_number(head: str) -> int | None:
    m = re.search(r"(\d{1,2})\s*\W*$", head)
    return int(m.group(1)) if m else None


# ('"5. Replacement ...": quoted; "-1. Twenty two": a scan's speck before it)
_LEADING_NUMBER = re.compile(r"^\s*[\"\u201c]?(?:[-\u2013](?=\d))?" + _NUM, re.IGNORECASE)
_CELL_LABEL = re.compile(r"^\s*\|\s*" + _NUM + r"(?=\|)", re.IGNORECASE)  # "| 1(a) | 146 |"
_NUMBER_CELL = re.compile(r"^\s*\|?\s*(?P<n>\d{1,2})\s*(?=\|\s*[^\d\s|][^|]*$)")  # "2 | Three: two DJI ..."


@text_memo
def leading_number(text: str) -> re.Match[str] | None:
    return _LEADING_NUMBER.match(text) or _CELL_LABEL.match(text) or _NUMBER_CELL.match(text)


_CELL = re.compile(r"[^\t|]+")


@text_memo
def cell_spans(text: str) -> tuple[tuple[int, int], ...]:
    if "\t" not in text and "|" not in text:
        return ((0, len(text)),) if text.strip() else ()  # one cell: the whole text
    return tuple((m.start(), m.end()) for m in _CELL.finditer(text) if m.group(0).strip())


@text_memo
def inline_split(text: str) -> tuple[int, int] | None:
    """Where a question and its answer share a line ("3. Do you use Hikvision? No."): (question end, answer
    start)."""
    marker = _INLINE_ANSWER.search(text)
    if marker:
        return marker.start(), marker.end()
    last = text.rfind("?")
    if last < 0:
        return None
    rest = text[last + 1 :]
    stripped = rest.strip(" \t\"')")
    if not stripped or STRONG_QUESTION.match(stripped):
        return None
    return last + 1, last + 1 + len(rest) - len(rest.lstrip(" \t\"')"))


def one_cell_of_same(text: str) -> int:
    """Where a row whose cells all say the same ("1. 97 | 1. 97", a bilingual table's row in figures) ends
    its first cell; else the row's end."""
    same = cells(text) if "|" in text else ()
    if len(same) >= 2 and len(set(same)) == 1:
        return text.index(same[0]) + len(same[0])
    return len(text)


# a heading naming parts of the request, then their topic: "Part (a) - number of cameras", "Parts (b) and
# (c) - manufacturer, and whether Hikvision or Dahua"; or lettered parts alone: "Question (a)"
_PART = r"\(?(?:[a-h]|\d{1,2})\)?"
_PARTS = r"(?:\s*(?:,|and|&|to|-|\u2013)\s*" + _PART + r")*"
_PARTS_HEADING = re.compile(
    r"^\s*(?:parts?\s*(?P<list>" + _PART + _PARTS + r")\s*[-:\u2013\u2014]\s*(?P<topic>[^.?!;]{2,80})"
    r"|(?:parts?|questions?|q)\s*(?P<letters>\(?[a-h]\)?"
    + _PARTS
    + r")\s*[.:]?)$",  # or "Question (a)" alone
    re.IGNORECASE,
)


def parts_named(text: str) -> list[int]:
    """The numbers (letters as 100 + their place) of the parts a topic heading names; [] if it is none."""
    m = _PARTS_HEADING.match(text)
    if m is None or (
        m.group("topic") and (SHORT_VALUE.match(m.group("topic")) or answer_opener(m.group("topic")))
    ):
        return []
    return label_numbers(m.group("list") or m.group("letters"))


def label_numbers(listed: str) -> list[int]:
    """The numbers (letters as 100 + their place) of a list of question labels: "(b) and (c)" -> [101, 102],
    "(1) to (3)" and "Parts (b) to (d)" -> the range."""
    tokens = re.findall(r"\b(?:[a-h]|\d{1,2})\b", listed.lower())
    numbers = [int(t) if t.isdigit() else 100 + ord(t) - ord("a") for t in tokens]
    ranged = re.search(r"\bto\b|[-\u2013]", listed) and len(numbers) == 2
    if ranged and numbers[0] < numbers[1] <= numbers[0] + 10:
        numbers = list(range(numbers[0], numbers[1] + 1))
    return numbers
