"""The count an answer to "How many cameras?" gives, read with the question supplying the noun ("146",
"Approximately 300 across 12 sites", "Public space - 141. Council buildings - 71"), and the rows of a table
answering it ("Vale Hospital  38  21", "Total | 297"), and which of a reply's counts make up its camera
count (``resolve_count``). The phrase lists are in evidence/data/counts.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from camcensus.evidence import cues
from camcensus.evidence.answer_parts import broken_down_by, opens_breakdown, parts_of
from camcensus.evidence.count_each import fleet_sizes, left_out, said_again
from camcensus.evidence.count_rows import label_counts_no_cameras, labelled_figure
from camcensus.evidence.counts import (
    APPROX,
    MIXED_FIGURE,
    NOT_A_COUNT_BEFORE,
    NOUN,
    SUB_BEFORE,
    CountMention,
    camera_number,
    find_counts,
)
from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER, sentence_start


def _list(section: str) -> str:
    return joined("counts", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


# -- the answer to "How many cameras?": what a reply's aligned answer says, with the question supplying
#    the noun ("212 (of which 31 are redeployable)", "12 fixed and 2 PTZ", "Fourteen (14).",
#    "Public space - 141. Council buildings - 71.", "Axis (24 units), Hanwha (12)") --
# a spaced dash ends a number in words: "Four - two on the pavilion and two ..."
_TIGHT_NUMBER = NUMBER.replace(r"[\s-]+", r"(?:\s+|-)")
_ANSWER_NUMBER = re.compile(
    r"(?<![\w£$€.,/])"
    + APPROX
    + rf"(?P<num>{_TIGHT_NUMBER})(?!(?!nos?\.?\s)[\w%]|[.,/]\d|-[A-Za-z]|\s*(?:"
    + _list("percent")
    + r"))",
    re.IGNORECASE,
)
# what a number in an answer counts when it is not cameras: sites, money, time, people, other kit (also "of"
# them: "all eight of the Council's secondary schools")
_NOT_CAMERAS_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the|our|its|their)\s+(?:[\w-]+['\u2019]s\s+)?)?"
    r"(?:(?!(?:at|in|on|inside|outside|within|throughout|across|around|for|of|from)\s)[A-Za-z0-9/-]+\s+){0,2}?[\"'\u2018\u201c]?"
    r"(?:" + _list("not_cameras_after") + r")(?![a-z])",
    re.IGNORECASE,
)


def counts_other_things(after: str) -> bool:
    """The words after a number (or after "how many") make it a count of something other than cameras:
    sites, days, officers, deployments ..."""
    of = _OF_THE.match(after)  # "How many of your frontline ambulances ...": the ambulances
    return bool(_NOT_CAMERAS_AFTER.match(after[of.end() if of else 0 :][:40]))


# "How many of the Trust's emergency ambulances ...": the owner's name is no part of what is counted
_OF_THE = re.compile(
    r"\s*of\s+(?:the|your|its|our|their|these|those)\s+(?:[\w&-]+(?:'s|\u2019s)\s+)?(?=\S)", re.IGNORECASE
)


_NOT_CAMERAS_BEFORE = re.compile(r"(?:" + _list("not_cameras_before") + r")$", re.IGNORECASE)
_LEFT_OUT_BEFORE = re.compile(_bounded("left_out_before") + r"[^.;:]*$", re.IGNORECASE)
_SEPARATE = re.compile(r"\s*" + _bounded("separate_parts"), re.IGNORECASE)
_SUBSET_AFTER = re.compile(r"\s*" + _bounded("subset_after"), re.IGNORECASE)
_PLANNED_AFTER = re.compile(  # (and "24 additional cameras (Axis) are on order", "12 cameras for the new
    # Sixth Form Centre will be installed": within its clause, before another's number)
    r"^(?:(?!\s(?:and|but|while|whereas|with)\s)[^.;,:\d]){0,80}?" + _bounded("planned_after"),
    re.IGNORECASE,
)


_PLANNED_BEFORE = re.compile(r"(?:" + _list("planned_before") + r")\s+$", re.IGNORECASE)


def planned_after(text: str, end: int, start: int | None = None) -> bool:
    """The words after a number (ending at ``end``) make its cameras planned: "4 cameras are planned for"; or,
    given its ``start``, the words before it: "to add 20 new cameras"."""
    before = start is not None and bool(_PLANNED_BEFORE.search(text[max(0, start - 40) : start]))
    return before or bool(_PLANNED_AFTER.match(text[end : end + 100]))


_SUBSET_OPEN = re.compile(r"\(\s*(?:" + _list("subset_open") + r")\b", re.IGNORECASE)
# words between a number and the next that make the next a part of the first: "1,180 cameras. This comprises
# 402 ...", "Four - two on the pavilion and two ...", "212 (31 redeployable)"
# "56 cameras across 23 pumping stations and 9 sluices": a number named as the cameras is the whole answer
_NAMED_AFTER = re.compile(
    r"\s*(?:[A-Za-z()/-]+\s+){0,3}?" + NOUN + r"(?!\s*[:=])" + r"|\s+(?:" + _list("kind_after") + r")\b",
    re.IGNORECASE,
)  # not a label; or a kind of camera standing for the noun ("and 11 outside")
# "the 2022 audit recorded 590 cameras; the Trust currently has 612": the figure for now
NOW_BEFORE = re.compile(_bounded("now") + r"[^.;]*$", re.IGNORECASE)
TOTAL_WORD = re.compile(_bounded("total_word"), re.IGNORECASE)  # "in total", "altogether"
_IN_USE_AFTER = re.compile(r"\s*(?:" + _list("in_use_after") + r")\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)")
_TIMES = re.compile(r"\s*(?:[x\u00d7]|nos?\.)\s+(?=[A-Za-z])", re.IGNORECASE)  # "6 x DJI Mini", "40no. Axis"
_PAST_ASIDE = re.compile(_list("past_aside"), re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\b(?:" + _list("more_before") + r")\s+$", re.IGNORECASE)
_LEAD_VERB = re.compile(r"\b(?:" + _list("lead_verb") + r")\s*$")  # case as written
# the next numbered answer begins ("2. Yes", "Q3", "2/3."): a question's number is small ("87. Garscadden"
# is a count, then a sentence), and does not end a phrase ("St Anne's Junior 8. Beacon Hill ...") nor follow
# a label's dash or colon ("Abergele - 9. Conwy - 11": a place's count)
_POINTS_ON = re.compile(
    r"(?:^|\s)(?:q\s*\d|\d{1,2}\s*[/&]\s*\d{1,2}\s*[.:)])|(?:^|(?<![A-Za-z:=\u2013-])\s)(?:1\d|20|[1-9])\s*[.)]\s+[A-Z]",
    re.IGNORECASE,
)


_GLUED = re.compile(r"[A-Za-z0-9][-/]$")
_PART_LABEL = re.compile(r"\s?\((?:[a-h]|i{1,3}|iv|v)\)", re.IGNORECASE)


# "between 300 and 350", "150-200 cameras": a range, which gives no figure
_SMALL = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # "between one and three"
)
_RANGE_SPAN = re.compile(
    rf"\bbetween\s+{_SMALL}\s+and\s+{_SMALL}\b|\b\d[\d,]*\s*(?:-|\u2013|\bto\b)\s*\d[\d,]*\s+(?:\w+\s+)?cameras\b",
    re.IGNORECASE,
)


_IN_FIGURES, _FIGURES_BEFORE = re.compile(r"\s*\(\s*\d[\d,]*\s*\)"), re.compile(r"\d[\d,]*\s*\(\s*$")
_CLOCK, _CLOCK_END = re.compile(r":\d\d\b"), re.compile(r"\b\d{1,2}:$")


# "Brightwater Academy – 34. Fernhill Primary Academy – 9. ...": the first number a place's, like the rest
_DASHED = re.compile(r"^\W*[A-Z][\w'&. -]{2,60}?\s[-\u2013]\s*$")
_NEXT_MARK = re.compile(r"(?<=[.?!)] )\d{1,2}[.)]\s*$")  # the next question's number, the request quoted


def _answer_numbers(text: str) -> list[tuple[re.Match[str], int, int]]:
    """The numbers of cameras an answer states, each with its value (times its fleet, where "each" of a
    fleet carries it) and that fleet's size (0 for none)."""
    out: list[tuple[re.Match[str], int]] = []
    depth_subset = [r.span() for r in _RANGE_SPAN.finditer(text)]
    # and the spans of "(of which ...)" asides: their numbers are inside the total
    for m in _SUBSET_OPEN.finditer(text):
        close = text.find(")", m.end())
        depth_subset.append((m.start(), close if close >= 0 else len(text)))
    for m in _ASIDE.finditer(text):  # "(figure in 2021 was 63 ...)": an older figure, no part of today's
        if _PAST_ASIDE.search(m.group(0)):
            depth_subset.append((m.start(), m.end()))
    for m in _ANSWER_NUMBER.finditer(text):
        value = camera_number(m.group("num"))
        if value is None or any(s <= m.start() < e for s, e in depth_subset):
            continue
        if _NOT_CAMERAS_BEFORE.search(text[max(0, m.start("num") - 14) : m.start("num")]):
            continue
        if NOT_A_COUNT_BEFORE.search(text[max(0, m.start("num") - 20) : m.start("num")]):
            continue  # "DJI Matrice 300 RTK": a model's number, as in a sentence's counts
        if _GLUED.search(text, max(0, m.start("num") - 2), m.start("num")):
            continue  # "KU-FOI-2023-488": the end of a reference, not a count
        if _PART_LABEL.match(text, m.end("num")) or _NEXT_MARK.match(text, m.start("num")):
            continue  # "Please see the table provided at 1(b)", "... Saughton House). 2.": a question's mark
        if _CLOCK.match(text, m.end("num")) or _CLOCK_END.search(text, 0, m.start("num")):
            continue  # "sent 29/07/2025 10:47": a time of day
        if _row_of_other_kit(text, m.start("num")):
            continue  # "Milestone XProtect recording servers | 6": a row counting recorders
        if not m.group("num")[0].isdigit() and (
            _IN_FIGURES.match(text, m.end("num")) or _FIGURES_BEFORE.search(text, 0, m.start("num"))
        ):  # "Cant pum deg saith (157)", "1,150 (one thousand one hundred and fifty)": the same figure again
            continue
        if _NOT_CAMERAS_AFTER.match(text[m.end() : m.end() + 40]) or 1990 <= value <= 2035:
            continue
        if MIXED_FIGURE.match(text, m.end("num")):  # "173 (this figure includes cameras and recorders)"
            continue
        if _LEFT_OUT_BEFORE.search(text[max(0, m.start("num") - 50) : m.start("num")]) or (
            (out or re.search(r"\b(?:figure|total|number)s? (?:also )?includ", text[: m.start("num")], re.I))
            and SUB_BEFORE.search(text[max(0, m.start("num") - 40) : m.start("num")])
        ):  # "The figures above do not include the 9 ...", "248 cameras ... This includes 12 re-deployable"
            continue
        if planned_after(text, m.end("num"), m.start("num")) or _SUBSET_AFTER.match(text, m.end("num")):
            continue
        out.append((m, value))
    gone = left_out([m.start("num") for m, _ in out], text)
    fleet = fleet_sizes(text, [m.start("num") for m, _ in out])  # "31 appliances. Each appliance has four"
    first = min(fleet, default=len(text))  # the vehicles' own number, before, is no count of cameras
    sizes = set(fleet.values())
    found = [
        (m, v * fleet.get(m.start("num"), 1), fleet.get(m.start("num"), 0))
        for m, v in out
        if m.start("num") not in gone and not (v in sizes and m.start("num") < first)
    ]
    again = said_again(text, [(m.start("num"), m.end("num"), v) for m, v, _ in found])  # "two cameras (52"
    return [n for n in found if n[0].start("num") not in again]


def answer_count(text: str) -> CountMention | None:
    """The number of cameras an answer to "How many cameras?" gives: a total where it states one (the
    first number, or one marked as the total or as the figure for now, with any breakdown after it), else
    the sum of its parts ("12 fixed and 2 PTZ": 14); None when the answer gives no number of cameras."""
    cut = _POINTS_ON.search(text, 1)
    text = text[: cut.start()] if cut else text
    # the numbers of its first 400 characters, read with what follows them ("12 ANPR cameras ...; these are
    # not included in the figures above" may end past the 400th)
    read = [(m, v, each) for m, v, each in _answer_numbers(text[:700]) if m.start() < 400]
    found = _answer_total(text, [(m, v) for m, v, _ in read]) if read else None
    if found is None or found.qualifier == "sum":
        return found
    each = next((each for m, _, each in read if m.start("num") == found.start), 0)
    return replace(found, fleet=each) if each else found  # its value is already the fleet's cameras


def _answer_total(text: str, numbers: list[tuple[re.Match[str], int]]) -> CountMention | None:
    """Of an answer's numbers, the total it states, or the sum of its parts."""
    units = [(m, v) for m, v in numbers if _TIMES.match(text, m.end())]
    if len(units) >= 2:  # "6 X DJI Mavic 2 Enterprise, 1 X DJI Matrice 300": the units, not the models
        return _mention(units[0][0], units[-1][0], sum(v for _, v in units), "sum")
    named = [
        (m, v)
        for m, v in numbers
        if _NAMED_AFTER.match(text, m.end()) or _MORE_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    ]
    if not named and _RANGE_SPAN.search(text, 0, 400):  # "between 420 and 460 CCTV cameras ... the two
        return None  # security systems": a range gives no figure, and the rest counts no cameras
    separate = [v for m, v in numbers if v <= 4 and _SEPARATE.match(text, m.end())]
    counted = [(m, v) for m, v in numbers if not (v <= 4 and _SEPARATE.match(text, m.end()))]
    if len(counted) >= 3 and counted[-1][1] == sum(v for _, v in counted[:-1]):
        return _mention(counted[-1][0], counted[-1][0], counted[-1][1], "")  # "214 ... 431 ... so 645"
    if separate and len(named) == separate[0]:  # "two separate CCTV arrangements ... 87 ... total 233"
        return _mention(named[0][0], named[-1][0], sum(v for _, v in named), "sum")
    if separate and not named and len(numbers) == 1:  # "managed on three separate systems:", each on a line
        return None
    marked = [(m, v) for m, v in numbers if _marked_total(text, m)]
    in_use = [(m, v) for m, v in numbers if _IN_USE_AFTER.match(text, m.end())]
    if not marked and len(in_use) == 1 and len(numbers) > 1:  # "75 have been purchased and 63 are in use"
        marked = in_use
    apart = len(named) >= 2 and bool(re.search(r"[.;]", text[named[0][0].end() : named[1][0].start()]))
    if apart and len({v for _, v in named}) == 1:  # the figure said again, or in Welsh then in English
        return _mention(named[0][0], named[0][0], named[0][1], "")
    if not marked and apart:  # "the 2022 audit recorded 590 cameras; the Trust now has 612"
        marked = [(m, v) for m, v in named if NOW_BEFORE.search(text[max(0, m.start() - 30) : m.start()])]
    if not marked and len(numbers) > 1:  # "currently has 1,146 BWV devices ... our response to FOI 2022/0331
        now = [(m, v) for m, v in numbers if NOW_BEFORE.search(_sentence_before(text, m.start()))]
        marked = now if len(now) == 1 else []  # stated 980 devices": the one said to be now
    if marked:
        m, v = max(marked, key=lambda mv: mv[1])
        return _mention(m, m, v, "")
    if named:  # "(Phase 1 November 2021, 150 devices; ...). There are 450 cameras": asides give no part
        numbers = [(m, v) for m, v in numbers if (m, v) in named or not _in_aside(text, m.start())] or numbers
    if len(numbers) > 1:  # "We have 80 cameras. A further 8 were removed in 2022": no cameras now
        kept = [(m, v) for m, v in numbers if not _not_now(text, m.start())]
        numbers, named = kept or numbers, [mv for mv in named if mv in kept] if kept else named
    first, value = numbers[0]
    rest = numbers[1:]
    lead = text[: first.start()].strip(" \t-\u2013:(")
    opens = not re.search(r"[A-Za-z]{3}", lead) or bool(_LEAD_VERB.search(lead))
    broken = opens_breakdown(text, first, [m for m, _ in rest])
    alone = named[:1] == numbers[:1] and len(named) == 1  # "56 cameras across 23 stations and 9 outfalls"
    broken_down = broken_down_by(value, [v for _, v in rest]) and not _DASHED.search(text[: first.start()])
    listed = _listed_parts(text, first) if alone else []
    if len(listed) >= 2:  # "X has 31 cameras, the depot has 18 and the libraries have 12": one list of parts
        return CountMention(
            listed[0].start, listed[-1].end, sum(c.value for c in listed), "total", False, "sum"
        )
    if not rest or alone or broken_down or (opens and (broken or parts_of(text, value, rest))):
        return _mention(first, first, value, "")
    parts = named if len(named) >= 2 else numbers  # "16 internal cameras and 9 external cameras"
    return _mention(parts[0][0], parts[-1][0], sum(v for _, v in parts), "sum")


def _marked_total(text: str, m: re.Match[str]) -> bool:
    """ "In total" (or the like) is beside the number, or after the noun it counts ("38 body-worn video
    devices in total")."""
    start = sentence_start(text, m.start())
    if start > 0 and labelled_figure(text[start:].lstrip()) and labelled_figure(text):
        return False  # "Bus fleet: 1,214 cameras ... Depots: 38 cameras in total": that part's own total
    named = _NAMED_AFTER.match(text, m.end())
    return bool(TOTAL_WORD.search(text[max(0, m.start() - 25) : (named.end() if named else m.end()) + 25]))


def _listed_parts(text: str, first: re.Match[str]) -> list[CountMention]:
    """The parts the first number's sentence lists with it, where it opens that list."""
    start = sentence_start(text, first.start())
    stops = [i for i in (text.find(". ", first.end()), text.find("; ", first.end())) if i >= 0]
    end = min(stops) if stops else len(text)
    parts = [replace(c, start=c.start + start, end=c.end + start) for c in find_counts(text[start:end])]
    parts = [c for c in parts if c.role == "part"]
    return parts if parts and parts[0].start == first.start("num") else []


def _not_now(text: str, at: int) -> bool:
    """The sentence holding ``at`` speaks of cameras planned, going or gone, not of those in use now."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at)) + 1
    stops = [i for i in (text.find(".", at), text.find(";", at)) if i >= 0]
    sentence = text[start : min(stops) if stops else len(text)]
    return start > 0 and (cues.still(sentence) or cues.past(sentence))


_YEAR_FIGURE = re.compile(r"[ \t]*((?:19|20)\d\d)(?:/\d{2,4})?\s*[:\-\u2013]\s*(\d[\d,]*)(?![\d,]*\s*%)")


def year_figures(text: str, start: int) -> CountMention | None:
    """Figures given a line per year from ``start`` on ("2023: 512", then "2024: 538"): the latest year's
    is the count now, the others are history (its span counted from ``start``); None unless two or more
    such lines follow one another."""
    found, pos = [], start
    while (m := _YEAR_FIGURE.match(text, pos)) is not None:
        found.append(m)
        pos = text.find("\n", m.end()) + 1
        if not pos:
            break
    if len(found) < 2:
        return None
    m = max(found, key=lambda m: int(m.group(1)))
    value = camera_number(m.group(2))
    return (
        None
        if value is None
        else CountMention(m.start(2) - start, m.end(2) - start, value, "total", False, "")
    )


def _sentence_before(text: str, at: int) -> str:
    """The words of ``at``'s sentence before it."""
    return text[max(text.rfind(". ", 0, at), text.rfind(";", 0, at)) + 1 : at]


def _in_aside(text: str, at: int) -> bool:
    return any(a.start() < at < a.end() for a in _ASIDE.finditer(text))


def _row_of_other_kit(text: str, at: int) -> bool:
    """The number stands in a table row's cell after a label that counts no cameras (recorders, servers)."""
    before = text[:at].rstrip()
    return before.endswith("|") and label_counts_no_cameras(before[:-1].rsplit("|", 1)[-1])


def _mention(first: re.Match[str], last: re.Match[str], value: int, qualifier: str) -> CountMention:
    approx = bool(first.group("approx") or last.group("approx"))
    return CountMention(first.start("num"), last.end("num"), value, "total", approx, qualifier)


def resolve_count(mentions: list[tuple[CountMention, bool]]) -> list[bool]:
    """Which mentions make up the body's camera count: the stated totals if any, else the distinct parts
    (never a part of none: a list of makes at 0 is not a count of 0).

    ``mentions`` pairs each count with whether it came from a table total row; returns a flag per mention.
    """
    totals = [i for i, (c, _) in enumerate(mentions) if c.role == "total"]
    if totals:  # a total stated before one summed from its parts, then the largest
        best = max(totals, key=lambda i: (mentions[i][0].qualifier != "sum", mentions[i][0].value))
        return [i == best for i in range(len(mentions))]
    seen: set[tuple[int, str]] = set()
    flags = []
    for index, (c, table) in enumerate(mentions):
        key = (c.value, c.qualifier.lower()) if not table else (index, "table row")  # rows are all distinct
        counted = c.role == "part" and key not in seen and c.value > 0  # "Hikvision cameras: 0" sums nothing
        seen.add(key)
        flags.append(counted)
    parts = [i for i, f in enumerate(flags) if f]
    for i in (parts[0], parts[-1]) if len(parts) >= 3 else ():
        # "41 cameras: 35 at the clinics and 6 at reception": the first (or last) is the others' total
        rest = [mentions[j][0].value for j in parts if j != i]
        if not mentions[i][1] and _adds_up(sum(rest), mentions[i][0], [mentions[j][0] for j in parts]):
            return [j == i for j in range(len(mentions))]
    return flags


def _adds_up(parts: int, total: CountMention, mentions: list[CountMention]) -> bool:
    """The parts make the total: exactly, or nearly where a figure is approximate ("around 960 ... 212 public
    space cameras ... approximately 750 in Council buildings")."""
    if parts == total.value:
        return True
    return any(m.approx for m in mentions) and abs(parts - total.value) <= max(2, total.value // 50)


_ASKED_KIND = re.compile(_bounded("asked_kind"), re.IGNORECASE)


def next_kind(question: str, qualifier: str, answer: str) -> bool:
    """Asked for the numbers of two kinds ("the number of internal CCTV cameras and the number of external
    CCTV cameras"), a later line of the answer gives the other kind's ("External cameras: 14") after the
    first's ("Internal cameras: 9"): more cameras, not a part of the first figure."""
    kind = _ASKED_KIND.fullmatch(qualifier.strip())
    asked = {k.group(0).lower() for k in _ASKED_KIND.finditer(question)}
    first = answer.partition(" A: ")[2]
    return (
        kind is not None
        and len(asked) >= 2
        and kind.group(0).lower() in asked
        and not re.search(rf"\b{kind.group(0)}\b", first, re.IGNORECASE)
    )
