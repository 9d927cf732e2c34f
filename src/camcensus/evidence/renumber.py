"""A reply that answers two of the request's questions under one number, and so numbers every later answer
one below the question it answers ("1. Yes - the Service has 146 cameras ..." for "Do you operate CCTV?" and
"How many cameras?", then "2. No" for question 3, "3. Axis, Bosch and Vivotek" for question 4): where its
answers fit the request's questions clearly better so shifted than as numbered, they are read so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from camcensus.evidence.line_shapes import leading_number, line_spans, question_number, unwrapped
from camcensus.evidence.questions import Question, stems_of
from camcensus.evidence.request import ask_of, bare_answer
from camcensus.evidence.text import NUMBER_WORDS
from camcensus.knowledge.vendors import find_vendor_mentions

_MONEY = re.compile(r"£\s?\d")
_COMPANY = re.compile(r"\b(?:ltd|limited|plc|llp)\b", re.IGNORECASE)
_FIGURE = re.compile(rf"(?<![\d,.])\d{{1,3}}(?:,\d{{3}})*(?![\d,.])|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
MISFIT = -3  # an answer of a kind its question cannot have: money for the makes, a bare "No" for how many
MARGIN = 4  # how much better the shifted reading must fit than the numbered one


def fit(answer: str, question: str) -> int:
    """How well ``answer`` fits ``question``: the content words they share (up to three), a point for makes
    named in answer to a question about makes (money to one of costs, a company to one of contractors), and
    MISFIT for an answer of a kind the question cannot have."""
    ask = ask_of(question)
    kinds = set(ask.kinds)
    money = bool(_MONEY.search(answer))
    word = bare_answer(answer)
    if money and "costs" not in kinds:
        return MISFIT
    if word in ("yes", "no") and kinds == {"count"} and not _FIGURE.search(answer):
        return MISFIT  # "2. No" for "How many cameras are in use in total?"
    makes = bool(find_vendor_mentions(answer))
    if word in ("yes", "no") and "vendors" in kinds and not ask.vendors and not makes:
        return MISFIT  # "No" for "Please list the manufacturers of the cameras"
    score = min(len(stems_of(answer) & stems_of(question)), 3)
    company = bool(_COMPANY.search(answer)) and "contractors" in kinds  # "Eastern Counties Security Ltd"
    return score + sum((makes and "vendors" in kinds, money and "costs" in kinds, company))


def merged_answer(answers: Sequence[str], asked: Sequence[str]) -> int | None:
    """The index of the answer that answers two questions (it and the next), when the reply's numbered
    answers are one fewer than the request's questions and fit them clearly better so; None otherwise."""
    if len(asked) < 3 or len(answers) != len(asked) - 1:
        return None
    numbered = sum(fit(a, q) for a, q in zip(answers, asked, strict=False))
    best: tuple[int, int] | None = None
    for m in range(len(answers)):
        mapped = [*asked[:m], f"{asked[m]} {asked[m + 1]}", *asked[m + 2 :]]
        fits = [fit(a, q) for a, q in zip(answers, mapped, strict=True)]
        if min(fits) > MISFIT and (best is None or sum(fits) > best[0]):
            best = (sum(fits), m)
    return best[1] if best is not None and best[0] >= numbered + MARGIN else None


def shifted_numbers(texts: Sequence[str], asked: list[Question]) -> dict[int, Question] | None:
    """The question each answer number stands for, in a reply (``texts``: its segments' texts) numbered
    1, 2 ... one short of the request's questions with one answer for two of them; None if it is not so."""
    if len(asked) < 3:
        return None  # (a reply read alone, or a request of one or two questions: nothing to shift)
    answers: list[str] = []
    for text in texts:
        for a, b in unwrapped(text, line_spans(text)):
            lead = leading_number(text[a:b])
            number = question_number(lead)
            if lead is None or number is None or number >= 100:  # (a lettered part)
                continue
            if number == len(answers) + 1:
                answers.append(text[a:b][lead.end() :].strip())
            elif number == 1:
                break  # the request quoted below the answers, numbered again
            else:
                return None  # numbered out of order: not one list of answers
    m = merged_answer(answers, [q.text for q in asked])
    if m is None:
        return None
    out = {k + 1: asked[k] for k in range(m)}
    second = asked[m + 1].number
    also = (second,) if second is not None else ()
    out[m + 1] = Question(asked[m].number, [asked[m].text, asked[m + 1].text], asked=True, also=also)
    out.update({k + 1: asked[k + 1] for k in range(m + 1, len(answers))})
    return out
