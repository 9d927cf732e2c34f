"""Plain text in any common encoding, CSV, and HTML (tables kept as rows)."""

from __future__ import annotations

import csv
import io
import re

from camcensus.documents.limits import TEXT_CUT, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.office import row_text

_SINGLE_BYTE = ("cp125", "iso8859", "latin", "mac", "windows", "cp437", "cp850")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "pre", "dt", "dd")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: a declared charset that decodes cleanly, then UTF-8, then charset-normalizer's guess."""
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1024 * 1024]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.startswith(_SINGLE_BYTE) and encoding != "cp1252":
        try:  # one Latin code page is hard to tell from another; UK replies are almost always Windows-1252
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace").lstrip("\ufeff")


def within(doc: ParsedDocument, data: bytes, limits: Limits) -> bytes:
    """The bytes of ``data`` that can hold the text the file may still keep (saying so when that is less)."""
    if len(data) > limits.max_text_chars:
        doc.warnings.append(TEXT_CUT)
    return data[: limits.max_text_chars]


def read_plain(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    text = decode_text(within(doc, data, limits)).replace("\r\n", "\n").replace("\r", "\n")
    if text.strip():
        doc.segments.append(TextSegment(seq=0, location="text", text=text.strip()))


def read_csv(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    text = decode_text(within(doc, data, limits))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(1, limits.max_text_chars))
    for n, cells in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        line = row_text(cells)
        if line:
            doc.segments.append(TextSegment(seq=len(doc.segments), location=f"row {n}", text=line, row=n))


def read_html(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    for location, text, row in html_segments(within(doc, data, limits), limits):
        doc.segments.append(TextSegment(seq=len(doc.segments), location=location, text=text, row=row))


def html_segments(data: bytes, limits: Limits) -> list[tuple[str, str, int | None]]:
    """(location, text, row): the page's text outside tables, then each table row as "cell | cell"."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data[: limits.max_text_chars], "lxml")
    for junk in soup(["script", "style", "noscript", "template", "head"]):
        junk.decompose()
    out: list[tuple[str, str, int | None]] = []
    for t, table in enumerate(soup.find_all("table"), start=1):
        if table.find_parent("table") is not None:
            continue  # nested layout tables are read as cells of their parent
        for n, tr in enumerate(table.find_all("tr"), start=1):
            line = row_text(cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"]))
            if line:
                out.append((f"table {t} row {n}", line, n))
        table.replace_with(soup.new_string("\n"))
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = re.sub(r"[ \t\xa0]+", " ", soup.get_text())
    text = re.sub(r"\n\s*\n+", "\n", text).strip()
    if text:
        out.insert(0, ("text", text, None))
    return out
