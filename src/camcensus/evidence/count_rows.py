"""Rows of counts in an answer: a table's row or a "label - number" line ("Vale Hospital  38  21", "Total |
297", "4 x Axis P3265-LVE"), the total row, and labels that count no cameras."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from camcensus.evidence.count_each import FLEET_TIMES
from camcensus.evidence.counts import APPROX, NOT_CAMERA_MOD
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.text import LOOSE_ROW, NUMBER, NUMBER_WORDS, cells, parse_number
from camcensus.knowledge.vendors import find_vendor_mentions


def _list(section: str) -> str:
    return joined("counts", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


_ROW_UNIT = r"(?:" + _list("row_unit") + r")?"
_CELL_APPROX = r"(?:" + _list("cell_approx") + r")?"
_ROW_LABEL_NUMBER = re.compile(
    # (an aside in the label may hold numbers: "Mobile cameras (44 vehicles, 2 cameras per vehicle): 88")
    r"^\W*(?P<label>[^\d\s][^\d\n]{0,98}?[^\d\s](?:\s*\([^()\n]{3,90}\))?)\s*(?:[-:=\u2013]|\s{2,}|\t|\.{3,}|\u2026+)\s*"
    + APPROX
    # "Brookside Infant School - six (external only)", "... - nil" (a word, or two joined by a hyphen)
    + rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{NUMBER_WORDS})(?:-(?:{NUMBER_WORDS}))?\b|nil\b|none\b)\s*"
    + _ROW_UNIT
    + r"\s*(?:\*{1,3}|[\u2020\u2021])?"  # "Aylesford   12 *": a footnote's mark
    + r"\s*(?:\([^)]*\)?)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
# "Axis (210)", "Hanwha (12 units)": a make or site with its number in brackets
_BRACKET_ROW = re.compile(
    r"^\W*(?P<label>[^\d\n()]{2,60}?)\s*\(\s*"
    + _CELL_APPROX
    + r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*"
    + _ROW_UNIT
    + r"\s*\)\s*[.;,]?\s*$",
    re.IGNORECASE,
)
# a cell holding a number, in digits or words, with an aside in brackets ("three (Kirkby depot only)")
_TIMES_ROW = re.compile(
    r"^\W*(?:(?P<label>[^\n]{2,60}?)\s+[x\u00d7]\s*(?P<num>\d{1,4})|(?P<num2>\d{1,4})\s*[x\u00d7]\s+"
    r"(?P<label2>[^\n]{2,60}?))\s*[.;,]?\s*$",
    re.IGNORECASE,
)
_NUMBER_CELL = re.compile(
    r"\s*" + _CELL_APPROX + rf"({NUMBER})\s*\+?\s*(?:\*{{1,3}}\s*|[\u2020\u2021]\s*)?"  # "12 *": a footnote's
    r"(?:\([^()]{0,60}\)\s*)?",  # mark
    re.IGNORECASE,
)
_TOTAL_LABEL = re.compile(_list("total_label"), re.IGNORECASE)


def is_total_row(text: str) -> bool:
    """The row (or its label) totals the rows above it: "Total | 297", "Trust total | 374 | 154 | 528"."""
    return bool(_TOTAL_LABEL.match(text))


_ADDRESS = re.compile(r"\bhttps?://|\bwww\.", re.IGNORECASE)


def row_count(line: str, loose: bool = False, latest: bool = False) -> tuple[int, bool] | None:
    """A table row or a "label - number" line of an answer to "How many cameras?": the sum of its numbers
    and whether it is the total row ("Vale Hospital  38  21" -> (59, False); "Total | 297" -> (297, True));
    None when the line is no such row (a header, prose, a row of years, a web address)."""
    if _ADDRESS.search(line):
        return None  # "https://www.gov.uk/.../hmcts-cctv-estate-foi-231102006": a page's name, no count
    fleet = FLEET_TIMES.search(line)
    if fleet is not None and not label_counts_no_cameras(line[: fleet.start()]):  # "46 vehicles x 3 cameras"
        units, each = int(fleet.group("n").replace(",", "")), int(fleet.group("m"))
        return units * each, False
    times = _TIMES_ROW.match(line)
    if times is not None:  # "DS-2CD2143G2-I   x 14", "4 x Axis P3265-LVE": a schedule's quantity
        label = times.group("label") or times.group("label2")
        number = int(times.group("num") or times.group("num2"))
        named = re.search(r"[A-Za-z]{2}", label) and not label.split()[-1].isdigit()  # not "1920 x 1080"
        if _RECORDER_LABEL.search(label) or not named:
            return None
        return number, False
    found = tuple(re.sub(r"^[-\u2013:=]\s*", "", c) for c in cells(line))  # "Redeployable   - 4"
    pairs = [_ROW_LABEL_NUMBER.match(p) for p in re.split(r"\s{2,}|\t", line.strip())]
    if len(pairs) >= 2 and all(
        pairs
    ):  # "DLR \u2013 Trains: 894   Stations and depots: 1132": one row, two parts
        found = tuple(c for m in pairs if m for c in (m.group("label"), m.group("num")))
    if len(found) >= 2:
        label = " ".join(c for c in found if not _NUMBER_CELL.fullmatch(c))
        numbers = [parse_number(m.group(1)) or 0 for c in found if (m := _NUMBER_CELL.fullmatch(c))]
        lead = _NUMBER_CELL.fullmatch(found[0].strip("| "))
        if numbers and lead and len(numbers) == 1:
            return None  # "1 | Total number of cameras | Fixed cameras: 148 ...": a numbered question
        if lead and len(found[0].strip("| ")) <= 2 and not _NUMBER_CELL.fullmatch(found[1]):
            numbers = numbers[1:]  # "1 | Total number of cameras | Approx. 700": the question's number
    else:
        m = (
            _ROW_LABEL_NUMBER.match(line)
            or _BRACKET_ROW.match(line)
            or (LOOSE_ROW.match(line) if loose else None)
        )
        if m is None:
            return None
        word = not m.group("num")[0].isdigit()
        if word and not re.search(r"\s(?:[-:=\u2013]\s*|\s+)$", line[: m.start("num")]):
            return None  # "Thirty-two", "Forty-one (41).": a number in words, no label and its number
        value = parse_number(m.group("num"))  # "nil" and "none" are 0
        if value is None:
            return None
        label, numbers = m.group("label"), [value]
    if (len(numbers) >= 3 and numbers[-1] == sum(numbers[:-1])) or latest:
        numbers = numbers[-1:]  # "Highways  96  38  134": the row's own total column; or the latest year's
    if not numbers or not label.strip() or any(1990 <= n <= 2035 for n in numbers):
        return None
    if label_counts_no_cameras(label):
        return None
    return sum(numbers), bool(_TOTAL_LABEL.match(label))


_RECORDER_LABEL = re.compile(_bounded("recorder_label"), re.IGNORECASE)


def label_counts_no_cameras(label: str) -> bool:
    """A row's label says its number is no count of cameras in use: recorders, money, cameras planned."""
    return bool(_RECORDER_LABEL.search(label))


def in_totalled_run(texts: list[str], counted: list[bool], i: int) -> bool:
    """Line ``i`` is one of a run of "label - number" lines that ends in a total ("TOTAL - 107")."""
    end = i
    while end + 1 < len(texts) and counted[end + 1]:
        end += 1
    return end > i and is_total_row(texts[end])


def rows_under_heading(found: Mapping[int, tuple[Sequence[object], int]], counted: list[bool]) -> list[int]:
    """Lines found as headings, a run of "label - number" lines under a question's heading ("Number of CCTV
    cameras at each academy"): the rows of its answer."""
    out: list[int] = []
    for before, i in zip([-1, *sorted(found)], sorted(found), strict=False):
        run = bool(out) and out[-1] == before
        if counted[i] and not found[i][0] and (run or (before >= 0 and found[before][0])):
            out.append(i)
    return out if len(out) >= 2 else []


# a row whose label names the cameras it counts, its number after a run of spaces: "Fixed cameras (internal
# and external, all campuses)        612"
_CAMERAS_ROW = re.compile(
    r"^\s*(?P<label>[A-Za-z][^\d|\t]{0,60}?\b(?:cameras?|cctv)\b[^\d|\t]{0,50}?)\s{3,}\d[\d,]*\s*$",
    re.IGNORECASE,
)


def labelled_row(line: str) -> tuple[int, str] | None:
    """A line giving one make's number of cameras ("Axis (210)", "Hik Vision - 15"), or one kind's after a
    run of spaces ("Pan-tilt-zoom (PTZ) cameras      48"): (its number, the make or kind), a part of the
    count even where no question about the count was aligned."""
    marked = any(c in line for c in ("(", "-", ":", "\u2013", "="))  # "Axis (210)", "Hik Vision - 15"
    if len(line) > 80 or not (marked or "   " in line):
        return None
    row = row_count(line)
    if row is None or row[1]:
        return None
    mentions = find_vendor_mentions(line)
    if mentions and mentions[0].start <= 3:
        return (row[0], mentions[0].match.vendor) if marked else None
    kind = _CAMERAS_ROW.match(line)
    if kind is None or label_counts_no_cameras(kind["label"]) or NOT_CAMERA_MOD.search(kind["label"]):
        return None
    if kinds_in(kind["label"], "request", "scope"):
        return None  # "ANPR cameras (moving traffic enforcement)      19": other equipment
    return row[0], kind["label"].strip()


# "Corporate buildings (offices, depots, leisure centres): 74 cameras.": a part of the estate, named, then its
# figure
_LABELLED_FIGURE = re.compile(
    r"^\W*[A-Z][^:.\d\u2013]{2,120}?(?::|\s[-\u2013])\s*(?:approx(?:imately|\.)?\s*|c\.\s*)?(?P<num>\d[\d,]*)\s+"
    r"(?:[\w-]+\s+)?cameras?\b"  # ("Public space CCTV - 38 cameras (...)")
)


def labelled_figure(sentence: str) -> int | None:
    """The figure of a sentence that names a part of the estate, then after a colon its cameras ("Public space
    CCTV (monitored from the Control Room): 118 cameras."): such sentences one after another are parts that
    add up."""
    m = _LABELLED_FIGURE.match(sentence)
    return parse_number(m.group("num")) if m else None
