"""A line of a reply as the reader zones it (question, answer, quoted, signature, header), and the answers of
an earlier reply that a correction replaces."""

from __future__ import annotations

from dataclasses import dataclass, field

from camcensus.documents.model import TextSegment
from camcensus.evidence.questions import Question
from camcensus.evidence.zone_state import ANSWER, QUOTED


@dataclass
class Line:
    segment: TextSegment
    start: int
    end: int
    zone: str
    question: Question | None = None
    number: int | None = None
    first_answer: bool = False  # the first answer line after its question: where "Yes"/"No" answers it
    superseded: bool = False  # in an earlier answer the reply quotes before correcting it
    cells: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


def drop_corrected(lines: list[Line]) -> None:
    """An answer of the earlier reply a correction quotes is quoted, not answered, where the correction
    answers its question again ("Our original response was: 1. 64 ... The corrected response is: 1. 71")."""
    again: dict[int, Line] = {}  # each question's first answer in the correction
    corrected = False  # an answer follows: of a question of no number, the quoted line is the earlier's
    for line in reversed(lines):
        if line.zone != ANSWER:
            continue
        if not line.superseded:
            corrected = True
            again[id(line.question)] = line
        elif id(line.question) in again or (line.question is None and corrected):
            line.zone = QUOTED
            if line.first_answer and id(line.question) in again:
                again[id(line.question)].first_answer = True  # "3. No (unchanged)" answers it now
