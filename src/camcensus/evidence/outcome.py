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
from dataclasses import dataclass

from camcensus.evidence.text import Folded, could_contain
from camcensus.memo import text_memo

FOIA, FOISA, EIR = "foia", "foisa", "eir"
_FOIA_EXEMPTIONS = {
    "12",
    "14",
    "21",
    "22",
    "22A",
    "23",
    "24",
    "26",
    "27",
    "28",
    "29",
    "30",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "38",
    "39",
    "40",
    "41",
    "42",
    "43",
    "44",
}
_FOISA_EXEMPTIONS = {"12", "14", "17", *(str(n) for n in range(25, 42))}
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
_TITLE = r"(?:\s*\((?=[^()]*[a-z]{4})[^()\d]{4,80}\))?"
_SECTION_LIST = re.compile(
    r"\b(?:sections?|ss?\.|s(?=\s?\d)|secs?\.?|adran(?:nau)?|articles?)\s*"
    r"(?P<list>\d{1,2}[A-Z]?(?:\s*\(\s*\w{1,4}\s*\))*" + _TITLE + r"(?:(?:\s*[,&/]\s*|\s+(?:and|or|a"
    r"|ac)\s+)(?:sections?\s+|s\.?\s*)?"
    r"(?:\d{1,2}[A-Z]?|\(\s*\w{1,4}\s*\))(?:\s*\(\s*\w{1,4}\s*\))*(?:\s*-\s*\(\s*\w{1,4}\s*\))?"
    + _TITLE
    + r")*)",
    re.IGNORECASE,
)
# a line of a list of the exemptions applied: "- section 38(1)(b) - health and safety", "Adran 24(2) -
# Diogelwch Gwladol", "Section 23(5) Information supplied by, or concerning, certain Security Bodies"
_LISTED = re.compile(
    r"^\W*(?i:sections?|s\.|adran|regulations?|reg\.?)\s*\d{1,2}[A-Z]?\s*(?:\(\s*\w{1,4}\s*\)\s*)*"
    r"(?:[-:\u2013,]|\s+[A-Z(])",
)
_REGULATION = re.compile(
    r"\b(?:regulations?|regs?\.?|reg)\s*(?P<num>1[23])\s*(?P<sub>(?:\(\s*\w{1,3}\s*\))*)"
    r"|\b(?P<bare>12)\s*(?P<bsub>\((?:4|5)\)\s*\([a-g]\))",
    re.IGNORECASE,
)
_ITEM = re.compile(r"(?P<num>\d{1,2}[A-Z]?)?(?P<sub>(?:\s*\(\s*\w{1,4}\s*\))*)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Words that cite an exemption, looked for in the lower-cased sentence: _EXEMPTION_CONTEXT below is the same
# language as a pattern, kept as its readable statement (tests hold the two equal on the corpus).
_CONTEXT_WORDS = (
    "exempt", "exception", "withh", "refus", "rely", "relies", "relied", "relying", "apply", "applies",
    "applied",
    "applying", "engag", "confirm or deny", "confirm nor deny", "ncnd", "public interest", "prejudice",
    "national security", "law enforcement", "commercial", "cost", "appropriate limit", "personal",
    "health and safety", "accessible", "exceed", "eithriad", "under", "in accordance", "by virtue",
    "in terms of", "not hold", "not held",
)  # fmt: skip
_EXEMPTION_CONTEXT = re.compile(
    r"exempt|exception|withh|refus|rel(?:y|ies|ied|ying)|appl(?:y|ies|ied|ying)|engag"
    r"|confirm (?:n)?or deny|NCND"
    r"|public interest|prejudice|national security|law enforcement|commercial|cost|appropriate limit|personal"
    r"|health and safety|accessible|exceed|eithriad|under|in accordance|by virtue|in terms of|not hold"
    r"|not held",
    re.IGNORECASE,
)
_REFUSAL = Folded(
    r"\bexempt(?:ion|ions|ed)?\b|\bwithh(?:eld|old|olding)\b|\brefus(?:e|ed|al|ing)\b"
    r"|\bconfirm (?:n)?or deny\b"
    r"|\bncnd\b|\bnot (?:be )?(?:disclosed|released|provided|disclosing|releasing)\b|\b(?:unable|not able"
    r"|not in a"
    r" position) to (?:disclose|provide|release|supply|share)\b|\bcannot (?:disclose|provide|release"
    r"|supply|share)\b"
    r"|\bdeclined?\b|\bexceeds? the (?:appropriate|cost) limit\b|\bappropriate limit\b|\bexception (?:at"
    r"|under)\b"
    r"|\bgwrthod\b|\bwedi'i eithrio\b|\bvexatious\b",
    re.IGNORECASE,
)
# what every match of the pattern above holds: a quick look first (tests hold each list to its pattern)
_REFUSAL_WORDS = (
    "exempt", "withh", "refus", "confirm", "ncnd", "disclos", "releas", "provid", "supply", "share", "declin",
    "limit", "exception", "gwrthod", "eithrio", "vexatious",
)  # fmt: skip
_NOT_REFUSAL = Folded(
    r"\bno (?:information|exemptions?|part)[^.]{0,40}(?:withheld|applied|refused)\b"
    r"|\bnot (?:been )?withheld\b"
    r"|\bnothing (?:has been )?withheld\b|\bhave not (?:applied|relied)\b|\bin full\b",
    re.IGNORECASE,
)
_NOT_HELD = Folded(
    r"\b(?:does|do|did)\s+not\s+hold\s+(?:any\s+|the\s+|this\s+|that\s+|such\s+|recorded\s+|relevant\s+|an?\s+"
    r"|central\s+)*"
    r"(?:information|data|records?|details|figures|list|register|inventory|asset|it)\b|\bdoesn't hold\b"
    r"|\b(?:information|data|details|records?)\s+(?:is|are|was)\s+not\s+held\b|\bnot held\b"
    r"|\bno (?:recorded )?information (?:is |was )?held\b|\bholds? no (?:recorded "
    r"|relevant )?(?:information|data|"
    r"records)\b|\bnot (?:centrally )?recorded\b|\b(?:does|do) not (?:record|collate|retain|keep) (?:this"
    r"|that|such|"
    r"the|any)\b|\bnid yw'r (?:wybodaeth|cyngor yn dal)\b|\bddim yn dal\b|\bno such information\b"
    r"|\b(?:does|do) not (?:have|keep|maintain|hold) (?:a|an|any) (?:central |single |complete |full )?"
    r"(?:asset )?(?:register|record|list|inventory|log|count)\b"
    r"|\b(?:unable|not able|not in a position) to (?:say|tell you|state|confirm|establish) how many\b",
    re.IGNORECASE,
)
_NOT_HELD_WORDS = (
    "hold", "held", "recorded", "not record", "not collate", "not retain", "not keep", "nid yw'r",
    "ddim yn dal", "no such information", "not have", "not maintain", "how many",
)  # fmt: skip
_ACK = Folded(
    r"\backnowledge receipt\b|\backnowledg(?:e|ing) your (?:request|e-?mail)\b|\bwe (?:have )?received your "
    r"(?:request|e-?mail)\b|\bis being (?:processed|dealt with|considered)\b|\bwill (?:respond|reply"
    r"|aim to respond"
    r"|endeavour to respond|be in touch)\b|\bclarif(?:y|ication)\b|\bfee[s]? notice\b|\bextend(?:ed)? the "
    r"(?:deadline|time)\b|\bpublic interest test extension\b",
    re.IGNORECASE,
)
_ACK_WORDS = ("acknowledg", "received your", "is being ", "will ", "clarif", "fee", "extend", "extension")
_BOILERPLATE = Folded(
    r"\b(?:internal review|information commissioner|ico\.org\.uk|wycliffe house|water lane|wilmslow|copyright"
    r"|re-?use|open government licen[cs]e|itspublicknowledge|kinburn castle|right to (?:request|appeal"
    r"|complain|ask)"
    r"|complaints? procedure|dissatisfied|unhappy|not (?:satisfied|happy)|disclosure log"
    r"|data protection act 2018"
    r"|hope (?:this|the) (?:information|response)|do not hesitate|any further (?:queries|questions)"
    r"|please (?:contact|quote)|first-tier tribunal|section 50|adolygiad mewnol|comisiynydd gwybodaeth)\b",
    re.IGNORECASE,
)
_BOILERPLATE_WORDS = (
    "internal review", "information commissioner", "ico.org.uk", "wycliffe house", "water lane", "wilmslow",
    "copyright", "reuse", "re-use", "open government licen", "itspublicknowledge", "kinburn castle",
    "right to ", "complaint", "dissatisfied", "unhappy", "not satisfied", "not happy", "disclosure log",
    "data protection act 2018", "hope th", "do not hesitate", "any further ", "please ",
    "first-tier tribunal", "section 50", "adolygiad mewnol", "comisiynydd gwybodaeth",
)  # fmt: skip


@dataclass(frozen=True)
class Exemption:
    code: str  # s24, s31, EIR 12(5)(a)
    law: str
    start: int
    end: int
    cited: str  # as written: "section 31(1)(a)"
    ncnd: bool


_FOISA = re.compile(
    r"Freedom of Information \(Scotland\) Act|\bFOISA\b|Scottish Information Commissioner|itspublicknowledge",
    re.IGNORECASE,
)
_EIR = re.compile(r"Environmental Information Regulations|\bEIRs?\b", re.IGNORECASE)
_FOIA_NAMED = re.compile(r"Freedom of Information Act", re.IGNORECASE)


def detect_law(text: str) -> str:
    """The law a reply answers under, from the whole of its text."""
    low = text.lower()  # substring tests first: a regex over a whole reply is the slow part
    if any(k in low for k in ("(scotland)", "foisa", "scottish information", "itspublicknowledge")) and (
        _FOISA.search(text)
    ):
        return FOISA
    eir = "eir" in low or "environmental information" in low
    if eir and _EIR.search(text) and not _FOIA_NAMED.search(text):
        return EIR
    return FOIA


@text_memo
def find_exemptions(sentence: str, law: str) -> tuple[Exemption, ...]:
    """Exemptions cited in one sentence, normalised for ``law``."""
    if not _DIGIT.search(sentence):
        return ()  # every section and regulation cited has a number
    if not could_contain(sentence, _CONTEXT_WORDS) and not _LISTED.match(sentence):
        return ()  # ... and a word that cites it, or it heads a line of the list of exemptions applied
    declined = re.search(
        r"\b(?:does|do|did) not (?:apply|consider)\b|\bnot engaged\b|\bnot (?:needed|need) to consider\b"
        r"|\bneed not consider\b",
        sentence,
        re.IGNORECASE,
    )
    if declined and re.search(r"\bduty\b|confirm (?:n)?or deny", sentence, re.IGNORECASE):
        declined = None  # "the duty to confirm or deny does not apply by virtue of section 31(3)"
    if declined:
        return ()
    out = [*_regulations(sentence)]
    for m in _SECTION_LIST.finditer(sentence):
        out.extend(_sections(m, law, sentence))
    seen: set[str] = set()
    unique = []
    for e in out:
        if e.code not in seen:
            seen.add(e.code)
            unique.append(e)
    return tuple(unique)


def _sections(m: re.Match[str], law: str, sentence: str) -> list[Exemption]:
    allowed = _FOISA_EXEMPTIONS if law == FOISA else _FOIA_EXEMPTIONS
    out, last = [], None
    # without the names in brackets ("24(1) (national security)") and ranges of subsections ("38(1)(a)-(b)")
    cited = re.sub(r"\s*-\s*(?=\()", "", re.sub(_TITLE[3:-2], "", m.group("list")))
    for part in re.split(r"(?:\s*[,&/]\s*|\s+(?:and|or|a|ac)\s+)(?:sections?\s+|s\.?\s*)?", cited):
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
                ncnd or bool(re.search(r"confirm (?:n)?or deny|NCND", sentence, re.IGNORECASE)),
            )
        )
    return out


def _regulations(sentence: str) -> list[Exemption]:
    out = []
    for m in _REGULATION.finditer(sentence):
        number = m.group("num") or m.group("bare")
        subs = re.findall(r"\(\s*(\w{1,3})\s*\)", m.group("sub") or m.group("bsub") or "")
        if number == "12" and len(subs) < 2:
            continue
        code = "EIR " + number + "".join(f"({s.lower()})" for s in subs[:2])
        out.append(Exemption(code, EIR, m.start(), m.end(), m.group(0).strip(), False))
    return out


def means_not_held(code: str, law: str) -> bool:
    """Cited when the information is not held (FOISA s17 notice, EIR 12(4)(a)): not a refusal."""
    return code == "EIR 12(4)(a)" or (law == FOISA and code == "s17")


@text_memo
def refuses(sentence: str) -> bool:
    if not could_contain(sentence, _REFUSAL_WORDS):
        return False
    return bool(_REFUSAL.search(sentence)) and not _NOT_REFUSAL.search(sentence)


_RECORDED_SOUND = Folded(
    r"\b(?:audio|sound|voice|speech|conversations?)\s+(?:is|are|will be)\s+not\s+recorded\b", re.IGNORECASE
)


@text_memo
def not_held(sentence: str) -> bool:
    """The information is not held. "Audio is not recorded" is about the cameras, not the records."""
    if not could_contain(sentence, _NOT_HELD_WORDS):
        return False
    if could_contain(sentence, ("recorded",)):
        sentence = _RECORDED_SOUND.sub(" ", sentence)
    return bool(_NOT_HELD.search(sentence))


@text_memo
def acknowledges(sentence: str) -> bool:
    return could_contain(sentence, _ACK_WORDS) and bool(_ACK.search(sentence))


@text_memo
def boilerplate(sentence: str) -> bool:
    """Rights, review and re-use paragraphs every reply carries: not part of the answer."""
    return could_contain(sentence, _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(sentence))


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
