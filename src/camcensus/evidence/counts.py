"""Camera counts in a sentence: "approx. 300 cameras", "a total of 142 CCTV cameras", "Number of cameras: 96".

Each count gets a role: ``total`` (stated as the whole), ``part`` (one site or type, to be summed), ``sub`` (a
subset of a count already given: "including 12 PTZ cameras", "3 of our cameras"). Recorders and body-worn
cameras are not CCTV cameras and are kept apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from camcensus.evidence.count_each import fleet_sizes, left_out, said_again
from camcensus.evidence.count_lists import made_units, named_in_brackets, of_make_before
from camcensus.evidence.count_mention import CountMention, camera_number
from camcensus.evidence.phrases import joined, kinds_in, words
from camcensus.evidence.text import NUMBER, NUMBER_WORDS, Folded, could_contain, parse_number
from camcensus.memo import text_memo


# The phrase lists are data (evidence/data/counts.toml, each entry with an example it matches and one it must
# not); each is read here as one pattern, its entries joined in file order, inside the number grammar around
# it (the file names it beside each list).
def _list(section: str) -> str:
    return joined("counts", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


APPROX = r"(?P<approx>" + _list("approx") + r")?\s*"
NOUN = r"(?:" + _list("noun") + r")\b(?!\s+(?:" + _list("noun_not_after") + r")\b)"
_NO = r"(?=nos?\.?\s)"  # "52no. cameras", "40 no. Hikvision": a quantity written as on schedules
# "60-70 cameras", "between 60 and 70": a range, at its middle, never the count; "24-hour cameras" no count
_RANGE = rf"(?:\s*(?:-|\u2013|\bto\b|(?(between)\band\b|(?!)))\s*(?P<num2>\b{NUMBER})\b)?"
# a count starts at a word: "some" in "handsome" is no approximation (and the engine skips letters fast)
_NUMBER_NOUN = re.compile(
    r"(?<![A-Za-z])"
    + APPROX
    + rf"(?P<between>\bbetween\s+)?(?P<num>\b{NUMBER})(?:\b|{_NO}){_RANGE}(?!-[A-Za-z])(?P<plus>\+)?\s*"
    + rf"(?:(?:x|{_NO}nos?\.?)\s+)?"
    + r"(?P<mod>(?:[\w/&'()\-]+\s+){0,4}?|(?:[\w/'()\-]+\s+){1,2}(?:and|&)\s+(?:[\w/'()\-]+\s+){1,2}?)"
    + rf"(?:o\s+)?{NOUN}",  # ("152 town centre and public realm cameras")
    re.IGNORECASE,
)
_LABEL_TOTAL = r"(?:" + _list("label_total") + r")"
_LABEL_NUMBER = re.compile(
    rf"(?:(?:{_LABEL_TOTAL}\s+)?(?:{_list('label')})\s+(?:of\s+)?(?P<lmod>(?:[A-Za-z-]+\s+){{0,3}}?){NOUN}"
    rf"|{_LABEL_TOTAL}\s+(?:[A-Za-z-]+\s+){{0,2}}?{NOUN}|{NOUN}\s*\({_LABEL_TOTAL}\))"
    rf"[^0-9\n]{{0,40}}?{APPROX}(?P<num>\b{NUMBER})\b",
    re.IGNORECASE,
)
# "Hikvision cameras: 0", "Other cameras: 312", "CCTV cameras: 96": a count labelled by make or kind
_NOUN_LABEL = re.compile(
    r"(?:(?<![\w-])(?P<lmod>(?:[A-Za-z][\w&'.-]*\s+){1,3}?)|^\W*)"  # "CCTV cameras: 96", "Cameras: 12"
    + NOUN
    + r"\s*[:=]\s*"
    + APPROX
    + rf"(?P<num>\b{NUMBER})\b(?!\s*(?:"
    + _list("label_not_count")
    + r"))",
    re.IGNORECASE,
)
_NOUN_BRACKET = re.compile(
    rf"(?P<mod>){NOUN}\s*\(\s*{APPROX}(?P<num>\b{NUMBER})\b\s*(?:{_list('noun_bracket_total')})?\s*\)",
    re.IGNORECASE,
)
# "The cameras themselves are Axis (32 in total)", "four on the pavilion and a couple at the skate park, so
# six in total": only read where the sentence is about cameras.
_BRACKET_TOTAL = re.compile(
    rf"(?P<mod>)(?:(?P<open>\()\s*|\b(?:{_list('total_opener')})\s+){APPROX}(?P<num>\b{NUMBER})\b\s*"
    rf"(?:{_list('bracket_total')})(?(open)\s*\)|\b)",
    re.IGNORECASE,
)
_ABOUT_CAMERAS = Folded(NOUN, re.IGNORECASE)
_TOTAL_WORDS = words("counts", "bracket_total")  # what a bracketed or stated total holds: a quick look
_NOUN_WORDS = words("counts", "noun")  # what every match of NOUN holds
_SOME_OF = re.compile(r"\b(?:" + _list("some_of") + r")\s*$", re.IGNORECASE)
_BARE_ANSWER = re.compile(
    rf"^\W*(?:(?:{_list('bare_subject')})\s+(?:{_list('bare_verb')})\s+)?{APPROX}(?P<num>\b{NUMBER})\b"
    rf"(?:\s*(?:{_list('bare_after')}))*\W*$",
    re.IGNORECASE,
)
SUB_BEFORE = re.compile(r"\b(?:" + _list("sub") + r")\W*(?:\w+\W+){0,3}$", re.IGNORECASE)
_PART = re.compile(r"\b(?:" + _list("part") + r")\s*$", re.IGNORECASE)
_CONTINUES = re.compile(r"^\W*(?:" + _list("continues") + r")\b", re.IGNORECASE)
_TOTAL = re.compile(_bounded("total"), re.IGNORECASE)
_LABEL_LEAD = re.compile(r"\W*[A-Z][\w ()&,'/-]{1,60}:\s*")  # "Custody: 312 cameras across ...": a part
NOT_CAMERA_MOD = re.compile(_bounded("not_camera"), re.IGNORECASE)
# a word of a label (lower case) that names no make or kind, matched whole
_GENERIC = re.compile(r"(?:" + _list("generic") + r")")
_YEARISH = re.compile(r"\b(?:" + _list("yearish") + r")\s*$", re.IGNORECASE)
NOT_A_COUNT_BEFORE = re.compile(r"(?:" + _list("not_a_count_before") + r")$", re.IGNORECASE)


MIXED_FIGURE = re.compile(_list("mixed_figure"), re.IGNORECASE)  # "173 (this figure includes recorders)"


_TOTAL_OF = re.compile(r"\bthe total (?:number )?of\s+(?:\w+\s+)?$", re.IGNORECASE)


def _role(text: str, m: re.Match[str], number_start: int, modifier: str) -> str:
    before = text[max(0, number_start - 60) : number_start]
    if NOT_CAMERA_MOD.search(modifier) or MIXED_FIGURE.match(text, m.end("num")):
        return "excluded"
    if re.search(r"\bof\b", modifier, re.IGNORECASE) and not re.search(r"total of", before, re.IGNORECASE):
        return "sub"
    if SUB_BEFORE.search(before) and not _TOTAL_OF.search(before):
        return "sub"  # (not "including the total of 148 cameras": the total, named among what is restated)
    if _LABEL_LEAD.fullmatch(text[:number_start]) and not _TOTAL.search(text[:number_start]):
        return "part"
    # the word with no other number between (not "total to 114, and ... the 11", "12 cameras, 204 in total")
    after = text[m.end() : m.end() + 25]
    said = any(not re.search(r"\d", before[-40:][t.end() :]) for t in _TOTAL.finditer(before[-40:]))
    if said or any(not re.search(r"\d", after[: t.start()]) for t in _TOTAL.finditer(after)):
        return "total"
    return "part"


_LABEL_STARTS_TOTAL = re.compile(r"\s*" + _LABEL_TOTAL, re.IGNORECASE)


def _label_role(m: re.Match[str]) -> str:
    words = re.findall(r"[a-z]+", (m.groupdict().get("lmod") or "").lower())  # in order: "body worn"
    if not words and m.re is _NOUN_LABEL and not _LABEL_STARTS_TOTAL.match(m.group(0)):  # "Cameras: 12"
        return "part"
    if _LABEL_STARTS_TOTAL.match(m.group(0)) or all(_GENERIC.fullmatch(w) for w in words):
        return "total"
    return "excluded" if NOT_CAMERA_MOD.search(" ".join(words)) else "part"


def _range_end(m: re.Match[str], low: int) -> tuple[int, int | None]:
    """Where the count ends, and the middle of its range ("60-70 cameras": 65) when it is one."""
    high_text = m.groupdict().get("num2")
    high = parse_number(high_text) if high_text else None
    if high is None or high <= low:
        return m.end("num"), None
    return m.end("num2"), (low + high + 1) // 2


def _label_qualifier(m: re.Match[str]) -> str:
    """The make or kind a labelled count is of ("Hikvision" in "Hikvision cameras: 0"), less generic words."""
    words = (m.group("lmod") or "").split()
    return " ".join(w for w in words if not _GENERIC.fullmatch(w.lower().strip(".")))


_FY = re.compile(r"[/-]\d\d\b")  # "2025/26": a financial year
_MONTH_BEFORE = re.compile(r"\b(?:" + _list("month") + r")[a-z]*\.?,?\s*$", re.IGNORECASE)  # "November 2022"
_MONTH_AFTER = re.compile(
    r"\s*(?:st|nd|rd|th)?\s+(?:" + _list("month") + r")[a-z]*\.?\s+(?:19|20)\d\d\b", re.IGNORECASE
)


def _plausible(text: str, number_start: int, value: int, number_end: int = -1) -> bool:
    before = text[max(0, number_start - 20) : number_start]
    if NOT_A_COUNT_BEFORE.search(before):
        return False
    if number_end >= 0 and (
        _MONTH_AFTER.match(text, number_end) or value >= 1990 and _FY.match(text, number_end)
    ):
        return False  # dates: "the decision of 11 June 2024", "in 2025/26"
    alone = before.endswith("(") and text[number_end : number_end + 1] == ")"  # "£4,950 each (2021)"
    return not (1990 <= value <= 2035 and (_YEARISH.search(before) or _MONTH_BEFORE.search(before) or alone))


# what every match of _LABEL_NUMBER holds
_LABEL_WORDS = words("counts", "label") + words("counts", "label_total")


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The count patterns, in order, less those whose fixed parts the text lacks (a label word, a colon, a
    bracket): one quick look instead of a pass of each."""
    low = text.lower()
    patterns = []
    if any(word in low for word in _LABEL_WORDS):
        patterns.append(_LABEL_NUMBER)
    if ":" in text or "=" in text:
        patterns.append(_NOUN_LABEL)
    bracket = "(" in text
    if bracket:
        patterns.append(_NOUN_BRACKET)
    patterns.append(_NUMBER_NOUN)
    if bracket or any(word in low for word in _TOTAL_WORDS):
        patterns.append(_BRACKET_TOTAL)
    return patterns


# the words between a number and "cameras" join it to a name ("2 and Axon AB3"): a model's number, no count
_JOINS_A_NAME = re.compile(r"\s*(?:and|or|&)\s+(?!.*\b\d+\b)(?:\S+\s+)*?[A-Z][A-Za-z]*\d")


# "12 fixed and 4 PTZ cameras": the words before a second number joined to the first; the noun after it is
# the first number's too
_SHARED_NOUN = re.compile(rf"(?P<own>.*?)\b(?:and|or|plus)\s+(?=\d|(?:{NUMBER_WORDS})\b)", re.IGNORECASE)

# (not a figure glued to its unit: "6 x HiWatch 4MP turrets")
_INNER_NUMBER = re.compile(
    rf"(?<![\w.,])(?:\d[\d,]*(?![\w.,]\d)(?![A-Za-z])|(?:{NUMBER_WORDS})\b(?!-))", re.IGNORECASE
)
_OF_BEFORE = re.compile(r"\bof\b", re.IGNORECASE)  # "12 of the 40 cameras": a part of the 40


def _matches(rx: re.Pattern[str], text: str, endpos: int) -> Iterator[tuple[re.Match[str], str]]:
    """Each match of ``rx`` with the words between its number and its noun; where those words hold a second
    number joined to the first ("12 fixed and 4 PTZ cameras"), the search goes on from that number."""
    pos = 0
    while (m := rx.search(text, pos, endpos)) is not None:
        modifier = m.groupdict().get("mod") or ""
        shared = _SHARED_NOUN.match(modifier) if rx is _NUMBER_NOUN and modifier else None
        inner = _INNER_NUMBER.search(modifier) if rx is _NUMBER_NOUN and not shared else None
        at = m.start("mod") + inner.start() if inner is not None else 0
        if inner is not None and NOT_A_COUNT_BEFORE.search(text[max(0, at - 20) : at]):
            inner = None  # "2,140 Axon Body 3 cameras": the 3 names the model, the noun is the 2,140's
        if inner is not None and not _OF_BEFORE.search(modifier[: inner.start()]):
            pos = m.start("mod") + inner.start()  # "(due 2025) - 36 cameras": the noun is the 36's
            continue
        yield m, (shared.group("own") if shared else modifier)
        if shared:
            pos = m.start("mod") + shared.end()
        elif inner is not None:  # "12 of the 40 cameras": the 40 is a count of its own
            pos = m.start("mod") + inner.start()
        else:
            pos = max(m.end(), pos + 1)


_OTHER_MAKES = re.compile(
    r"^\W*(?:" + _list("other_makes") + rf")\s*[:=\-\u2013]\s*(?P<num>{NUMBER})\s*\.?\s*$", re.IGNORECASE
)


@text_memo
def find_counts(text: str) -> tuple[CountMention, ...]:
    """Camera counts stated in one sentence, with their roles."""
    other = _OTHER_MAKES.match(text) if "ther" in text else None
    if other is not None and (value := camera_number(other.group("num"))) is not None:
        return (CountMention(other.start("num"), other.end("num"), value, "part", False, "other makes"),)
    nouns = [m.end() for m in _ABOUT_CAMERAS.finditer(text)] if could_contain(text, _NOUN_WORDS) else []
    if not nouns:  # every pattern below names the cameras (the bracketed total only in such a sentence),
        return tuple(made_units(text))  # as a schedule's makes and models do: "8 x Hanwha XNO-6080R, 2 x ..."
    out: list[CountMention] = made_units(text)  # ("31 x Hanwha ... (internal domes), 9 x Hanwha ...": the
    taken: list[tuple[int, int]] = [(c.start, c.end) for c in out]  # schedule's units, each of its make)
    for rx in _patterns_for(text):
        # "N ... cameras" ends at a camera noun, so never after the last one (whose end is a word boundary)
        for m, modifier in _matches(rx, text, nouns[-1] if rx is _NUMBER_NOUN else len(text)):
            value = camera_number(m.group("num"))
            if value is None or not _plausible(text, m.start("num"), value, m.end("num")):
                continue
            end, ranged = _range_end(m, value)
            if ranged is not None:
                value = ranged
            if any(m.start("num") < e and s < end for s, e in taken):
                continue
            if rx is _LABEL_NUMBER and re.search(r"\ban?(?:\s+\w+)?\s*$", text[: m.start()], re.IGNORECASE):
                continue  # "a small number of our cameras (15)": a quantifier, not a label
            if (rx is _NUMBER_NOUN or rx is _LABEL_NUMBER) and _list_label(
                text, m.start("num"), m.end("num")
            ):
                continue  # "...cameras; (2) the make and model of each camera": a list's label, not a count
            if _JOINS_A_NAME.match(modifier) or (
                rx is _NOUN_LABEL and re.search(NUMBER, m["lmod"] or "", re.I)
            ):
                continue  # "the Axon flex 2 and Axon AB3 cameras"; "We have sixteen cameras: 12 external"
            labelled = rx is _LABEL_NUMBER or rx is _NOUN_LABEL
            role = _label_role(m) if labelled else _role(text, m, m.start("num"), modifier)
            if rx is _BRACKET_TOTAL and role == "part" and m.group("open") is None:
                role = "total"  # "..., which is 212 in all": the sentence's parts summed by its writer
            if ranged is not None and role in ("part", "total"):
                role = "excluded"  # "between 300 and 350 cameras": the body gave no figure
            if rx is _NOUN_BRACKET and _SOME_OF.search(text[max(0, m.start() - 40) : m.start()]):
                role = "sub"  # "a small number of our cameras (approximately 15) are Dahua"
            qualifier = modifier.strip() or (_label_qualifier(m) if rx is _NOUN_LABEL else "")
            out.append(
                CountMention(
                    m.start("num"),
                    end,
                    value,
                    role,
                    bool(m.group("approx") or m.groupdict().get("plus") or ranged is not None),
                    qualifier,
                    ranged=ranged is not None,
                )
            )
            taken.append((m.start("num"), end))
    out.extend(named_in_brackets(text, taken, out))
    out.extend(_elided_parts(text, taken, out))
    gone = left_out([c.start for c in out], text) | said_again(text, [(c.start, c.end, c.value) for c in out])
    fleet = fleet_sizes(text, [c.start for c in out])
    out = [replace(c, value=c.value * (fleet.get(c.start) or 1), fleet=fleet.get(c.start, 0)) for c in out]
    out = [replace(c, role="sub") if c.start in gone else c for c in out]
    return tuple(sorted(_added_to(text, [of_make_before(text, c) for c in out]), key=lambda c: c.start))


_LIST_LABEL = re.compile(r"\)\s+(?-i:[a-z])")
_LIST_OPENS = re.compile(r"(?:^|[;:,.]\s*)\(?\s*$")


def _list_label(text: str, start: int, end: int) -> bool:
    """The number labels an item of a list run on in a sentence ("...; (2) the make and model of each
    camera"): opened where a clause begins, closed by a bracket, words going on after it."""
    return bool(_LIST_LABEL.match(text, end)) and bool(_LIST_OPENS.search(text, 0, start))


def _added_to(text: str, found: list[CountMention]) -> list[CountMention]:
    """A count that is the estate's only by where it is ("640 fixed cameras across the estate"), where a
    later count of the sentence adds to it ("together with a further 18 PTZ domes"): a part, as that one."""
    later = [c.start for c in found if c.role == "part" and adds_more(text, c.start)]
    if not later:
        return found
    return [
        replace(c, role="part")
        if c.role == "total"
        and c.end < max(later)
        and kinds_in(text[c.start : min(later)], "counts", "total") == ("estate_wide",)
        else c
        for c in found
    ]


# "32 cameras inside the school and 14 outside": the noun left to the first; "... has 46 cameras and the care
# centre has a further 27.", "... and the other eight have two each.", "X has 31, the depot has 18 ...".
_SMALL = r"\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b"
# "X has 12 cameras, Hollins Park Academy 40, Oakhurst Primary 18 and Tanner's Brook 31.": places named,
# each with its number, at least two of them
_SITE = r"(?-i:(?P<site>[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|of|the|upon|on))*?))"
_ELIDED = re.compile(
    rf"(?:\b(?P<has>(?:and|(?<=\w)[,;])\s+(?:(?:the|our|its)\s+|(?=(?-i:[A-Z])))(?:other\s+(?P<others>{_SMALL})\s+)?"
    rf"(?:[\w'&-]+\s+){{0,7}}?(?:has|have))|(?:\band|(?<=\w),)(?:\s+{_SITE})?|\b(?P<more>a further|another))"
    rf"\s+{APPROX}(?P<num>{_SMALL})\s*(?:(?P<kind>{_list('kind_after')})\b(?!\s+(?:of|to)\b)|(?(more)(?=\s*[.;])|"
    rf"(?(has)(?=[.;,]|\((?!\s*\d)|(?P<each>each\b))|(?(site)(?=\s*(?:,|and\b|[.;]|$))|(?!)))))",
    re.I,
)

_BRACKETED = re.compile(r"\([^()]*\)")
_SITES = r"(?:" + _list("not_cameras_after") + r")\b"
_NOT_CAMERAS_AFTER_KIND = re.compile(r"\s+" + _SITES, re.IGNORECASE)
# "eleven cameras at our three visitor centres ... and a further six": a number of places, no part between
_SITES_AFTER = re.compile(r"\s+(?:(?!(?:at|in|on|across|around|of)\s)[A-Za-z-]+\s+){0,2}?" + _SITES, re.I)
_LISTED_PLACE = re.compile(r",\s+\S+\s+(?:at|in|across)\s+(?!each\b|all\b|every\b)", re.IGNORECASE)


def _elided_parts(text: str, taken: list[tuple[int, int]], found: list[CountMention]) -> list[CountMention]:
    # after cameras outside the estate ("38 body-worn cameras ... and a further 7 used by ..."), of their kind
    parts = [c for c in found if c.role == "part"]
    parts = parts or [c for c in found if c.role == "excluded" and c.qualifier]
    role, like = ("part", "") if not parts or parts[0].role == "part" else ("excluded", parts[0].qualifier)
    out: list[CountMention] = []
    sites: list[int] = []
    for m in _ELIDED.finditer(text, parts[0].end if parts else len(text)):
        value = camera_number(m.group("num"))
        if value is not None and m.group("each"):
            value *= camera_number(m.group("others") or "") or 0
        if not value or any(m.start("num") < e and s < m.end("num") for s, e in taken):
            continue
        bare = m.group(0).startswith(",") and not (
            m["has"] or m["site"] or _LISTED_PLACE.match(text, m.start())
        )
        if bare or (m["site"] and text.count("(", 0, m.start()) > text.count(")", 0, m.start())):
            continue  # "512 cameras at X, 140 at Y" (places), not "14 cameras, two at each site" nor "(A 12)"
        last = out[-1].end if out else parts[-1].end
        gap = _BRACKETED.sub("", text[last : m.start()])  # "have 26 (Teifi 12, Aberbanc 8)": that part's own
        far = len(gap) > (120 if m["more"] else 80)  # ("a further" adds, however far from the count before)
        if far or any(not _SITES_AFTER.match(gap, n.end()) for n in re.finditer(_SMALL, gap, re.I)):
            break  # "8 cameras, 6 outside ... and 2 inside": a breakdown of the count before, not one more
        if _NOT_CAMERAS_AFTER_KIND.match(text, m.end()):
            continue  # "and 2 more sites"
        kind, approx = m.group("kind") or "", bool(m.group("approx"))
        out.append(CountMention(m.start("num"), m.end("num"), value, role, approx, kind or like))
        sites += [m.start("num")] if m["site"] and not kind else []
    return out if len(sites) != 1 else [c for c in out if c.start not in sites]  # ("..., Phase 2."): no list


def bare_count_answer(text: str) -> CountMention | None:
    """The answer to "How many cameras?" given as a bare number: "142", "Approx. 300.", "96 in total"."""
    m = _BARE_ANSWER.match(text)
    if not m:
        return None
    value = camera_number(m.group("num"))
    if value is None or (1990 <= value <= 2035):
        return None
    return CountMention(m.start("num"), m.end("num"), value, "total", bool(m.group("approx")), "")


def adds_more(sentence: str, number_start: int) -> bool:
    """The count at ``number_start`` adds cameras to those already given: "a further 31 cameras", or a
    sentence that opens "In addition to this, the Council operates 37 cameras at its own buildings"."""
    before = sentence[max(0, number_start - 60) : number_start]
    return bool(_PART.search(before) or _CONTINUES.search(sentence))
