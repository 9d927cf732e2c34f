"""Sentence by sentence through the answer: what each one shows, as evidence items with their quotes.

The ``SentenceReader`` keeps the little state a reader needs: the last names mentioned (so "none of our
cameras are made by it" refers back), the question being answered (so "No." answers it), and the outcome cues
seen. Its state and the items it writes are in ``reader_state``; a count answer's rows and lines in
``reader_counts``; a bare answer to one of the request's questions, or one pointing to another answer, in
``reader_answers``; the outcome cues (exemptions, refusals, not held, no cameras) in ``reader_outcome``.
"""

from __future__ import annotations

import re

from camcensus.enums import EvidenceKind
from camcensus.evidence import cues, outcome
from camcensus.evidence import strength as S
from camcensus.evidence.count_inside import elided_count
from camcensus.evidence.counts import NOUN, CountMention
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.manufacturers import (
    IN_USE,
    MENTIONED,
    NOT_IN_USE,
    PAST,
    PAST_BACK,
    UNCONFIRMED,
    Polarity,
)
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.plan import ClausePlan, SentencePlan, plan_sentence
from camcensus.evidence.reader_answers import QuestionAnswers, each_answer
from camcensus.evidence.reader_counts import CountReading
from camcensus.evidence.reader_outcome import OutcomeReading
from camcensus.evidence.reader_state import Pending
from camcensus.evidence.request import ask_of, bare_answer
from camcensus.evidence.text import sentences
from camcensus.evidence.zones import ANSWER, Line
from camcensus.knowledge.vendors import find_vendor_mentions

K = EvidenceKind
_REFERS_TO_LAST = re.compile(r"^\W*(?:" + joined("request", "refers_to_last") + ")", re.IGNORECASE)


class SentenceReader(QuestionAnswers, CountReading, OutcomeReading):
    """Reads a reply line by line (``line``), each sentence from its plan and what came before it."""

    # -- a line, a sentence --
    def line(self, line: Line) -> None:
        self.segment_texts.setdefault(line.segment.seq, line.segment.text)
        self._in_row = self._count_row(line)
        if not self._in_row and line.zone == ANSWER:
            self._make_row(line)
            self._first_bare_number(line)
        if line.number is not None and line.number != self._number:
            self.pending = Pending()  # "3. No." answers item 3, not the makes named under item 2
            self.pending_caps = []
            self._last_other = None
        self._number = line.number if line.number is not None else self._number
        for i, (s, e) in enumerate(sentences(line.text)):
            self.sentence(line, line.start + s, line.start + e, first=i == 0)

    def sentence(self, line: Line, a: int, b: int, first: bool) -> None:
        text = line.segment.text[a:b]
        self._sentence = (line, a, b)
        self._sentence_items = len(self.items)
        self.pending.age += 1
        plan = plan_sentence(text, self.law)
        if plan is None:  # boilerplate, though its reasoning may set an exemption aside ("so section 31 is
            self.cues.declined.update(outcome.declined_exemptions(text, self.law))  # not engaged either")
            return
        if plan.echo is not None:
            self.pending = Pending(virtual=list(plan.echo))
            if plan.echo_only:
                return
        self._list_cues(line, text)
        self._outcome_cues(plan, a)
        if first and line.zone == ANSWER and line.question is not None and not self._in_row:
            self._answer_count(line, text, a)
        later_word = "?" not in line.text and bare_answer(text) in ("yes", "no")  # not "Hikvision? Nac oes."
        if line.first_answer and line.question is not None and (first or later_word):
            self._bare_answers(line, text, a, b)  # "Motorola Solutions (VB400). No.": a later "No" answers
        for clause in plan.clauses if self.asked else ():  # "does not use either of the companies named, and
            if not clause.vendors:  # Axis is the only manufacturer": the reference is the clause's
                asked = line.question.text if line.question is not None else None
                if self._named_by_reference(text[clause.start : clause.end], a, b, asked):
                    self.pending = Pending()  # it refers to the makes of the request, not to those before
        other = self._last_other = self._other_equipment(plan, text)
        if not self._heading(line, text, plan):
            for clause in plan.clauses:
                back = clause.anaphora
                if (
                    back
                    and cues.introduces(text[: clause.start])
                    and not self._gone_here(back, line.segment.seq, a)
                ):
                    self.pending = Pending()  # "a trial of a Parrot ANAFI USA; this aircraft was returned"
                self._clause(clause, a + clause.start, other)
        if not any(c.vendors for c in plan.clauses) and plan.completes_makes:
            self._whole_list()  # "These are the only two manufacturers"
            self.cues.makes_complete = self.cues.makes_complete or not plan.not_held  # not "a complete list
            # of manufacturers is not held"
        if plan.disowns:  # "These are not part of the building CCTV system": the makes before it, or its
            named_here = any(
                c.vendors for c in plan.clauses
            )  # own ("a standalone system (2 Hikvision ANPR)")
            self._disown(self.items[self._sentence_items if named_here else self._last_sentence_items :])
        self._last_sentence_items = self._sentence_items
        self._sentence_items = len(self.items)
        self.text_counts(line, text, a, self._counts_of(line, text, a, plan), plan.welsh)
        for kind, value, start, end in plan.assessments:
            self.add(kind, value, a + start, a + end, S.IMPLIED if value == "no" else S.PART)
        for name, start in plan.installers:
            self.add(
                K.MANUFACTURER,
                name[:300],
                a + start,
                a + start + len(name),
                S.WEAK,
                name=name,
                status="installer",
                reason="installer or maintainer",
            )

    def _counts_of(self, line: Line, text: str, a: int, plan: SentencePlan) -> tuple[CountMention, ...]:
        """The sentence's counts; with none, one whose noun it leaves to the sentence right before it."""
        seq, end, before = self._before
        gap = line.segment.text[end:a] if seq == line.segment.seq and 0 <= end <= a else "."
        self._before = (line.segment.seq, a + len(text), text)
        return plan.counts or (elided_count(before, text) if not gap.strip() else ())

    def _list_cues(self, line: Line, text: str) -> None:
        """ "The models in use include, but ...": the answer's list of makes is not whole; "40 of these are
        Axis. The remaining 24 are Dahua units": with the sentence before, it is."""
        if line.question is None or not line.question.asked:
            return
        if cues.non_exhaustive(text) and not _about_one_make(text):
            self._partial_answers.update(line.question.numbers)
        elif cues.rest_of_list(text):
            self._partial_answers.difference_update(line.question.numbers)
            self._whole_list()

    def _whole_list(self) -> None:
        """The makes the sentence before named are the whole list of makes."""
        for item in self.items[self._last_sentence_items :]:
            if item.kind == K.MANUFACTURER:
                item.detail["listing"] = True

    def _bare_answers(self, line: Line, text: str, a: int, b: int) -> None:
        """The first answer line after its question answers it ("No."); "1-4: Y/N/N/Y" answers each of the
        questions answered together with a word of its own."""
        question = line.question
        assert question is not None
        each = each_answer(text, question.numbers) if question.also and question.asked else []
        for n, word in each:
            self._answer_to(self.asked.get(n, ""), word, a, b, word, True, n)
        if not each:
            self._answer_to(question.text, text, a, b, line.text, question.asked, question.number)

    def _disown(self, items: list[EvidenceItem]) -> None:
        """The makes in use just named belong to equipment the next sentence puts outside the request ("These
        are not part of the building CCTV system"): mentioned, not in use."""
        for item in items:  # changed in place: the answers already logged hold the same items
            if item.kind in (K.MANUFACTURER, K.MODEL) and item.detail.get("status") == IN_USE:
                item.detail.update(status=MENTIONED, reason="other equipment (outside the request)")
                item.confidence = S.UNDECIDED

    def _other_equipment(self, plan: SentencePlan, text: str) -> str | None:
        """The equipment outside the CCTV estate a sentence is about ("the body-worn video units used by our
        enforcement officers are Hikvision"), or the sentence before was about where this one opens by
        referring to it ("These are Hikvision.", with the request beside the reply): its makes are not the
        estate's. None when the sentence is about CCTV, or when the request is itself about that equipment
        (then the sentence's makes are the ones asked about); a request about body-worn video makes vehicle
        cameras other equipment still."""
        outside = [e for e in plan.equipment if e not in self.subject]
        if outside:
            return outside[0]
        if self.subject and not plan.equipment and "general" in kinds_in(text, "request", "general"):
            return "cctv"  # "the fixed CCTV cameras at some stations are Hikvision", asked of dash cameras
        if plan.equipment or not (self.asked and self._last_other and _REFERS_TO_LAST.match(text)):
            return None
        return None if kinds_in(text, "request", "general") else self._last_other

    def _heading(self, line: Line, text: str, plan: SentencePlan) -> bool:
        """A short line that only names makes ("Hikvision / Dahua" over the answer to a question naming
        both, a reply titled "Hikvision Camera's") heads what follows; it lists no make in use. A make
        given as the answer to "Which manufacturer?" is no heading."""
        makes = plan.heading_makes
        if not makes or line.text.strip() != text.strip():
            return False
        question = line.question
        if question is None or plan.topic_heading:
            return True
        return len(makes) >= 2 and set(makes) <= set(ask_of(question.text).vendors)

    # -- one clause --
    def _clause(self, plan: ClausePlan, offset: int, other: str | None = None) -> None:
        """One clause's names and findings; ``other``: the equipment outside the CCTV estate its sentence is
        about, whose makes are mentioned, not in use."""
        made = [
            self._of_equipment(
                self.vendor_item(match, pol.status, pol.confidence, pol.reason, offset + start, offset + end),
                other,
            )
            if other is None or pol.status == NOT_IN_USE
            else self.vendor_item(
                match, MENTIONED, S.UNDECIDED, f"other equipment ({other})", offset + start, offset + end
            )
            for match, start, end, pol in plan.vendors
        ]
        for mm, pol in plan.models:
            if pol.status == IN_USE and mm.device_type == "camera":
                self._answer_names(mm.vendor)  # "IPC-HFW2431S" names Dahua among the makes of the answer
            made.append(
                self.add(
                    K.MODEL,
                    mm.model,
                    offset + mm.start,
                    offset + mm.end,
                    mm.confidence * (1.0 if pol.status == IN_USE else pol.confidence),
                    **{**mm.detail(), "status": pol.status, "reason": pol.reason},
                )
            )
            if self._in_partial_answer(self._sentence[0] if self._sentence else None):
                made[-1].detail["listing"] = False  # one of some models ("include, but are not limited to")
        for sw in plan.software:
            self.add(
                K.MANUFACTURER,
                sw.vendor,
                offset + sw.start,
                offset + sw.end,
                S.ASIDE,
                name=sw.name,
                brand=sw.name,
                status="ecosystem",
                reason=f"{sw.kind}: a hint, not a device",
                source=sw.source,
            )
        found_caps = self._capabilities(plan, offset)
        if made or not found_caps:  # (a clause naming makes refers back only as a replacement's old side:
            self._refer_back(plan.anaphora, offset, offset + plan.end - plan.start, other)  # "These were
        if made:  # removed and replaced with Axis cameras")
            self.pending = Pending(items=made)

    def _of_equipment(self, item: EvidenceItem, other: str | None) -> EvidenceItem:
        """A denial said of equipment outside the estate the request asks about ("the dash cameras are not
        made by either company") is marked with it: it denies that equipment's make, not a use of the make in
        the estate. Without the request, what is outside is not known."""
        if other is not None and self.asked and item.detail.get("status") == NOT_IN_USE:
            item.detail["equipment"] = other
        return item

    def _refer_back(self, pol: Polarity | None, a: int, b: int, other: str | None = None) -> None:
        if pol is None or self.pending.age > 3:
            return
        same_sentence = self.pending.age == 0
        hedged = pol.reason == UNCONFIRMED and same_sentence  # "... not Hikvision; we cannot confirm this"
        statuses = (MENTIONED, IN_USE, NOT_IN_USE) if hedged else (MENTIONED, IN_USE)
        for item in self.pending.items if other is None else ():  # "ANPR - none." is of the ANPR alone
            if (
                item.kind == K.MANUFACTURER
                and item.detail.get("status") in statuses
                and (
                    hedged
                    or item.detail.get("reason") in ("listed", "awareness", "policy")
                    # "had a system supplied by Hikvision; this was removed in 2022"
                    or (pol.status == PAST and (same_sentence or pol.reason == PAST_BACK))
                )
            ):
                item.detail.update(status=pol.status, reason=pol.reason)
                item.confidence = round(pol.confidence * item.detail.get("brand_confidence", 1.0), 3)
        for match in self.pending.virtual:
            self._of_equipment(self.vendor_item(match, pol.status, pol.confidence, pol.reason, a, b), other)
        self.pending = Pending()

    def _capabilities(self, plan: ClausePlan, offset: int) -> list[EvidenceItem]:
        made = [
            self.add(kind, name, offset + s, offset + e, confidence, status=status)
            for kind, name, s, e, confidence, status in plan.capabilities
        ]
        if made:
            self.pending_caps = made
        elif self.pending_caps and plan.denies_them:  # ("They do not record audio. They can't - ..."): the
            n = plan.end - plan.start  # capabilities just named, not the makes before them
            made = [
                self.add(K.CAPABILITY_ABSENT, item.value, offset, offset + n, S.SAID, status="not enabled")
                for item in self.pending_caps
            ]
            self.pending_caps = []
        return made


_MAKES_CAMERAS = re.compile(r"\s+" + NOUN, re.IGNORECASE)


def _about_one_make(text: str) -> bool:
    """The sentence is about one make's cameras ("The Hikvision cameras are at older installations, mainly
    trash screen cameras"): what it says is partial is where they are, not the list of makes."""
    found = find_vendor_mentions(text[:60])
    return len(found) == 1 and found[0].start <= 12 and bool(_MAKES_CAMERAS.match(text, found[0].end))
