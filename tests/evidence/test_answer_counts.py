"""The count an answer to "How many cameras?" gives, read with the question supplying the noun; and rows of
a table answering it. The phrasings are those of replies in tests/evidence/blind."""

from __future__ import annotations

import pytest

from camcensus.evidence.answer_counts import answer_count
from camcensus.evidence.count_rows import row_count
from camcensus.evidence.counts import find_counts


@pytest.mark.parametrize(
    ("answer", "count"),
    [
        ("56", 56),
        ("196.", 196),
        (
            "212 (of which 31 are redeployable cameras). These are recorded on 19 network video recorders.",
            212,
        ),
        ("12 fixed and 2 PTZ", 14),
        ("19 inside and 8 outside", 27),
        ("We have 16 internal cameras and 9 external cameras.", 25),
        ("Fourteen (14). All are at the headquarters.", 14),
        ("Four - two on the pavilion and two covering the play area.", 4),
        ("Public space - 141. Council buildings - 71. 2/3. Neither.", 212),
        ("Axis (24 units), Hanwha (12).", 36),
        ("The force currently has 1,146 body-worn video devices in circulation.", 1146),
        (
            "The council operates 1,180 CCTV cameras. This comprises 402 public space cameras and 611 on"
            " estates.",
            1180,
        ),
        ("56 cameras across 23 pumping stations and 9 sluices.", 56),
        ("The Council currently operates 131 fixed and 33 PTZ (pan-tilt-zoom) CCTV cameras.", 164),
        ("Gilmorehill campus: 312. Riverside campus: 87. Garscadden campus: 29. Residences: 54.", 482),
        (
            "The 2022 audit recorded 590 cameras. After the works the Trust currently has 612 CCTV cameras.",
            612,
        ),
        ("Approximately 300 across 12 sites.", 300),
        ("We have 16 internal and 9 external cameras, 25 in total.", 25),
        ("We have 19 cameras inside the building (corridors, hall) and 11 outside covering the gates.", 30),
        ("The Council currently operates 131 fixed and 33 PTZ (pan-tilt-zoom) CCTV cameras.", 164),
        ("Gilmorehill campus: 312. Riverside campus: 87. Garscadden campus: 29. Residences: 54.", 482),
    ],
)
def test_the_count_an_answer_gives(answer: str, count: int) -> None:
    found = answer_count(answer)
    assert found is not None and found.value == count


@pytest.mark.parametrize(
    "answer",
    [
        "N/A",
        "Please see breakdown at Q2.",
        "£436.80 inc VAT for the cameras and memory cards.",
        "2023: 61 fixed penalty notices and 9 prosecutions.",
        "The cameras were installed in 2019.",
        "Footage is kept for 31 days.",
        "Not held.",
        "Please find attached a spreadsheet (KU-FOI-2023-488 CCTV schedule.xlsx) listing each camera.",
    ],
)
def test_an_answer_without_a_count_of_cameras(answer: str) -> None:
    assert answer_count(answer) is None


def test_approximate_counts_say_so() -> None:
    found = answer_count("Approximately 300 across 12 sites.")
    assert found is not None and found.approx


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Vale Hospital, Alexandria                  38         21", (59, False)),
        ("| Oakfield Academy | 36 | Hikvision |", (36, False)),
        ("Axis - 41", (41, False)),
        ("Hik Vision - 15 (the older stations)", (15, False)),
        ("Total                 297", (297, True)),
        ("Public space - 141.", (141, False)),
        ("Car parks (6 sites) ................ 14", (14, False)),
        ("Trust total | 374 | 154 | 528", (528, True)),
        ("Highways - traffic monitoring                    96     38      134", (134, False)),
        ("Depots ............................. three (Kirkby depot only)", (3, False)),
    ],
)
def test_rows_of_a_count_answer(row: str, expected: tuple[int, bool]) -> None:
    assert row_count(row) == expected


@pytest.mark.parametrize(
    "row",
    [
        "Site                                   Internal   External",
        "We have 47 cameras on site.",
        "2021/22 £212,480",
        "NVRs                 4",
        "Year    2021    2022    2023",
        "1 | Total number of CCTV cameras | Fixed cameras: 148",
    ],
)
def test_lines_that_are_no_count_rows(row: str) -> None:
    assert row_count(row) is None


def test_a_row_whose_gap_was_lost_is_read_only_after_other_rows() -> None:
    assert row_count("Hanwha Vision (formerly Samsung) 204") is None
    assert row_count("Hanwha Vision (formerly Samsung) 204", loose=True) == (204, False)


@pytest.mark.parametrize(
    ("answer", "count"),
    [
        ("The Clean Air Zone is enforced by 64 ANPR cameras located at 31 points on the boundary.", 64),
        ("Total number of cameras | Fixed cameras: 148 Pan-tilt-zoom (PTZ) cameras: 36", 184),
        ("A total of 212 cameras.", 212),
    ],
)
def test_a_count_named_as_cameras_and_labels_before_numbers(answer: str, count: int) -> None:
    found = answer_count(answer)
    assert found is not None and found.value == count


def test_a_make_in_brackets_is_a_row() -> None:
    assert row_count("Axis (210)") == (210, False)
    assert row_count("Hanwha (12 units).") == (12, False)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "We currently have 32 cameras inside the school building and 14 outside, covering the gates.",
            [32, 14],
        ),
        ("There are 16 internal cameras and 9 external.", [16, 9]),
        ("We have 40 cameras and 2 more sites.", [40]),  # not cameras
        ("We have 8 cameras, 6 outside around the playground and 2 inside in reception.", [8]),  # a breakdown
    ],
)
def test_a_second_part_that_leaves_its_noun_to_the_first(text: str, values: list[int]) -> None:
    assert [c.value for c in find_counts(text)] == values
