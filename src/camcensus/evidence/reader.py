"""Sentence by sentence through the answer: what each one shows, as evidence items with their quotes.

The ``SentenceReader`` keeps the little state a reader needs: the last names mentioned (so "none of our
cameras
are made by it" refers back), the question being answered (so "No." answers it), and the outcome cues seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from camcensus.enums import EvidenceKind
from camcensus.evidence import capabilities as caps_mod
from camcensus.evidence import cues, outcome
from camcensus.evidence.answer_counts import answer_count, row_count
from camcensus.evidence.counts import (
    CountMention,
    asks_count,
    bare_count_answer,
    find_counts,
)
from camcensus.evidence.items import EvidenceItem, clean_quote
from camcensus.evidence.manufacturers import (
    IN_USE,
    MENTIONED,
    NOT_IN_USE,
    PAST,
    UNCONFIRMED,
    Polarity,
    anaphoric_polarity,
)
from camcensus.evidence.phrases import kinds_in
from camcensus.evidence.plan import ClausePlan, SentencePlan, plan_sentence
from camcensus.evidence.request import (
    ask_of,
    asks_total,
    asks_use,
    bare_answer,
    named_in,
    pointed_to,
    subject_of,
)
from camcensus.evidence.text import could_contain, sentences
from camcensus.evidence.zones import ANSWER, Line
from camcensus.knowledge.vendors import (
    BrandMatch,
    find_vendor_mentions,
)

K = EvidenceKind


@dataclass
class _Pending:
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
    declined: set[str] = field(default_factory=set)  # exemptions said not to apply, anywhere in the reply


class SentenceReader:
    def __init__(self, law: str, asked: dict[int, str] | None = None) -> None:
        self.law = law
        self.asked = asked or {}  # the request's questions by number, when the request is known
        self.subject = subject_of(list(self.asked.values()))  # body_worn, anpr ... when not CCTV
        self._counted: set[int] = set()  # the questions whose count answer has been read
        self._rows: dict[int, list[tuple[Line, int, bool]]] = {}  # count answers given as rows
        self._in_row = False
        self._first_tried = False  # whether the reply's first numbered answer was looked at for a count
        self._sentence_items = self._last_sentence_items = 0  # where this and the last sentence's items start
        self._makes: dict[int, set[str]] = {}  # the makes each of the request's questions was answered with
        self._partial_answers: set[int] = set()  # questions answered with a list said not to be whole
        self.items: list[EvidenceItem] = []
        self.counts: list[tuple[CountMention, EvidenceItem]] = []
        self.cues = Cues()
        self.pending = _Pending()
        self.pending_caps: list[EvidenceItem] = []
        self._sentence: tuple[Line, int, int] | None = None
        self._number: int | None = None

    # -- items --
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

    # -- a line, a sentence --
    def line(self, line: Line) -> None:
        self._in_row = self._count_row(line)
        if not self._in_row and line.zone == ANSWER:
            self._make_row(line)
            self._first_bare_number(line)
        if line.number is not None and line.number != self._number:
            self.pending = _Pending()  # "3. No." answers item 3, not the makes named under item 2
            self.pending_caps = []
        self._number = line.number if line.number is not None else self._number
        for i, (s, e) in enumerate(sentences(line.text)):
            self.sentence(line, line.start + s, line.start + e, first=i == 0)

    def sentence(self, line: Line, a: int, b: int, first: bool) -> None:
        text = line.segment.text[a:b]
        self._sentence = (line, a, b)
        self._sentence_items = len(self.items)
        self.pending.age += 1
        plan = plan_sentence(text, self.law)
        if plan is None:
            return  # boilerplate
        if plan.echo is not None:
            self.pending = _Pending(virtual=list(plan.echo))
            if plan.echo_only:
                return
        if line.question is not None and line.question.asked and cues.non_exhaustive(text):
            self._partial_answers.update(line.question.numbers)  # "The models in use include, but ...:"
        self._outcome_cues(plan, a)
        if first and line.zone == ANSWER and line.question is not None and not self._in_row:
            self._answer_count(line, text, a)
        if first and line.first_answer and line.question is not None:
            self._answer_to(line.question.text, text, a, b, line.text, line.question.asked)
        if self.asked and not any(c.vendors for c in plan.clauses):
            self._named_by_reference(text, a, b, line.question.text if line.question is not None else None)
        if not self._heading(line, text, plan):
            other = self._other_equipment(plan)
            for clause in plan.clauses:
                if clause.anaphora is not None and cues.introduces(text[: clause.start]):
                    self.pending = _Pending()  # "a trial of a Parrot ANAFI USA; this aircraft was returned"
                self._clause(clause, a + clause.start, other)
        if not any(c.vendors for c in plan.clauses) and plan.completes_makes:
            for item in self.items[self._last_sentence_items :]:  # "These are the only two manufacturers"
                if item.kind == K.MANUFACTURER:
                    item.detail["listing"] = True
        self._last_sentence_items = self._sentence_items
        self._sentence_items = len(self.items)
        past = cues.past(text) and not cues.still(text)  # "In 2022 we trialled two Dahua cameras"
        for c in plan.counts:
            self._count(
                replace(c, role="excluded") if past and c.role == "part" else c, a, "text", None, plan.welsh
            )
        for kind, value, start, end in plan.assessments:
            self.add(kind, value, a + start, a + end, 0.8 if value == "no" else 0.75)
        for name, start in plan.installers:
            self.add(
                K.MANUFACTURER,
                name[:300],
                a + start,
                a + start + len(name),
                0.7,
                name=name,
                status="installer",
                reason="installer or maintainer",
            )

    def _outcome_cues(self, plan: SentencePlan, a: int) -> None:
        for e in plan.exemptions:
            self.add(K.EXEMPTION, e.code, a + e.start, a + e.end, 0.9, law=e.law, cited=e.cited, ncnd=e.ncnd)
        n = plan.length
        # "We do not hold this information, so it is exempt under section 17 (FOISA)"; "we cannot provide
        # this, as we do not hold it": not held, unless an exemption that withholds is cited too
        line, sa, sb = self._sentence if self._sentence else (None, 0, 0)
        sentence = line.segment.text[sa:sb] if line is not None else ""
        withholding = [e for e in plan.exemptions if outcome.withholds(e.code, e.law, sentence)]
        holds_not = plan.not_held and not withholding
        self.cues.declined.update(plan.declined)
        if plan.refused and not holds_not and (withholding or not plan.exemptions):
            codes = [e.code for e in withholding]  # what it withholds under, if it says
            self.cues.refusals.append(
                self.add(K.OUTCOME, "refused", a, a + n, 0.8, cue="refusal", codes=codes)
            )
        elif plan.not_held or (plan.exemptions and holds_not):
            caveat = outcome.register_caveat(sentence)  # "no central register": a figure may still follow
            self.cues.not_held.append(
                self.add(K.OUTCOME, "not_held", a, a + n, 0.8, cue="not_held", caveat=caveat)
            )
        if plan.acknowledges:
            self.cues.acknowledged = True
        if plan.elsewhere:
            self.cues.elsewhere = True
        if plan.no_cameras:
            self.cues.no_cameras.append(
                self.add(
                    K.CAMERA_COUNT,
                    "0",
                    a,
                    a + n,
                    0.85,
                    role="total",
                    approx=False,
                    qualifier="",
                    source="no cameras",
                    counted=False,
                )
            )

    # -- "Q: Do you use Hikvision? A: No." --
    def _answer_to(
        self, question: str, text: str, a: int, b: int, whole: str = "", from_request: bool = False
    ) -> None:
        """A bare "Yes"/"No" answers the question for every vendor it names that the answer does not name
        itself ("Yes. 22 of the cameras are Hikvision. None are Dahua." speaks for each); a "Yes" to a
        question naming several vendors does not say which. An answer aligned with the request's question
        by its number alone must be a bare "Yes" or "No" ("3. No cameras use facial recognition" may
        answer another question than the request's third)."""
        mentions = find_vendor_mentions(question) if asks_use(question) else []
        named = {m.match.vendor: m.match for m in mentions}
        asked_caps = caps_mod.names_in(question)
        self.pending = _Pending(virtual=list(named.values()))
        quote = f"Q: {question} A: {text}"
        here = {m.match.vendor for m in find_vendor_mentions(whole or text)}
        bare = bare_count_answer(text) if asks_count(question) else None
        short = bare_answer(text)
        if from_request and named:
            self._pointed_makes(named, text, a, b, quote)
        says_no = short == "no" if from_request else cues.answers_no(text)
        says_yes = short == "yes" if from_request else cues.answers_yes(text)
        if says_no or (bare is not None and bare.value == 0 and named):
            self._apply_answer(named, here, asked_caps, NOT_IN_USE, K.CAPABILITY_ABSENT, a, b, quote)
        elif (says_yes and not outcome.refuses(text)) or (bare is not None and named):
            one = named if len(named) == 1 else {}
            self._apply_answer(one, here, asked_caps, IN_USE, K.CAPABILITY, a, b, quote)
            self.cues.qa_answered = True
        if bare is not None and self._total_asked(question) or short is not None:
            self.cues.qa_answered = True

    def _other_equipment(self, plan: SentencePlan) -> str | None:
        """The equipment outside the CCTV estate a sentence is about ("the body-worn video units used by our
        enforcement officers are Hikvision"): its makes are not the estate's. None when the sentence is about
        CCTV, or when the request is itself about that equipment (then the sentence's makes are the ones asked
        about); a request about body-worn video makes vehicle cameras other equipment still."""
        outside = [e for e in plan.equipment if e not in self.subject]
        return outside[0] if outside else None

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

    def _pointed_makes(self, named: dict[str, BrandMatch], text: str, a: int, b: int, quote: str) -> None:
        """ "See answer to Q2" where that answer named every make in use: a vendor the question names and
        that answer left out is not in use."""
        number = pointed_to(text)
        makes = self._makes.get(number) if number else None
        if not makes or number in self._partial_answers:
            return
        for vendor, match in named.items():
            if vendor not in makes:
                self._vendor_item(
                    match, NOT_IN_USE, 0.8, "not among the makes of the answer pointed to", a, b, quote
                )
        self.cues.qa_answered = True

    def _total_asked(self, question: str) -> bool:
        """A number answering ``question`` is the count the request asks for (the request's own question or
        the reply's repeat of it: both are read against the request's subject)."""
        return asks_total(question, self.subject)

    def _count_row(self, line: Line) -> bool:
        """A row of a table (or a "label - number" line) answering "How many cameras?": its numbers are
        summed with the answer's other rows (or its total row taken) when the answers are read."""
        question = line.question
        if (
            line.zone != ANSWER
            or question is None
            or id(question) in self._counted
            or not self._total_asked(question.text)
        ):
            return False
        row = row_count(line.text, loose=id(question) in self._rows)
        if row is None:
            return False
        self._rows.setdefault(id(question), []).append((line, *row))
        return True

    def _first_bare_number(self, line: Line) -> None:
        """Without the request, a bare number answering a reply's first numbered item ("1. 38") is read as
        the count of cameras, the first question of almost every request about CCTV; its basis says so, so
        its confidence is what that guess earned on labelled replies."""
        if self.asked or line.question is not None or line.number not in (1, 100) or self._first_tried:
            return
        self._first_tried = True
        bare = (
            bare_count_answer(line.text) if not find_counts(line.text) else None
        )  # "1. 146", not "1. 96 cameras"
        if bare is not None:
            self._sentence = (line, line.start, line.end)
            self._count(replace(bare, qualifier="first answer"), line.start, "first answer", None)

    def _make_row(self, line: Line) -> None:
        """A line giving one make's number of cameras ("Axis (210)", "Hik Vision - 15"): a part of the
        count, even where no question about the count was aligned."""
        if len(line.text) > 80 or not could_contain(line.text, ("(", "-", ":", "\u2013", "=")):
            return
        row = row_count(line.text)
        if row is None or row[1]:
            return
        mentions = find_vendor_mentions(line.text)
        if not mentions or mentions[0].start > 3:
            return
        self._sentence = (line, line.start, line.end)
        vendor_name = mentions[0].match.vendor
        self._count(
            CountMention(0, len(line.text), row[0], "part", False, vendor_name), line.start, "text", None
        )

    def counted_rows(self) -> None:
        """The count of each answer given as rows: its total row, else the sum of its rows."""
        for rows in self._rows.values():
            totals = [r for r in rows if r[2]]
            value = totals[-1][1] if totals else sum(r[1] for r in rows)
            first, last = rows[0][0], rows[-1][0]
            self._sentence = (first, first.start, first.end)
            quote = " / ".join(r[0].text.strip() for r in rows)[:300]
            mention = CountMention(
                0, last.end - first.start, value, "total", False, "rows" if totals else "sum"
            )
            self._count(mention, first.start, "answer", quote)

    def _answer_count(self, line: Line, text: str, a: int) -> None:
        """The count an answer to "How many cameras?" gives, read from the first of its lines that gives
        one ("212 (of which 31 are redeployable)", "12 fixed and 2 PTZ", "Public space - 141").
        """
        question = line.question
        if question is None or id(question) in self._counted or id(question) in self._rows:
            return
        if not self._total_asked(question.text):
            return
        whole = line.text
        if outcome.refuses(whole) or outcome.find_exemptions(whole, self.law):
            return  # "The number of cameras is withheld under section 31": no count
        label = _ANSWER_LABEL.match(whole)
        found = answer_count(whole[label.end() :] if label else whole)
        if found is None:
            return
        self._counted.add(id(question))
        shift = label.end() if label else 0
        # the count's place within this sentence, for the quote's span
        found = replace(
            found, start=min(found.start + shift, len(text)), end=min(found.end + shift, len(text))
        )
        self._count(found, a, "answer", f"Q: {question.text} A: {whole.strip()}")
        self.cues.qa_answered = True

    def _named_by_reference(self, text: str, a: int, b: int, question: str | None) -> None:
        """ "The brands mentioned in part 1 are not used": the vendors of that question, by reference; "the
        companies named" are those of the question answered, or else of the whole request."""
        ref = named_in(text)
        if ref is None:
            return
        number, start, end = ref
        if number == 0:
            mine = question and find_vendor_mentions(question)
            named = question if question and mine else "\n".join(self.asked.values())
        elif number in self.asked:
            named = self.asked[number]
        else:
            return
        pol = anaphoric_polarity(f"{text[:start]} them {text[end:]}")
        if pol is None:
            return
        for m in find_vendor_mentions(named):
            self._vendor_item(m.match, pol.status, pol.confidence, pol.reason, a, b, text)

    def _apply_answer(
        self,
        named: dict[str, BrandMatch],
        here: set[str],
        asked_caps: list[str],
        status: str,
        cap_kind: EvidenceKind,
        a: int,
        b: int,
        quote: str,
    ) -> None:
        answered_vendors = [m for v, m in named.items() if v not in here]
        for match in answered_vendors:
            self._vendor_item(match, status, 0.85, "answer to the question", a, b, quote)
        for cap in asked_caps:
            self.add(cap_kind, cap, a, b, 0.85, quote, status="answer to the question")
        if answered_vendors or asked_caps:
            self.cues.qa_answered = True
            self.pending = _Pending()

    def _vendor_item(
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
            listing=(reason == "table row" or self._lists_makes(line, quote, reason == "listed"))
            and not self._in_partial_answer(line),
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

    def _lists_makes(self, line: Line | None, quote: str | None, listed: bool = False) -> bool:
        """Where a make is named as one of the makes in use ("the cameras are Dahua", "manufactured by Axis
        and Bosch", the answer to "Which manufacturers?"); not where the sentence is about removing,
        replacing or buying from one vendor ("we no longer use Hikvision as a supplier")."""
        if line is None:
            return listed
        question = line.question
        ask = ask_of(question.text) if question is not None else None
        if ask is not None and "vendors" in ask.kinds and not ask.vendors:
            return True
        assert self._sentence is not None
        _, sa, sb = self._sentence
        sentence = quote or line.segment.text[sa:sb]
        if kinds_in(sentence, "request", "lists_makes"):
            return True
        if ask is not None and ask.vendors and question is not None and question.asked:
            return False  # "Yes, Hikvision" to "Are any Hikvision or Dahua?": which of those, not every make
        return listed or not kinds_in(sentence, "request", "not_listing")

    # -- one clause --
    def _clause(self, plan: ClausePlan, offset: int, other: str | None = None) -> None:
        """One clause's names and findings; ``other``: the equipment outside the CCTV estate its sentence is
        about, whose makes are mentioned, not in use."""
        made = [
            self._vendor_item(match, pol.status, pol.confidence, pol.reason, offset + start, offset + end)
            if other is None or pol.status == NOT_IN_USE
            else self._vendor_item(
                match, MENTIONED, 0.5, f"other equipment ({other})", offset + start, offset + end
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
                0.3,
                name=sw.name,
                brand=sw.name,
                status="ecosystem",
                reason=f"{sw.kind}: a hint, not a device",
                source=sw.source,
            )
        found_caps = self._capabilities(plan, offset)
        if made:
            self.pending = _Pending(items=made)
        elif not found_caps:
            self._refer_back(plan.anaphora, offset, offset + plan.end - plan.start)

    def _refer_back(self, pol: Polarity | None, a: int, b: int) -> None:
        if pol is None or self.pending.age > 3:
            return
        same_sentence = self.pending.age == 0
        hedged = pol.reason == UNCONFIRMED and same_sentence  # "... not Hikvision; we cannot confirm this"
        statuses = (MENTIONED, IN_USE, NOT_IN_USE) if hedged else (MENTIONED, IN_USE)
        for item in self.pending.items:
            if (
                item.kind == K.MANUFACTURER
                and item.detail.get("status") in statuses
                and (
                    hedged
                    or item.detail.get("reason") in ("listed", "awareness", "policy")
                    # "had a system supplied by Hikvision; this was removed in 2022"
                    or (pol.status == PAST and same_sentence)
                )
            ):
                item.detail.update(status=pol.status, reason=pol.reason)
                item.confidence = round(pol.confidence * item.detail.get("brand_confidence", 1.0), 3)
        for match in self.pending.virtual:
            self._vendor_item(match, pol.status, pol.confidence, pol.reason, a, b)
        self.pending = _Pending()

    def _capabilities(self, plan: ClausePlan, offset: int) -> list[EvidenceItem]:
        made = [
            self.add(kind, name, offset + s, offset + e, confidence, status=status)
            for kind, name, s, e, confidence, status in plan.capabilities
        ]
        if made:
            self.pending_caps = made
        elif self.pending_caps and plan.denies_them:
            n = plan.end - plan.start
            for item in self.pending_caps:
                self.add(K.CAPABILITY_ABSENT, item.value, offset, offset + n, 0.9, status="not enabled")
            self.pending_caps = []
        return made

    def _count(self, c: CountMention, a: int, source: str, quote: str | None, welsh: bool = False) -> None:
        item = self.add(
            K.CAMERA_COUNT,
            str(c.value),
            a + c.start,
            a + c.end,
            0.85 if c.role != "part" else 0.75,
            quote,
            role=c.role,
            approx=c.approx,
            qualifier=c.qualifier,
            source=source,
            welsh=welsh,
            counted=False,
        )
        self.counts.append((c, item))


_ANSWER_LABEL = re.compile(
    r"^\s*(?:(?:q(?:uestion)?\s*)?\(?\d{1,2}(?:[.):](?!\d)|\s*\|)|\(?[a-h][.)])?\s*"
    r"(?:(?:a|answer|response|reply|ateb|ymateb)\s*[:\-\u2013]\s*)?",
    re.IGNORECASE,
)
