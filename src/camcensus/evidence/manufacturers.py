"""Whether a named maker (or a model of it) is in use, from the clause around the name.

Statuses: ``in_use``, ``not_in_use``, ``past`` (removed or replaced), ``mentioned`` (awareness of concerns,
procurement policy, a refusal, a condition), ``installer`` (the firm that fits or maintains the cameras).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from camcensus.evidence import cues, name_context
from camcensus.evidence import strength as S
from camcensus.evidence.phrases import joined, phrase_list
from camcensus.knowledge.vendors import find_vendor_mentions
from camcensus.memo import text_memo

IN_USE, NOT_IN_USE, PAST, MENTIONED, INSTALLER = "in_use", "not_in_use", "past", "mentioned", "installer"
_VERBISH = re.compile(
    r"\b(?:are|is|were|was|have|has|had|do|does|did|cameras?|equipment|products?|units|devices"
    r"|systems?|installed|used|in use|be|been|being)\b|n't",
    re.IGNORECASE,
)
_NEG_CUE = cues.NEGATION_WORD
_FUTURE = re.compile(
    r"\b(?:will|plan(?:s|ned)? to|intend|due to|scheduled|are to be|going to|proposed)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Polarity:
    status: str
    confidence: float
    reason: str


@text_memo
def classify(clause: str, start: int, end: int) -> Polarity:
    """The status of the name at ``clause[start:end]``."""
    clause = _without_renames(clause)
    cell = (
        clause.rfind("|", 0, start) + 1
    )  # a row's earlier cells (the question this cell answers) say nothing
    clause, start, end = clause[cell:], start - cell, end - cell
    before, after = clause[:start], clause[end:]
    if cues.conditional(clause):
        return Polarity(MENTIONED, S.ASIDE, "conditional")
    if cues.asked_whether(before) or cues.is_question(clause, end):
        return Polarity(MENTIONED, S.ASIDE, "asked whether")
    if name_context.topic_only(before, after):
        return Polarity(MENTIONED, S.ASIDE, "topic")
    if name_context.installer_context(before, after):
        return Polarity(INSTALLER, S.IMPLIED, "installer")
    if name_context.relation_context(before, after):
        return Polarity(MENTIONED, S.MENTIONED, "owner of another name")
    sides = cues.replacement_sides(clause)
    if sides:
        return _replacement(clause, start, end, sides)
    if cues.awareness(clause) or cues.ncnd(clause):
        return Polarity(MENTIONED, S.MENTIONED, "awareness")
    if cues.unconfirmed(clause):  # "might be Hikvision but I couldn't swear to it": neither said nor denied
        return Polarity(MENTIONED, S.UNDECIDED, UNCONFIRMED)
    denial = _denial(clause, start, end)
    if denial:
        return denial
    if cues.past_now(cues.before_time_clause(clause, end)):
        return Polarity(PAST, S.ANSWERED, "past")
    if cues.going(clause):
        return Polarity(MENTIONED, S.UNDECIDED, "being removed")  # neither in use going on nor gone
    if cues.procurement_only(clause) or cues.bare_awareness(clause):
        return Polarity(MENTIONED, S.MENTIONED, "policy")
    if re.search(r"\b(?:withh|exempt|refus)", clause, re.IGNORECASE):
        return Polarity(MENTIONED, S.MENTIONED, "refusal")
    if cues.explicit_use(clause) or name_context.make_as_predicate(before, after):
        return Polarity(IN_USE, S.SAID, "use")
    return Polarity(IN_USE, S.LISTED, "listed")


def _without_renames(clause: str) -> str:
    """The clause with a make's other names in brackets blanked ("Hanwha (formerly Samsung)"), same length."""
    if "(" not in clause:
        return clause
    for phrase in phrase_list("request", "rename"):
        clause = phrase.pattern.sub(lambda m: " " * len(m.group(0)), clause)
    return clause


def _replacement(
    clause: str, start: int, end: int, sides: tuple[tuple[int, int], tuple[int, int]]
) -> Polarity:
    (old_a, old_b), (new_a, new_b) = sides
    if new_a < new_b <= start:  # a clause of its own joined after the new side
        return classify(clause[new_b:], start - new_b, end - new_b)
    future = bool(_FUTURE.search(clause)) or bool(re.search(r"\b(?:are|is) being\b", clause, re.IGNORECASE))
    if old_a <= start < old_b and cues.going(clause):  # "which are being removed and replaced with Avigilon"
        return Polarity(MENTIONED, S.UNDECIDED, "being removed")
    if old_a <= start < old_b:
        return (
            Polarity(IN_USE, S.WEAK, "being replaced")
            if future or cues.still(clause)
            else Polarity(PAST, S.ANSWERED, "replaced")
        )
    if new_a <= start < new_b:
        return (
            Polarity(MENTIONED, S.MENTIONED, "planned replacement")
            if future
            else Polarity(IN_USE, S.ANSWERED, "replacement")
        )
    return Polarity(IN_USE, S.LISTED_ASIDE, "listed")


# "Hikvision | No", "Hikvision or Dahua | No": the name (and the others in its cell), then a cell of none
_CELL_NO = re.compile(
    r"^(?:\s*(?:,|/|&|\bor\b|\band\b)\s*[A-Za-z][\w-]*){0,3}"
    r"\s*(?:\||\t|:|-|\u2013)\s*(?:no|none|nil|0|zero|nac ydym|nac oes|dim)\b",
    re.IGNORECASE,
)


_YES_CELL = re.compile(r"\s*(?:\||\t|:|-|\u2013)\s*yes\b", re.IGNORECASE)


def either_yes(sentence: str) -> bool:
    """A label naming makes as alternatives, then "yes" ("HIK or Dahua - yes"): a yes to one of them, not
    which."""
    m = _YES_CELL.search(sentence)
    label = sentence[: m.start()] if m else ""
    return m is not None and len(find_vendor_mentions(label)) >= 2 and bool(re.search(r"\bor\b|/", label))


#: the reason of a statement about makes the body then says it cannot confirm
UNCONFIRMED = "unconfirmed (refers back)"
#: the reason of the sentence after a make's cameras that says they went ("These were removed in 2024")
PAST_BACK = "past (these were)"
_THESE_WERE = re.compile(r"\W*(?:" + joined("cues", "these_were") + r")\b", re.IGNORECASE)


def _denial(clause: str, start: int, end: int) -> Polarity | None:
    if _CELL_NO.match(clause[end:]):
        return Polarity(NOT_IN_USE, S.ANSWERED, "denial (table cell)")
    if not cues.denies(clause):
        return None
    weak = cues.weak_denial(clause) or cues.name_only(clause)
    negs = list(_NEG_CUE.finditer(cues.mask_non_denials(clause)))
    before = [m for m in negs if m.end() <= start]
    if before:
        between = clause[before[-1].end() : start]
        if cues.exception_between(between):
            return Polarity(IN_USE, S.IMPLIED, "exception to denial")
        return Polarity(NOT_IN_USE, S.WEAK if weak else S.SAID, "denial")
    after = [m for m in negs if m.start() >= end]
    if after and _VERBISH.search(clause[end : after[0].start() + 3]):
        return Polarity(NOT_IN_USE, S.WEAK if weak else S.SAID, "denial")
    if weak:
        return Polarity(NOT_IN_USE, S.WEAK, "denial")
    return None


_JOINED = re.compile(r",?\s+(?:and|but|whereas|while)\s+|;", re.IGNORECASE)


def _own_denial(clause: str) -> bool:
    """The denial is said of what the clause refers back to, not of another subject joined to it ("These
    systems were installed before ... and the documentation was not transferred to us")."""
    parts = _JOINED.split(clause)
    return len(parts) == 1 or any(cues.denies(p) and cues.anaphoric(p) for p in parts)


@text_memo
def anaphoric_polarity(clause: str) -> Polarity | None:
    """A clause that refers back ("none of our cameras are made by it", "None.") with a denial or past use."""
    short = len(re.findall(r"\w+", clause)) <= 3
    if not (cues.anaphoric(clause) or short) or cues.about_a_party(clause) or cues.about_records(clause):
        return None
    if cues.reasoning(clause):  # "This should not be taken as an indication that information ... is, or is
        return None  # not, held": a refusal's reasoning, no denial of what it refers to
    if cues.unconfirmed(clause):
        return Polarity(MENTIONED, S.UNDECIDED, UNCONFIRMED)
    if re.fullmatch(r"\W*(?:0|zero|nil|none|no|n/a)\W*", clause, re.IGNORECASE):
        return Polarity(NOT_IN_USE, S.ANSWERED, "denial (refers back)")  # "Hikvision - 0"
    said = short or _VERBISH.search(clause)
    if cues.denies(clause) and not cues.ncnd(clause) and said and _own_denial(clause):
        # "None of these are used"; not "We do not break these figures down by site"
        return Polarity(NOT_IN_USE, S.ANSWERED, "denial (refers back)")
    if cues.past(clause) and (not cues.still(clause) or cues.none_left(clause)):  # ("... and none remain")
        return Polarity(PAST, S.IMPLIED, PAST_BACK if _THESE_WERE.match(clause) else "past (refers back)")
    if cues.going(clause):
        return Polarity(MENTIONED, S.UNDECIDED, "being removed (refers back)")
    return None
