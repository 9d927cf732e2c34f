"""Which part of a reply each line is: the echoed request, the answer, quoted e-mail history, a signature.

FOI officers copy the request back ("You asked:", "Request:", numbered questions, "> " quotes, the original
message below a reply) before answering it. A vendor named there is not evidence of use, so every line is
given a zone, and each answer line is linked to the question it answers (by its number, or the last one
asked). The shape of each line comes from ``line_shapes``; the request's questions, and the ways a reply
points to them, from ``questions``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from camcensus.documents.model import TextSegment
from camcensus.evidence import cues, outcome
from camcensus.evidence.counts import find_counts
from camcensus.evidence.line_shapes import (
    SHORT_VALUE,
    answer_head,
    answer_opener,
    cell_spans,
    inline_split,
    labelled_answer,
    leading_number,
    line_spans,
    numbering_only,
    one_cell_of_same,
    parts_named,
    question_head,
    question_number,
    strong_question,
    trailing_number,
    unwrapped,
)
from camcensus.evidence.phrases import joined
from camcensus.evidence.question_labels import ROMAN
from camcensus.evidence.question_labels import label_number as question_label
from camcensus.evidence.questions import (
    JOINT,
    NUMBERS_ONLY,
    Question,
    answering_all,
    brings_answer,
    lead_end,
    listed_numbers,
    ordinal_lead,
    restates,
    split_restated,
    topic_headings,
)
from camcensus.evidence.renumber import shifted_numbers
from camcensus.evidence.text import cells, is_welsh
from camcensus.evidence.zone_fixed import MARKED, fixed_zone
from camcensus.evidence.zone_lines import Line, drop_corrected
from camcensus.evidence.zone_state import (
    ANSWER,
    HEADER,
    QUESTION,
    QUOTED,
    SIGNATURE,
    all_ones,
    answers_next,
    answers_number,
    continues_echo,
    echo_of_asked,
    fragment_of_asked,
    inline_parts,
    label_number,
    open_echo,
    titles_asked,
    topic_of_asked,
)
from camcensus.evidence.zone_state import ZoneState as _State

__all__ = ["ANSWER", "HEADER", "QUESTION", "QUOTED", "SIGNATURE", "Line", "classify"]


# The wording is data (evidence/data/zones.toml): each list read as one pattern, its entries in file order.
def _list(section: str) -> str:
    return joined("zones", section)


def classify(segments: Sequence[TextSegment], asked: Sequence[tuple[int, str]] = ()) -> list[Line]:
    """Zone every non-blank line (a wrapped paragraph counts as one) of the reply, in reading order.
    ``asked``: the request's questions as (number, text), when the request is known: answers numbered like
    them, or bare answers given in their order, are linked to them."""
    state = _State()
    for number, text in asked:
        question = Question(number, [text], asked=True)
        state.asked.append(question)
        state.numbered.setdefault(number, question)
    state.numbered = shifted_numbers([seg.text for seg in segments], state.asked) or state.numbered
    out: list[Line] = []
    sheet = None
    for seg in segments:
        state.history = state.signature = state.spoken = False
        this_sheet = _SHEET.match(seg.location)
        if this_sheet is not None and this_sheet.group(1) != sheet:  # a new worksheet starts afresh
            sheet, state.mode, state.current, state.qa_table = this_sheet.group(1), "", None, False
        table = _TABLE_ROW.match(seg.location)
        if state.qa_table and (table.group(1) if table else None) != state.qa_of:  # (or text, to a table)
            state.qa_table, state.qa_of = False, None  # the table of questions and answers has ended
        spans = unwrapped(seg.text, line_spans(seg.text))
        spans = split_restated(seg.text, spans, state.asked) if state.asked else spans
        if state.asked and all_ones([seg.text[a:b] for a, b in spans]):
            state.ones = 0
        topics = topic_headings(state.asked, [seg.text[a:b] for a, b in spans]) if state.asked else {}
        for i, (a, b) in enumerate(spans):
            if (
                i in topics
            ):  # "Make and model / network": the answer to those follows, or is the label's value
                questions, value = topics[i]
                state.current, state.mode = answering_all(questions) if questions else Question(None), ""
                out.append(Line(seg, a, a + value, HEADER))
                if a + value < b:
                    out.extend(_answer(state, seg, a + value, b, None))
            elif seg.text[a:b].strip():
                fed = _feed(state, seg, a, b, spans[i + 1 : i + 5])
                state.note_run([(line.zone, line.question) for line in fed])
                for line in fed if state.superseded else ():
                    line.superseded = True
                out.extend(fed)
    drop_corrected(out)
    return out


_SHEET = re.compile(r"^((?:.*: )?sheet .+?) row \d+$")  # (an attached workbook's: "a.xlsx: sheet X row 2")
_TABLE_ROW = re.compile(r"^((?:.*: )?table \d+) row \d+$")
_ROW_LABEL = re.compile(r"\s*(?:\d{1,2}|" + ROMAN + r"|[a-h])\s*", re.IGNORECASE)  # a question's, in its cell
# the header of a table of questions and answers: "Question | Response", "Q | Answer"
_QA_HEADER = re.compile(_list("qa_header"), re.IGNORECASE)


def _feed(state: _State, seg: TextSegment, a: int, b: int, following: list[tuple[int, int]]) -> list[Line]:
    text = seg.text[a:b]
    if _QA_HEADER.match(text):
        table = _TABLE_ROW.match(seg.location)
        state.qa_table, state.qa_of = True, table.group(1) if table else None
        return [Line(seg, a, b, HEADER)]
    zone = fixed_zone(state, text, seg.text, following)
    zone = HEADER if zone in (HEADER, "") and _response_after_questions(state, text) else zone
    if zone == MARKED:
        return _body(state, seg, a + len(text) - len(text.lstrip(" >")), b)
    if zone:
        return [Line(seg, a, b, zone)]
    lead = leading_number(text) if state.asked else None
    after = leading_number(seg.text[following[0][0] : following[0][1]]) if lead and following else None
    last = after is not None and question_number(after) != question_number(lead)  # "2. Hikvision", "3. 16"
    if lead is not None and not last and topic_of_asked(state, question_number(lead), text[lead.end() :]):
        return [Line(seg, a, b, HEADER)]  # "Q2. Hikvision" over "Yes - see table": the question's topic
    if state.asked and _answers_asked(state, text):
        return _body(state, seg, a, b)  # "Q1 9", "Q2 Hik Vision": the request's numbers, then answers
    ordinals = ordinal_lead(state.asked, text) if state.asked else None
    if ordinals:  # "In response to your first question, the Agency operates approximately 480 cameras"
        state.current, state.mode = answering_all(ordinals), ANSWER
        return _answer(state, seg, a + lead_end(text), b, None)
    if state.asked and _points_to_asked(state, text):
        return [
            Line(seg, a, b, HEADER)
        ]  # "Question 3" or "Questions 1 and 2" alone: what follows answers them
    head = question_head(text)
    joint = _joint(state, seg, a, b) if state.asked and head else None
    if joint is not None:  # "Questions 2 to 5: The force can neither confirm nor deny ...": their answer
        return joint
    if head and numbering_only(head.group(0)) and text[head.end() :].strip():
        return _body(state, seg, a, b)  # "Q1 - Number of cameras: 96": a number, then a question or an answer
    if head and not answer_opener(text) and not answer_opener(text[head.end() :]):
        state.mode = QUESTION
        rest = a + head.end()
        if SHORT_VALUE.match(seg.text[rest:b]) or labelled_answer(head.group(0), seg.text[rest:b]):
            # "Q1 (number of cameras): 128", "Q2 Manufacturer and model: Dahua Technology - IPC-HDW5831R-ZE"
            number = question_number(head)
            return _question(state, seg, a, rest, number) + _answer(state, seg, rest, b, number)
        body = seg.text[rest:b]
        lead = leading_number(body.lstrip())
        echoed = echo_of_asked(
            state, question_number(head) or question_number(lead), body[lead.end() :] if lead else body, True
        )
        if echoed is not None:  # "Information Requested: (c) How many ... Dahua": that question, repeated
            return [Line(seg, rest, b, QUESTION, question=echoed, number=echoed.number)]
        if titles_asked(state, trailing_number(head.group(0)), body):
            return [Line(seg, a, b, HEADER)]  # "Request 1 - number of cameras": what follows answers it
        return (
            _question(state, seg, rest, b, question_number(head))
            if body.strip()
            else [Line(seg, a, b, HEADER)]
        )
    head = answer_head(text)
    if head:
        state.mode = ANSWER
        rest = a + head.end()
        number = question_number(head) or trailing_number(head.group(0))
        return _answer(state, seg, rest, b, number) if seg.text[rest:b].strip() else [Line(seg, a, b, HEADER)]
    return _body(state, seg, a, b)


def _response_after_questions(state: _State, text: str) -> bool:
    """ "Response" alone after the request's questions repeated together: what follows answers them all, not
    the last one repeated."""
    head = answer_head(text) if len(state.run) >= 2 else None
    if head is None or text[head.end() :].strip() or re.search(r"\d", text):
        return False
    state.current, state.mode, state.run = Question(None), ANSWER, []
    return True


def _points_to_asked(state: _State, text: str) -> bool:
    """A line naming only the numbers of the request's questions opens their answer (or their echo): the
    lines after it belong to them, whatever their shape (a table, a sentence, a bare value)."""
    m = NUMBERS_ONLY.match(text)
    numbers = listed_numbers(m.group("list") or m.group("bare")) if m else parts_named(text)
    found = [state.by_number(n) for n in numbers]
    if not found or not all(q is not None and q.asked for q in found):
        return False
    state.current = answering_all([q for q in found if q is not None])
    state.mode = ""
    return True


def _joint(state: _State, seg: TextSegment, a: int, b: int) -> list[Line] | None:
    """An answer numbered for several of the request's questions answers each: one question of their
    texts."""
    m = JOINT.match(seg.text[a:b])
    if m is None or not seg.text[a + m.end() : b].strip():
        return None
    numbers = listed_numbers(m.group("list"))
    if len(numbers) < 2:
        return None
    found = [state.by_number(n) for n in numbers]
    if not all(q is not None and q.asked for q in found):
        return None
    joint = answering_all([q for q in found if q is not None])
    joint.answered = False
    state.current, state.mode = joint, ANSWER  # what follows goes on answering them
    return [Line(seg, a + m.end(), b, ANSWER, question=joint, number=joint.number, first_answer=True)]


def _answers_asked(state: _State, text: str) -> bool:
    """A line numbered as one of the request's questions whose words are not that question's."""
    heading = NUMBERS_ONLY.match(text)
    if heading and (text.lstrip().startswith("(") or len(listed_numbers(heading.group("list") or "")) > 1):
        return False  # "(1) and (2)", "Question 1 & 2:": a heading over their answers, not "1" answered "& 2"
    num = leading_number(text)
    number = question_number(num)
    if num is None or number is None or not text[num.end() :].strip():
        return False
    if number == 100 and open_echo(state) and answer_head(text) and not text.lstrip().startswith("("):
        return False  # "A. 655" under the request's question, repeated: the answer's label, not its part (a)
    return answers_number(state, number, text[num.end() :])


def _body(state: _State, seg: TextSegment, a: int, b: int) -> list[Line]:
    joint = _joint(state, seg, a, b) if state.asked else None
    if joint is not None:
        return joint
    text = seg.text[a:b]
    if seg.row is not None:  # "1. 97 | 1. 97": a bilingual table's row, the same in both (not a drawn grid)
        end = one_cell_of_same(text)
        b, text = a + end, text[:end]
    if continues_echo(state, text):  # "Hikvision products.": the rest of the question repeated, wrapped
        return [Line(seg, a, b, QUESTION, question=state.current, number=None)]
    if state.asked and (fragment := fragment_of_asked(state, text)) is not None:
        return [Line(seg, a, b, QUESTION, question=fragment, number=None)]
    if state.qa_table and re.match(r"\s+\|", text) and not text.rstrip().endswith("|"):  # "      | been ...":
        return _answer(state, seg, a, b, None)  # its first cell empty, the answer's run on from the row above
    num_match = leading_number(text)
    number = label_number(state, num_match)  # "1 (ii) 0": part (ii) of question 1
    if num_match and seg.text[a + num_match.end() : b].strip():
        a += num_match.end()
        a += len(seg.text[a:b]) - len(seg.text[a:b].lstrip(" \t-\u2013:"))
        text = seg.text[a:b]
    parts = inline_parts(state, number, text) if state.asked else None
    if parts:  # "1. (a) 212 (b) No": each lettered part of the question answered in turn
        state.mode = ANSWER
        return [line for x, y, n in parts for line in _answer(state, seg, a + x, a + y, n)]
    if state.qa_table and number is not None and len(cells(text)) >= 2:  # "2. Hikvision or Dahua | See the
        return _row_as_qa(state, seg, a, b, number)  # table": its topic, then its answer
    if answers_number(state, number, text):
        state.mode = ANSWER  # the request is known: "1) 212" answers its first question, whatever came before
        return _answer(state, seg, a, b, number)
    row = cells(text)
    heading = strong_question(text) or text.rstrip().endswith("?") or restates(text, state.asked)
    asks = len(row) < 2 and bool(heading)
    # "Q. Are any made by Hikvision or Dahua?": the request's question, reworded, unnumbered
    echoed = echo_of_asked(state, number, row[0] if len(row) >= 2 else text, asks)
    if echoed is not None and len(row) >= 2:  # "2. Are any ... Dahua? | Yes": the question, then its answer
        return _row_as_qa(state, seg, a, b, number)
    if echoed is not None:  # "3. Copies of any purchase orders ...": the request's own words
        return [Line(seg, a, b, QUESTION, question=echoed, number=number)]
    labelled = _labelled_row(state, seg, a, b, row) if state.qa_table and len(row) >= 2 else None
    if labelled is not None:
        return labelled
    if row and (state.qa_table or strong_question(row[0]) or row[0].rstrip().endswith("?")):
        return _row_as_qa(state, seg, a, b, number)
    if len(row) >= 3 and all(len(c) < 40 for c in row) and not re.fullmatch(r"\s*\d{1,2}\s*", row[0]):
        state.mode = ANSWER  # "School | Internal | ... | In toilets?": a table's header, no question
        return _answer(state, seg, a, b, number)
    shared = _shared_line(state, seg, a, b, number)
    if shared is not None:
        return shared
    if state.mode == QUESTION:
        if _answers_open(state, text) and not text.rstrip().endswith("?"):
            state.mode = ANSWER
            return _answer(state, seg, a, b, number)
        return _question(state, seg, a, b, number)
    if strong_question(text) or text.rstrip().endswith("?"):
        return _question(state, seg, a, b, number)
    return _answer(state, seg, a, b, number)


def _labelled_row(state: _State, seg: TextSegment, a: int, b: int, row: Sequence[str]) -> list[Line] | None:
    """A row of a table of questions and answers opening with its question's label ("1 | See the table",
    "| 2 | Hikvision? | No |"): its question (the request's, where known), then its answer."""
    text, spans = seg.text[a:b], cell_spans(seg.text[a:b])
    if not (
        _ROW_LABEL.fullmatch(row[0]) and len(spans) >= 2 and _ROW_LABEL.fullmatch(text[slice(*spans[0])])
    ):
        return None
    state.mode = ANSWER
    n, (qa, qb), (aa, _) = question_label(row[0]), spans[1], spans[-1 if len(spans) < 3 else 2]
    asked = state.by_number(n) if state.asked else None
    if len(spans) < 3:
        heard: list[Line] = []
    elif asked is not None:
        heard = [Line(seg, a + qa, a + qb, QUESTION, question=asked, number=n)]
    else:
        heard = _question(state, seg, a + qa, a + qb, n)
    return heard + _answer(state, seg, a + aa, b, n)


def _shared_line(state: _State, seg: TextSegment, a: int, b: int, number: int | None) -> list[Line] | None:
    """ "- Do you use UAVs? We use our own drones.": a question, then its answer, on one line."""
    text = seg.text[a:b]
    split = inline_split(text)
    if not split:
        return None
    echoed = echo_of_asked(state, number, text[: split[0]], True) if state.asked else None
    heard = (
        [Line(seg, a, a + split[0], QUESTION, question=echoed, number=number)]
        if echoed
        else _question(state, seg, a, a + split[0], number)
    )
    return heard + _answer(state, seg, a + split[1], b, number)


def _answers_open(state: _State, text: str) -> bool:
    """A line after a question that answers it: a figure ("We operate approx. 2,400 cameras."), an answer's
    opening, the answer asked for, a bare value, or a refusal ("... is exempt under section 24")."""
    asked = " ".join(state.current.parts) if state.current is not None else ""
    stated = not strong_question(text) and bool(find_counts(text))
    said = stated or answer_opener(text) or brings_answer(text, asked) or SHORT_VALUE.match(text)
    return bool(said or outcome.refuses(text) or cues.ncnd(text))


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
    state.current.parts.append(seg.text[a:b].strip(" \t|"))  # (a table row's cell, without its bars)
    return [Line(seg, a, b, QUESTION, question=state.current, number=number)]


def _answer(state: _State, seg: TextSegment, a: int, b: int, number: int | None) -> list[Line]:
    question = state.by_number(number) if number is not None else None
    indented = seg.text[a : a + 1].isspace()  # "2. Nac oes." then "   No.": the same answer, translated
    welsh = is_welsh(seg.text[a:b])
    translated = state.welsh_answer and not welsh  # "Ydy. Mae naw camera ..." then "Yes. Nine cameras ..."
    state.welsh_answer = welsh
    in_order = question is None and not indented and not translated and answers_next(state, seg.text[a:b])
    if in_order:
        question = state.next_asked()  # "146" / "Yes" / "No" on lines of their own, in the request's order
    state.in_order = in_order
    question = question or state.current
    if question is not None and question.asked:
        state.current = question
    first = question is not None and not question.answered
    if question is not None:
        question.answered = True
    row = [(a + x, a + y) for x, y in cell_spans(seg.text[a:b])]
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
