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

from camcensus.evidence.text import Folded, could_contain
from camcensus.memo import text_memo

_NEGATION = Folded(
    r"\b(?:not|no|none|never|neither|nor|without|nil|zero|cannot|ddim|nid|nac|na)\b|n't\b|\bdim\b(?!\s+ond)",
    re.IGNORECASE,
)
# Negations that are about something else: time ("no longer"), refusals, holdings, qualifiers.
_NOT_A_DENIAL = Folded(
    r"\bno longer\b|\bnot only\b|\bnot (?:be )?(?:disclosed|released|provided|published|disclose|release"
    r"|provide)\b"
    r"|\bno (?:further|more than|less than|later than|fewer than)\b|\bnot (?:applicable|exhaustive)\b"
    r"|\bwhether or not\b|\b(?:neither )?confirm (?:n)?or deny\b|\bcannot (?:confirm|disclose|provide"
    r"|release)\b"
    r"|\bnot (?:able|in a position) to (?:confirm|disclose|provide|release)\b|\bnot held\b"
    r"|\bnot hold\s+(?:any\s+|the\s+|this\s+|that\s+|such\s+|recorded\s+|relevant\s+)*(?:information|data"
    r"|records?|details|figures|it)\b"
    r"|\bno (?:recorded )?information\b|\bnot (?:centrally )?recorded\b|\bdoes not (?:record|retain"
    r"|collate)\b"
    r"|\bno exemptions?\b|\bnot (?:been )?withheld\b",
    re.IGNORECASE,
)
_WEAK_DENIAL = Folded(
    r"\bnot (?:to our knowledge|aware of any|that we are aware)\b|\bnot aware\b", re.IGNORECASE
)
_PAST = Folded(
    r"\b(?:previously|formerly|historically|(?<!\bare )(?<!\bis )(?<!\bbe )(?<!\bbeing )used to|in the past"
    r"|no longer|removed|decommissioned|phased out"
    r"|taken out of (?:use|service)|retired|disposed of|swapped out|superseded|replaced|were replaced"
    r"|old system|(?:previous|former|earlier|original|old)\s+(?:\w+\s+){0,2}?"
    r"(?:system|cameras?|cctv|installation|equipment|estate|supplier|contract)s?\b(?!\s+(?:is|are|remains?)\b)"
    r"|(?:until|prior to|up to|before) (?:(?:early|late|mid|the end of|the start of|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)[\s-]+)?"
    r"(?:19|20)\d\d|ripped out|stripped out|arferai|yn flaenorol"
    r"|wedi (?:eu )?tynnu)\b",
    re.IGNORECASE,
)
_STILL = Folded(
    r"\b(?:will|are being|is being|are due|is due|due to be|plans? to|planned|planning|intends? to|scheduled"
    r"|in the process of|programme|over the next|going to|aim to|are to be|remain(?:s|ing)?|still"
    r"|currently|now|at present|presently)\b",
    re.IGNORECASE,
)
_AWARE = Folded(
    r"\b(?:concerns?|concerned|reports?|media|press|guidance|announcement|statement|government|cabinet office"
    r"|ban(?:ned|s)?|restrict(?:ion|ions|ed)|security risks?|human rights|uyghur|xinjiang|sanction(?:s"
    r"|ed)?|ndaa"
    r"|national security|ethical|allegations?|in light of|considered|consideration|review(?:ed|ing)?|risk)\b",
    re.IGNORECASE,
)
_USE = Folded(
    r"\b(?:use[sd]?|using|utilis(?:e|es|ed|ing)|utiliz(?:e|es|ed|ing)|operate[sd]?|operating|installed"
    r"|deployed"
    r"|in use|in operation|fitted|made by|manufactured by|supplied by|produced by|branded|we have|we own"
    r"|the council has|cameras are|cameras were|defnyddio|gwneuthurwr)\b",
    re.IGNORECASE,
)
_PROCUREMENT = Folded(
    r"\b(?:procur\w*|tender\w*|approved suppliers?|purchasing|buying|future purchases?|(?:will|would|shall"
    r"|does|do|no longer|not) (?:not )?(?:buy|purchase)|(?:buy|purchase) (?:any|no) (?:further|more|new))\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"^\W*(?:if|should|in the event|where any|were any|any future|unless)\b", re.IGNORECASE
)
_EXCEPTION = re.compile(
    r"\b(?:except|apart from|other than|with the exception of|besides|excluding|save for|only)\b",
    re.IGNORECASE,
)
_INSTALLER_BEFORE = re.compile(
    r"(?:(?:(?:supplied|provided)\s+and\s+)?(?:installed|maintained|serviced|supported|monitored|managed"
    r"|upgraded"
    r"|repaired)(?:\s+and\s+\w+)?\s+(?:\w+\s+){0,2}?by|(?:installer|contractor|integrator|maintainer"
    r"|maintenance (?:company|"
    r"provider|contractor)|service provider|contracted to)(?:\s+(?:is|are|was|were))?\s*:?)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_INSTALLER_AFTER = re.compile(
    r"^[\s-]*(?:(?!(?:via|through|from|by|using|with)\b)\w+[\s-]+){0,3}?\(?\s*(?:is|are|who (?:is|are)"
    r"|acts? as|as)?\s*(?:our|the|an?)?\s*(?:installers?|"
    r"contractors?|integrators?|maintainers?|maintenance (?:company|provider|contractor)"
    r"|service providers?|distributors?|resellers?|(?:approved|accredited|certified) partners?)\b",
    re.IGNORECASE,
)
_NONEXHAUSTIVE = Folded(
    r"\b(?:including|includes|such as|mainly|mostly|majority|predominantly|primarily|largely|variety"
    r"|various|mix"
    r"|mixture|range of|among others|amongst others|etc|e\.g|for example|some of|some|a few|a small number of"
    r"|(?<!\ball )(?<!\bboth )of (?:which|these|those)"
    r"|number of (?:different )?"
    r"(?:manufacturers|makes|brands)|other (?:manufacturers|makes|brands))\b",
    re.IGNORECASE,
)
_ECHO = Folded(
    r"\b(?:your|the|this) (?:request|e-?mail|enquiry|letter|foi|freedom of information request)\b"
    r"|\byou (?:asked|"
    r"requested|wanted|enquired|have asked|wrote|ask)\b|\brequest(?:ing|ed)? (?:for )?information\b"
    r"|\bregarding your\b|\bfreedom of information request\b",
    re.IGNORECASE,
)
_ANSWERING = Folded(
    r"\b(?:confirm|advise|inform you|can tell|we (?:do|have|use|operate|hold|currently)|(?:council|trust|"
    r"authority|board|force|school|we|it) (?:does|do|did|has|have|uses|use|operates|operate|is|are|was|were)"
    r"|cameras? (?:are|is|were)|not|none|no)\b",
    re.IGNORECASE,
)
_ANAPHOR = Folded(
    r"\b(?:it|them|either|either of them|both|these|those|this|such|they|neither|any of (?:these|them|those)"
    r"|the (?:above|aforementioned|named) (?:manufacturers?|companies|company|brands?|makes?))\b"
    r"|\bany\s*[.!]?\s*$",  # "The Council does not have any."
    re.IGNORECASE,
)
_YES = re.compile(
    r"^\W*(?:yes|ydym|oes|ydy|ie|correct|we do|the (?:council|trust|authority) does)\b", re.IGNORECASE
)
_NO = re.compile(
    r"^\W*(?:no|none|nil|nope|nac ydym|nac oes|nid ydym|na|dim|not to our knowledge|we do not|we don't"
    r"|the (?:council|trust|authority|board|force) (?:does|do) not|zero|0)\b(?!\s+(?:longer|information"
    r"|records?))",
    re.IGNORECASE,
)
_NO_CAMERAS = Folded(
    r"\b(?:(?:does|do|did)\s+not|doesn't|don't)\s+(?:currently\s+)?(?:(?:have|own|operate|use|run|manage"
    r"|install(?:ed)?|utilise)\s+(?:or|and|nor)\s+)?(?:have|own|operate|use|run|manage|install(?:ed)?"
    r"|utilise)\s+(?:any\s+)?(?:cctv|cameras|surveillance cameras|a cctv system|cctv cameras"
    r"|any form of cctv)\b"
    r"|\b(?:has|have|there are|operates?)\s+no\s+(?:cctv|cameras|surveillance cameras|cctv cameras)\b"
    r"|\bno (?:cctv|cameras|cctv cameras) (?:are|is) (?:operated|used|installed|in use)\b",
    re.IGNORECASE,
)
_NARROWED = re.compile(
    r"^\W*(?:system\s+)?(?:in connection with|for the purposes? of|relating to|in relation to"
    r"|for (?:environmental|enforcement|traffic|parking)|that (?:relates?|falls?))\b",
    re.IGNORECASE,
)


@text_memo
def denies(clause: str) -> bool:
    """The clause negates what it says ("does not use", "none of", "no Hikvision"), beyond refusals and
    time."""
    cleaned = _NOT_A_DENIAL.sub(" ", clause)
    return bool(_NEGATION.search(cleaned)) or bool(_WEAK_DENIAL.search(clause))


def mask_non_denials(clause: str) -> str:
    """The clause with refusals, "no longer" and the like blanked out (same length, so offsets hold)."""
    return _NOT_A_DENIAL.ignorecase.sub(lambda m: " " * len(m.group(0)), clause)


def weak_denial(clause: str) -> bool:
    return bool(_WEAK_DENIAL.search(clause)) and not _NEGATION.search(
        _NOT_A_DENIAL.sub(" ", _WEAK_DENIAL.sub(" ", clause))
    )


def past(clause: str) -> bool:
    return bool(_PAST.search(clause))


def still(clause: str) -> bool:
    return bool(_STILL.search(clause))


@text_memo
def awareness(clause: str) -> bool:
    """Talk about concerns, guidance or reports rather than about the body's own cameras."""
    return bool(_AWARE.search(clause)) and not _USE.search(clause)


def bare_awareness(clause: str) -> bool:
    """ "We are aware of Hikvision" says nothing about use."""
    return bool(re.search(r"\baware\b", clause, re.IGNORECASE)) and not _USE.search(clause)


@text_memo
def explicit_use(clause: str) -> bool:
    return bool(_USE.search(clause))


def procurement_only(clause: str) -> bool:
    return bool(_PROCUREMENT.search(clause)) and not _USE.search(clause)


@text_memo
def conditional(clause: str) -> bool:
    return bool(_CONDITIONAL.search(clause))


def exception_between(text: str) -> bool:
    return bool(_EXCEPTION.search(text))


def installer_context(before: str, after: str) -> bool:
    """The name is the installer or maintainer ("installed by X", "X are our maintenance contractor")."""
    return bool(_INSTALLER_BEFORE.search(before[-60:])) or bool(_INSTALLER_AFTER.match(after[:60]))


# what every match of _NONEXHAUSTIVE, _ECHO and _NCND holds: a quick look first (tests hold each list to its
# pattern)
_NONEXHAUSTIVE_WORDS = (
    "includ", "such as", "mainly", "mostly", "majority", "predominantly", "primarily", "largely", "variety",
    "various", "mix", "range of", "among", "etc", "e.g", "example", "some", "a few", "small number",
    "of which", "of these", "of those", "number of", "other ",
)  # fmt: skip
_ECHO_WORDS = ("request", "email", "e-mail", "enquiry", "letter", "foi", "you ", "regarding your")
_NCND = Folded(r"\b(?:neither )?confirm (?:n)?or deny\b|\bncnd\b", re.IGNORECASE)
_NCND_WORDS = ("confirm", "ncnd")


@text_memo
def non_exhaustive(sentence: str) -> bool:
    return could_contain(sentence, _NONEXHAUSTIVE_WORDS) and bool(_NONEXHAUSTIVE.search(sentence))


_STRONG_ECHO = re.compile(
    r"^\W*(?:in your (?:request|e-?mail|letter),?\s+)?(?:you (?:have )?(?:asked|requested|wanted to know"
    r"|enquired"
    r"|wrote)|your (?:request|question|e-?mail) (?:asked|was|is|reads|for|about|regarding|concerning|whether)"
    r"|you asked|gofynnoch)\b",
    re.IGNORECASE,
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


def anaphoric(clause: str) -> bool:
    return bool(_ANAPHOR.search(clause))


@text_memo
def answers_yes(text: str) -> bool:
    return bool(_YES.match(text))


@text_memo
def answers_no(text: str) -> bool:
    return bool(_NO.match(text))


@text_memo
def no_cameras(clause: str) -> bool:
    """The body says it has no cameras at all."""
    m = _NO_CAMERAS.search(clause)
    return m is not None and not _NARROWED.match(clause[m.end() :])


@text_memo
def ncnd(text: str) -> bool:
    return could_contain(text, _NCND_WORDS) and bool(_NCND.search(text))


_REPLACED_BY = re.compile(
    r"\b(?:replaced|superseded|succeeded|upgraded|swapped)(?:\s+\w+){0,4}?\s+(?:by|with)\b|\b(?:switched"
    r"|moved"
    r"|migrated|changed|upgraded|transitioned)\s+(?:over\s+)?to\b|\bin favour of\b",
    re.IGNORECASE,
)
_REPLACE_ACTIVE = re.compile(r"\breplac(?:e|ed|ing)\b(?P<old>.*?)\bwith\b", re.IGNORECASE)
_INSTEAD = re.compile(r"\b(?:instead of|rather than)\b", re.IGNORECASE)


def replacement_sides(clause: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Spans (old, new) of a replacement sentence, relative to ``clause``, or None.

    "X was replaced by Y", "we replaced X with Y", "moved from X to Y", "Y instead of X".
    """
    active = _REPLACE_ACTIVE.search(clause)
    if active and active.group("old").strip():
        return (active.start("old"), active.end("old")), (active.end(), len(clause))
    by = _REPLACED_BY.search(clause)
    if by:
        moved = re.search(r"\bfrom\b", clause[: by.start()], re.IGNORECASE)
        old_start = moved.end() if moved else 0
        return (old_start, by.start()), (by.end(), len(clause))
    instead = _INSTEAD.search(clause)
    if instead:
        return (instead.end(), len(clause)), (0, instead.start())
    return None
