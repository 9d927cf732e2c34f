"""Word, ODF text and spreadsheets. Office and ODF files are ZIPs: their sizes, ratios and XML prologs are
checked before python-docx, odfpy or calamine open them. Table rows stay rows ("cell | cell | cell")."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from camcensus.documents.containers import check_xml_members, is_encrypted_ooxml, open_checked_zip
from camcensus.documents.limits import EncryptedFile, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.xlsx_hidden import hidden_cells

CELL_SEPARATOR = " | "


def checked_package(data: bytes, limits: Limits) -> None:
    """Refuse a bomb or an entity-laden Office/ODF package before any library parses it."""
    if is_encrypted_ooxml(data):
        raise EncryptedFile("encrypted Office document: a password is needed to open it")
    with open_checked_zip(data, limits) as archive:
        check_xml_members(archive, limits)


class _Text:
    """Collects paragraphs into blocks and table rows into their own segments, in reading order."""

    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
        self.block: list[str] = []
        self.first = 1
        self.paragraphs = 0
        self.tables = 0

    def paragraph(self, text: str) -> None:
        self.paragraphs += 1
        if text.strip():
            if not self.block:
                self.first = self.paragraphs
            self.block.append(text.strip())

    def flush(self) -> None:
        if self.block:
            last = self.paragraphs
            where = f"paragraph {self.first}" if last == self.first else f"paragraphs {self.first}-{last}"
            _add(self.doc, where, "\n".join(self.block))
            self.block = []

    def table(self, rows: Iterable[list[str]]) -> None:
        self.flush()
        self.tables += 1
        number = self.tables  # (a table inside one of its cells takes the next number, read after its row)
        for n, cells in enumerate(rows, start=1):
            line = row_text(cells)
            if line:
                _add(self.doc, f"table {number} row {n}", line, row=n)


def _add(doc: ParsedDocument, location: str, text: str, **where: Any) -> None:
    doc.segments.append(TextSegment(seq=len(doc.segments), location=location, text=text, **where))


def row_text(cells: Iterable[Any]) -> str:
    values = [cell_text(c) for c in cells]
    while values and not values[-1]:
        values.pop()
    return CELL_SEPARATOR.join(values) if any(values) else ""


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    lines = [line for line in (" ".join(part.split()) for part in str(value).splitlines()) if line]
    # a cell's paragraphs ("Gilmorehill campus: 312" over "Riverside campus: 87") stay apart as sentences
    last = len(lines) - 1
    return " ".join(line if n == last or line[-1] in ".!?:;," else line + "." for n, line in enumerate(lines))


def read_docx(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    import docx
    from docx.table import Table

    checked_package(data, limits)
    document = docx.Document(io.BytesIO(data))
    out = _Text(doc)
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.paragraph(_paragraph_text(child))
            for box in _text_boxes(child):  # a text box anchored in the paragraph: its own paragraphs
                for inner in box.iter(f"{_W}p"):
                    out.paragraph(_paragraph_text(inner))
        elif tag == "tbl":
            out.table(_docx_rows(Table(child, document), out))
    out.flush()
    for kind, notes in _docx_notes(document):
        _add(doc, kind, "\n".join(notes))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUNS = "w:r | w:hyperlink | w:ins/w:r | w:ins/w:hyperlink | w:smartTag/w:r"


def _paragraph_text(p: Any) -> str:
    """A paragraph's text as Word shows it with its tracked changes accepted: the runs it inserted
    (``w:ins``) read in place, those it deleted (``w:del``) left out. python-docx reads no inserted run."""
    return "".join(e.text for e in p.xpath(_RUNS))


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _text_boxes(paragraph: Any) -> Iterable[Any]:
    """The text boxes in a paragraph (``w:txbxContent``, as a drawing shape or a VML one), each once: Word
    saves a shape twice, as the drawing and as its VML fallback, and the fallback is left out."""
    for box in paragraph.iter(f"{_W}txbxContent"):
        if not any(a.tag == f"{_MC}Fallback" for a in box.iterancestors()):
            yield box


def _docx_notes(document: Any) -> Iterable[tuple[str, list[str]]]:
    """The footnotes and endnotes of a Word file, each "[n] its text" (separators left out): a note may say
    what a table's row means ("HiLook cameras are a Hikvision brand")."""
    from docx.oxml import parse_xml

    for part in document.part.package.iter_parts():
        kind = {"/word/footnotes.xml": "footnotes", "/word/endnotes.xml": "endnotes"}.get(str(part.partname))
        if kind is None:
            continue
        notes = []
        for note in parse_xml(part.blob).iter(f"{_W}footnote", f"{_W}endnote"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")]
            text = " ".join(p.strip() for p in paragraphs if p.strip())
            if text:
                notes.append(f"[{note.get(f'{_W}id')}] {text}")
        if notes:
            yield kind, notes


def _docx_rows(table: Any, out: _Text) -> Iterable[list[str]]:
    """The table's rows, each a list of its cells' text; a table nested in a cell ("Manufacturer | Number"
    inside the answer's cell) is read as a table of its own, right after the row that holds it."""
    for row in table.rows:
        cells, seen, inner = [], set(), []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(_paragraph_text(p._p) for p in cell.paragraphs))
            inner.extend(cell.tables)
        yield cells
        for nested in inner:
            out.table(_docx_rows(nested, out))


def read_odt(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    from odf.opendocument import load

    checked_package(data, limits)
    document = load(io.BytesIO(data))
    out = _Text(doc)
    _odf_walk(document.text, out)
    out.flush()


_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _odf_walk(element: Any, out: _Text) -> None:
    from odf import teletype

    for child in element.childNodes:
        qname = getattr(child, "qname", None)
        if qname in ((_TEXT_NS, "p"), (_TEXT_NS, "h")):
            out.paragraph(teletype.extractText(child))
        elif qname == (_TABLE_NS, "table"):
            out.table(_odf_rows(child))
        elif qname is not None:
            _odf_walk(child, out)  # lists, sections, frames


def _odf_rows(table: Any) -> Iterable[list[str]]:
    from odf import teletype

    for row in table.getElementsByType(_row_class()):
        yield [
            teletype.extractText(cell)
            for cell in row.childNodes
            if getattr(cell, "qname", None) in ((_TABLE_NS, "table-cell"), (_TABLE_NS, "covered-table-cell"))
        ]


def _row_class() -> Any:
    from odf.table import TableRow

    return TableRow


def read_spreadsheet(doc: ParsedDocument, data: bytes, limits: Limits, fmt: str) -> None:
    """Every sheet of an xlsx/xls/ods workbook but those hidden, one segment per non-empty row."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    if fmt in ("xlsx", "ods"):
        checked_package(data, limits)
    elif is_encrypted_ooxml(data) or _biff_encrypted(data):
        raise EncryptedFile("encrypted Excel workbook: a password is needed to open it")
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - calamine raises its own error types
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise EncryptedFile("encrypted workbook: a password is needed to open it") from exc
        raise ValueError(f"damaged workbook: {exc}") from exc
    hidden = {m.name for m in book.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
    cells_hidden = hidden_cells(data) if fmt == "xlsx" else {}
    for name in book.sheet_names:
        if name in hidden:  # "2021 survey (superseded)": a sheet its sender hid is no part of the answer (the
            continue  # file itself is kept as sent)
        sheet = book.get_sheet_by_name(name)
        first_row, first_col = sheet.start if sheet.start else (0, 0)
        rows_hidden, cols_hidden = cells_hidden.get(name, (frozenset(), frozenset()))
        for i, cells in enumerate(sheet.iter_rows()):
            if first_row + i in rows_hidden:
                continue  # and so are its hidden rows and columns
            line = row_text(c for j, c in enumerate(cells) if first_col + j not in cols_hidden)
            if line:
                n = first_row + i + 1
                _add(doc, f"sheet {name} row {n}", line, sheet=name, row=n)


def _biff_encrypted(data: bytes) -> bool:
    """A legacy .xls saved with a password carries a FILEPASS record (0x002F) near its start."""
    import olefile

    try:
        with olefile.OleFileIO(data) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            head = ole.openstream(stream).read(4096)
    except Exception:  # noqa: BLE001 - not OLE: calamine will say what is wrong
        return False
    pos = 0
    while pos + 4 <= len(head):
        kind = int.from_bytes(head[pos : pos + 2], "little")
        length = int.from_bytes(head[pos + 2 : pos + 4], "little")
        if kind == 0x002F:
            return True
        if kind == 0x0A:  # EOF of the globals substream before any FILEPASS
            return False
        pos += 4 + length
    return False


def read_pptx(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    """Slides' text, one segment per slide (``a:t`` runs), parsed with defusedxml."""
    import re

    from defusedxml.ElementTree import fromstring

    checked_package(data, limits)
    with open_checked_zip(data, limits) as archive:
        names = [n for n in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        for name in sorted(names, key=lambda n: int(re.sub(r"\D", "", n))):
            root = fromstring(archive.read(name), forbid_dtd=True)
            runs = [el.text or "" for el in root.iter() if el.tag.endswith("}t")]
            if any(r.strip() for r in runs):
                number = int(re.sub(r"\D", "", name))
                _add(doc, f"slide {number}", " ".join(r.strip() for r in runs if r.strip()), page=number)
