"""The words that turn a mention into a finding: negation, past use, awareness, installers, echoes of the
request.

Each function looks at one clause (lower-cased where it says so) and answers one question about it. The rules
follow how FOI officers write: "The Council does not use any cameras manufactured by Hikvision", "previously
Hikvision, replaced in 2023 by Axis", "we are aware of the concerns about Hikvision", "installed and
maintained
by ...", and their Welsh equivalents ("Nac ydym", "nid yw'r Cyngor yn defnyddio").
"""

from __future__ import annotations

import re

from camcensus.evidence.phrases import joined, words
from camcensus.evidence.text import Folded, could_contain
from camcensus.memo import text_memo


# The phrase lists are data (evidence/data/cues.toml, each entry with an example it matches and one it must
# not); each is read here as one pattern, its entries joined in file order. Anchors and word boundaries that
# hold for a whole list stay here, around it (the file names them beside each list).
def _list(section: str) -> str:
    return joined("cues", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


_NEGATION = Folded(_bounded("negation") + "|" + _list("negation_forms"), re.IGNORECASE)
# the same words, to find where in a clause they stand
NEGATION_WORD = re.compile(_bounded("negation") + "|" + _list("negation_forms"), re.IGNORECASE)
# Negations that are about something else: time ("no longer"), refusals, holdings, qualifiers.
_NOT_A_DENIAL = Folded(_list("not_a_denial"), re.IGNORECASE)
_WEAK_DENIAL = Folded(_list("weak_denial"), re.IGNORECASE)
_PAST = Folded(_bounded("past"), re.IGNORECASE)
_STILL = Folded(_bounded("still"), re.IGNORECASE)
_GONE = re.compile(_bounded("gone"), re.IGNORECASE)
_GOING = re.compile(_bounded("going"), re.IGNORECASE)
_REMAIN = re.compile(_bounded("remain"), re.IGNORECASE)
_DEADLINE = re.compile(_bounded("deadline"), re.IGNORECASE)
_UNCONFIRMED = re.compile(_bounded("unconfirmed"), re.IGNORECASE)
_AWARE = Folded(_bounded("aware"), re.IGNORECASE)
_USE = Folded(_bounded("use"), re.IGNORECASE)
_PROCUREMENT = Folded(_bounded("procurement"), re.IGNORECASE)
_CONDITIONAL = re.compile(r"^\W*(?:" + _list("conditional") + r")\b", re.IGNORECASE)
_EXCEPTION = re.compile(_bounded("exception"), re.IGNORECASE)
_NONEXHAUSTIVE = Folded(_bounded("nonexhaustive"), re.IGNORECASE)
_ECHO = Folded(_list("echo"), re.IGNORECASE)
_ANSWERING = Folded(_bounded("answering"), re.IGNORECASE)
_ANAPHOR = Folded(_bounded("anaphor") + "|" + _list("anaphor_end"), re.IGNORECASE)
_YES = re.compile(r"^\W*(?:" + _list("yes") + r")\b", re.IGNORECASE)
_NO = re.compile(
    r"^\W*(?:" + _list("no") + r")\b(?!\s+(?:longer|information|records?))",
    re.IGNORECASE,
)
_NO_CAMERAS = Folded(_list("no_cameras"), re.IGNORECASE)
_NARROWED = re.compile(r"^\W*(?:system\s+)?(?:" + _list("narrowed") + r")\b", re.IGNORECASE)
_OTHER_SUBJECT = re.compile(r"\b(?:" + _list("other_subject") + r")\b[^.;:]{0,25}$", re.IGNORECASE)


@text_memo
def denies(clause: str) -> bool:
    """The clause negates what it says ("does not use", "none of", "no Hikvision"), beyond refusals and
    time."""
    cleaned = _NOT_A_DENIAL.sub(" ", clause)
    return bool(_NEGATION.search(cleaned)) or bool(_WEAK_DENIAL.search(clause))


def mask_non_denials(clause: str) -> str:
    """The clause with refusals, "no longer" and the like blanked out (same length, so offsets hold)."""
    return _NOT_A_DENIAL.ignorecase.sub(lambda m: " " * len(m.group(0)), clause)


_NAME_ONLY = re.compile(_bounded("name_only"), re.IGNORECASE)


def name_only(clause: str) -> bool:
    """The clause speaks of the name on the equipment ("Hikvision or Dahua branded"), not of who made it."""
    return bool(_NAME_ONLY.search(clause))


def weak_denial(clause: str) -> bool:
    return bool(_WEAK_DENIAL.search(clause)) and not _NEGATION.search(
        _NOT_A_DENIAL.sub(" ", _WEAK_DENIAL.sub(" ", clause))
    )


@text_memo
def past(clause: str) -> bool:
    return bool(_PAST.search(clause))


@text_memo
def still(clause: str) -> bool:
    return bool(_STILL.search(clause))


_TIME_CLAUSE = re.compile(_bounded("time_clause"), re.IGNORECASE)


def before_time_clause(clause: str, end: int) -> str:
    """The clause up to a clause after ``end`` that tells when something else happened ("when the old
    cameras were replaced"): what is said of the make at ``end``."""
    m = _TIME_CLAUSE.search(clause, end)
    return clause[: m.start()] if m else clause


def past_now(clause: str) -> bool:
    """Not in use now: a past cue no present or future word beside it undoes, or one none can ("no longer
    has any")."""
    return (past(clause) and not still(clause)) or bool(_GONE.search(clause))


def some_left(text: str, end: int) -> bool:
    """The sentence after ``end`` says some are left ("removed from sensitive areas. The remaining cameras
    are in the town centre"), not that none are ("None remain")."""
    stop = text.find(". ", end)
    after = text[stop + 2 :].split(". ", 1)[0][:200] if stop >= 0 else ""
    return still(after) and not none_left(after)


def none_left(clause: str) -> bool:
    """The clause says none is in use now, whatever was before ("no longer has any", "No Hikvision equipment
    remains")."""
    return bool(_GONE.search(clause))


def unconfirmed(clause: str) -> bool:
    """The body cannot stand behind what it said of the makes ("we are unable to confirm this")."""
    return bool(_UNCONFIRMED.search(clause))


def going(clause: str) -> bool:
    """Being taken out now ("in the process of being replaced"), and not said to remain, nor to go only by a
    date still to come ("being phased out by March 2026": in use now)."""
    return (
        "being" in clause.lower()
        and bool(_GOING.search(clause))
        and not _REMAIN.search(clause)
        and not _DEADLINE.search(clause)
    )


def by_a_date(sentence: str) -> bool:
    """The sentence says the equipment goes only by a date still to come ("These are being phased out under
    the refresh, and all are scheduled to be replaced by summer 2026")."""
    return bool(_DEADLINE.search(sentence))


@text_memo
def awareness(clause: str) -> bool:
    """Talk about concerns, guidance or reports rather than about the body's own cameras."""
    return bool(_AWARE.search(clause)) and not _USE.search(clause)


_BARE_AWARE = re.compile(_bounded("bare_aware"), re.IGNORECASE)


def bare_awareness(clause: str) -> bool:
    """ "We are aware of Hikvision" says nothing about use."""
    return bool(_BARE_AWARE.search(clause)) and not _USE.search(clause)


@text_memo
def explicit_use(clause: str) -> bool:
    return bool(_USE.search(clause))


def procurement_only(clause: str) -> bool:
    return bool(_PROCUREMENT.search(clause)) and not _USE.search(clause)


@text_memo
def conditional(clause: str) -> bool:
    return bool(_CONDITIONAL.search(clause))


_INTERROGATIVE = re.compile(
    r"^\W*(?:(?:q(?:uestion)?\s*)?\(?\d{1,2}[.):]?\s*)?(?:" + _list("interrogative") + r")\b", re.IGNORECASE
)


def is_question(clause: str, end: int) -> bool:
    """The name ending at ``end`` is inside a question the clause asks ("2. Are any of these cameras made by
    Hikvision or Dahua? | Yes"): the question's words, not the body's."""
    mark = clause.find("?", end)
    return mark >= 0 and "|" not in clause[:mark] and bool(_INTERROGATIVE.match(clause[:mark]))


_ASKED_WHETHER = re.compile(r"\b(?:" + _list("asked_whether") + r")\b", re.IGNORECASE)


def asked_whether(before: str) -> bool:
    """The name stands in a question put indirectly ("(2) whether any of those cameras are made by
    Hikvision"): the request's words, not the body's."""
    return bool(_ASKED_WHETHER.search(before))


def exception_between(text: str) -> bool:
    return bool(_EXCEPTION.search(text))


# what every match of _NONEXHAUSTIVE, _ECHO and _NCND holds (the words of their entries): a quick look first
# (tests hold each list to its pattern)
_NONEXHAUSTIVE_WORDS = words("cues", "nonexhaustive")
_ECHO_WORDS = words("cues", "echo")
_NCND = Folded(_list("ncnd"), re.IGNORECASE)
_NCND_WORDS = words("cues", "ncnd")


_WHOLE_SPLIT = re.compile(_list("whole_split"), re.IGNORECASE)


@text_memo
def non_exhaustive(sentence: str) -> bool:
    if not could_contain(sentence, _NONEXHAUSTIVE_WORDS):
        return False
    return bool(_NONEXHAUSTIVE.search(_WHOLE_SPLIT.sub(" ", sentence)))


_REST = re.compile(joined("request", "rest_of_list"), re.IGNORECASE)


def rest_of_list(sentence: str) -> bool:
    """The sentence names the rest of what the one before began to list ("The remaining 24 are Dahua")."""
    return bool(_REST.search(sentence)) and not non_exhaustive(sentence)


_STRONG_ECHO = re.compile(
    r"^\W*(?:" + _list("strong_echo_lead") + r")?(?:" + _list("strong_echo") + r")\b", re.IGNORECASE
)


@text_memo
def strong_echo(sentence: str) -> bool:
    """The sentence opens by repeating the request ("You asked whether ...")."""
    return bool(_STRONG_ECHO.search(sentence))


@text_memo
def echoes_request(sentence: str) -> bool:
    """A sentence that repeats the request ("Thank you for your request about Hikvision cameras")."""
    if not could_contain(sentence, _ECHO_WORDS):
        return False
    return bool(_ECHO.search(sentence)) and not _ANSWERING.search(_ECHO.sub(" ", sentence))


_INTRODUCES = re.compile(_list("introduces"), re.IGNORECASE)


def introduces(text: str) -> bool:
    """The text brings in equipment of its own by a name ("a Parrot ANAFI USA"): a reference back after it
    ("this aircraft was returned") is to that."""
    return bool(_INTRODUCES.search(text))


def anaphoric(clause: str) -> bool:
    return bool(_ANAPHOR.search(clause))


_PARTY_PREDICATE = re.compile(_bounded("party_predicate"), re.IGNORECASE)


def about_a_party(clause: str) -> bool:
    """The clause says what a party is ("it is not a Scottish public authority"), not what equipment is."""
    return bool(_PARTY_PREDICATE.search(clause))


_RECORDS_EDITED = re.compile(_list("records_edited"), re.IGNORECASE)


def about_records(clause: str) -> bool:
    """The clause says what was done to the records released ("Serial numbers ... have been removed from this
    extract"), not to the equipment."""
    return bool(_RECORDS_EDITED.search(clause))


@text_memo
def answers_yes(text: str) -> bool:
    return bool(_YES.match(text))


@text_memo
def answers_no(text: str) -> bool:
    return bool(_NO.match(text))


_CCTV_ELSEWHERE = re.compile(_list("cctv_elsewhere"), re.IGNORECASE)


def cctv_elsewhere(sentence: str) -> bool:
    """The cameras at the body's premises are another party's (a landlord, a PFI company, the council)."""
    return bool(_CCTV_ELSEWHERE.search(sentence))


_NO_EQUIPMENT = Folded(_list("no_equipment"), re.IGNORECASE)
_NO_EQUIPMENT_PASSIVE = re.compile(
    r"^\W*(?P<head>(?:[\w/-]+\s+){0,3}?[\w/-]+)\s+(?:" + _list("no_equipment_passive") + ")", re.IGNORECASE
)


def no_equipment(clause: str) -> str | None:
    """The words naming what the body says it has none of ("do not currently use Body Worn Cameras"), or
    None when it says no such thing."""
    m = _NO_EQUIPMENT.search(clause)
    head = re.match(r"\W*(?:[\w/-]+\W+){0,2}[\w/-]+", clause[m.end() :]) if m else None
    if m is None or head is None:
        passive = _NO_EQUIPMENT_PASSIVE.match(clause)  # "Body worn cameras are not used by the Trust"
        return passive.group("head") if passive and not _MADE_BY_NEAR.search(passive.group("head")) else None
    if _NARROWED.match(clause[m.end() + head.end() :]) or _MADE_BY_NEAR.search(clause, m.end(), m.end() + 45):
        return None  # "does not operate drones from any other manufacturer": none of those, not none at all
    return head.group(0)


_MADE_BY_NEAR = re.compile(r"\b(?:other|from|made by|manufactured by|supplied by|brand)\b", re.IGNORECASE)


@text_memo
def no_cameras(clause: str) -> bool:
    """The body says it has no cameras at all."""
    m = _NO_CAMERAS.search(clause)
    if m is None or _NARROWED.match(clause[m.end() :]):
        return False
    return not _OTHER_SUBJECT.search(clause[: m.start()])  # "the air quality network does not use cameras"


@text_memo
def ncnd(text: str) -> bool:
    return could_contain(text, _NCND_WORDS) and bool(_NCND.search(text))


_REPLACED_BY = re.compile(_list("replaced_by"), re.IGNORECASE)
_REPLACE_ACTIVE = re.compile(r"\breplac(?:e|ed|ing)\b(?P<old>.*?)\bwith\b", re.IGNORECASE)
_INSTEAD = re.compile(_bounded("instead"), re.IGNORECASE)
# the replacement's new side ends where a clause with its own subject is joined on ("..., and the University
# no longer has any Hikvision cameras")
_NEW_CLAUSE = re.compile(
    r"(?:,?\s+(?:and|but|while|whereas)\s+|;\s*)(?=(?:the|we|our|it|this|there|no|none|all)\b)", re.IGNORECASE
)


def _new_side_end(clause: str, start: int) -> int:
    joined = _NEW_CLAUSE.search(clause, start)
    return joined.start() if joined else len(clause)


def replacement_sides(clause: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Spans (old, new) of a replacement sentence, relative to ``clause``, or None.

    "X was replaced by Y", "we replaced X with Y", "moved from X to Y", "Y instead of X".
    """
    active = _REPLACE_ACTIVE.search(clause)
    if active and active.group("old").strip():
        return (active.start("old"), active.end("old")), (active.end(), _new_side_end(clause, active.end()))
    by = _REPLACED_BY.search(clause)
    if by:
        # ("switched from X to Y"; not "X have been removed from the headquarters and replaced with Y")
        moved = re.search(r"\b(?:removed )?from\b", clause[: by.start()], re.IGNORECASE)
        old_start = moved.end() if moved and not moved.group(0).lower().startswith("removed") else 0
        return (old_start, by.start()), (by.end(), _new_side_end(clause, by.end()))
    instead = _INSTEAD.search(clause)
    if instead:
        return (instead.end(), len(clause)), (0, instead.start())
    return None


_REASONING = Folded(_bounded("reasoning"), re.IGNORECASE)


@text_memo
def reasoning(clause: str) -> bool:
    """A refusal's reasoning ("Disclosure ... would allow ...", "ANPR is used by police forces to ..."): the
    equipment it names is argued about, not said to be in use or not."""
    return bool(_REASONING.search(clause))
