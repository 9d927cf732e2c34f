"""What a ``SentenceReader`` keeps from sentence to sentence, and the evidence items it writes.

The state: the names a later clause may refer back to (``Pending``), the outcome cues seen (``Cues``), the
questions whose count was read and the makes each answer named. The items: every one through ``add``; a
vendor's status (``vendor_item``), with whether the sentence lists the makes in use; a camera count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from camcensus.enums import EvidenceKind
from camcensus.evidence import cues
from camcensus.evidence import strength as S
from camcensus.evidence.counts import CountMention
from camcensus.evidence.items import EvidenceItem, clean_quote
from camcensus.evidence.manufacturers import IN_USE, PAST, Polarity
from camcensus.evidence.phrases import kinds_in
from camcensus.evidence.questions import Question
from camcensus.evidence.request import ask_of, asks_total, subject_of
from camcensus.evidence.zones import Line
from camcensus.knowledge.vendors import BrandMatch, find_vendor_mentions

K = EvidenceKind


@dataclass
class Pending:
    """Names the next clause may refer back to: items already made, or names from the question."""

    items: list[EvidenceItem] = field(default_factory=list)
    virtual: list[BrandMatch] = field(default_factory=list)
    age: int = 0


@dataclass
class Cues:
    refusals: list[EvidenceItem] = field(default_factory=list)
    not_held: list[EvidenceItem] = field(default_factory=list)
    acknowledged: bool = False
    qa_answered: bool = False
    no_cameras: list[EvidenceItem] = field(default_factory=list)
    elsewhere: bool = False  # the premises' cameras are another's ("the responsibility of the landlord")
    partial: bool = False  # the reply says it discloses part of what was asked
    disclosed: list[EvidenceItem] = field(default_factory=list)  # ... or says it discloses what was asked
    declined: set[str] = field(default_factory=set)  # exemptions said not to apply, anywhere in the reply
    # "Yes" to "Are any made by Hikvision or Dahua?": one of them at least is in use, which one is not said
    one_of: list[tuple[frozenset[str], str]] = field(default_factory=list)  # (the makes, the quote)
    makes_complete: bool = False  # "No other makes are in use": the makes named in use are all of them
    amended: bool = False  # a review says it amends the first response ("I can therefore now provide")


class ReaderState:
    """The state and the item writers the parts of a ``SentenceReader`` share."""

    def __init__(self, law: str, asked: dict[int, str] | None = None) -> None:
        self.law = law
        self.asked = asked or {}  # the request's questions by number, when the request is known
        self.request_text = ""  # the whole request, when known: the body it was sent to, among others
        self._cited_before: tuple[str, ...] = ()  # the exemptions the last sentence citing any cited
        self.subject = subject_of(list(self.asked.values()))  # body_worn, anpr ... when not CCTV
        self._counted: set[int] = set()  # the questions whose count answer has been read
        self._count_from: set[int] = set()  # questions the count's answer points to ("Please see Q2")
        self._rows: dict[int | tuple[int, int], list[tuple[Line, int, bool]]] = {}  # answers given as rows
        self._rows_head: Line | None = None  # the line heading rows of camera counts, while they go on
        self._by_year: set[int] = set()  # count answers whose rows are headed by years ("2022/23  2023/24")
        self.segment_texts: dict[int, str] = {}  # the text of each segment read, by its seq
        self._listing: int | None = None  # the question whose answer opened a list ("... at each academy:")
        self._in_row = False
        self._first_tried = False  # whether the reply's first numbered answer was looked at for a count
        self._before: tuple[int, int, str] = (-1, -1, "")  # the last sentence read: segment, end, text
        self._sentence_items = self._last_sentence_items = 0  # where this and the last sentence's items start
        self._last_other: str | None = None  # the equipment outside the estate the last sentence was about
        self._makes: dict[int, set[str]] = {}  # the makes each of the request's questions was answered with
        self._noes: set[int] = set()  # the request's questions about makes answered with a bare "No"
        self._partial_answers: set[int] = set()  # questions answered with a list said not to be whole
        self.items: list[EvidenceItem] = []
        self.counts: list[tuple[CountMention, EvidenceItem]] = []
        #: each count's question (None outside an aligned answer) and sentence, by id of its item
        self.count_context: dict[int, tuple[Question | None, str]] = {}
        self.cues = Cues()
        self.pending = Pending()
        self.pending_caps: list[EvidenceItem] = []
        self._sentence: tuple[Line, int, int] | None = None
        self._number: int | None = None

    def add(
        self,
        kind: EvidenceKind,
        value: str,
        a: int,
        b: int,
        confidence: float,
        quote: str | None = None,
        **detail: Any,
    ) -> EvidenceItem:
        assert self._sentence is not None
        line, sa, sb = self._sentence
        seg = line.segment
        item = EvidenceItem(
            kind=kind,
            value=value,
            quote=clean_quote(quote or seg.text[sa:sb]),
            location=seg.location,
            segment_seq=seg.seq,
            char_start=a,
            char_end=b,
            confidence=round(confidence, 3),
            detail=detail,
        )
        self.items.append(item)
        return item

    def _count(self, c: CountMention, a: int, source: str, quote: str | None, welsh: bool = False) -> None:
        item = self.add(
            K.CAMERA_COUNT,
            str(c.value),
            a + c.start,
            a + c.end,
            S.ANSWERED if c.role != "part" else S.PART,
            quote,
            role=c.role,
            approx=c.approx,
            qualifier=c.qualifier,
            source=source,
            welsh=welsh,
            counted=False,
        )
        self.counts.append((c, item))
        if self._sentence is not None:
            line, sa, sb = self._sentence
            self.count_context[id(item)] = (line.question, line.segment.text[sa:sb])

    def _total_asked(self, question: str) -> bool:
        """A number answering ``question`` is the count the request asks for (the request's own question or
        the reply's repeat of it: both are read against the request's subject)."""
        return asks_total(question, self.subject)

    def _count_asked(self, question: Question, any_part: bool = False) -> bool:
        """The answer answers the question of the count: of several answered together, the first (an answer
        to "Q1-Q3" gives the count with the makes: the makes' question does not make it one maker's), or with
        ``any_part`` (a figure in the answer's own line: "1 & 2. Yes - three." answers "Any drones?" and "If
        so, how many?") any; or the question the count's answer points to ("Q1 ... See the answer to Q2")."""
        if question.number in self._count_from:
            return True
        parts = (question.parts if any_part else question.parts[:1]) if question.also else [question.text]
        return any(self._total_asked(part) for part in parts)

    def vendor_item(
        self,
        match: BrandMatch,
        status: str,
        confidence: float,
        reason: str,
        a: int,
        b: int,
        quote: str | None = None,
        partial: bool = False,
    ) -> EvidenceItem:
        """``partial``: the make is one of a list known to leave some makes out (a table with an 'unknown'
        maker)."""
        line = self._sentence[0] if self._sentence else None
        if status == IN_USE:
            self._answer_names(match.vendor, partial)
        return self.add(
            K.MANUFACTURER,
            match.vendor,
            a,
            b,
            confidence * match.confidence,
            quote,
            brand=match.brand,
            name=match.matched,
            status=status,
            reason=reason,
            relationship=match.relationship,
            brand_confidence=match.confidence,
            how=match.how,
            source=match.source,
            listing=(
                reason == "table row"
                or self._lists_makes(
                    line, quote, reason == "listed", match.matched if reason == "replacement" else ""
                )
            )
            and not self._in_partial_answer(line),
        )

    def _gone_here(self, anaphora: Polarity, seq: int, sentence_start: int) -> bool:
        """A clause that says what it refers back to is gone, named earlier in the same sentence ("We had a
        Dahua camera ... but it was taken down"): that name, not one a clause before it brought in."""
        return anaphora.status == PAST and any(
            i.segment_seq == seq and i.char_start >= sentence_start for i in self.pending.items
        )

    def _answer_names(self, vendor: str, partial: bool = False) -> None:
        """Keep ``vendor`` among the makes the current answer to one of the request's questions names, unless
        the answer says its list leaves some out ("include, but are not limited to:", a table's 'unknown')."""
        line = self._sentence[0] if self._sentence else None
        asked = line.question if line is not None and line.question is not None else None
        if (
            line is not None
            and asked is not None
            and asked.asked
            and asked.number is not None
            and not cues.non_exhaustive(line.text)
            and not partial
            and not self._in_partial_answer(line)
        ):
            self._makes.setdefault(asked.number, set()).add(vendor)

    def _in_partial_answer(self, line: Line | None) -> bool:
        """The line answers a question whose answer said its list of makes is not whole."""
        question = line.question if line is not None else None
        return question is not None and bool(set(question.numbers) & self._partial_answers)

    def _sentence_text(self, quote: str | None) -> str:
        """The quote, or else the sentence being read."""
        if quote or self._sentence is None:
            return quote or ""
        line, sa, sb = self._sentence
        return line.segment.text[sa:sb]

    def _lists_makes(self, line: Line | None, quote: str | None, listed: bool = False, new: str = "") -> bool:
        """Where a make is named as one of the makes in use ("the cameras are Dahua", "manufactured by Axis
        and Bosch", the answer to "Which manufacturers?"); not where the sentence is about removing,
        replacing or buying from one vendor ("we no longer use Hikvision as a supplier"). ``new``: the make
        named as what replaced other cameras, no list where those are referred back to ("All of these were
        replaced with Hanwha units"), unless the question asked for every make."""
        if line is None:
            return listed
        question = line.question
        ask = ask_of(question.text) if question is not None else None
        # the answer to "Which manufacturers?", also beside "Are any Hikvision?" in one answer ("2. and 3.")
        also = [self.asked.get(n, "") for n in question.numbers] if question is not None else []
        texts = [question.text if question else "", *also]
        if any(_asks_every_make(t) for t in texts):
            return True
        sentence = self._sentence_text(quote)
        if any(_asks_every_make(t, alone=True) for t in texts) and _names_unasked(sentence, ask):
            return True  # "What makes? Are any Hikvision or Dahua?" - "Axis and Bosch" (not "Hikvision")
        if new and _replaces_some(sentence, new):
            return False
        if kinds_in(sentence, "request", "lists_makes") or cues.rest_of_list(sentence):
            return True
        if ask is not None and ask.vendors and question is not None and question.asked:
            return False  # "Yes, Hikvision" to "Are any Hikvision or Dahua?": which of those, not every make
        # "uses Dahua and Hanwha cameras, ... when the old analogue cameras were replaced": what is said of
        # other cameras after "when" does not make the makes before it no list
        return listed or not kinds_in(cues.before_time_clause(sentence, 0), "request", "not_listing")


def _replaces_some(sentence: str, name: str) -> bool:
    """The make replaced cameras the sentence refers back to ("All of these were removed and replaced with
    Hanwha units"): the make of those cameras now, not the list of the estate's makes."""
    return name in sentence and cues.anaphoric(sentence[: sentence.index(name)])


def _asks_every_make(question: str, alone: bool = False) -> bool:
    """The question asks which makes are used, naming none ("Which other manufacturers supply them?");
    ``alone``: in a sentence of its own at least ("What makes are they? Are any Hikvision or Dahua?")."""
    parts = re.split(r"(?<=\?)\s+", question) if alone else [question]
    for part in parts if question else []:
        ask = ask_of(part)
        if "vendors" in ask.kinds and not ask.vendors:
            return True
    return False


def _names_unasked(sentence: str, ask: Any) -> bool:
    """The sentence names a make the question does not (an answer to its "What makes?", not to its "Are
    any Hikvision or Dahua?")."""
    asked = set(ask.vendors) if ask is not None else set()
    return any(m.match.vendor not in asked for m in find_vendor_mentions(sentence))
