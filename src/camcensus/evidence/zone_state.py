"""Where a reader of a reply's lines stands: the mode it is in, the question open, the request's questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from camcensus.evidence.answer_counts import answer_count
from camcensus.evidence.line_shapes import SHORT_VALUE, question_number
from camcensus.evidence.questions import (
    Question,
    lettered_part,
    ordered_marks,
    plain_words,
    repeats,
    repeats_run_on,
    titles,
)
from camcensus.evidence.renumber import fit
from camcensus.evidence.request import ask_of
from camcensus.evidence.text import cells

QUESTION, ANSWER, QUOTED, SIGNATURE, HEADER = "question", "answer", "quoted", "signature", "header"


@dataclass
class ZoneState:
    mode: str = ""
    qa_table: bool = False  # inside a table headed "Question | Response": each row a question and its answer
    qa_of: str | None = None  # which of a document's tables that is ("2" of "table 2 row 1"), where it says
    history: bool = False
    superseded: bool = False  # inside an earlier answer the reply quotes before correcting it
    forward: str = ""  # "pending" once the reply says its answer is forwarded below, "body" inside it
    inline: bool = False  # answers are typed under the questions of the quoted request, below the history
    signature: bool = False
    spoken: bool = False  # a line of the reply has said something: a mail header after it is history
    current: Question | None = None
    numbered: dict[int, Question] = field(default_factory=dict)
    asked: list[Question] = field(default_factory=list)  # the request's questions, in order
    welsh_answer: bool = False  # the last answer line read as Welsh: an English line next translates it
    ones: int = -1  # answers all numbered "1." (a web page's list copied as text): how many read so far
    in_order: bool = False  # the open question was answered by a line taken in the request's order
    echoed: str = ""  # the words of the request's question the reply's last question line repeated
    # the request's questions repeated since the last answer line
    run: list[Question] = field(default_factory=list)

    def by_number(self, number: int) -> Question | None:
        """The question a number points to; a reply numbering 1, 2 ... a request lettered (a), (b) ... (or
        the other way round) answers them in order; "(a)" under a question with lettered parts of its own
        ("manufactured by (a) Hikvision and (b) Dahua") answers that part."""
        current = self.current.parent or self.current if self.current is not None else None
        part = self._part(current, number - 100) if number >= 100 and self.asked else None
        if part is not None:
            return part
        found = self.numbered.get(number)
        if found is not None or not self.asked:
            return found
        ordinal = number - 100 if number >= 100 else number - 1
        return self.asked[ordinal] if 0 <= ordinal < len(self.asked) else None

    def _part(self, current: Question | None, index: int) -> Question | None:
        """Part (a) or (i) of the open question; with none open, of the request's first question, where it
        letters its parts; a label that goes back to a part already answered ("(a)" after "(c)") answers the
        next question's part, where that question letters its parts too."""
        part = lettered_part(current, index) if current is not None and current.asked else None
        if part is not None and not part.answered:
            return part
        at = next((k for k, q in enumerate(self.asked) if q is current), None)
        if current is None or at is not None and part is not None:
            following = self.asked[0 if at is None else at + 1 :][:1]
            ahead = lettered_part(following[0], index) if following and not following[0].answered else None
            if ahead is not None and not ahead.answered:
                return ahead
        return part

    def note_run(self, lines: list[tuple[str, Question | None]]) -> None:
        """Keep the request's questions repeated since the last answer line (zone, question of each line)."""
        for zone, question in lines:
            if zone == ANSWER:
                self.run = []
            elif zone == QUESTION and question is not None and question.asked and question not in self.run:
                self.run.append(question)

    def next_asked(self) -> Question | None:
        return next((q for q in self.asked if not q.answered), None)


def topic_of_asked(state: ZoneState, number: int | None, rest: str) -> bool:
    """A few words after a question's number naming its subject ("Q2. Hikvision", "Q1. Number of cameras"):
    a title over its answer, not the answer."""
    asked = state.by_number(number) if number is not None else None
    if asked is None or not asked.asked or SHORT_VALUE.match(rest) or not titles(rest, asked.text):
        return False
    state.current, state.mode = asked, ""
    return True


def titles_asked(state: ZoneState, number: int | None, body: str) -> bool:
    """A short title numbered as one of the request's questions ("Request 1 - number of cameras") heads its
    answer."""
    asked = state.by_number(number) if number is not None and state.asked else None
    if asked is None or not asked.asked or "?" in body or len(body.split()) > 8:
        return False
    state.current, state.mode = asked, ""
    return True


def inline_parts(state: ZoneState, number: int | None, text: str) -> list[tuple[int, int, int]] | None:
    """An answer to a question with lettered parts that answers them on one line ("1. (a) 212 (b) No"): the
    span of each part's answer with the number that points to the part (100 for (a), 101 for (b) ...)."""
    marks = ordered_marks(text)
    if not marks or text[: marks[0].start()].strip():
        return None
    question = state.by_number(number) if number is not None else state.current
    parent = question.parent or question if question is not None else None
    if parent is None or not parent.asked or any(lettered_part(parent, i) is None for i in range(len(marks))):
        return None
    state.current = parent
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(m.end(), end, 100 + i) for i, (m, end) in enumerate(zip(marks, ends, strict=True))]


_ONE = re.compile(r"^\s*1[.)]\s")
_TWO = re.compile(r"^\s*2[.)]\s")


def all_ones(lines: list[str]) -> bool:
    """Three or more lines numbered "1." and none "2.": a numbered list whose numbers were lost in copying,
    each "1." the next number."""
    return sum(1 for t in lines if _ONE.match(t)) >= 3 and not any(_TWO.match(t) for t in lines)


def renumbered(state: ZoneState, number: int | None) -> int | None:
    """The number a "1." stands for in such a list."""
    if state.ones < 0 or number != 1:
        return number
    state.ones += 1
    return state.ones


def label_number(state: ZoneState, label: re.Match[str] | None) -> int | None:
    """The number a line's label gives it; "1 (ii)" first makes question 1 the current one, then gives its
    part (ii)."""
    parent = label.groupdict().get("cn") if label else None
    if parent and (question := state.by_number(int(parent))) is not None:
        state.current = question
    return renumbered(state, question_number(label))


_BULLET = re.compile(r"\s*[-\u2022*\u2013]\s+")


def echo_of_asked(state: ZoneState, number: int | None, text: str, headed: bool = False) -> Question | None:
    """The request's question numbered ``number`` when ``text`` repeats it: it becomes the question the
    answer after it answers."""
    bullet = _BULLET.match(text) if number is None and state.asked else None
    if bullet is not None or (headed and number is None and state.asked):
        # "- Please provide the total number ..." or "Q. How many ...": the request's own words, unnumbered
        text = text[bullet.end() :] if bullet is not None else text
        echoed = next((q for q in state.asked if not q.answered and repeats(text, q.text)), None)
    else:
        echoed = state.by_number(number) if number is not None and state.asked else None
    if echoed is None or not echoed.asked or not repeats(text, echoed.text):
        return None
    state.current, state.mode, state.echoed = echoed, "", text
    return echoed


_LEAD_CELL = re.compile(r"^\s*\d{1,2}(?:[.)]\s*|\s{2,}|\t|\s*\|\s*)")  # "3   Whether ...": a numbers' column


def fragment_of_asked(state: ZoneState, text: str) -> Question | None:
    """A line of four words or more that opens one open question of the request word for word and breaks off
    (its cell wrapped over lines: "3   Whether any of the cameras are", then "made by Hikvision or Dahua."):
    that question, repeated (``continues_echo`` takes the rest)."""
    lead = _LEAD_CELL.match(text)
    number = int(re.sub(r"\D", "", lead.group(0))) if lead else None
    text = _LEAD_CELL.sub("", text, count=1)
    said = plain_words(text)
    if len(said.split()) < 4:
        return None
    # (its own number beside it says which, of questions that open alike, and that it is asked again even
    # where a line before was taken for its answer)
    found = [
        q
        for q in state.asked
        if (not q.answered or q.number == number) and f"{plain_words(q.text)} ".startswith(f"{said} ")
    ]
    if len(found) > 1 and number is not None:
        found = [q for q in found if q.number == number]
    if len(found) != 1:
        return None
    state.current, state.mode, state.echoed = found[0], "", text
    found[0].answered = False  # (its answer follows the words repeated)
    return found[0]


def continues_echo(state: ZoneState, text: str) -> bool:
    """The line goes on with the words of the request's question that the line before began to repeat
    ("Q2. Whether any of those cameras are" then "Hikvision products."): a question wrapped in its cell."""
    question = state.current
    if question is None or not question.asked or question.answered or not state.echoed:
        return False
    said, asked = plain_words(text), plain_words(question.text)
    whole = f"{plain_words(state.echoed)} {said}"
    if whole not in asked or (len(said) < 8 and not asked.endswith(whole)):
        return False  # (a short line only where it ends the question: "... Hikvision or" then "Dahua.")
    state.echoed = f"{state.echoed} {text}"
    return True


_FIGURE_FIRST = re.compile(r"^\W*\d[\d,]*\s*(?:\([^()]{1,40}\))?\W*$")  # a figure, its parts in brackets
# a short line of figures and the words they count, opening with one: "48 internal and 16 external."
_FIGURES_LINE = re.compile(r"^\W*\d[\d,]*\s+[a-z][^?\n]{0,60}$")


def answers_next(state: ZoneState, text: str) -> bool:
    """A bare answer may answer the request's next question, when no question is open but the request's own;
    so may a line after a bare answer given in order that fits the next question better than that one ("37"
    then "Eastern Counties Security Systems Ltd" for "how many?" and "who installed them?")."""
    current = state.current
    if not state.asked or not (current is None or (current.asked and current.answered)):
        return False
    if SHORT_VALUE.match(text) or _FIGURE_FIRST.match(text) and answer_count(text) is not None:
        return True  # "Yes", "146", "24 (16 internal, 8 external)"
    following = state.next_asked()
    if current is None and following is not None and _FIGURES_LINE.match(text) and len(text.split()) <= 10:
        found = answer_count(text)  # parts summed ("48 internal and 16 external"), not "5 Redheughs Rigg"
        return found is not None and found.qualifier == "sum" and "count" in ask_of(following.text).kinds
    return (
        state.in_order
        and current is not None
        and following is not None
        and fit(text, following.text) > fit(text, current.text)
    )


def open_echo(state: ZoneState) -> bool:
    """The request's question was just repeated and nothing has answered it yet."""
    return state.current is not None and state.current.asked and not state.current.answered


def answers_number(state: ZoneState, number: int | None, rest: str) -> bool:
    """``rest``, after the number of one of the request's questions, answers it: it neither repeats the
    request nor asks."""
    asked = state.by_number(number) if number is not None and state.asked else None
    row = cells(rest) if "|" in rest or "\t" in rest else ()
    first = row[0] if row else rest  # "2. Are any ... Dahua? | No.": the question's cell
    return (
        asked is not None
        and asked.asked
        and not repeats_run_on(first, " ".join(q.text for q in state.asked))  # (several, run together)
        and not first.rstrip().endswith("?")
    )
