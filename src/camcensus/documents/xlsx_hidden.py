"""The rows and columns of an xlsx workbook's sheets that its sender hid (a helper column of 2021 counts, the
makes replaced since): calamine gives cell values only, so they are read from each sheet's XML. A hidden
cell is no part of the answer, as a hidden sheet is not, but a row a filter hides is; the file itself is kept
as sent."""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TRUE = ("1", "true")

Hidden = tuple[frozenset[int], frozenset[int]]  # rows, columns, numbered from 0 as calamine numbers them


def hidden_cells(data: bytes) -> dict[str, Hidden]:
    """Per sheet name, its hidden rows and columns; none for a workbook whose parts cannot be read (calamine
    then says what is wrong with it)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            book = fromstring(package.read("xl/workbook.xml"))
            rels = fromstring(package.read("xl/_rels/workbook.xml.rels"))
            targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter(_PKG_REL)}
            out = {}
            for sheet in book.iter(f"{_MAIN}sheet"):
                target = targets.get(sheet.get(_DOC_REL), "")
                if not target:
                    continue
                path = target[1:] if target.startswith("/") else posixpath.normpath(f"xl/{target}")
                with package.open(path) as part:
                    found = _hidden_in(part)
                if found[0] or found[1]:
                    out[sheet.get("name") or ""] = found
            return out
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError, DefusedXmlException):
        return {}


def _hidden_in(part: IO[bytes]) -> Hidden:
    """A sheet's hidden rows and columns; rows hidden by a filter left on (the sheet has an autoFilter) are
    still the register's rows, only out of view, and are read."""
    rows: set[int] = set()
    cols: set[int] = set()
    filtered = False
    for _, element in iterparse(part):
        if element.tag == f"{_MAIN}autoFilter":
            filtered = True
        elif element.tag == f"{_MAIN}row":
            if element.get("hidden") in _TRUE and element.get("r"):
                rows.add(int(element.get("r") or 0) - 1)
            element.clear()  # a sheet's rows are read one at a time
        elif element.tag == f"{_MAIN}col" and element.get("hidden") in _TRUE:
            low, high = int(element.get("min") or 1), int(element.get("max") or 1)
            cols.update(range(low - 1, min(high, 16384)))
    return frozenset() if filtered else frozenset(rows), frozenset(cols)
