"""Which part of a reply each line is: the echoed request, the answer, quoted e-mail history, a signature.

FOI officers copy the request back ("You asked:", "Request:", numbered questions, "> " quotes, the original
message below a reply) before answering it. A vendor named there is not evidence of use, so every line is
given a zone, and each answer line is linked to the question it answers (by its number, or the last one
asked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from camcensus.documents.model import TextSegment
from camcensus.evidence.counts import find_counts
from camcensus.evidence.phrases import joined
from camcensus.evidence.request import GREETING, ROMAN, roman_number
from camcensus.evidence.text import cells, is_welsh
from camcensus.knowledge.vendors import find_vendor_mentions
from camcensus.memo import text_memo

QUESTION, ANSWER, QUOTED, SIGNATURE, HEADER = "question", "answer", "quoted", "signature", "header"

_NUM = (
    r"(?:\(?(?P<n>\d{1,2})[.):]|(?:q|question|cwestiwn|part)\s*(?P<qn>\d{1,2})\b[.):]?|\(?(?P<ln>[a-h])[.)]"
    r"|(?:part\s*)?\((?P<rn>" + ROMAN + r")\)|part\s+(?P<rn2>" + ROMAN + r")\b[.):]?)\s*"
)


# The wording is data (evidence/data/zones.toml, each entry with an example it matches and one it must not);
# each list is read here as one pattern, its entries joined in file order, inside the layout around it.
def _list(section: str) -> str:
    return joined("zones", section)


_QUESTION_HEAD = re.compile(
    r"^\s*(?:" + _NUM + r")?(?:" + _list("question_head") + r")\b(?:[^:\n]{0,60}?(?::|\s[-\u2013]\s)"
    r"|[^:\n?.]{0,25}$)",
    re.IGNORECASE,
)
_ANSWER_HEAD = re.compile(
    r"^\s*(?:" + _NUM + r")?(?:" + _list("answer_head") + r")\s*(?:\d{1,2})?\s*(?::|\s[-\u2013]\s|\.\s|$)",
    re.IGNORECASE,
)
_ANSWER_OPENER = re.compile(r"^\s*(?:" + _NUM + r")?(?:" + _list("answer_opener") + r")", re.IGNORECASE)
_STRONG_QUESTION = re.compile(r"^\s*(?:" + _NUM + r")?(?:" + _list("strong_question") + r")\b", re.IGNORECASE)
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
_SHORT_VALUE = re.compile(
    r"^\s*(?:(?:" + _list("short_value_approx") + r")\s*)?\d[\d,]*\s*(?:cameras?)?\s*\.?\s*$"
    r"|^\s*(?:" + _list("short_answer") + r")\b",
    re.IGNORECASE,
)
_ANNEX = re.compile(r"^\s*(?:" + _list("annex") + r")\b", re.IGNORECASE)
_INLINE_ANSWER = re.compile(r"\s(?:" + _list("inline_answer") + r")\s*[:\-\u2013]\s", re.IGNORECASE)

# Each line's shape is a pure function of its text, and letters repeat their lines (titles, greetings, the
# review paragraph): the matches are kept per text (results are shared, never changed).
_question_head = text_memo(_QUESTION_HEAD.match)
_answer_head = text_memo(_ANSWER_HEAD.match)
_answer_opener = text_memo(_ANSWER_OPENER.match)
_strong_question = text_memo(_STRONG_QUESTION.match)
_sign_off = text_memo(_SIGN_OFF.match)
_history = text_memo(_HISTORY.match)
_title = text_memo(_TITLE.match)
_header = text_memo(_HEADER.match)
_annex = text_memo(_ANNEX.match)


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


_INLINE_LETTER = re.compile(r"\(([a-h])\)\s*")


def _lettered_part(question: Question, index: int) -> Question | None:
    """Part (a), (b) ... of a question that letters its parts inline: its words before the first letter and
    the part's own ("Whether any are manufactured by (a) Hikvision and (b) Dahua" -> "... by Hikvision"),
    kept on the question so that its answered state holds."""
    if index in question.lettered:
        return question.lettered[index]
    marks = list(_INLINE_LETTER.finditer(question.text))
    letters = [ord(m.group(1)) - ord("a") for m in marks]
    if len(marks) < 2 or letters != list(range(len(marks))) or index >= len(marks):
        return None
    end = marks[index + 1].start() if index + 1 < len(marks) else len(question.text)
    text = question.text[: marks[0].start()] + question.text[marks[index].end() : end]
    part = Question(
        question.number, [re.sub(r"\s+(?:and|or)\s*$", "", text.strip())], asked=True, parent=question
    )
    question.lettered[index] = part
    return part


def _answering_all(questions: list[Question]) -> Question:
    """One question standing for several of the request's, answered together."""
    if len(questions) == 1:
        return questions[0]
    for q in questions:
        q.answered = True
    numbers = [q.number for q in questions if q.number is not None]
    return Question(
        numbers[0] if numbers else None, [q.text for q in questions], asked=True, also=tuple(numbers[1:])
    )


@dataclass
class Line:
    segment: TextSegment
    start: int
    end: int
    zone: str
    question: Question | None = None
    number: int | None = None
    first_answer: bool = False  # the first answer line after its question: where "Yes"/"No" answers it
    cells: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


@dataclass
class _State:
    mode: str = ""
    qa_table: bool = False  # inside a table headed "Question | Response": each row a question and its answer
    history: bool = False
    signature: bool = False
    current: Question | None = None
    numbered: dict[int, Question] = field(default_factory=dict)
    asked: list[Question] = field(default_factory=list)  # the request's questions, in order
    welsh_answer: bool = False  # the last answer line read as Welsh: an English line next translates it

    def by_number(self, number: int) -> Question | None:
        """The question a number points to; a reply numbering 1, 2 ... a request lettered (a), (b) ... (or
        the other way round) answers them in order; "(a)" under a question with lettered parts of its own
        ("manufactured by (a) Hikvision and (b) Dahua") answers that part."""
        current = self.current.parent or self.current if self.current is not None else None
        if number >= 100 and current is not None and current.asked:
            part = _lettered_part(current, number - 100)
            if part is not None:
                return part
        found = self.numbered.get(number)
        if found is not None or not self.asked:
            return found
        ordinal = number - 100 if number >= 100 else number - 1
        return self.asked[ordinal] if 0 <= ordinal < len(self.asked) else None

    def next_asked(self) -> Question | None:
        return next((q for q in self.asked if not q.answered), None)


def _number(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    for key in ("n", "qn"):
        if match.groupdict().get(key):
            return int(match.group(key))
    for key in ("rn", "rn2"):
        if match.groupdict().get(key):
            return roman_number(match.group(key))
    letter = match.groupdict().get("ln")
    return 100 + ord(letter.lower()) - ord("a") if letter else None


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


_LIST_MARKER = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]\s|\(?[a-h][.)]\s|[ivx]{1,4}[.)]\s|q\d{1,2}\b|question\s*\d|cwestiwn\s*\d|[-*\u2022>]\s)",
    re.IGNORECASE,
)
_list_marker = text_memo(_LIST_MARKER.match)


def _ends_sentence(text: str) -> bool:
    """The text ends a sentence or clause (punctuation, then perhaps closing quotes or brackets and space):
    looked at from the end, as a growing paragraph is asked once per line."""
    tail = text.rstrip().rstrip("'\")]")
    return tail[-1:] in (".", "?", "!", ":", ";", ",")


_LOWER_START = re.compile(r"\s*[a-z(]")


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
            and not _ends_sentence(prev)
            and not _list_marker(line)
            and not cells(line)
            and not cells(prev.rsplit("\n", 1)[-1])
            and not prev.lstrip().startswith(">")
            and (_LOWER_START.match(line) is not None or (width >= 50 and lengths[i - 1] >= 0.75 * width))
        )
        if joined:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def classify(segments: Sequence[TextSegment], asked: Sequence[tuple[int, str]] = ()) -> list[Line]:
    """Zone every non-blank line (a wrapped paragraph counts as one) of the reply, in reading order.

    ``asked``: the request's questions as (number, text), when the request is known: answers numbered
    like them, or bare answers given in their order, are linked to them.
    """
    state = _State()
    for number, text in asked:
        question = Question(number, [text], asked=True)
        state.asked.append(question)
        state.numbered.setdefault(number, question)
    out: list[Line] = []
    sheet = None
    for seg in segments:
        state.history = state.signature = False
        this_sheet = _SHEET.match(seg.location)
        if this_sheet is not None and this_sheet.group(1) != sheet:  # a new worksheet starts afresh
            sheet, state.mode, state.current, state.qa_table = this_sheet.group(1), "", None, False
        spans = _unwrapped(seg.text, _line_spans(seg.text))
        topics = _topic_headings(state.asked, [seg.text[a:b] for a, b in spans]) if state.asked else {}
        for i, (a, b) in enumerate(spans):
            if (
                i in topics
            ):  # "Make and model / network": the answer to those follows, or is the label's value
                questions, value = topics[i]
                state.current, state.mode = _answering_all(questions) if questions else Question(None), ""
                out.append(Line(seg, a, a + value, HEADER))
                if a + value < b:
                    out.extend(_answer(state, seg, a + value, b, None))
            elif seg.text[a:b].strip():
                out.extend(_feed(state, seg, a, b, spans[i + 1 : i + 5]))
    return out


# A reply may answer under headings of its own that name the request's subjects ("Number of cameras by
# site", "Make and model / Hikvision or Dahua / network", "Audio / facial recognition") instead of numbers.
_TOPIC_LINE = re.compile(r"^\s*[A-Za-z][^\d.?!;]{2,78}?[:\s]*$")
_TOPIC_SPLIT = re.compile(r"\s*(?:/|\||;|\s[-\u2013]\s)\s*")
_FILLER = re.compile(r"^(?:" + _list("topic_filler") + r")$", re.IGNORECASE)


@text_memo
def _stems(text: str, names: bool = True) -> frozenset[str]:
    """Content words, cut to their first five letters ("cameras" and "camera" alike); without ``names``,
    not the words capitalised inside a sentence (the body's name in a question, "CCTV")."""
    for m in sorted(find_vendor_mentions(text), key=lambda m: -m.start):
        text = text[: m.start] + " " + text[m.end :]  # makes are a question's subject, not its topic
    if not names:
        text = _NAME_WORD.sub(" ", text)
    return frozenset(w[:5] for w in re.findall(r"[a-z]{3,}", text.lower()) if not _FILLER.match(w))


_NAME_WORD = re.compile(r"(?<=[\w,;)] )[A-Z]\w*")


def _topic_headings(asked: list[Question], texts: list[str]) -> dict[int, tuple[list[Question], int]]:
    """The lines (by index) that head the answers to the request's questions by naming their subjects, with
    the questions each heads and where its own answer starts (a label's value: "Cameras in use: 23",
    "Hikvision/Dahua: Yes"; the line's end for a heading alone): only where at least two such lines head
    different questions in the request's order, so that a short answer repeating its question's words
    ("Facial recognition") is not taken for one."""
    stems = [_stems(q.text, False) for q in asked]
    makes = [{m.match.vendor for m in find_vendor_mentions(q.text)} for q in asked]
    found: dict[int, tuple[list[Question], int]] = {}
    greeting = next((i for i, t in enumerate(texts) if GREETING.match(t)), -1)
    for i, text in enumerate(texts):
        if _sign_off(text) or _history(text):
            break  # the letter's body is over
        if i <= greeting:
            continue  # a letterhead names the body, as the request may
        label = _LABEL.match(text)
        head = label.group("label") if label else text
        if not _TOPIC_LINE.match(head) or _STRONG_QUESTION.match(head) or _answer_opener(head):
            continue
        heads = _headed(head, asked, stems, makes)
        if heads:
            found[i] = (heads, label.start("value") if label else len(text))
        elif label and _stems(head):
            found[i] = ([], label.start("value"))  # "Audio: No" under no question asked: its own subject
    firsts = [asked.index(qs[0]) for qs, _ in found.values() if qs]
    if len(set(firsts)) < 2 or firsts != sorted(firsts):
        return {}
    return found


# "Cameras in use: 23", "Hikvision/Dahua - Yes": a short label, then its value
_LABEL = re.compile(r"^\s*(?P<label>[^:\n]{3,60}?)\s*(?::|\s[-\u2013]\s)\s*(?P<value>\S.*)$")


def _headed(
    head: str, asked: list[Question], stems: list[frozenset[str]], makes: list[set[str]]
) -> list[Question]:
    """The questions a heading names, one per part ("Make and model / network"): by most of its words, or by
    the makes a part alone names; [] when a part names none or several alike."""
    heads: list[Question] = []
    for part in _TOPIC_SPLIT.split(head.strip().rstrip(":")):
        words = _stems(part)
        named = {m.match.vendor for m in find_vendor_mentions(part)}
        if words:
            scores = [len(words & qs) / len(words) for qs in stems]
        elif named:
            scores = [1.0 if named <= qm else 0.0 for qm in makes]
        else:
            continue
        best = max(scores)
        if best < 0.5 or scores.count(best) > 1:
            return []
        question = asked[scores.index(best)]
        if question not in heads:
            heads.append(question)
    return heads


_SHEET = re.compile(r"^sheet (.+?) row \d+$")
# the header of a table of questions and answers: "Question | Response", "Q | Answer"
_QA_HEADER = re.compile(_list("qa_header"), re.IGNORECASE)


def _feed(state: _State, seg: TextSegment, a: int, b: int, following: list[tuple[int, int]]) -> list[Line]:
    text = seg.text[a:b]
    if _QA_HEADER.match(text):
        state.qa_table = True
        return [Line(seg, a, b, HEADER)]
    zone = _fixed_zone(state, text, seg.text, following)
    if zone:
        return [Line(seg, a, b, zone)]
    if state.asked and _answers_asked(state, text):
        return _body(state, seg, a, b)  # "Q1 9", "Q2 Hik Vision": the request's numbers, then answers
    ordinals = _ordinal_lead(state, text) if state.asked else None
    if ordinals:  # "In response to your first question, the Agency operates approximately 480 cameras"
        state.current, state.mode = _answering_all(ordinals), ANSWER
        return _answer(state, seg, a, b, None)
    if state.asked and _points_to_asked(state, text):
        return [
            Line(seg, a, b, HEADER)
        ]  # "Question 3" or "Questions 1 and 2" alone: what follows answers them
    head = _question_head(text)
    if head and _numbering_only(head.group(0)) and text[head.end() :].strip():
        return _body(state, seg, a, b)  # "Q1 - Number of cameras: 96": a number, then a question or an answer
    if head and not _answer_opener(text):
        state.mode = QUESTION
        rest = a + head.end()
        if _SHORT_VALUE.match(seg.text[rest:b]) or _labelled_answer(head.group(0), seg.text[rest:b]):
            # "Q1 (number of cameras): 128", "Q2 Manufacturer and model: Dahua Technology - IPC-HDW5831R-ZE"
            number = _number(head)
            return _question(state, seg, a, rest, number) + _answer(state, seg, rest, b, number)
        body = seg.text[rest:b]
        lead = _leading_number(body.lstrip())
        echoed = _echo_of_asked(state, _number(head) or _number(lead), body[lead.end() :] if lead else body)
        if echoed is not None:  # "Information Requested: (c) How many ... Dahua": that question, repeated
            return [Line(seg, rest, b, QUESTION, question=echoed, number=echoed.number)]
        return _question(state, seg, rest, b, _number(head)) if body.strip() else [Line(seg, a, b, HEADER)]
    head = _answer_head(text)
    if head:
        state.mode = ANSWER
        rest = a + head.end()
        number = _number(head) or _trailing_number(head.group(0))
        return _answer(state, seg, rest, b, number) if seg.text[rest:b].strip() else [Line(seg, a, b, HEADER)]
    return _body(state, seg, a, b)


def _labelled_answer(head: str, rest: str) -> bool:
    """ "Q2 Manufacturer and model: Dahua ...": a numbered label, then a statement, is an answer."""
    numbered = re.match(
        r"^\s*(?:q|question|cwestiwn)\s*\d{1,2}\b[.):]?\s*(.*?)\s*(?::|\s[-\u2013]\s)$", head, re.IGNORECASE
    )
    if not numbered or not rest.strip() or rest.rstrip().endswith("?"):
        return False
    label = numbered.group(1)
    return not _STRONG_QUESTION.match(label) and not _STRONG_QUESTION.match(rest) and not label.endswith("?")


# several questions' numbers: "1 and 2", "2, 3 and 4", "5 to 7", "2. - 7.", "Q2 & Q3"
_NUMBER_LIST = (
    r"\d{1,2}\.?(?:\s*(?:/|&|and|\+|,|a|to|-|\u2013)\s*(?:q(?:uestion)?\s*)?\d{1,2}(?:\.(?!\d))?){0,7}"
)
_Q_WORD = r"(?:q|questions?|cwestiynau|cwestiwn)\s*"
# a line that is only the numbers of questions: "Question 3", "Questions 1 and 2", "Q4 & Q5:", "1 & 2." (bare
# numbers only when several: "3." alone may be a count)
_NUMBERS_ONLY = re.compile(
    r"^\s*(?:"
    + _Q_WORD
    + r"(?P<list>"
    + _NUMBER_LIST
    + r")|(?P<bare>"
    + _NUMBER_LIST
    + r"))\s*[.:)\-\u2013]?\s*$",
    re.IGNORECASE,
)
# one answer to several questions: "2/3. Neither.", "Q2 & Q3 - No", "2 and 3: see above", "2. - 7. N/A"
_JOINT = re.compile(
    r"^\s*(?:" + _Q_WORD + r")?(?P<list>" + _NUMBER_LIST + r")(?:(?<=\.)\s+|\s*[.):\-\u2013]\s*)",
    re.IGNORECASE,
)
_RANGE = re.compile(r"(\d{1,2})\.?\s*(?:to|-|\u2013)\s*(?:q(?:uestion)?\s*)?(\d{1,2})", re.IGNORECASE)


def _listed_numbers(listed: str) -> list[int]:
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


def _ordinal_lead(state: _State, text: str) -> list[Question] | None:
    """The request's questions a sentence names by their order at its start; None if any is not asked."""
    m = _ORDINAL_LEAD.match(text)
    if m is None:
        return None
    order = _ORDINALS.split("|")
    found = [
        state.asked[order.index(w.lower())] if order.index(w.lower()) < len(state.asked) else None
        for w in re.findall(_ORDINALS, m.group("list"), re.IGNORECASE)
    ]
    return [q for q in found if q is not None] if found and all(found) else None


def _points_to_asked(state: _State, text: str) -> bool:
    """A line naming only the numbers of the request's questions opens their answer (or their echo): the
    lines after it belong to them, whatever their shape (a table, a sentence, a bare value)."""
    m = _NUMBERS_ONLY.match(text)
    if m is None:
        return False
    found = [state.by_number(n) for n in _listed_numbers(m.group("list") or m.group("bare"))]
    if not all(q is not None and q.asked for q in found):
        return False
    state.current = _answering_all([q for q in found if q is not None])
    state.mode = ""
    return True


def _numbering_only(head: str) -> bool:
    """The head is only a question number ("Q1 -", "Question 2:"), not words that echo the request."""
    return re.sub(r"[\s\d.():\-\u2013]+", "", head).lower() in ("q", "question", "cwestiwn")


def _trailing_number(head: str) -> int | None:
    m = re.search(r"(\d{1,2})\s*\W*$", head)
    return int(m.group(1)) if m else None


_FROM = re.compile(r"^\s*from:\s", re.IGNORECASE)
# no "^": matched at a line's start within the whole text, where "^" would not hold
_SENT_DATE_TO = re.compile(r"\s*(?:sent|date|to|subject):", re.IGNORECASE)


def _fixed_zone(state: _State, text: str, whole: str, following: list[tuple[int, int]]) -> str:
    """``following``: the spans (in ``whole``) of the next few lines."""
    if state.history or text.lstrip().startswith(">"):
        return QUOTED
    if _history(text) or (_FROM.match(text) and any(_SENT_DATE_TO.match(whole, x, y) for x, y in following)):
        state.history = True
        return QUOTED
    if _annex(text):
        state.signature = False
        state.mode = ""
        return HEADER
    if state.signature:
        return SIGNATURE
    if _sign_off(text):
        state.signature = True
        return SIGNATURE
    if _header(text) or _title(text):
        return HEADER
    return ""


_LEADING_NUMBER = re.compile(r"^\s*" + _NUM, re.IGNORECASE)
_leading_number = text_memo(_LEADING_NUMBER.match)
_CELL = re.compile(r"[^\t|]+")


@text_memo
def _cell_spans(text: str) -> tuple[tuple[int, int], ...]:
    if "\t" not in text and "|" not in text:
        return ((0, len(text)),) if text.strip() else ()  # one cell: the whole text
    return tuple((m.start(), m.end()) for m in _CELL.finditer(text) if m.group(0).strip())


def _joint(state: _State, seg: TextSegment, a: int, b: int) -> list[Line] | None:
    """An answer numbered for several of the request's questions answers each: one question of their
    texts."""
    m = _JOINT.match(seg.text[a:b])
    if m is None or not seg.text[a + m.end() : b].strip():
        return None
    numbers = _listed_numbers(m.group("list"))
    if len(numbers) < 2:
        return None
    found = [state.by_number(n) for n in numbers]
    if not all(q is not None and q.asked for q in found):
        return None
    joint = _answering_all([q for q in found if q is not None])
    joint.answered = False
    state.current = joint
    return [Line(seg, a + m.end(), b, ANSWER, question=joint, number=joint.number, first_answer=True)]


def _request_text(state: _State) -> str:
    """The request's questions as one text: a line may repeat several of them run together."""
    return " ".join(q.text for q in state.asked)


def _answers_asked(state: _State, text: str) -> bool:
    """A line numbered as one of the request's questions whose words are not that question's."""
    num = _leading_number(text)
    number = _number(num)
    if num is None or number is None or not text[num.end() :].strip():
        return False
    return _answers_number(state, number, text[num.end() :])


def _answers_number(state: _State, number: int | None, rest: str) -> bool:
    """``rest``, after the number of one of the request's questions, answers it: it neither repeats the
    request nor asks."""
    asked = state.by_number(number) if number is not None and state.asked else None
    return (
        asked is not None
        and asked.asked
        and not _repeats(rest, _request_text(state))
        and not rest.rstrip().endswith("?")
    )


def _repeats(line: str, question: str) -> bool:
    """The line repeats the question (most of its words are the question's): an echo, not an answer."""
    if set(re.findall(r"\d+", line)) - set(re.findall(r"\d+", question)):
        return False  # "Severnside Transport operates approximately 2,400 CCTV cameras" gives a figure
    words = set(re.findall(r"[a-z]{3,}", line.lower()))
    asked = set(re.findall(r"[a-z]{3,}", question.lower()))
    brought = set(re.findall(r"[a-z']+", line.lower())) - set(re.findall(r"[a-z']+", question.lower()))
    if any(_ANSWERING.fullmatch(word) for word in brought):
        return False  # "We do not use body worn cameras" answers "Do you use body worn cameras?"
    return len(words) >= 3 and len(words & asked) >= 0.6 * len(words)


# words an answer brings to the question's own: a denial, the body speaking
_ANSWERING = re.compile(_list("answer_word"), re.IGNORECASE)


def _echo_of_asked(state: _State, number: int | None, text: str) -> Question | None:
    """The request's question numbered ``number`` when ``text`` repeats it: it becomes the question the
    answer after it answers."""
    echoed = state.by_number(number) if number is not None and state.asked else None
    if echoed is None or not echoed.asked or not _repeats(text, echoed.text):
        return None
    state.current, state.mode = echoed, ""
    return echoed


def _body(state: _State, seg: TextSegment, a: int, b: int) -> list[Line]:
    joint = _joint(state, seg, a, b) if state.asked else None
    if joint is not None:
        return joint
    text = seg.text[a:b]
    num_match = _leading_number(text)
    number = _number(num_match)
    if num_match and seg.text[a + num_match.end() : b].strip():
        a += num_match.end()
        a += len(seg.text[a:b]) - len(seg.text[a:b].lstrip(" \t-\u2013:"))
        text = seg.text[a:b]
    if _answers_number(state, number, text):
        state.mode = ANSWER  # the request is known: "1) 212" answers its first question, whatever came before
        return _answer(state, seg, a, b, number)
    echoed = _echo_of_asked(state, number, text)
    if echoed is not None:  # "3. Copies of any purchase orders ...": the request's own words
        return [Line(seg, a, b, QUESTION, question=echoed, number=number)]
    row = cells(text)
    if state.qa_table and len(row) >= 2 and re.fullmatch(r"\s*\d{1,2}\s*", row[0]):
        first = re.match(r"\s*\d{1,2}\s*(?:\t|\||\s{3,})", text)  # "1 | See 'Camera count by building'."
        if first:
            state.mode = ANSWER
            return _answer(state, seg, a + first.end(), b, int(row[0]))
    if row and (state.qa_table or _strong_question(row[0]) or row[0].rstrip().endswith("?")):
        return _row_as_qa(state, seg, a, b, number)
    split = _inline_split(text)
    if split:
        return _question(state, seg, a, a + split[0], number) + _answer(state, seg, a + split[1], b, number)
    if state.mode == QUESTION:
        stated = not _strong_question(text) and bool(find_counts(text))  # "We operate approx. 2,400 cameras."
        if (stated or _answer_opener(text)) and not text.rstrip().endswith("?"):
            state.mode = ANSWER
            return _answer(state, seg, a, b, number)
        return _question(state, seg, a, b, number)
    if _strong_question(text) or text.rstrip().endswith("?"):
        return _question(state, seg, a, b, number)
    return _answer(state, seg, a, b, number)


def _row_as_qa(state: _State, seg: TextSegment, a: int, b: int, number: int | None) -> list[Line]:
    text = seg.text[a:b]
    first = re.match(r"\s*(.+?)(?:\t| \| |\s{3,})", text)
    cut = a + (first.end() if first else len(text))
    return _question(state, seg, a, cut, number) + _answer(state, seg, cut, b, number)


def _question(state: _State, seg: TextSegment, a: int, b: int, number: int | None) -> list[Line]:
    if number is not None or state.current is None or state.current.answered:
        state.current = Question(number)
        if number is not None:
            state.numbered[number] = state.current
    state.current.parts.append(seg.text[a:b].strip())
    return [Line(seg, a, b, QUESTION, question=state.current, number=number)]


def _answer(state: _State, seg: TextSegment, a: int, b: int, number: int | None) -> list[Line]:
    question = state.by_number(number) if number is not None else None
    indented = seg.text[a : a + 1].isspace()  # "2. Nac oes." then "   No.": the same answer, translated
    welsh = is_welsh(seg.text[a:b])
    translated = state.welsh_answer and not welsh  # "Ydy. Mae naw camera ..." then "Yes. Nine cameras ..."
    state.welsh_answer = welsh
    if (
        question is None
        and not indented
        and not translated
        and _next_in_order(state)
        and _SHORT_VALUE.match(seg.text[a:b])
    ):
        question = state.next_asked()  # "146" / "Yes" / "No" on lines of their own, in the request's order
    question = question or state.current
    if question is not None and question.asked:
        state.current = question
    first = question is not None and not question.answered
    if question is not None:
        question.answered = True
    row = [(a + x, a + y) for x, y in _cell_spans(seg.text[a:b])]
    return [
        Line(
            seg,
            a,
            b,
            ANSWER,
            question=question,
            number=number,
            first_answer=first,
            cells=row if len(row) > 1 else [],
        )
    ]


def _next_in_order(state: _State) -> bool:
    """A bare answer may answer the request's next question: no question is open but the request's own."""
    return bool(state.asked) and (state.current is None or (state.current.asked and state.current.answered))


@text_memo
def _inline_split(text: str) -> tuple[int, int] | None:
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
    if not stripped or _STRONG_QUESTION.match(stripped):
        return None
    return last + 1, last + 1 + len(rest) - len(rest.lstrip(" \t\"')"))
