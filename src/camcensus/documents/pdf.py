"""PDF: the text layer per page with pypdfium2 (PDFium, the engine in Chrome: fast, tolerant of damaged
files, and it renders pages for OCR too); pages with no text layer go through Tesseract."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from camcensus.documents import ocr
from camcensus.documents.limits import EncryptedFile, Limits
from camcensus.documents.model import ParsedDocument, TextSegment

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
        for index in range(min(total, limits.max_pages)):
            _read_page(doc, pdf, index, limits)
    finally:
        pdf.close()


def _read_page(doc: ParsedDocument, pdf: pdfium.PdfDocument, index: int, limits: Limits) -> None:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        used_ocr = False
        if _scanned(text):
            scanned = _ocr_page(doc, page, index, limits)
            if scanned is not None:
                text, used_ocr = scanned, True
        if text.strip():
            doc.segments.append(
                TextSegment(
                    seq=len(doc.segments),
                    location=f"page {index + 1}",
                    text=text.strip(),
                    page=index + 1,
                    ocr=used_ocr,
                )
            )
    finally:
        page.close()


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
