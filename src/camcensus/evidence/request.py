"""The request a reply answers: its questions, each with what it asks.

Most replies answer a numbered letter ("1. 146  2. Yes  3. No"), so a reply is read with the request beside
it: ``split_request`` finds the questions (1., 1), Q1, (a), "Question 1:", bullets, or questions run on in
one paragraph) and ``ask_of`` says what each asks (a total count, which vendors, capabilities, locations,
costs, policies, contractors) and about which equipment. The phrasings are data (``data/request.toml``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from camcensus.evidence.answer_counts import counts_other_things
from camcensus.evidence.phrases import first_match, joined, kinds_in, phrase_list
from camcensus.evidence.question_labels import ROMAN, label_number
from camcensus.knowledge.vendors import find_vendor_mentions
from camcensus.memo import text_memo

_FILE = "request"


@dataclass(frozen=True)
class Ask:
    """What one question asks: ``kinds`` (count, vendors, capabilities, ...), the vendors it names, and the
    equipment it is about when that is not the fixed CCTV estate (body_worn, anpr, drones, speed, dash)."""

    kinds: tuple[str, ...]
    vendors: tuple[str, ...]
    scope: tuple[str, ...]

    @property
    def total_count(self) -> bool:
        """A bare number answering it is the number of cameras (not of one vendor's, nor of other kit)."""
        return self.total_count_of(())

    def total_count_of(self, subject: tuple[str, ...]) -> bool:
        """A number answering it is the count a request about ``subject`` asks for (the CCTV estate when
        ``subject`` is empty, else that equipment), not one vendor's."""
        return "count" in self.kinds and not self.vendors and set(self.scope) <= set(subject)


@dataclass(frozen=True)
class RequestQuestion:
    n: int  # as replies number it: 1, 2, ... ; (a), (b) ... are 100, 101, ...
    label: str  # as the request wrote it: "1", "Q2", "(a)", "" for unnumbered questions
    text: str
    ask: Ask

    def as_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "label": self.label,
            "text": self.text,
            "asks": list(self.ask.kinds),
            "vendors": list(self.ask.vendors),
            "scope": list(self.ask.scope),
        }


@text_memo
def ask_of(question: str) -> Ask:
    """What ``question`` asks. Body-worn, ANPR ... named in a question about the whole CCTV estate are types
    of it, not the equipment it is about."""
    general = bool(kinds_in(question, _FILE, "general"))
    kinds = kinds_in(question, _FILE, "asks")
    if "count" in kinds and _counts_other_things(question, not kinds_in(question, _FILE, "count_of_all")):
        kinds = tuple(k for k in kinds if k != "count") or ("figures",)  # "How many drone deployments?"
    return Ask(
        kinds or ("other",),
        tuple(dict.fromkeys(m.match.vendor for m in find_vendor_mentions(question))),
        () if general else kinds_in(question, _FILE, "scope"),
    )


# the words that ask for a count: the request's own "count" asks ("how many", "the number of", "nifer")
_HOW_MANY = re.compile(
    "|".join(p.pattern.pattern for p in phrase_list(_FILE, "asks") if p.kind == "count"), re.IGNORECASE
)


def _counts_other_things(question: str, some: bool) -> bool:
    """Every count the question asks for is of something other than cameras ("the number of sites"), or (with
    ``some``) of some of them ("If so, how many?", "How many of these are out of service?")."""
    found = list(_HOW_MANY.finditer(question))
    inside = [
        m.span() for p in phrase_list(_FILE, "count_of_some") if some for m in p.pattern.finditer(question)
    ]
    return bool(found or inside) and all(
        counts_other_things(question[m.end() :]) or any(a < m.end() and m.start() < b for a, b in inside)
        for m in found
    )


_CONDITION = re.compile(joined(_FILE, "condition"), re.IGNORECASE)
_NOT_USE, _USE_WORDS = (re.compile(joined(_FILE, k), re.IGNORECASE) for k in ("not_use", "use_words"))


@text_memo
def asks_use(question: str) -> bool:
    """Whether a question naming makers asks about their use now, not about a decision, plan, policy or
    awareness ("Has the Council decided to remove Hikvision cameras?", "Any plans to remove cameras made by
    X?", unless use is asked first): only then does a bare "Yes" or "No" answer it for those makers."""
    first = _CONDITION.split(question, maxsplit=1)[0]
    framed = _NOT_USE.search(first)
    return framed is None or any(m.start() < framed.start() for m in _USE_WORDS.finditer(first))


def subject_of(questions: list[str]) -> tuple[str, ...]:
    """The equipment a whole request is about when it is not the CCTV estate: the scope its questions
    name when none of them asks about CCTV as a whole ("How many body-worn cameras ...? Who makes them?")."""
    if any(_general(q) for q in questions):
        return ()
    return tuple(dict.fromkeys(s for q in questions for s in ask_of(q).scope))


def _general(question: str) -> bool:
    """The question asks about CCTV as a whole: its "CCTV" is not inside words naming other equipment."""
    scopes = [m.span() for p in phrase_list(_FILE, "scope") for m in p.pattern.finditer(question)]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in scopes)
        for p in phrase_list(_FILE, "general")
        for m in p.pattern.finditer(question)
    )


def asks_total(question: str, subject: tuple[str, ...]) -> bool:
    """A number answering ``question`` is the count the request asks for: of the CCTV estate, or of the
    equipment the whole request is about (``subject``), not of one vendor's cameras."""
    return ask_of(question).total_count_of(subject)


def pointed_to(answer: str) -> int | None:
    """The question an answer points to ("see our answer to question 2" -> 2, "(b)" -> 101); 0 for "as
    above" (the answer just before); None when it points nowhere."""
    found = first_match(answer, _FILE, "pointer")
    if found is None:
        return None
    n = found[1].groupdict().get("n")
    return label_number(n) if n else 0


def bare_answer(text: str) -> str | None:
    """ "yes", "no" or "not_applicable" for a short answer that says only that; None otherwise."""
    if len(text) > 160:
        return None
    found = first_match(text, _FILE, "bare")
    return found[0].kind if found else None


# -- splitting a request into its questions --
_MARKER = re.compile(
    r"^\s*(?:(?P<q>(?:q|question|part|cwestiwn)\s*\.?\s*(?P<qn>\d{1,2}))\b\s*[.):\-\u2013]?"
    r"|(?P<d>\(?(?P<dn>\d{1,2})(?:[.)]|:(?!\d)|/(?=\s)|\s+[-\u2013\u2014](?=\s))(?!\d))"  # "1/ a", "1 - a"
    r"|(?P<s>(?P<sn>\d{1,2})(?P<sl>[a-h])[.):]?(?=\s))"  # "1a. How many ...", "1b ...": parts of question 1
    r"|(?P<bare>(?P<bn>\d{1,2})\s+(?=(?-i:[A-Z][a-z])))"  # "1 How many ...": numbered 1, 2, 3 in turn
    r"|(?P<l>\((?P<ln>[a-h])\)|(?P<ln2>[a-h])[.)])(?=\s)"
    r"|(?P<r>\((?P<rn>" + ROMAN + r")\)|(?P<rn2>" + ROMAN + r")[.)])(?=\s))\s*",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[-*\u2022\u00b7\u25aa\u2013]\s+")
GREETING = re.compile(r"^\s*(?:dear|hello|hi|good (?:morning|afternoon)|annwyl)\b", re.IGNORECASE)
_SIGN_OFF = r"(?:" + joined(_FILE, "closing") + r")\b"  # how a request's letter closes
_CLOSING = re.compile(r"^\s*" + _SIGN_OFF, re.IGNORECASE)
_HEADER = re.compile(r"^\s*(?:from|to|cc|date|sent|subject|re|fw|fwd)\s*:", re.IGNORECASE)
_ASKING = re.compile(  # a sentence that asks (its lead-in apart: "Under FOISA I would like to know ...")
    r"\?|^\W*(?:under (?:the )?[^,.?]{2,60}?,?\s+(?=i\b|i'd\b|please\b|could\b|can\b))?"
    r"(?:(?:also|and|finally|lastly|additionally|further(?:more)?),?\s+)?(?:if (?:so|yes|any),?\s+)?"
    r"(?:please (?:provide|confirm|state|list|tell|advise|supply|detail|indicate|send|give|include"
    r"|could)|could you|can you|would you|i would like|i'd like|i request|i am requesting|i wish to|do you"
    r"|i(?: am|'m)? writ(?:e|ing)(?: [^.?]{0,80}?)? to (?:ask|request)"
    r"|do any|did you|does|are any|is any|are there|have you|has the|how many|how much|whether|which|what"
    r"|who|where|when"
    r"|the (?:number|name|names|make|makes|total|details?|location|locations|cost) of|details of|a list of"
    r"|a copy of|copies of|any (?:policy|policies|dpia))\b",
    re.IGNORECASE,
)
_RUN_ON = re.compile(
    r"(?:[,;:]\s*(?:and\s+|or\s+)?(?:(?:second|third|fourth|fifth|sixth|last)(?:ly)?,?\s+|finally,?\s+)?"
    r"|\s+and\s+(?:(?:second|third|fourth|fifth|sixth|last)(?:ly)?,?\s+|finally,?\s+)?"
    r"(?=whether|how many|how much|which|what|if\s))"
    r"(?=(?:whether|how many|how much|which|what|who|where|when|if (?:so|yes|any)|the (?:number|name|names"
    r"|make|makes|total|location|locations|cost) of|details of|do you|does|are any|is any|have you)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z(])")


@lru_cache(maxsize=64)
def split_request(text: str) -> tuple[RequestQuestion, ...]:
    """The questions of a request, in order, numbered as a reply would number its answers (found once per
    request text: every reply to it is read beside them; the questions are frozen, callers share them)."""
    lines = _letter_body(text)
    questions = _by_markers(lines) or _by_bullets(lines) or _by_inline_numbers(lines) or _by_sentences(lines)
    return _named_above(" ".join(lines), questions)


_NAMED_ABOVE = re.compile(joined(_FILE, "named_above"), re.IGNORECASE)


def _named_above(letter: str, questions: tuple[RequestQuestion, ...]) -> tuple[RequestQuestion, ...]:
    """A question asking about "either of these companies" asks about the makes named before it (in the
    nearest earlier question naming any, else the opening lines), as "If yes to 3, how many?" does of 3's."""
    if not any(
        not q.ask.vendors and _NAMED_ABOVE.search(q.text) or _follow_on(q) is not None for q in questions
    ):
        return questions
    first = letter.find(questions[0].text[:40])
    opening = tuple(dict.fromkeys(m.match.vendor for m in find_vendor_mentions(letter[: max(first, 0)])))
    out: list[RequestQuestion] = []
    for q in questions:
        earlier = next((p.ask.vendors for p in reversed(out) if p.ask.vendors), opening)
        on = _follow_on(q)
        if on is not None and out:  # the questions named, else the one just before, if they ask of use now
            named = [p for p in out if p.n in on] or [out[-1]]  # (not "Have you removed any Hikvision?")
            earlier = tuple(dict.fromkeys(v for p in named if asks_use(p.text) for v in p.ask.vendors))
        if not q.ask.vendors and (on is not None or _NAMED_ABOVE.search(q.text)) and earlier:
            gloss = f" (named above: {', '.join(earlier)})"  # the question's makes, for every reading of it
            q = replace(q, text=q.text + gloss, ask=replace(q.ask, vendors=earlier))
        out.append(q)
    return tuple(out)


def _follow_on(q: RequestQuestion) -> tuple[int, ...] | None:
    """The questions a count is asked on a condition on ("If yes to 3 or 4, how many?" -> (3, 4); "If so",
    -> (0,)); "how many" of some too ("If yes to Q2, how many")."""
    counts = "count" in q.ask.kinds or _HOW_MANY.search(q.text)
    found = first_match(q.text, _FILE, "follow_on") if counts and not q.ask.vendors else None
    if found is None:
        return None
    n = found[1].groupdict().get("n") or found[1].groupdict().get("m")
    more = m.group(0) if n and (m := _MORE_NUMBERS.match(q.text, found[1].end())) else ""
    return (int(n), *map(int, re.findall(r"\d{1,2}", more))) if n else (0,)


_MORE_NUMBERS = re.compile(r"(?:\s*(?:or|and|and/or|/|,|&)\s*(?:question\s+|q\.?\s*)?\d{1,2}\b)*", re.I)


def _letter_body(text: str) -> list[str]:
    """The letter's lines without mail headers, the greeting line and everything from the sign-off on."""
    out: list[str] = []
    for i, line in enumerate(text.replace("\r\n", "\n").split("\n")):
        asked = any("?" in x or _MARKER.match(x) for x in out)  # not "Thank you for your reply of 3 March
        if _CLOSING.match(line) and i > 0 and out and (len(line) <= 60 or asked):  # ...", before any question
            break
        headed = _HEADER.match(line) and not any(x.strip() for x in out[-1:])
        out.append("" if headed or (GREETING.match(line) and len(line) < 80) else line.rstrip())
    return out


def _make(n: int, label: str, parts: list[str]) -> RequestQuestion:
    text = re.sub(r"\s+", " ", " ".join(parts)).strip()
    return RequestQuestion(n, label, text, ask_of(text))


def _by_markers(lines: list[str]) -> tuple[RequestQuestion, ...]:
    marks = [(i, _MARKER.match(line)) for i, line in enumerate(lines)]
    found = [(i, m) for i, m in marks if m and lines[i][m.end() :].strip()]
    bare = [int(m.group("bn")) for _, m in found if m.group("bare")]
    if bare != list(range(1, len(bare) + 1)):  # "20 Hikvision cameras were ...": a count, not a number
        found = [(i, m) for i, m in found if not m.group("bare")]
    for kinds in (("d", "q", "bare", "s"), ("d", "q", "r", "bare", "s")):  # romans under numbers: parts
        digits = [(i, m) for i, m in found if any(m.group(k) for k in kinds)]
        if len(digits) >= 2:
            break
    chosen = digits if len(digits) >= 2 else [(i, m) for i, m in found if m.group("l")]
    if len(chosen) < 2 and not (len(chosen) == 1 and len(digits) == 1):
        return ()
    starts = {i: m for i, m in chosen}
    out: list[RequestQuestion] = []
    current: tuple[int, str, list[str]] | None = None
    for i, line in enumerate(lines):
        m = starts.get(i)
        if m is not None:
            rest = line[m.end() :]
            if m.group("s"):  # "1a. ... 1b. ...": the parts of question 1, lettered inline "(a) ... (b) ..."
                rest = f"({m.group('sl').lower()}) {rest}"
                if current is not None and current[0] == int(m.group("sn")):
                    current[2].append(rest)
                    continue
            if current:
                out.append(_make(*current))
            token = next(m.group(k) for k in ("qn", "dn", "sn", "bn", "ln", "ln2", "rn", "rn2") if m.group(k))
            current = (label_number(token), m.group(0).strip(), [rest])
        elif current is not None:
            if not line.strip():
                if current[2] and current[2][-1] != "":
                    current[2].append("")
                continue
            if current[2][-1] == "" and not _continues(line):
                out.append(_make(*current))
                current = None
                continue
            current[2].append(line)
    if current:
        out.append(_make(*current))
    return tuple(out)


def _continues(line: str) -> bool:
    """After a blank line, a line still belongs to the question above (a sub-part, an indented note)."""
    return bool(
        line[:1].isspace() or _MARKER.match(line) or _BULLET.match(line) or line.lstrip()[:1].islower()
    )


def _by_bullets(lines: list[str]) -> tuple[RequestQuestion, ...]:
    items: list[list[str]] = []
    inside = False
    for line in lines:
        if _BULLET.match(line):
            items.append([_BULLET.sub("", line)])
            inside = True
        elif inside and line.strip() and (line[:1].isspace() or line.lstrip()[:1].islower()):
            items[-1].append(line)
        else:
            inside = False
    if len(items) < 2:
        return ()
    return tuple(_make(k, "", parts) for k, parts in enumerate(items, 1))


# a run-on request's opening words, which ask nothing: "I'd like to ask, under the Freedom of Information Act"
_INTRO = re.compile(
    r"^\W*(?:i'd like|i would like|i wish|i want|i am writing|could you|please)(?:\s+to\s+(?:ask|know|request"
    r"|find out))?(?:,?\s*(?:under|in accordance with) the [\w ()]+?acts?(?:\s+\d{4})?)?\W*$",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(
    r"^\W*(?:" + joined(_FILE, "lead_in") + r")\s+(?=how|what|which|whether|if|who|where|when)", re.IGNORECASE
)
_INLINE_GREETING = re.compile(
    r"^(?:dear|hello|hi|good (?:morning|afternoon))\b[^,.;]{0,40},\s*", re.IGNORECASE
)

# "... fly-tippers. 1) How many cameras ...? 2) Where are they ...?": numbered questions run on in a paragraph
_INLINE_MARK = re.compile(
    r"(?:(?<=^)|(?<=[.?!:;,]\s)|(?<=[.?!:;]\s\s)|(?<=[;,] and )|(?<=[;,] or ))"
    r"(?:\((\d{1,2})\)(?=\s+\w)|(\d{1,2})[.)](?=\s+[A-Z]))"
)

_INLINE_CLOSING = re.compile(r"(?<=[.?!])\s+" + _SIGN_OFF + r".*$", re.IGNORECASE)


# "... under FOISA (1) how many ..., (2) whether ...": marks after a word, three at least
_LOOSE_MARK = re.compile(r"(?<=\s)(\d{1,2})[.)](?=\s+[a-z])|(?<=\s)\((\d{1,2})\)(?=\s+[a-z])")
_BRACKET_MARK = re.compile(r"(?<=\s)\((" + ROMAN + r"|[a-h])\)(?=\s+\w)")


def _in_sequence(found: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The marks numbered 1, 2, 3 ... in turn (any other number is no mark)."""
    marks: list[re.Match[str]] = []
    for m in found:
        n = label_number(next(g for g in m.groups() if g))
        if n - 100 * (n >= 100) + (n >= 100) == len(marks) + 1:  # 1, 2, 3; i, ii, iii; a (100), b ...
            marks.append(m)
    return marks


def _by_inline_numbers(lines: list[str]) -> tuple[RequestQuestion, ...]:
    """Questions numbered 1), 2), 3) ... inside running prose: split at each number that follows the last."""
    text = re.sub(r"\s+", " ", " ".join(lines)).strip()
    text = _INLINE_CLOSING.sub("", text)  # "... footage? Thanks, Tara Quinlan"
    marks = _in_sequence(_INLINE_MARK.finditer(text))
    if len(marks) < 2:  # "please tell me 1. how many ... 2. are any ... 3. if yes": three at least
        marks = _in_sequence(_LOOSE_MARK.finditer(text))
        marks = marks if len(marks) >= 3 else []
    if len(marks) < 2:  # "please tell me (i) how many ..., (ii) exactly where ... and (iii) whether ..."
        marks = _in_sequence(_BRACKET_MARK.finditer(text))
    if len(marks) < 2:
        return ()
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return tuple(
        _make(k, m.group(0), [re.sub(r"\s+(?:and|or)$", "", text[m.end() : end].strip())])
        for k, (m, end) in enumerate(zip(marks, ends, strict=True), 1)
    )


def _by_sentences(lines: list[str]) -> tuple[RequestQuestion, ...]:
    """Questions asked in running prose: each asking sentence, and each question run on inside one."""
    paragraphs = "\n".join(lines).split("\n\n")  # a title line ("Facial Recognition") ends its paragraph
    text = " ".join(re.sub(r"(?<=\w)\s*$", ".", p) if p.strip() else "" for p in paragraphs)
    text = re.sub(r"\s+", " ", text).strip()
    text = _INLINE_GREETING.sub("", text)  # "Dear FOI Officer, I'd like to ask ..." all on one line
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if not _ASKING.search(sentence):
            continue
        pieces = [p.strip(" ,;:") for p in _RUN_ON.split(sentence)]
        pieces = [_LEAD_IN.sub("", p) for p in pieces if (_ASKING.search(p) or len(p.split()) >= 5)]
        parts.extend(p for p in pieces if not _INTRO.match(p))
    return tuple(_make(k, "", [p]) for k, p in enumerate(parts, 1))


__all__ = ["Ask", "RequestQuestion", "ask_of", "bare_answer", "pointed_to", "split_request"]
