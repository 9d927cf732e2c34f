"""Text that is safe to show and to open: one helper per hazard, used by every output.

- ``display_text``: words from outside (file names, subjects) without the characters that make text look
  like something else: bidirectional overrides and isolates (``invoice\u202egpj.exe`` shows as
  ``invoiceexe.jpg``), zero-width and other invisible format characters, and control characters.
- ``csv_cell`` and ``csv_writer``: a CSV cell a spreadsheet will not run. A cell that begins with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel, LibreOffice and Google Sheets
  (``=HYPERLINK(...)``, ``@SUM(...)``, ``-2+3+cmd|' /C calc'!A0``); it is written with a leading ``'`` so
  it shows as the text it is. Plain numbers (``-12``, ``+44``) are left alone. Every CSV the project writes
  goes through ``csv_writer``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Protocol

# explicit directional formatting: embeddings, overrides, isolates, marks
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?")
_SPACES = re.compile(r"[ \t]+")


def invisible(char: str) -> bool:
    """A character that changes how text around it shows without showing itself: bidi controls, format
    characters (zero-width space and joiners, soft hyphen, BOM) and control characters."""
    return char in BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs")


def display_text(text: str | None) -> str:
    """One line of outside text as it may be shown: invisible characters removed, line breaks and tabs as
    spaces."""
    if not text:
        return ""
    shown = "".join(" " if c in "\t\n\r\x0b\x0c\x85\u2028\u2029" else c for c in text if not _drops(c))
    return _SPACES.sub(" ", shown).strip()


def _drops(char: str) -> bool:
    return invisible(char) and char not in "\t\n\r\x0b\x0c\x85"


def csv_cell(value: Any) -> Any:
    """The value as a CSV cell a spreadsheet shows as text: a string that would start a formula gets a
    leading apostrophe; numbers and other values are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class _Writer(Protocol):
    def writerow(self, row: Iterable[Any], /) -> Any: ...


class SafeWriter:
    """``csv.writer`` whose every cell passes ``csv_cell``."""

    def __init__(self, inner: _Writer) -> None:
        self._inner = inner

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._inner.writerow([csv_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(fh: Any, **options: Any) -> SafeWriter:
    """The one way the project writes CSV: ``csv.writer`` with formula cells neutralised."""
    return SafeWriter(csv.writer(fh, **options))
