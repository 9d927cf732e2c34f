"""The request's questions as a reply answers them: numbered, lettered inside one question, several
answered together, named by their order ("your first question") or by their subjects under a reply's own
headings ("Make and model / network"), or repeated back before their answer.
(The request's own text is split into its questions by ``camcensus.evidence.request``.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from camcensus.evidence.count_rows import in_totalled_run, rows_under_heading
from camcensus.evidence.line_shapes import (
    STRONG_QUESTION,
    answer_opener,
    history_line,
    label_numbers,
    sign_off,
)
from camcensus.evidence.phrases import first_match, joined
from camcensus.evidence.question_labels import roman_number
from camcensus.evidence.request import GREETING, ask_of, asks_use
from camcensus.evidence.text import NUMBER_WORDS
from camcensus.knowledge.vendors import find_vendor_mentions
from camcensus.memo import text_memo


# The wording is data (evidence/data/zones.toml): each list read as one pattern, its entries in file order.
def _list(section: str) -> str:
    return joined("zones", section)


@dataclass
class Question:
    number: int | None
    parts: list[str] = field(default_factory=list)
    answered: bool = False
    asked: bool = False  # from the request itself, not echoed in the reply
    also: tuple[int, ...] = ()  # the other numbers one answer to several questions answers ("2/3. No.")
    parent: Question | None = None  # of a part lettered inside it: "by (a) Hikvision and (b) Dahua"
    lettered: dict[int, Question] = field(default_factory=dict)  # its parts so far, by index

    @property
    def text(self) -> str:
        return " ".join(self.parts)

    @property
    def numbers(self) -> tuple[int, ...]:
        return ((self.number,) if self.number is not None else ()) + self.also


# a lettered part's mark, not a reference to one ("(c) If yes to (b), how many?", "(c) See (b)"); the "("
# first, each look-behind ending with it, so the engine skips ahead to a "(" instead of trying them everywhere
INLINE_LETTER = re.compile(
    r"\((?<!\bto \()(?<!\bsee \()(?<!\bin \()(?<!\bat \()(?<!\bof \()([a-h]|iii|ii|iv|i|v)\)\s*",
    re.IGNORECASE,
)


def part_index(mark: str) -> int:
    """The place of a part's mark in its question: (a) or (i) 0, (b) or (ii) 1 ..."""
    roman = roman_number(mark) if mark.lower() in ("i", "ii", "iii", "iv", "v") else None
    return roman - 1 if roman is not None else ord(mark.lower()) - ord("a")


def ordered_marks(text: str) -> list[re.Match[str]]:
    """The marks of the parts a text letters inline, (a), (b) ... or (i), (ii) ... in order; [] unless two
    or more."""
    marks = list(INLINE_LETTER.finditer(text))
    in_order = [part_index(m.group(1)) for m in marks] == list(range(len(marks)))
    return marks if len(marks) >= 2 and in_order else []


@text_memo
def lettered_texts(text: str) -> tuple[str, ...]:
    """Each part of a text that letters its parts inline, with the words before the first letter ("Whether any
    are manufactured by (a) Hikvision and (b) Dahua" -> "... by Hikvision", "... by Dahua"); [] for none."""
    marks = ordered_marks(text)
    if not marks:
        return ()
    ends = [m.start() for m in marks[1:]] + [len(text)]
    head = text[: marks[0].start()]
    own = [text[m.end() : e] for m, e in zip(marks, ends, strict=True)]
    return tuple(
        re.sub(r"\s+(?:and|or)\s*$", "", (head + words).strip()) + _named_before(own[:k], words)
        for k, words in enumerate(own)
    )


def _named_before(before: list[str], words: str) -> str:
    """A part asked on the one before ("(c) If yes, how many of each?") asks about the makes it names."""
    kinds = set(ask_of(words).kinds) if before else {"vendors"}  # (not "If yes, which make and how many?")
    counts = kinds & {"count", "figures"} and "vendors" not in kinds
    on = counts and first_match(words, "request", "follow_on") and asks_use(before[-1])  # (not "removed?")
    named = tuple(dict.fromkeys(m.match.vendor for m in find_vendor_mentions(before[-1]))) if on else ()
    return f" (named above: {', '.join(named)})" if named else ""


def lettered_part(question: Question, index: int) -> Question | None:
    """Part (a), (b) ... of a question that letters its parts inline (``lettered_texts``), kept on the
    question so that its answered state holds."""
    if index in question.lettered:
        return question.lettered[index]
    texts = lettered_texts(question.text)
    if index >= len(texts):
        return None
    part = Question(question.number, [texts[index]], asked=True, parent=question)
    question.lettered[index] = part
    return part


def answering_all(questions: list[Question]) -> Question:
    """One question standing for several of the request's, answered together."""
    if len(questions) == 1:
        return questions[0]
    for q in questions:
        q.answered = True
    numbers = [q.number for q in questions if q.number is not None]
    texts = [q.text for q in questions]
    return Question(next(iter(numbers), None), texts, asked=True, also=tuple(numbers[1:]))


# A reply may answer under headings of its own that name the request's subjects ("Number of cameras by
# site", "Make and model / Hikvision or Dahua / network", "Audio / facial recognition") instead of numbers.
_TOPIC_LINE = re.compile(r"^\s*[A-Za-z](?:(?!\S {3,}\S)[^\d.?!;]){2,78}?[:\s]*$")  # (no table's "A   B")
_TOPIC_SPLIT = re.compile(r"\s*(?:/|\||;|\s[-\u2013]\s)\s*")
_FILLER = re.compile(r"^(?:" + _list("topic_filler") + r")$", re.IGNORECASE)


@text_memo
def stems_of(text: str, names: bool = True) -> frozenset[str]:
    """Content words, cut to their first five letters ("cameras" and "camera" alike); without ``names``,
    not the words capitalised inside a sentence (the body's name in a question, "CCTV")."""
    for m in sorted(find_vendor_mentions(text), key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end :]  # makes are a question's subject, not its topic
    if not names:
        text = _NAME_WORD.sub(" ", text)
    return frozenset(w[:5] for w in re.findall(r"[a-z]{3,}", text.lower()) if not _FILLER.match(w))


_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"(?<=[\w,;)] )[A-Z]\w*")
# words a numbered title may bring that its question words otherwise ("Q1. Number of cameras" for "How many")
_TITLE_WORDS = frozenset({"numbe", "total", "count"})


def titles(rest: str, question: str) -> bool:
    """A few words after a question's number that name its subject rather than answer it ("Q2. Hikvision" for
    "Are any ... manufactured by Hikvision?", "Q1. Number of cameras" for "How many cameras ...?")."""
    if len(re.findall(r"\w+", rest)) > 4 or re.search(r"\d", rest):
        return False
    named = {m.match.vendor for m in find_vendor_mentions(rest)}
    if not named <= {m.match.vendor for m in find_vendor_mentions(question)}:
        return False  # "Q4. Axis and Hanwha": makes the question did not name answer it
    words = stems_of(rest)
    return bool(named or words) and words - stems_of(question) <= _TITLE_WORDS


def topic_headings(asked: list[Question], texts: list[str]) -> dict[int, tuple[list[Question], int]]:
    """The lines (by index) that head the answers to the request's questions by naming their subjects, with
    the questions each heads and where its own answer starts (a label's value: "Cameras in use: 23",
    "Hikvision/Dahua: Yes"; the line's end for a heading alone): only where at least two such lines head
    different questions in the request's order, so that a short answer repeating its question's words
    ("Facial recognition") is not taken for one."""
    # "Number of cameras" heads "How many cameras are there?"
    stems = [
        stems_of(q.text, False) | (_TITLE_WORDS if _HOW_MANY.search(q.text) else frozenset()) for q in asked
    ]
    makes = [{m.match.vendor for m in find_vendor_mentions(q.text)} for q in asked]
    found: dict[int, tuple[list[Question], int]] = {}
    greeting = next((i for i, t in enumerate(texts) if GREETING.match(t)), -1)
    labels = [_LABEL.match(t) for t in texts]
    counted = [bool(m and re.fullmatch(r"\d[\d,]*", m.group("value").strip())) for m in labels]
    for i, text in enumerate(texts):
        if sign_off(text) or history_line(text):
            break  # the letter's body is over
        if i <= greeting:
            continue  # a letterhead names the body, as the request may
        if counted[i] and in_totalled_run(texts, counted, i) or restates(text, asked):
            continue  # "Redeployable - 4" above "TOTAL - 107": a row; "b) the make ... - in ...": asked
        label = labels[i]
        head = label.group("label") if label else text
        if not _TOPIC_LINE.match(head) or STRONG_QUESTION.match(head) or answer_opener(head):
            continue
        if i and "   " in texts[i - 1].strip() and len(head) < 30:
            continue  # "cameras" under "Academy   Number of CCTV": a fixed-width table's header, wrapped
        if label and label.group("value")[:1].isdigit() and not stems_of(head) and find_vendor_mentions(head):
            continue  # "Dahua - 41 (PTZ domes ...)": a row of a list of makes and their counts, no heading
        previous = [asked.index(qs[-1]) for qs, _ in found.values() if qs]
        heads = _headed(head, asked, stems, makes, previous[-1] if previous else -1)
        if heads:
            found[i] = (heads, label.start("value") if label else len(text))
        elif label and stems_of(head):
            found[i] = ([], label.start("value"))  # "Audio: No" under no question asked: its own subject
    for i in rows_under_heading(found, counted):  # "Calder Bridge Academy - 58": a row of an answer
        del found[i]
    firsts = [asked.index(qs[0]) for qs, _ in found.values() if qs]
    if len(set(firsts)) < 2 or firsts != sorted(firsts):
        return {}
    return found


# "Cameras in use: 23", "Hikvision/Dahua - Yes": a short label, then its value
_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{3,60}?)\s*(?::|\s[-\u2013]\s)\s*(?P<value>\S.*)$")


def _headed(
    head: str, asked: list[Question], stems: list[frozenset[str]], makes: list[set[str]], after: int = -1
) -> list[Question]:
    """The questions a heading names, one per part ("Make and model / network"): by most of its words, or by
    the makes a part alone names; [] when a part names none or several alike, unless headings so far have
    followed the request's order and one of those alike comes next after ``after`` ("Manufacturers" for
    "Who are the manufacturers?" before "Are any manufactured by Hikvision?")."""
    heads: list[Question] = []
    for part in _TOPIC_SPLIT.split(head.strip().rstrip(":")):
        words = stems_of(part)
        named = {m.match.vendor for m in find_vendor_mentions(part)}
        if words:
            scores = [len(words & qs) / len(words) for qs in stems]
        elif named:
            scores = [1.0 if named <= qm else 0.0 for qm in makes]
        else:
            continue
        best = max(scores)
        tied = [i for i, score in enumerate(scores) if score == best]
        later = [i for i in tied if i > after] if after >= 0 else []
        if best < 0.5 or (len(tied) > 1 and not later):
            return []
        question = asked[later[0] if len(tied) > 1 else tied[0]]
        if question not in heads:
            heads.append(question)
    return heads


# several questions' numbers: "1 and 2", "2, 3 and 4", "5 to 7", "2. - 7.", "Q2 & Q3"
_NUMBER_LIST = (
    r"\(?\d{1,2}\)?\.?(?:\s*(?:/|&|and|\+|,|a|to|-|\u2013)\s*(?:q(?:uestion)?\s*)?\(?\d{1,2}\)?(?:\.(?!\d))?){1,7}"
    r"|\d{1,2}\.?"
)
_Q_WORD = r"(?:q|questions?|parts?|cwestiynau|cwestiwn)\s*"
# a line of only the numbers of questions ("Question 3", "Q4 & Q5:", "(1) and (2)"; bare numbers only when
# several: "3." alone may be a count), with their topic in brackets ("Questions 2 to 5 (manufacturers)")
NUMBERS_ONLY = re.compile(
    r"^\s*(?:"
    + _Q_WORD
    + r"(?P<list>"
    + _NUMBER_LIST
    + r")(?:\s*\([A-Za-z][^()\d]{1,60}\))?|(?P<bare>"
    + _NUMBER_LIST
    + r"))\s*[.:)\-\u2013]?\s*$",
    re.IGNORECASE,
)
# one answer to several questions: "2/3. Neither.", "Q2 & Q3 - No", "2 and 3: see above", "2. - 7. N/A"
JOINT = re.compile(
    r"^\s*(?:" + _Q_WORD + r")?(?P<list>" + _NUMBER_LIST + r")(?:(?<=\.)\s+|\s*[.):\-\u2013]\s*)",
    re.IGNORECASE,
)
_RANGE = re.compile(r"(\d{1,2})\.?\s*(?:to|-|\u2013)\s*(?:q(?:uestion)?\s*)?(\d{1,2})", re.IGNORECASE)


def listed_numbers(listed: str) -> list[int]:
    """ "2, 3 and 4" -> [2, 3, 4]; "5 to 7" -> [5, 6, 7]."""
    for m in _RANGE.finditer(listed):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo < hi <= lo + 10:
            listed = listed.replace(m.group(0), " ".join(str(n) for n in range(lo, hi + 1)), 1)
    return [int(n) for n in re.findall(r"\d{1,2}", listed)]


_ORDINALS = _list("ordinal")
_ORDINAL_LEAD = re.compile(
    r"^\W*(?:" + _list("ordinal_lead") + r")\s+(?:to\s+)?(?:your|the)\s+(?P<list>(?:" + _ORDINALS + r")"
    r"(?:\s*(?:,|and|&)\s*(?:" + _ORDINALS + r"))*)\s+(?:question|part|point|request)s?\b",
    re.IGNORECASE,
)


# "In response to part a), ...", "With regard to question 3 of your request, ...", "Regarding Q2 and Q4, ..."
_LEAD_LABEL = r"\(?(?:[a-h]|\d{1,2})\b\)?"
_LABELLED_LEAD = re.compile(
    r"^\W*(?:" + _list("ordinal_lead") + r")\s+(?:to\s+)?(?:your\s+|the\s+)?(?:questions?|parts?|points?|q)"
    r"\s*\.?\s*(?P<list>" + _LEAD_LABEL + r"(?:\s*(?:,|and|&|to)\s*(?:q\s*\.?\s*)?" + _LEAD_LABEL + r")*)"
    r"(?:\s+of\s+(?:your|the)\s+request)?\s*(?:[,:\u2013-]|\s(?=[A-Za-z]))",
    re.IGNORECASE,
)


def lead_end(text: str) -> int:
    """Where a lead naming the questions by label or order ends ("In relation to parts (1) to (3): ", "In
    answer to your first question, "): its numbers and words are not the answer's; 0 when there is none."""
    m = _LABELLED_LEAD.match(text) or _ORDINAL_LEAD.match(text)
    return m.end() if m else 0


def _labelled_lead(asked: list[Question], text: str) -> list[Question] | None:
    m = _LABELLED_LEAD.match(text)
    if m is None:
        return None
    found = [next((q for q in asked if q.number == n), None) for n in label_numbers(m.group("list"))]
    return [q for q in found if q is not None] if found and all(found) else None


def ordinal_lead(asked: list[Question], text: str) -> list[Question] | None:
    """The request's questions a sentence names by their order or their label at its start ("In response to
    your first question", "With regard to part b)"); None if any is not asked."""
    m = _ORDINAL_LEAD.match(text)
    if m is None:
        return _labelled_lead(asked, text)
    order = _ORDINALS.split("|")
    found = [
        asked[order.index(w.lower())] if order.index(w.lower()) < len(asked) else None
        for w in re.findall(_ORDINALS, m.group("list"), re.IGNORECASE)
    ]
    return [q for q in found if q is not None] if found and all(found) else None


@lru_cache(maxsize=256)
def _question_words(question: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A question's numbers, its words of three letters or more, and all its words: found once per question
    (a reply's every line is held against the same few questions, or all of them run together)."""
    lower = question.lower()
    return (
        frozenset(re.findall(r"\d+", question)),
        frozenset(re.findall(r"[a-z]{3,}", lower)),
        frozenset(re.findall(r"[a-z']+", lower)),
    )


_NUMBER_WORD = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)  # "The Council owns three drones."


def repeats(line: str, question: str) -> bool:
    """The line repeats the question (most of its words are the question's): an echo, not an answer."""
    numbers, asked, every = _question_words(question)
    if set(re.findall(r"\d+", line)) - numbers or {w.lower() for w in _NUMBER_WORD.findall(line)} - every:
        return False  # "Severnside Transport operates approximately 2,400 CCTV cameras" gives a figure
    words = set(re.findall(r"[a-z]{3,}", line.lower()))
    brought = set(re.findall(r"[a-z']+", line.lower())) - every
    if any(_ANSWERING.fullmatch(word) for word in brought):
        return False  # "We do not use body worn cameras" answers "Do you use body worn cameras?"
    return len(words) >= 3 and len(words & asked) >= 0.6 * len(words)


def restates(line: str, questions: list[Question]) -> bool:
    """The line is one of the request's open questions nearly word for word, though it does not read as a
    question ("The number of body cams in force, the date the force started using them"): a heading."""
    words = set(re.findall(r"[a-z]{3,}", line.lower()))
    for q in questions:
        asked = _question_words(q.text)[1]
        if not q.answered and len(words) >= 6 and len(words & asked) >= 0.8 * max(len(asked), len(words)):
            return repeats(line, q.text)
        if not q.answered and q.asked and plain_words(line) == plain_words(q.text) and len(words) >= 3:
            return True  # word for word, however short: "How long BWV footage is retained"
    return False


def plain_words(text: str) -> str:
    """The text's words and numbers, lower case, one space apart: what an echo of a question is held to."""
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def split_restated(
    text: str, spans: list[tuple[int, int]], questions: list[Question]
) -> list[tuple[int, int]]:
    """A paragraph joined from wrapped lines whose first line is one of the request's open questions (a PDF's
    "The number of BWV cameras held by X" over "X holds 1,970 BWV devices. ..."): the question, then its
    answer, apart."""
    out = []
    for a, b in spans:
        cut = text.find("\n", a, b)
        if cut > 0 and text[cut:b].strip() and restates(text[a:cut], questions):
            out += [(a, cut), (cut + 1, b)]
        else:
            out.append((a, b))
    return out


# the marks of questions run on in a line that repeats them: "(1) the number of ..., (2) whether ..."
_RUN_ON_MARKS = re.compile(r"\(\d{1,2}\)")


def repeats_run_on(line: str, request: str) -> bool:
    """The line repeats questions of the request run on together, their marks and all."""
    return repeats(_RUN_ON_MARKS.sub(" ", line), request)


# words an answer brings to the question's own: a denial, the body speaking
_ANSWERING = re.compile(_list("answer_word"), re.IGNORECASE)
# a line that goes on asking ("If not, please explain why", "Please include ...")
_ASKS_ON = re.compile(r"^\W*(?:" + _list("asks_on") + r")\b", re.IGNORECASE)


def brings_answer(line: str, question: str) -> bool:
    """A line after a question that brings a denial or the body's own voice the question did not have
    ("ECFRS do not currently use Body Worn Cameras/Video."): the answer begins, not more of the question."""
    if line.rstrip().endswith("?") or _ASKS_ON.match(line):
        return False
    brought = set(re.findall(r"[a-z']+", line.lower())) - _question_words(question)[2]
    return any(_ANSWERING.fullmatch(word) for word in brought)
