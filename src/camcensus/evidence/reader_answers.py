"""Answers to the request's questions: a bare "Yes"/"No" for the vendors and capabilities a question names,
"See answer to Q2" (the makes that answer named), "the brands mentioned in part 1".
"""

from __future__ import annotations

import re

from camcensus.enums import EvidenceKind
from camcensus.evidence import capabilities as caps_mod
from camcensus.evidence import cues, outcome
from camcensus.evidence import strength as S
from camcensus.evidence.counts import APPROX, bare_count_answer
from camcensus.evidence.manufacturers import IN_USE, NOT_IN_USE, Polarity, anaphoric_polarity, classify
from camcensus.evidence.phrases import first_match, joined, kinds_in
from camcensus.evidence.question_labels import label_number
from camcensus.evidence.reader_state import Pending, ReaderState
from camcensus.evidence.request import asks_use, bare_answer, pointed_to
from camcensus.evidence.text import sentences
from camcensus.knowledge.vendors import BrandMatch, find_vendor_mentions

K = EvidenceKind


_LEAD = re.compile(r"\s+[-\u2013]\s+|\s*[,;(]|\.\s")  # where a leading figure's own words end
_OPENS_WITH_UNITS = re.compile(
    r"^\W*" + APPROX + r"(?P<num>[1-9][\d,]*)\s+(?:" + joined("counts", "opens_with_units") + r")\b",
    re.IGNORECASE,
)


_YES_TO_EACH = re.compile(joined("request", "yes_to_each"), re.IGNORECASE)
_ASKS_COUNT = re.compile(joined("counts", "asks_count"), re.IGNORECASE)  # "how many", "the number of"


def named_in(text: str) -> tuple[int, int, int, str] | None:
    """ "The brands mentioned in part 1 ...": (question number, start, end of the reference, its kind:
    "unaligned" where it refers to the request's makes only where no question is aligned, "No to both.";
    "other" for the ones the reply has not named, "The other manufacturer named in your request";
    "named_in" otherwise); the number is 0 for "the companies named", the makes of the question answered
    (or of the request)."""
    found = first_match(text, "request", "named_in")
    if found is None:
        return None
    m = found[1]
    n = m.groupdict().get("n")
    return (label_number(n) if n else 0), m.start(), m.end(), found[0].kind


def _in_scope(text: str) -> str:
    """The answer less its sentences about what is outside the request ("No. For information, the town centre
    CCTV, which falls outside the scope of your request, does include some Hikvision cameras")."""
    kept = [
        text[a:b]
        for a, b in sentences(text)
        if "outside" not in kinds_in(text[a:b], "request", "request_words")
    ]
    return " ".join(kept)


def each_answer(text: str, numbers: tuple[int, ...]) -> list[tuple[int, str]]:
    """ "Y/N/N/Y" answering questions 1 to 4 together: each question with its own word, in order."""
    words = re.match(r"\W*(\w{1,3}(?:\s*/\s*\w{1,3})+)\b", text)
    found = [w.strip() for w in words.group(1).split("/")] if words else []
    if len(found) != len(numbers) or any(bare_answer(w) not in ("yes", "no") for w in found):
        return []
    return list(zip(numbers, found, strict=True))


class QuestionAnswers(ReaderState):
    """The answers to the request's questions, as a ``SentenceReader`` meets them."""

    def _answer_to(
        self,
        question: str,
        text: str,
        a: int,
        b: int,
        whole: str = "",
        from_request: bool = False,
        number: int | None = None,
    ) -> None:
        """A bare "Yes"/"No" answers the question for every vendor it names that the answer does not name
        itself ("Yes. 22 of the cameras are Hikvision. None are Dahua." speaks for each); a "Yes" to a
        question naming several vendors does not say which. An answer aligned with the request's question
        by its number alone must be a bare "Yes" or "No" ("3. No cameras use facial recognition" may
        answer another question than the request's third)."""
        mentions = find_vendor_mentions(question) if asks_use(question) else []
        named = {m.match.vendor: m.match for m in mentions}
        asked_caps = caps_mod.names_in(question)
        self.pending = Pending(virtual=list(named.values()))
        quote = f"Q: {question} A: {text}"
        here = {m.match.vendor for m in find_vendor_mentions(_in_scope(whole or text))}
        bare = bare_count_answer(text) if _ASKS_COUNT.search(question) else None
        if bare is None and named and _ASKS_COUNT.search(question):  # "(b) 23 - these are in the car parks"
            bare = bare_count_answer(_LEAD.split(text, maxsplit=1)[0])
        short = bare_answer(text)
        if len(named) == 1 and bare is None and short is None and _OPENS_WITH_UNITS.match(text):
            short = "yes"  # "Do you use any Dahua equipment?" "57 units at Tewford Community Hospital ..."
        if named and (from_request or number is not None):  # (or a question the reply numbers itself)
            self._pointed_makes(named, text, a, b, quote)
            pointed = pointed_to(text)
            if pointed == 0 and number is not None:
                pointed = number - 1  # "As above.": the answer before
            if short is None and pointed in self._noes:
                short = "no"  # "Q3 Dahua? Please see our answer to Q2." where Q2 (Hikvision?) was "No."
            elif short == "no" and number is not None:
                self._noes.add(number)
        says_no = short == "no" if from_request else cues.answers_no(text)
        says_yes = short == "yes" if from_request else cues.answers_yes(text)
        if says_no or (bare is not None and bare.value == 0 and named):
            # "Public space CCTV: Are any of these made by Hikvision or Dahua? No": of that part of the estate
            part = bool(kinds_in(question, "request", "estate_part"))
            self._apply_answer(
                named,
                here,
                asked_caps,
                NOT_IN_USE,
                K.CAPABILITY_ABSENT,
                a,
                b,
                quote,
                S.WEAK if part else S.ANSWERED,
            )
        elif (says_yes and not outcome.refuses(text)) or (bare is not None and named):
            one = named if len(named) == 1 or _YES_TO_EACH.match(text) else {}  # "Yes to both."
            if len(named) > 1 and not here:
                self.cues.one_of.append((frozenset(named), quote))
            # "Yes. There are currently 18 Hikvision cameras": the "Yes" answers for the one make asked of,
            # though the answer names it too (not "Yes. We previously had 45 ... none are now in use")
            again = short == "yes" and len(named) == 1 and "?" not in text and not cues.past(whole or text)
            said = here - set(one) if again else here
            if len(one) == 1 and number is not None and kinds_in(text, "request", "all_of_them"):
                self._makes[number] = set(one)  # "Yes - all of the cameras": the one make of them all
            self._apply_answer(one, said, asked_caps, IN_USE, K.CAPABILITY, a, b, quote)
            self.cues.qa_answered = True
        if bare is not None and self._total_asked(question) or short is not None:
            self.cues.qa_answered = True

    def _pointed_makes(self, named: dict[str, BrandMatch], text: str, a: int, b: int, quote: str) -> None:
        """ "See answer to Q2" where that answer named every make in use: a vendor the question names and
        that answer left out is not in use."""
        number = pointed_to(text)
        makes = self._makes.get(number) if number else None
        if not makes or number in self._partial_answers:
            return
        for vendor, match in named.items():
            if vendor not in makes:
                self.vendor_item(
                    match, NOT_IN_USE, S.IMPLIED, "not among the makes of the answer pointed to", a, b, quote
                )
        self.cues.qa_answered = True

    def _named_by_reference(self, text: str, a: int, b: int, question: str | None) -> bool:
        """ "The brands mentioned in part 1 are not used": the vendors of that question, by reference; "the
        companies named" are those of the question answered, or else of the whole request."""
        ref = named_in(text)
        if ref is None:
            return False
        number, start, end, kind = ref
        if kind == "unaligned" and question is not None:
            return False  # "Q4 No to both.": both of what question 4 asks, not the makes of the request
        if number == 0:
            mine = question and find_vendor_mentions(question)
            named = question if question and mine else "\n".join(self.asked.values())
        elif number in self.asked:
            named = self.asked[number]
        else:
            return False
        pol = anaphoric_polarity(f"{text[:start]} them {text[end:]}")
        if pol is None and kind == "other":  # the one make not yet named, said of as a make named would be
            pol = _said_in_use(text, start, end)  # (not "one of the companies named": which, it leaves open)
        if pol is None:
            return False
        named_before = (
            {i.value for i in self.items if i.kind == K.MANUFACTURER}
            | {str(i.detail.get("vendor")) for i in self.items if i.kind == K.MODEL}
            if kind == "other"  # ("the other manufacturer named in your request": not those named already)
            else set()
        )
        for m in find_vendor_mentions(named):
            if m.match.vendor not in named_before:
                self.vendor_item(m.match, pol.status, pol.confidence, pol.reason, a, b, text)
        return True

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
        strength: float = S.ANSWERED,
    ) -> None:
        answered_vendors = [m for v, m in named.items() if v not in here]
        for match in answered_vendors:
            self.vendor_item(match, status, strength, "answer to the question", a, b, quote)
        for cap in asked_caps:
            self.add(cap_kind, cap, a, b, S.ANSWERED, quote, status="answer to the question")
        if answered_vendors or asked_caps:
            self.cues.qa_answered = True
            self.pending = Pending()


def _said_in_use(text: str, start: int, end: int) -> Polarity | None:
    """The makes referred to at ``text[start:end]`` said to be in use, as a make named there would be ("With
    regard to the other manufacturer you name, a few recorders of this make remain in service")."""
    name = "Axis"  # a stand-in: what the sentence says of a make, whichever it is
    found = classify(f"{text[:start]}{name}{text[end:]}", start, start + len(name))
    return found if found.status == IN_USE and found.reason == "use" else None
