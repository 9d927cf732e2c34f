"""The outcome cues of a reply, as a ``SentenceReader`` meets its sentences: exemptions cited, refusals, what
is not held, what is disclosed, and a body that has none of the cameras asked about."""

from __future__ import annotations

import re

from camcensus.enums import EvidenceKind
from camcensus.evidence import cues, outcome
from camcensus.evidence import strength as S
from camcensus.evidence.follow_up import amends_earlier, recounts_earlier
from camcensus.evidence.phrases import first_match, kinds_in
from camcensus.evidence.plan import SentencePlan
from camcensus.evidence.reader_state import ReaderState
from camcensus.evidence.request import ask_of, asks_total
from camcensus.evidence.zones import Line

K = EvidenceKind
_NONE = re.compile(r"\W*(?:currently|at present|presently)?\s*(?:none|nil)\W*$", re.IGNORECASE)


class OutcomeReading(ReaderState):
    """The outcome cues of the sentences read."""

    def _exemption_items(self, plan: SentencePlan, a: int) -> None:
        for e in plan.exemptions:
            self.add(
                K.EXEMPTION, e.code, a + e.start, a + e.end, S.SAID, law=e.law, cited=e.cited, ncnd=e.ncnd
            )

    def _outcome_cues(self, plan: SentencePlan, a: int) -> None:
        self._exemption_items(plan, a)
        n = plan.length
        # "We do not hold this information, so it is exempt under section 17 (FOISA)"; "we cannot provide
        # this, as we do not hold it": not held, unless an exemption that withholds is cited too
        line, sa, sb = self._sentence if self._sentence else (None, 0, 0)
        sentence = line.segment.text[sa:sb] if line is not None else ""
        withholding = [e for e in plan.exemptions if outcome.withholds(e.code, e.law, sentence)]
        holds_not = plan.not_held and not withholding
        # "... to withhold the locations under section 31(1)(a) was correct and is upheld": applied again
        self.cues.declined.difference_update(e.code for e in withholding if e.code not in plan.declined)
        self.cues.declined.update(plan.declined)
        if plan.exemptions:
            self._cited_before = tuple(e.code for e in plan.exemptions)
        elif outcome.declines_cited_before(sentence):  # "... the exemption was not correctly engaged"
            self.cues.declined.update(self._cited_before)
        if plan.refused and not holds_not and (withholding or not plan.exemptions):
            codes = [e.code for e in withholding]  # what it withholds under, if it says
            self.cues.refusals.append(
                self.add(
                    K.OUTCOME,
                    "refused",
                    a,
                    a + n,
                    S.IMPLIED,
                    cue="refusal",
                    codes=codes,
                    further=outcome.refuses_further(sentence),
                    off_makes=self._off_makes(line),
                    earlier=recounts_earlier(sentence),
                )
            )
        elif (plan.not_held or (plan.exemptions and holds_not)) and not self._outside_request(plan):
            caveat = outcome.register_caveat(sentence)  # "no central register": a figure may still follow
            of_makes = self._not_held_of_makes(sentence)
            self.cues.not_held.append(
                self.add(
                    K.OUTCOME,
                    "not_held",
                    a,
                    a + n,
                    S.IMPLIED,
                    cue="not_held",
                    caveat=caveat,
                    of_makes=of_makes,
                    earlier=recounts_earlier(sentence),
                )
            )
        if plan.acknowledges:
            self.cues.acknowledged = True
        self.cues.amended = self.cues.amended or amends_earlier(sentence)
        if plan.partial:
            self.cues.partial = True
        if plan.disclosed and not plan.refused and not plan.not_held:
            self.cues.disclosed.append(self.add(K.OUTCOME, "answered", a, a + n, S.IMPLIED, cue="disclosed"))
        if plan.elsewhere:
            self.cues.elsewhere = True
        if plan.no_cameras or self._none_of_subject(plan) or self._none_of_part_asked():
            self._no_cameras(a, a + n)

    def _no_cameras(self, a: int, b: int) -> None:
        """The sentence says the body has none of the cameras asked about: a count of 0, not counted."""
        self.cues.no_cameras.append(
            self.add(
                K.CAMERA_COUNT,
                "0",
                a,
                b,
                S.ANSWERED,
                role="total",
                approx=False,
                qualifier="",
                source="no cameras",
                counted=False,
            )
        )

    def _not_held_of_makes(self, sentence: str) -> bool:
        """The not-held sentence answers a question about makes ("What make?" "We do not hold this
        information for the car park cameras"): where it leaves part of the estate out, the makes are not
        all."""
        line = self._sentence[0] if self._sentence else None
        question = line.question if line is not None else None
        if question is None or not question.asked or self._off_makes(line):
            return False
        if kinds_in(sentence, "cues", "makes_gap"):
            self._partial_answers.update(question.numbers)
        return True

    def _off_makes(self, line: Line | None) -> bool:
        """The line answers questions of the request none of which asks about makes ("Are there any covert
        cameras?"): a refusal there withholds no make."""
        question = line.question if line is not None else None
        if question is None or not question.asked:
            return False
        texts = [question.text, *(self.asked.get(n, "") for n in question.also)]
        return all("vendors" not in ask_of(t).kinds and not ask_of(t).vendors for t in texts)

    def _outside_request(self, plan: SentencePlan) -> bool:
        """The sentence is about equipment the request does not ask about ("Speed cameras are operated by
        the Safety Camera Partnership; the council does not hold information on these")."""
        return bool(self.asked and plan.equipment and not set(plan.equipment) & set(self.subject))

    def _none_of_subject(self, plan: SentencePlan) -> bool:
        """A request about body-worn video (say) answered "we do not currently use body worn cameras", or the
        count question answered "None.": none of the equipment asked about, the count it asks for 0."""
        if self._sentence is None or any(c.vendors for c in plan.clauses):
            return False
        line, sa, sb = self._sentence
        text = line.segment.text[sa:sb]
        asked = line.question.text if line.first_answer and line.question is not None else ""
        if (
            asked
            and _NONE.match(text)
            and asks_total(asked, self.subject)
            and "capabilities" not in ask_of(asked).kinds
        ):
            return True  # "(a) How many CCTV cameras does the District Council operate?" - "None."
        if not self.subject:
            return False
        named = cues.no_equipment(text)
        if named is None and line.first_answer and line.question is not None and _NONE.match(text):
            named = line.question.text  # "Which departments use body worn video?" - "Currently none."
            if not kinds_in(named, "request", "use_words"):
                return False
        return named is not None and bool(set(kinds_in(named, "request", "scope")) & set(self.subject))

    def _none_of_part_asked(self) -> bool:
        """A request asking the count of one part of an estate ("public space CCTV cameras ... in Guildford")
        answered "does not own or operate any public space CCTV cameras": none of what it asks."""
        if not self.asked or self._sentence is None:
            return False
        line, sa, sb = self._sentence
        text = line.segment.text[sa:sb]
        found = first_match(text, "request", "estate_part")
        if found is None:
            return False
        said = found[1].group(0).lower()
        counting = [q for q in self.asked.values() if asks_total(q, self.subject)]
        if not counting or not all(said in q.lower() for q in counting):
            return False
        return cues.no_cameras(text[: found[1].start()] + text[found[1].end() :])
