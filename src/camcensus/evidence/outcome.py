"""Outcome and exemptions: what the body did with the request, and under which law and section.

FOIA exemptions are normalised to ``s24``, ``s31``...; section 17 (the refusal notice), section 1 (the duty to
confirm) and the rest of the procedural sections are not exemptions. FOISA numbers differ (s35 law
enforcement,
s31 national security, s33 commercial, s17 information not held) and are recognised by the Scottish Act's
name.
EIR exceptions read ``EIR 12(4)(b)``. "Neither confirm nor deny" under s24(2)/s31(3) refuses that part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from camcensus.evidence.phrases import joined, words
from camcensus.evidence.text import Folded, could_contain
from camcensus.knowledge.exemptions import exemptions
from camcensus.memo import text_memo

FOIA, FOISA, EIR = "foia", "foisa", "eir"


def _exempt_sections(law: str) -> frozenset[str]:
    """The section numbers that are exemptions under ``law`` ("31", "22A"), from the laws' data
    (``camcensus.knowledge.exemptions``): a number cited that is not one of them is no exemption."""
    return frozenset(e.code[1:] for e in exemptions() if e.law == law and e.code.startswith("s"))


_FOIA_EXEMPTIONS = _exempt_sections(FOIA)
_FOISA_EXEMPTIONS = _exempt_sections(FOISA)
_NCND_SUBSECTIONS = {
    ("23", "5"),
    ("24", "2"),
    ("30", "3"),
    ("31", "3"),
    ("38", "2"),
    ("40", "5"),
    ("43", "3"),
    ("18", "2"),
}
# an exemption's name in brackets after its number: "24(1) (national security) and 31(1)(a) and (b)"
_TITLE = r"(?:\s*\((?=[^()]*[a-z]{4})[^()\d]{4,160}\))?"
# "section 24", "s.24", "s 24" (not "the Service's 24 stations")
_SECTION_LIST = re.compile(
    r"\b(?:sections?|ss?\.|(?<!['\u2019])s(?=\s?\d)|secs?\.?|adran(?:nau)?|articles?)\s*"
    r"(?P<list>\d{1,2}[A-Z]?(?:\s*\(\s*\w{1,4}\s*\))*" + _TITLE + r"(?:(?:\s*[,&/]\s*|\s+(?:and|or|a"
    r"|ac)\s+)(?:sections?\s+|s\.?\s*)?"
    r"(?:\d{1,2}[A-Z]?|\(\s*\w{1,4}\s*\))(?:\s*\(\s*\w{1,4}\s*\))*(?:\s*-\s*\(\s*\w{1,4}\s*\))?"
    + _TITLE
    + r")*)",
    re.IGNORECASE,
)
# a line of a list of the exemptions applied: "- section 38(1)(b) - health and safety", "Adran 24(2) -
# Diogelwch Gwladol", "Section 23(5) Information supplied by, or concerning, certain Security Bodies"
# ... or the line of one or more questions: "Questions 2 and 3 \u2013 Section 31 (1) (a)(b) (Law Enforcement)"
_LISTED = re.compile(
    r"^\W*(?i:(?:questions?|q)\s*\d{1,2}(?:\s*(?:,|and|&|to|-)\s*\d{1,2})*\s*[-:\u2013\u2014]\s*)?"
    r"(?i:sections?|s\.|adran|regulations?|reg\.?)\s*\d{1,2}[A-Z]?\s*(?:\(\s*\w{1,4}\s*\)\s*)*"
    r"(?:[-:\u2013,]|\s+[A-Z(])",
)
_REGULATION = re.compile(
    r"\b(?:regulations?|regs?\.?|reg)\s*r?(?P<num>1[23])\s*(?P<sub>(?:\(\s*\w{1,3}\s*\))*)"
    r"|\br?(?P<bare>12)\s*(?P<bsub>\((?:4|5)\)\s*\([a-g]\))",
    re.IGNORECASE,
)
# "24(2) – National Security" on its own line of the list of exemptions applied: section 24(2), by its name
_BARE_TITLED = re.compile(
    r"^\W*(?=\d{1,2}\s*(?:\(\s*\w{1,4}\s*\)\s*)+[-:\u2013\u2014]\s*(?:"
    + joined("outcome", "exemption_title")
    + r")\b)",
    re.IGNORECASE,
)
_SECTION_WORD = "Section "
_ITEM = re.compile(r"(?P<num>\d{1,2}[A-Z]?)?(?P<sub>(?:\s*\(\s*\w{1,4}\s*\))*)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


# The phrase lists are data (evidence/data/outcome.toml, each entry with an example it matches and one it must
# not); each is read here as one pattern, its entries joined in file order.
def _list(section: str) -> str:
    return joined("outcome", section)


# Words that cite an exemption, looked for in the lower-cased sentence; _EXEMPTION_CONTEXT is the same list as
# a pattern (tests hold the two equal on the corpus).
_CONTEXT_WORDS = words("outcome", "exemption_context")
_EXEMPTION_CONTEXT = re.compile(_list("exemption_context"), re.IGNORECASE)
_NOT_ENGAGED = re.compile(_list("not_engaged") + "|" + _list("declined"), re.IGNORECASE)
_DECLINED = re.compile(_list("declined"), re.IGNORECASE)
_DECLINED_BEFORE = re.compile(_list("declined_before"), re.IGNORECASE)  # "the exemption was wrongly applied"
# the parts of a sentence ("section 31 alone is sufficient and section 24 has not been applied")
# (and "As section 12 applies, the force has not gone on to consider whether section 31 ...")
_CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:and|but|however|whereas|while)\s+|(?:(?<=applies)|(?<=apply)),\s+", re.IGNORECASE
)
# a decline for some questions only ("section 31 is not engaged for these questions"): not for the reply
_SOME_QUESTIONS = re.compile(
    r"\b(?:for|in relation to|in respect of|as regards|regarding)\s+(?:these|those|this|that|the\s+(?:first|"
    r"second|third|other|remaining)|questions?|parts?|q\d|items?|points?)\b",
    re.IGNORECASE,
)
_NCND_DUTY = re.compile(_list("ncnd_duty"), re.IGNORECASE)
_NCND_CITED = re.compile(_list("ncnd_cited"), re.IGNORECASE)
_REFUSAL = Folded(_list("refusal"), re.IGNORECASE)
# what every match of the pattern above holds (the words of its entries): a quick look first (tests hold each
# list to its pattern)
_REFUSAL_WORDS = words("outcome", "refusal")
_NOT_REFUSAL = Folded(_list("not_refusal"), re.IGNORECASE)
_NOT_HELD = Folded(_list("not_held"), re.IGNORECASE)
_NOT_HELD_WORDS = words("outcome", "not_held")
_ACK = Folded(_list("ack"), re.IGNORECASE)
_ACK_WORDS = words("outcome", "ack")
_BOILERPLATE = Folded(r"\b(?:" + _list("boilerplate") + r")\b", re.IGNORECASE)
_BOILERPLATE_WORDS = words("outcome", "boilerplate")


@dataclass(frozen=True)
class Exemption:
    code: str  # s24, s31, EIR 12(5)(a)
    law: str
    start: int
    end: int
    cited: str  # as written: "section 31(1)(a)"
    ncnd: bool


# the sections of another Act ("section 33 of the Environmental Protection Act 1990", "section 29 of the
# Protection of Freedoms Act 2012"): no exemption of the access laws
_OTHER_ACT = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)*of\s+the\s+(?!(?:[\w()-]+\s+){0,3}?(?:Freedom\s+of\s+Information|Environmental\s+Information|FOI|FOIA|FOISA|EIR)\b)"
    r"(?:[A-Z][\w()'-]*\s+(?:(?:of|and|for|the|in)\s+)*){1,8}?(?:Act|Regulations|Order)\b"
    r"|\s*(?:\([^()]{0,40}\)\s*)*of\s+(?!(?:FOIA|FOISA|FOI|EIR|EIRs)\b)[A-Z][A-Za-z]{1,7}A\s+(?:19|20)\d\d\b"
)  # ... or of another Act by its initials and year: "Section 29(6) of PoFA 2012"


@text_memo
def find_exemptions(sentence: str, law: str) -> tuple[Exemption, ...]:
    """Exemptions cited in one sentence, normalised for ``law``."""
    if not _DIGIT.search(sentence):
        return ()  # every section and regulation cited has a number
    if _BARE_TITLED.match(sentence):  # read as "Section 24(2) – National Security", its places kept
        shift = len(_SECTION_WORD)
        found = find_exemptions(_SECTION_WORD + sentence, law)
        return tuple(replace(e, start=max(e.start - shift, 0), end=e.end - shift) for e in found)
    if not could_contain(sentence, _CONTEXT_WORDS) and not _LISTED.match(sentence):
        return ()  # ... and a word that cites it, or it heads a line of the list of exemptions applied
    if _declines(sentence):
        return ()
    return _cited(sentence, law)


def declines_cited_before(sentence: str) -> bool:
    """The sentence says "the exemption" cited before it was wrongly applied, naming no section itself."""
    return not _DIGIT.search(sentence) and bool(_DECLINED_BEFORE.search(sentence))


def _declines(sentence: str) -> bool:
    """The sentence cites exemptions to say they do not apply ("section 43(2) is not engaged"), not the duty
    to confirm or deny ("the duty to confirm or deny does not apply by virtue of section 31(3)")."""
    return bool(_NOT_ENGAGED.search(sentence)) and not _NCND_DUTY.search(sentence)


@text_memo
def declined_exemptions(sentence: str, law: str) -> tuple[str, ...]:
    """The exemptions a sentence says do not apply or were wrongly applied ("I find that section 43(2) is
    not engaged"): whatever else the reply says of them, they withhold nothing."""
    if not _DIGIT.search(sentence):
        return ()
    # FOISA s39(2) applied only to send the request to the EISRs withholds nothing
    out = [e.code for e in _cited(sentence, law) if routes_to_eir(e.code, law, sentence)]
    if not _declines(sentence):
        return tuple(out)
    pos = 0
    for brk in [*_CLAUSE_BREAK.finditer(sentence), None]:
        clause = sentence[pos : brk.start() if brk else len(sentence)]
        pos = brk.end() if brk else pos
        if _DECLINED.search(clause) and not _SOME_QUESTIONS.search(clause):
            out.extend(e.code for e in _cited(clause, law) if e.code not in out)
    return tuple(out)


def _cited(sentence: str, law: str) -> tuple[Exemption, ...]:
    out = [*_regulations(sentence)]
    for m in _SECTION_LIST.finditer(sentence):
        if not _OTHER_ACT.match(sentence, m.end()):
            out.extend(_sections(m, law, sentence))
    seen: set[str] = set()
    unique = []
    for e in out:
        if e.code not in seen:
            seen.add(e.code)
            unique.append(e)
    return tuple(unique)


# the items of a list of sections: "31(1) and Section 24(1)", "24(2), 31(3)"
_LIST_SPLIT = re.compile(r"(?:\s*[,&/]\s*|\s+(?:and|or|a|ac)\s+)(?:sections?\s+|s\.?\s*)?", re.IGNORECASE)


def _sections(m: re.Match[str], law: str, sentence: str) -> list[Exemption]:
    allowed = _FOISA_EXEMPTIONS if law == FOISA else _FOIA_EXEMPTIONS
    out, last = [], None
    # without the names in brackets ("24(1) (national security)") and ranges of subsections ("38(1)(a)-(b)")
    cited = re.sub(r"\s*-\s*(?=\()", "", re.sub(_TITLE[3:-2], "", m.group("list")))
    for part in re.split(
        r"(?:\s*[,&/]\s*|\s+(?:and|or|a|ac)\s+)(?:sections?\s+|s\.?\s*)?", cited, flags=re.I
    ):
        item = _ITEM.fullmatch(part.strip())
        if not item:
            continue
        number = (item.group("num") or last or "").upper()
        last = number or last
        if number not in allowed:
            continue
        subs = re.findall(r"\(\s*(\w{1,4})\s*\)", item.group("sub") or "")
        ncnd = bool(subs) and (number, subs[0]) in _NCND_SUBSECTIONS and law != FOISA
        out.append(
            Exemption(
                f"s{number}",
                law,
                m.start(),
                m.end(),
                m.group(0).strip(),
                ncnd or bool(_NCND_CITED.search(sentence)),
            )
        )
    return out


def _regulations(sentence: str) -> list[Exemption]:
    out = []
    for m in _REGULATION.finditer(sentence):
        number = m.group("num") or m.group("bare")
        subs = re.findall(r"\(\s*(\w{1,3})\s*\)", m.group("sub") or m.group("bsub") or "")
        if number == "12" and (len(subs) < 2 or subs[0] in ("1", "2")):
            continue  # 12(1)(b) is the public interest test and 12(2) the presumption to disclose
        kept = subs[:2] if number == "12" else []  # 12(5)(a), 12(4)(a); 13(1) is regulation 13 itself
        code = "EIR " + number + "".join(f"({s.lower()})" for s in kept)
        out.append(Exemption(code, EIR, m.start(), m.end(), m.group(0).strip(), False))
    return out


_GIVES_WHERE = re.compile(_list("gives_where"), re.IGNORECASE)
_TO_EIR = re.compile(_list("to_eir"), re.IGNORECASE)


def withholds(code: str, law: str, sentence: str) -> bool:
    """The exemption withholds information: not when it is cited for information not held
    (``means_not_held``), nor for information accessible elsewhere (FOIA s21, FOISA s25) given with where to
    find it."""
    if means_not_held(code, law):
        return False
    elsewhere = code == ("s25" if law == FOISA else "s21")
    return not (elsewhere and _GIVES_WHERE.search(sentence))


def routes_to_eir(code: str, law: str, sentence: str) -> bool:
    """FOISA s39(2) applied "so that the request is considered only under the EISRs": it withholds nothing."""
    return law == FOISA and code == "s39" and bool(_TO_EIR.search(sentence))


def means_not_held(code: str, law: str) -> bool:
    """Cited when the information is not held (FOISA s17 notice, EIR 12(4)(a)): not a refusal."""
    return code == "EIR 12(4)(a)" or (law == FOISA and code == "s17")


@text_memo
def refuses(sentence: str) -> bool:
    if not could_contain(sentence, _REFUSAL_WORDS):
        return False
    return bool(_REFUSAL.search(sentence)) and not _NOT_REFUSAL.search(sentence) and not _declines(sentence)


_FURTHER = re.compile(_list("refuses_further"), re.IGNORECASE)


def refuses_further(sentence: str) -> bool:
    """The refusal is only of what more may be held ("... neither confirm nor deny that we hold any other
    information"): beside an answer that nothing is held, that answer stands."""
    return refuses(sentence) and bool(_FURTHER.search(sentence))


_RECORDED_SOUND = Folded(_list("recorded_sound"), re.IGNORECASE)
_RECORDED_SOUND_WORDS = words("outcome", "recorded_sound")


_HELD_OR_NOT = re.compile(_list("held_or_not"), re.IGNORECASE)


@text_memo
def not_held(sentence: str) -> bool:
    """The information is not held. "Audio is not recorded" is about the cameras, not the records."""
    if not could_contain(sentence, _NOT_HELD_WORDS):
        return False
    if could_contain(sentence, _RECORDED_SOUND_WORDS):
        sentence = _RECORDED_SOUND.sub(" ", sentence)
    return bool(_NOT_HELD.search(sentence)) and not _HELD_OR_NOT.search(sentence)


_REFERRAL = re.compile(_list("referral"), re.IGNORECASE)
_REGISTER_CAVEAT = re.compile(_list("register_caveat"), re.IGNORECASE)


def register_caveat(sentence: str) -> bool:
    """ "Not held" said of a central register ("we do not hold a central asset register"), not the answer."""
    return bool(_REGISTER_CAVEAT.search(sentence))


_ATTACHED_ANSWER = re.compile(_list("attached_answer"), re.IGNORECASE)


_PARTIAL = re.compile(_list("partial"), re.IGNORECASE)
_PARTIAL_WORDS = words("outcome", "partial")


def says_partial(text: str) -> bool:
    """The text says part of what was asked is disclosed ("decided to disclose some of the information")."""
    return could_contain(text, _PARTIAL_WORDS) and bool(_PARTIAL.search(text))


_DISCLOSED = re.compile(_list("disclosed"), re.IGNORECASE)


def says_disclosed(text: str) -> bool:
    """The text says what was asked is disclosed ("decided to disclose the located information")."""
    folded = text.lower()
    words = "disclos" in folded or "release" in folded or "provide" in folded
    return words and bool(_DISCLOSED.search(text))


def points_to_attachment(text: str) -> bool:
    """The text says its answer is in an attached file ("Please find attached our response")."""
    folded = text.lower()
    return ("attach" in folded or "enclos" in folded) and bool(_ATTACHED_ANSWER.search(text))


_NEVER_DONE = re.compile(_list("never_done"), re.IGNORECASE)


def never_done(text: str) -> bool:
    """ "Not held" because what was asked for was never done or made: the answer is that there is none."""
    return bool(_NEVER_DONE.search(text))


@text_memo
def refers_elsewhere(text: str) -> bool:
    """The text points the requester to another body for the answer ("Please send your request to ...")."""
    return bool(_REFERRAL.search(text))


@text_memo
def acknowledges(sentence: str) -> bool:
    return could_contain(sentence, _ACK_WORDS) and bool(_ACK.search(sentence))


_LAW_ACCOUNT = re.compile(_list("law_account"), re.IGNORECASE)


def explains_the_law(sentence: str) -> bool:
    """The sentence tells what a provision of the Act covers, not what this reply applies."""
    return bool(_LAW_ACCOUNT.search(sentence))


@text_memo
def boilerplate(sentence: str) -> bool:
    """Rights, review and re-use paragraphs every reply carries: not part of the answer."""
    return could_contain(sentence, _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(sentence))


_WORDS = re.compile(r"[A-Za-z]{2,}")
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?](?:\s|$)")


def speaks(text: str) -> bool:
    """An answer's line says something of its own: a sentence of words enough (no title such as "Freedom
    of Information Request: FOI-2025-1187"), and not the furniture every reply carries (thanks, rights,
    re-use), nor a pointer to an attachment or to another body."""
    return (
        len(_WORDS.findall(text)) >= 5
        and bool(_SENTENCE_END.search(text))
        and not boilerplate(text)
        and not acknowledges(text)
        and not points_to_attachment(text)
        and not refers_elsewhere(text)
    )


def decide(substantive: bool, refused: bool, held_not: bool, acknowledged: bool) -> str:
    if substantive and (refused or held_not):
        return "partially_answered"
    if refused:
        return "refused"
    if held_not:
        return "not_held"
    if substantive:
        return "answered"
    return "unknown"
