"""Names each given their number in brackets, listed in a sentence about cameras: "Bosch (118), Axis (61)
and Hanwha (33)", "the Main Library (twenty-four), the Students' Union building (18) and the Sports Centre
(22)"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from camcensus.evidence.count_mention import CountMention, camera_number
from camcensus.evidence.phrases import joined
from camcensus.evidence.text import NUMBER_WORDS
from camcensus.knowledge.vendors import find_vendor_mentions, match_model

# "Bosch (118), Axis (61) and Hanwha (33)": names, each with its number in brackets, listed in a sentence
# about cameras (at least two, so that one bracketed number after a name is not taken for a count)
# ("the Main Library (twenty-four), the Students' Union building (18) and the Sports Centre (22)": places)
_NAME = r"[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|and|of|building|centre|site|block|campus)){0,3}?"
_IN_WORDS = rf"(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?"  # "twenty-four"
_NAME_NUMBER = rf"{_NAME}\s*\(\s*(?:\d{{1,5}}|{_IN_WORDS})\s*(?:units?|cameras?)?\s*\)"
_NAMED_LIST = re.compile(rf"{_NAME_NUMBER}(?:\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?{_NAME_NUMBER})+")
_IN_BRACKETS = re.compile(
    rf"(?P<name>{_NAME})\s*\(\s*(?P<num>\d{{1,5}}|{_IN_WORDS})(?=\s*(?:units?|cameras?)?\s*\))"
)


def named_in_brackets(
    text: str,
    taken: Sequence[tuple[int, int]] = (),
    found: Sequence[CountMention] = (),
    names_ok: Callable[[list[str]], bool] | None = None,
) -> list[CountMention]:
    """The numbers of such lists (those whose names ``names_ok`` accepts): parts of the count, or a breakdown
    of a count stated before it ("fourteen ANPR cameras ...: Stryd Fawr (4), Riverside (2) ...")."""
    out = []
    for listed in _NAMED_LIST.finditer(text):
        members = list(_IN_BRACKETS.finditer(text, listed.start(), listed.end()))
        for m in members if names_ok is None or names_ok([m.group("name") for m in members]) else ():
            value = camera_number(m.group("num"))
            if value is None or any(m.start("num") < e and s < m.end("num") for s, e in taken):
                continue
            role = "sub" if any(c.start < listed.start() for c in found) else "part"
            out.append(CountMention(m.start("num"), m.end("num"), value, role, False, m.group("name")))
    return out


# "31 x Hanwha Wisenet XND-6080RV (internal domes), 9 x Hanwha XNO-6080R, 4 x Dahua DH-SD49225XA-HNR PTZ":
# a schedule's units, each of a make or a model named after it
_UNITS = re.compile(r"(?<![\w.,£$€])(?P<num>\d{1,4})\s*[x\u00d7]\s+(?P<what>[A-Z][^,;\n]{0,80})")
# recorders, servers, monitors ... named in a table's cell or a schedule's item (one pattern for both)
RECORDER = re.compile(r"\b(?:" + joined("tables", "recorder") + r")\b", re.IGNORECASE)


def made_units(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[CountMention]:
    """The units of such a list (two or more, each naming a make or a model): parts of the count, a
    recorder's units left out ("2 x Milestone XProtect servers")."""
    named = [(m, find_vendor_mentions(m["what"])) for m in _UNITS.finditer(text)]
    items = [(m, made) for m, made in named if made or match_model(m["what"])]
    if len(items) < 2:
        return []
    out = []
    for m, made in items:
        value = camera_number(m["num"])
        if value is None or any(m.start("num") < e and s < m.end("num") for s, e in taken):
            continue
        role = "excluded" if RECORDER.search(m["what"]) else "part"
        out.append(
            CountMention(m.start("num"), m.end("num"), value, role, False, made[0].text if made else "")
        )
    return out


_NAME_BRACKET = re.compile(r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s*\(\s*$")


def of_make_before(text: str, c: CountMention) -> CountMention:
    """A count in brackets after a make's name ("Da Hua (38 PTZ domes on the A-road corridors)"): that
    make's cameras, as "38 Dahua PTZ cameras" are."""
    m = _NAME_BRACKET.search(text, max(0, c.start - 30), c.start)
    if m is None or not find_vendor_mentions(m.group("name")):
        return c
    return replace(c, qualifier=f"{m.group('name')} {c.qualifier}".strip())
