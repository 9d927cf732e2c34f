"""A scanned page's layout: its ruled lines cleared before OCR, its words laid out in rows after, so a
scanned table's figures stay beside their sites."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from tests.documents.files import ruled_pdf

from camcensus.documents import ocr_layout
from camcensus.documents.reader import read_bytes

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(*words: tuple[int, int, int, int, int, str]) -> str:
    """Tesseract's TSV of words given as (block, line, left, top, width, text), each 30 pixels high."""
    rows = [HEADER]
    for n, (block, line, left, top, width, text) in enumerate(words, 1):
        rows.append(f"5\t1\t{block}\t1\t{line}\t{n}\t{left}\t{top}\t{width}\t30\t96.0\t{text}")
    return "\n".join(rows)


def test_words_of_one_line_in_different_blocks_make_one_row_with_a_column_gap() -> None:
    tsv = _tsv(
        (1, 1, 100, 100, 120, "Town"),
        (1, 1, 230, 100, 90, "Hall"),
        (1, 2, 100, 140, 150, "Market"),
        (2, 1, 900, 101, 30, "6"),  # the count column, read by Tesseract as a block of its own
        (2, 2, 900, 141, 30, "8"),
    )
    assert ocr_layout.page_text(tsv) == "Town Hall   6\nMarket   8"


def test_a_page_scanned_askew_is_levelled_before_its_rows_are_made() -> None:
    # each line falls 40 pixels across 1,000: more than a line's height, less than the lines' spacing
    words = []
    for line, top in ((1, 100), (2, 160)):
        words += [(1, line, 100 + 200 * k, top + 8 * k, 180, f"w{line}{k}") for k in range(5)]
    words.append((2, 1, 1300, 145, 40, "12"))  # past line 1's end, lower than its start
    text = ocr_layout.page_text(_tsv(*words))
    assert text.splitlines() == ["w10 w11 w12 w13 w14   12", "w20 w21 w22 w23 w24"]


def test_a_paragraph_break_is_kept_as_a_blank_line() -> None:
    tsv = _tsv((1, 1, 100, 100, 100, "Dear"), (1, 2, 100, 140, 100, "Thank"), (2, 1, 100, 260, 100, "Yours"))
    assert ocr_layout.page_text(tsv) == "Dear\nThank\n\nYours"


def test_ruled_lines_are_cleared_and_the_text_beside_them_kept() -> None:
    image = Image.new("L", (1700, 1000), 255)  # a page's width at 200 dpi: rules are 48 pixels or longer
    draw = ImageDraw.Draw(image)
    draw.line((20, 100, 1600, 106), fill=0, width=3)  # a rule, a little askew
    draw.line((800, 20, 800, 900), fill=0, width=2)
    draw.rectangle((100, 130, 104, 170), fill=0)  # the stroke of a letter 40 pixels high
    cleared = ocr_layout.clear_rules(image)
    assert cleared.getpixel((400, 102)) == 255 and cleared.getpixel((800, 500)) == 255
    assert cleared.getpixel((102, 150)) == 0
    blank = Image.new("L", (100, 100), 255)
    assert ocr_layout.clear_rules(blank) is blank


def test_clearing_rules_holds_a_few_bytes_a_pixel_at_most() -> None:
    # (its running sums, four bytes a pixel each, are made a band at a time: a page at the 50-million-pixel
    # limit stays well inside a worker's memory cap)
    import tracemalloc

    image = Image.new("L", (2500, 3500), 255)
    ImageDraw.Draw(image).line((20, 100, 2400, 100), fill=0, width=3)
    tracemalloc.start()
    try:
        ocr_layout.clear_rules(image)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 * image.width * image.height


def test_a_scanned_ruled_table_keeps_each_count_in_its_row() -> None:
    from tests.conftest import require_tool

    require_tool("tesseract")
    import pypdfium2 as pdfium

    rows = (
        ("Location", "No. of cameras"),
        ("External (front gates, car park, playground, MUGA and rear field gate)", "11"),
        ("Internal (reception, main corridor, library)", "5"),
    )
    pdf = pdfium.PdfDocument(ruled_pdf(rows, (110, 40), "(a)", "(b) Yes.", size=12, height=7))
    buffer = io.BytesIO()
    pdf[0].render(scale=200 / 72, grayscale=True).to_pil().save(buffer, format="PNG")
    text = read_bytes(buffer.getvalue(), "scan.png").text
    assert "Location   No. of cameras" in text
    assert "gate)   11" in text and "library)   5" in text


def test_specks_blots_and_unsure_letters_are_no_words() -> None:
    rows = [HEADER]
    for n, (left, top, width, height, conf, text) in enumerate(
        (
            (100, 100, 60, 30, 95.0, "2."),
            (180, 100, 60, 30, 96.0, "No"),
            (40, 98, 4, 4, 66.0, "."),  # a speck of dirt before the answer
            (20, 60, 30, 240, 27.0, "ao"),  # a blot over the list's numbers
            (60, 102, 30, 30, 4.5, "he"),  # noise Tesseract does not believe in
            (100, 140, 200, 30, 0.0, "Reid"),  # a real word read with no confidence is kept
        ),
        1,
    ):
        rows.append(f"5\t1\t{n}\t1\t1\t1\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    assert ocr_layout.page_text("\n".join(rows)) == "2. No\nReid"
