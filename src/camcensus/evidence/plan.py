"""What a sentence says, read once per distinct sentence (memoised): its exemptions, refusal and not-held
cues, clauses with the makes, models and capabilities they name and how, counts, equipment, installers and
assessments. ``camcensus.evidence.reader`` applies a plan in the context of the reply around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from camcensus.enums import EvidenceKind
from camcensus.evidence import capabilities as caps_mod
from camcensus.evidence import cues, outcome
from camcensus.evidence import strength as S
from camcensus.evidence.counts import (
    CountMention,
    find_counts,
)
from camcensus.evidence.drone_counts import find_drone_counts
from camcensus.evidence.maker_counts import find_maker_counts
from camcensus.evidence.manufacturers import (
    IN_USE,
    MENTIONED,
    UNCONFIRMED,
    Polarity,
    anaphoric_polarity,
    classify,
    either_yes,
)
from camcensus.evidence.outcome import Exemption
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.text import clauses, could_contain, is_welsh
from camcensus.knowledge.models import ModelMatch
from camcensus.knowledge.vendors import (
    BrandMatch,
    SoftwareMention,
    find_software_mentions,
    find_vendor_mentions,
    match_model,
)
from camcensus.memo import text_memo

K = EvidenceKind
_DPIA = re.compile(
    r"\bDPIAs?\b|data protection impact assessments?|privacy impact assessments?", re.IGNORECASE
)
_INSTALLER_NAME = re.compile(
    r"(?:(?:(?:supplied|provided)\s+and\s+)?(?:installed|maintained|serviced|supported|monitored|managed)"
    r"(?:\s+and\s+\w+)?\s+by"
    r"|(?:contractor|installer|maintainer|integrator|maintenance (?:contractor|company|provider))"
    r"(?:\s+(?:is|are|was))?\s*:?)\s+(?:our\s+(?:\w+\s+){0,2}?(?:contractors?|installers?|suppliers?"
    r"|provider)\s+)?"
    r"(?:the\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&|and|of))*)"
)
# what every match of _INSTALLER_NAME holds (it is case-sensitive: a lower-cased look only lets more through)
_INSTALLER_WORDS = ("install", "maint", "servic", "support", "monitor", "manag", "contractor", "integrator")
_COMPANY = re.compile(
    r"\b(?:Ltd|Limited|plc|PLC|LLP|Security|Systems|Services|Group|Solutions|Technolog\w*|Fire"
    r"|Electrical|Communications|CCTV|UK|Integration|Installations?)\b"
)
_CODE = re.compile(
    r"surveillance camera code|code of practice|12 (?:guiding )?principles|self[\s-]assessment tool"
    r"|third[\s-]party certification|certification mark",
    re.IGNORECASE,
)


# -- what a sentence says, read once per distinct sentence: the reader above applies it in context --
Capability = tuple[EvidenceKind, str, int, int, float, str]  # kind, name, start, end, confidence, status


@dataclass(frozen=True)
class ClausePlan:
    start: int
    end: int
    vendors: tuple[tuple[BrandMatch, int, int, Polarity], ...]
    models: tuple[tuple[ModelMatch, Polarity], ...]
    software: tuple[SoftwareMention, ...]
    capabilities: tuple[Capability, ...]
    denies_them: bool  # denies the capabilities just named ("this is not enabled")
    anaphora: Polarity | None  # refers back to the names just mentioned ("none are made by it")


@dataclass(frozen=True)
class SentencePlan:
    length: int
    echo: tuple[BrandMatch, ...] | None  # the sentence echoes the request: the names it asked about
    echo_only: bool  # ... and says nothing more
    exemptions: tuple[Exemption, ...] = ()
    declined: tuple[str, ...] = ()  # exemptions it says do not apply
    refused: bool = False
    not_held: bool = False
    partial: bool = False  # "I have today decided to disclose some of the requested information"
    disclosed: bool = False  # "I have today decided to disclose the located information to you"
    acknowledges: bool = False
    no_cameras: bool = False
    elsewhere: bool = False
    clauses: tuple[ClausePlan, ...] = ()
    counts: tuple[CountMention, ...] = ()
    welsh: bool = False
    assessments: tuple[tuple[EvidenceKind, str, int, int], ...] = ()
    installers: tuple[tuple[str, int], ...] = ()
    equipment: tuple[str, ...] = ()  # body_worn, anpr ... the sentence is about, unless it is about CCTV
    heading_makes: tuple[str, ...] = ()  # the makes of a short line that names nothing else
    topic_heading: bool = False  # it heads an answer about makes asked for together ("Hikvision or Dahua")
    completes_makes: bool = False  # "These are the only two manufacturers"
    disowns: bool = False  # "These are not part of the building CCTV system": what came before is outside it


_BACK = re.compile(
    r"\b(?:this|these|it|they|such|the (?:feature|function\w*|capabilit\w+|facility))\b", re.IGNORECASE
)


_OWNERSHIP = re.compile(r"\b(?:" + joined("cues", "ownership") + r")\b", re.IGNORECASE)
_EQUIPMENT = re.compile(r"\b(?:" + joined("cues", "about_equipment") + r")\b", re.IGNORECASE)


def _unsure_of_equipment(sentence: str, names_a_make: bool) -> bool:
    """The body cannot say what its equipment is ("we cannot confirm what make was used"), not who owns a
    brand ("I'm not sure who owns EZVIZ") nor anything else ("the address is unknown"); "Not known." answers
    its question: information it does not hold."""
    about = len(sentence.split()) <= 3 or bool(_EQUIPMENT.search(sentence)) or names_a_make
    return about and cues.unconfirmed(sentence) and not _OWNERSHIP.search(sentence)


@text_memo
def plan_sentence(text: str, law: str) -> SentencePlan | None:
    """What ``text`` says, apart from its context (None for boilerplate, unless it also refuses under a
    section: "Having looked at ... the guidance from the Information Commissioner, the council considers this
    request vexatious and so under section 14(1) ... we will not be dealing with it")."""
    if outcome.explains_the_law(text):
        return None
    if outcome.boilerplate(text) and not (outcome.refuses(text) and outcome.find_exemptions(text, law)):
        return None
    parts = clauses(text, 0, len(text))
    echo: tuple[BrandMatch, ...] | None = None
    if cues.strong_echo(text) and parts:
        echo = tuple(m.match for m in find_vendor_mentions(text[parts[0][0] : parts[0][1]]))
        parts = parts[1:]
        if not parts:
            return SentencePlan(len(text), echo, echo_only=True)
    elif cues.echoes_request(text) and not _disposes(text, law) and not _states_count(text):
        return SentencePlan(len(text), tuple(m.match for m in find_vendor_mentions(text)), echo_only=True)
    heading = _heading_makes(text)
    counts = find_counts(text)
    names_a_make = bool(find_vendor_mentions(text))
    return SentencePlan(
        len(text),
        echo,
        echo_only=False,
        exemptions=outcome.find_exemptions(text, law),
        declined=outcome.declined_exemptions(text, law),
        refused=outcome.refuses(text) or cues.ncnd(text),
        not_held=outcome.not_held(text)
        or _unsure_of_equipment(text, names_a_make),  # "I can't tell you about Dahua"
        partial=outcome.says_partial(text),
        disclosed=outcome.says_disclosed(text),
        acknowledges=outcome.acknowledges(text),
        no_cameras=cues.no_cameras(text) and (not names_a_make or _none_before_makes(text)),
        elsewhere=cues.cctv_elsewhere(text),
        clauses=_either_yes(
            text, _going_later(text, tuple(_clause_plan(text[ca:cb], ca, cb, text[:ca]) for ca, cb in parts))
        ),
        counts=counts + find_drone_counts(text) + find_maker_counts(text, counts),
        welsh=is_welsh(text),
        assessments=_assessment_marks(text),
        installers=_installer_names(text),
        equipment=_equipment(text),
        heading_makes=heading[0],
        topic_heading=heading[1],
        completes_makes=bool(kinds_in(text, "request", "makes_complete")),
        disowns=bool(kinds_in(text, "request", "disowns")),
    )


_OUTSIDE_ESTATE = re.compile(joined("request", "outside_estate"), re.IGNORECASE)
# what each match holds
_OUTSIDE_WORDS = ("part of", "included in", "covered by", "within", "counted in", "and not")


def _equipment(text: str) -> tuple[str, ...]:
    """The equipment outside CCTV a sentence is about (body_worn, anpr ...), none when it is about CCTV; CCTV
    named only to put the equipment outside it ("not part of the station CCTV") leaves it outside."""
    outside = "not" in text and could_contain(text, _OUTSIDE_WORDS)
    about = _OUTSIDE_ESTATE.sub(" ", text) if outside else text
    return () if kinds_in(about, "request", "general") else kinds_in(text, "request", "scope")


def _heading_makes(text: str) -> tuple[tuple[str, ...], bool]:
    """The makes of a short line that only names makes ("Hikvision / Dahua", "Hikvision Camera's"), one
    per mention, and whether it is a topic heading naming makes as alternatives ("Make and model /
    Hikvision or Dahua / network"); ((), False) for any other line."""
    if len(text) > 80:
        return (), False
    mentions = sorted(find_vendor_mentions(text), key=lambda m: m.start)
    if not mentions:
        return (), False
    rest = text
    for m in reversed(mentions):
        rest = rest[: m.start] + " " + rest[m.end :]
    makes = tuple(m.match.vendor for m in mentions)
    pairs = list(zip(mentions, mentions[1:], strict=False))
    alternatives = any(re.fullmatch(r"\s+or\s+", text[a.end : b.start], re.IGNORECASE) for a, b in pairs)
    if alternatives and not re.search(r"[A-Za-z]", re.sub(r"\bor\b", "", rest, flags=re.IGNORECASE)):
        return makes, True  # the makes alone, as alternatives: "3. Hikvision or Dahua"
    if len(text) <= 60 and kinds_in(rest, "request", "heading"):
        return makes, False
    if (
        not alternatives and pairs and "/" in text[: mentions[0].start]
    ):  # "Manufacturer / Hikvision and Dahua"
        alternatives = all(re.fullmatch(r"\s*(?:and|&|,)\s*", text[a.end : b.start], re.I) for a, b in pairs)
    if alternatives and kinds_in(rest, "request", "topic_heading"):
        return makes, True
    return (), False


def _states_count(text: str) -> bool:
    """The sentence gives a count of cameras before any words of the request it repeats ("There are 212
    CCTV cameras across the four buildings named in your request")."""
    if kinds_in(text, "request", "disowns") or "outside" in kinds_in(text, "request", "request_words"):
        return False  # ("... (approximately 620 cameras) ...; this is outside the scope of your request")
    said = _REQUEST_WORDS.search(text)
    first = said.start() if said else len(text)
    return any(c.role in ("part", "total") and c.start < first for c in find_counts(text))


_REQUEST_WORDS = re.compile(r"\b(?:" + joined("request", "request_words") + r")\b", re.IGNORECASE)


def _disposes(text: str, law: str) -> bool:
    """The sentence says what was done with the request ("withholding the information you requested", "I
    attach a copy of some of the information you requested")."""
    return (
        outcome.refuses(text)
        or outcome.not_held(text)
        or bool(outcome.find_exemptions(text, law))
        or outcome.says_partial(text)
    )


# a field of a record ("Audio / FR / analytics: none"): what its value denies is what the field names, unless
# the field is the make's
_FIELD = re.compile(r"^\W*([A-Za-z][^:]{1,40}):\s*$")
_MAKER_FIELD = re.compile(r"\b(?:" + joined("tables", "column_maker") + r")", re.IGNORECASE)


def _clause_plan(clause: str, start: int, end: int, before: str = "") -> ClausePlan:
    vendors = tuple(
        (m.match, m.start, m.end, classify(clause, m.start, m.end)) for m in find_vendor_mentions(clause)
    )
    models = tuple((mm, classify(clause, mm.start, mm.end)) for mm in match_model(clause))
    capabilities = _capability_plan(clause)
    denied = cues.denies(clause) and not cues.ncnd(clause)
    return ClausePlan(
        start,
        end,
        vendors,
        models,
        find_software_mentions(clause),
        capabilities,
        denies_them=not capabilities and denied and bool(_BACK.search(clause)),
        # "... the council is therefore not required to comply with this part": a refusal, no denial of use
        anaphora=Polarity(MENTIONED, S.UNDECIDED, UNCONFIRMED)  # "...; however, ... does not hold a complete
        if not vendors and not models and find_vendor_mentions(before) and cues.unconfirmed(clause)  # record"
        else None
        if (vendors and not _new_side_only(clause, vendors))
        or models
        or capabilities
        or outcome.refuses(clause)
        or outcome.not_held(clause)  # "does not have the information": no denial of what came before
        or _of_a_field(before)
        else anaphoric_polarity(clause),
    )


def _new_side_only(clause: str, vendors: tuple[tuple[BrandMatch, int, int, Polarity], ...]) -> bool:
    """The clause names makes only as what replaced the ones before ("These were removed and replaced with
    Axis cameras"): what it says of "these" is said of the makes before it."""
    sides = cues.replacement_sides(clause)
    if sides is None or not cues.anaphoric(clause[sides[0][0] : sides[0][1]]):
        return False  # (not "older units get replaced with Axis as they fail": no cameras named before)
    return all(sides[1][0] <= start < sides[1][1] for _, start, _, _ in vendors)


def _none_before_makes(text: str) -> bool:
    """The sentence says there are no cameras before a break and only then names makes ("The OPCC does not
    operate any CCTV cameras, and so does not have any made by Hikvision, Dahua or any other")."""
    first = min(m.start for m in find_vendor_mentions(text))
    head = re.split(r"[,;:]\s", text[:first])
    return len(head) > 1 and cues.no_cameras(", ".join(head[:-1]))


def _either_yes(text: str, plans: tuple[ClausePlan, ...]) -> tuple[ClausePlan, ...]:
    """ "HIK or Dahua - yes": a yes to makes named as alternatives says neither is in use."""
    if not either_yes(text):
        return plans
    one = Polarity(MENTIONED, S.UNDECIDED, "one of those named")
    return tuple(replace(c, vendors=tuple((m, a, b, one) for m, a, b, _ in c.vendors)) for c in plans)


def _going_later(text: str, plans: tuple[ClausePlan, ...]) -> tuple[ClausePlan, ...]:
    """Equipment being taken out, in a sentence that gives a date still to come for it in another clause,
    is in use now: the date is of the whole sentence."""
    going = any(p.reason.startswith("being removed") for c in plans for p in _polarities(c))
    if not going or not cues.by_a_date(text):
        return plans
    now = Polarity(IN_USE, S.LISTED, "listed (going by a date still to come)")
    return tuple(
        replace(
            c,
            vendors=tuple(
                (m, a, b, now if p.reason.startswith("being removed") else p) for m, a, b, p in c.vendors
            ),
            anaphora=None if c.anaphora and c.anaphora.reason.startswith("being removed") else c.anaphora,
        )
        for c in plans
    )


def _polarities(c: ClausePlan) -> list[Polarity]:
    return [p for *_, p in c.vendors] + ([c.anaphora] if c.anaphora else [])


def _capability_plan(clause: str) -> tuple[Capability, ...]:
    found = caps_mod.find_capabilities(clause)
    if not found or cues.reasoning(clause):
        return ()
    denied = cues.denies(clause) and not cues.ncnd(clause)
    made: list[Capability] = []
    for name, s, e in found:
        if denied:
            made.append((K.CAPABILITY_ABSENT, name, s, e, S.SAID, "denied"))
        elif cues.conditional(clause) or cues.awareness(clause):
            continue
        elif caps_mod.capability_only(clause) and name != "ptz":
            made.append((K.CAPABILITY, name, s, e, S.MENTIONED, "capable"))
        else:
            made.append(
                (K.CAPABILITY, name, s, e, S.ANSWERED if cues.explicit_use(clause) else S.WEAK, "in_use")
            )
    return tuple(made)


@text_memo
def _installer_names(text: str) -> tuple[tuple[str, int], ...]:
    """(name, start) of each firm named as the installer or maintainer (not a camera brand)."""
    out = []
    for m in _INSTALLER_NAME.finditer(text) if could_contain(text, _INSTALLER_WORDS) else ():
        name = m.group("name").strip(" .,")
        if find_vendor_mentions(name) or not (_COMPANY.search(name) or " " not in name):
            continue
        out.append((name, m.start("name")))
    return tuple(out)


_DONE = re.compile(
    r"\b(?:completed|carried out|undertaken|conducted|in place|has been|have been|compl(?:y|ies"
    r"|iant|iance)|adhere\w*|accordance|have regard|certified|yes)\b",
    re.IGNORECASE,
)


# words every match of _DPIA or _CODE contains (a quick look before the pattern runs)
_DPIA_WORDS = ("dpia", "impact assessment")
_CODE_WORDS = ("camera code", "code of practice", "principles", "assessment tool", "certification")


@text_memo
def _assessment_marks(text: str) -> tuple[tuple[EvidenceKind, str, int, int], ...]:
    """A DPIA or the Surveillance Camera Code said done ("yes") or not done ("no"): (kind, value, span)."""
    out = []
    for rx, kind, words in ((_DPIA, K.DPIA, _DPIA_WORDS), (_CODE, K.CODE_COMPLIANCE, _CODE_WORDS)):
        m = rx.search(text) if could_contain(text, words) else None
        if not m or cues.conditional(text):
            continue
        if cues.denies(text):
            out.append((kind, "no", m.start(), m.end()))
        elif _DONE.search(text):
            out.append((kind, "yes", m.start(), m.end()))
    return tuple(out)


def _of_a_field(before: str) -> bool:
    field = _FIELD.match(before)
    if field is None or _MAKER_FIELD.search(field.group(1)):
        return False
    return not find_vendor_mentions(field.group(1))  # "Hikvision: None." is of the make
