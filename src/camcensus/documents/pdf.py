"""PDF: the text layer per page with pypdfium2 (PDFium, the engine in Chrome: fast, tolerant of damaged
files, and it renders pages for OCR too); pages with no text layer go through Tesseract.

Rendering decodes every image on the page at its full size, whatever size it is drawn at, so a page whose
images hold more pixels than ``max_pixels`` is not rendered (its OCR is a part skipped, with the reason);
the image sizes come from their dictionaries, before anything is decoded. Pages stop once the file's text
allowance is spent."""

from __future__ import annotations

import codecs
import ctypes
import re
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from camcensus.documents import ocr, pdf_columns, pdf_tables
from camcensus.documents.limits import TEXT_CUT, EncryptedFile, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.pdf_columns import CELL_GAP, COLUMN_SEPARATOR

# a page with fewer letters than this in its text layer is taken as scanned
MIN_TEXT_CHARS = 8
_LETTER = re.compile(r"[^\W_]")


def read_pdf(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile("encrypted PDF: a password is needed to open it") from exc
        raise ValueError(f"damaged PDF: {exc}") from exc
    try:
        total = len(pdf)
        doc.pages = total
        if total > limits.max_pages:
            doc.warnings.append(f"only the first {limits.max_pages} of {total} pages were read")
        chars, tables = 0, _Tables()
        for index in range(min(total, limits.max_pages)):
            if chars > limits.max_text_chars:
                doc.warnings.append(f"pages {index + 1}-{total} not read: {TEXT_CUT}")
                break
            _read_page(doc, pdf, index, limits, tables)
            chars = sum(len(s.text) for s in doc.segments)
    finally:
        pdf.close()


@dataclass
class _Tables:
    """The document's ruled tables so far: how many, and the last one read (a table that runs on over a
    page break keeps its number, and its rows their count)."""

    count: int = 0
    last: pdf_tables.Rows | None = None
    rows: int = 0


def _read_page(
    doc: ParsedDocument, pdf: pdfium.PdfDocument, index: int, limits: Limits, tables: _Tables
) -> None:
    parts = [
        p.replace("\r\n", "\n").replace("\r", "\n") if isinstance(p, str) else p
        for p in _text_layer(pdf, index)
    ]
    used_ocr = False
    if _scanned("".join(p for p in parts if isinstance(p, str))) and all(isinstance(p, str) for p in parts):
        page = pdf[index]
        try:
            scanned = _ocr_page(doc, page, index, limits)
        finally:
            page.close()
        if scanned is not None:
            parts, used_ocr = [scanned], True
    first = True
    for part in parts:
        if isinstance(part, pdf_tables.Rows):  # a ruled table's rows, each a segment (as a Word table's)
            if not (first and part.continues(tables.last)):
                tables.count, tables.rows = tables.count + 1, 0
            tables.last, first = part, False
            for row in part.lines:
                tables.rows += 1
                where = f"table {tables.count} row {tables.rows}"
                doc.segments.append(
                    TextSegment(len(doc.segments), where, row, page=index + 1, row=tables.rows)
                )
        elif part.strip():
            doc.segments.append(
                TextSegment(
                    seq=len(doc.segments),
                    location=f"page {index + 1}",
                    text=part.strip(),
                    page=index + 1,
                    ocr=used_ocr,
                )
            )


def _text_layer(pdf: pdfium.PdfDocument, index: int) -> list[str | pdf_tables.Rows]:
    """The page's text layer, as ``PdfPage.get_textpage().get_text_range()`` gives it, through PDFium's own
    calls: the helpers' page and text page objects (each with a finalizer to register and run) cost about a
    tenth of a small page's reading time. Only a page that needs OCR is loaded as a helper page."""
    page = pdfium_c.FPDF_LoadPage(pdf.raw, index)
    if not page:
        raise pdfium.PdfiumError("Failed to load page.")
    try:
        textpage = pdfium_c.FPDFText_LoadPage(page)
        if not textpage:
            raise pdfium.PdfiumError("Failed to load text page.")
        try:
            return _text_range(textpage, pdf_tables.grids(page))
        finally:
            pdfium_c.FPDFText_ClosePage(textpage)
    finally:
        pdfium_c.FPDF_ClosePage(page)


def _text_range(textpage: Any, tables: list[pdf_tables.Grid]) -> list[str | pdf_tables.Rows]:
    """All the text of a text page, as ``PdfTextPage.get_text_range()`` reads it: leading and trailing
    characters with no place in the text are left out of the range asked for (crbug.com/pdfium/2079)."""
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count == -1:
        raise pdfium.PdfiumError("Failed to get character count.")
    first, last = 0, count - 1
    while first <= last and pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, first) == -1:
        first += 1
    while first <= last and pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, last) == -1:
        last -= 1
    if first > last:
        return [""]
    start = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, first)
    end = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, last)
    size = end + 2 - start  # with the NUL at its end
    buffer = (ctypes.c_ushort * size)()
    written = pdfium_c.FPDFText_GetText(textpage, first, last + 1 - first, buffer)
    text = codecs.decode(memoryview(buffer)[: max(0, written - 1)], "utf-16-le", errors="ignore")
    if _gapped(textpage, text):  # tables set out in columns without rules, beside the ruled ones
        tables = sorted(
            tables + [g for g in pdf_columns.grids(textpage) if not any(_overlap(g, t) for t in tables)],
            key=lambda g: -g.ys[0],
        )
    if tables:  # ruled tables read cell by cell, the rest as the text layer gives it
        return pdf_tables.table_text(
            textpage, text, start, tables, lambda part, at: _column_gaps(textpage, part, at)
        )
    return [_column_gaps(textpage, text, start)]


# a space between two words (a table's cells are set apart by a space PDFium puts in their gap)
_WORD_SPACE = re.compile(r"(?<=\S) (?=\S)")


def _gapped(textpage: Any, text: str) -> bool:
    """Whether some line of the page has a gap wider than a word space: PDFium's text rectangles break at
    such gaps, so a page with no more of them than lines has none (most pages; the test costs a hundredth of
    reading them)."""
    return bool(pdfium_c.FPDFText_CountRects(textpage, 0, -1) > text.count("\n") + 1)


def _overlap(a: pdf_tables.Grid, b: pdf_tables.Grid) -> bool:
    return a.xs[0] < b.xs[-1] and b.xs[0] < a.xs[-1] and a.ys[-1] < b.ys[0] and b.ys[-1] < a.ys[0]


def _column_gaps(textpage: Any, text: str, start: int) -> str:
    """The text with the space between two cells of a table row widened to a column's gap: the text layer
    gives one space however wide the gap ("Basildon Main entrance 14 Hanwha"), the page shows columns."""
    if not _gapped(textpage, text):
        return text
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    boxes = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    out: list[str] = []
    last = 0
    for m in _WORD_SPACE.finditer(text):
        index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, start + m.start())
        if index <= 0 or not pdfium_c.FPDFText_GetCharBox(textpage, index - 1, *boxes):
            continue
        before, size = right.value, pdfium_c.FPDFText_GetFontSize(textpage, index - 1)
        if size <= 0 or not pdfium_c.FPDFText_GetCharBox(textpage, index + 1, *boxes):
            continue
        if left.value - before > CELL_GAP * size:
            out.append(text[last : m.start()])
            out.append(COLUMN_SEPARATOR)
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def _scanned(text: str) -> bool:
    """Fewer than MIN_TEXT_CHARS letters or digits (stops counting once there are enough)."""
    return all(count < MIN_TEXT_CHARS for count, _ in enumerate(_LETTER.finditer(text), 1))


def _ocr_page(doc: ParsedDocument, page: pdfium.PdfPage, index: int, limits: Limits) -> str | None:
    if ocr.tesseract() is None:
        if ocr.MISSING not in doc.warnings:
            doc.warnings.append(ocr.MISSING)
        return None
    if doc.ocr_pages >= limits.max_ocr_pages:
        doc.warnings.append(f"page {index + 1} not OCR'd: limit of {limits.max_ocr_pages} pages reached")
        return None
    if (too_large := _oversized_images(page, limits)) is not None:
        doc.skipped.append((f"page {index + 1}", f"not OCR'd: {too_large}"))
        return None
    width, height = page.get_size()  # points
    scale = limits.ocr_dpi / 72
    pixels = width * height * scale * scale
    if pixels > limits.max_pixels:
        scale *= (limits.max_pixels / pixels) ** 0.5  # huge pages render smaller rather than not at all
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil()
        text = ocr.ocr_image(image, limits)
    finally:
        bitmap.close()
    doc.ocr_pages += 1
    return text


def _oversized_images(page: pdfium.PdfPage, limits: Limits) -> str | None:
    """Why the page's images are too large to render, if they are: one image over ``max_pixels``, or all of
    them together over four times that. Sizes come from the images' dictionaries (forms included); nothing
    is decoded."""
    total = 0
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=8):
        width, height = image.get_px_size()
        if width * height > limits.max_pixels:
            return (
                f"it holds an image of {width}x{height} pixels, over the limit of {limits.max_pixels} "
                "(rendering the page would decode it whole)"
            )
        total += width * height
        if total > 4 * limits.max_pixels:
            return f"its images hold more than {4 * limits.max_pixels} pixels in all (rendering decodes them)"
    return None
