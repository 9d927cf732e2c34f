"""Ruled PDF tables read cell by cell: a wrapped cell stays whole, in its row, where the table stands."""

from __future__ import annotations

from fpdf import FPDF
from tests.documents.files import ruled_pdf

from camcensus.documents import pdf_tables
from camcensus.documents.reader import read_bytes

ROWS = (
    ("Site", "Internal cameras", "Camera manufacturer"),
    (
        "Ashcombe General Hospital - Main Block including the Emergency Department",
        "96",
        "Axis, Hanwha (Wisenet)",
    ),
    ("Kingsmead Community Hospital", "14", "Hikvision"),
)


def _ruled_pdf(rows=ROWS, widths=(70, 30, 45), lines: bool = True) -> bytes:
    before = "Q1 and Q2 - the cameras at each site are shown in the table below."
    return ruled_pdf(rows, widths, before, "Brookfield Clinic closed in March 2024 and is not shown.", lines)


def test_wrapped_cells_read_whole_in_their_rows_between_the_prose() -> None:
    doc = read_bytes(_ruled_pdf(), "reply.pdf")
    assert [(s.location, s.page, s.row, s.text) for s in doc.segments] == [
        ("page 1", 1, None, "Q1 and Q2 - the cameras at each site are shown in the table below."),
        ("table 1 row 1", 1, 1, "Site | Internal cameras | Camera manufacturer"),
        (
            "table 1 row 2",
            1,
            2,
            "Ashcombe General Hospital - Main Block including the Emergency Department | 96 | "
            "Axis, Hanwha (Wisenet)",
        ),
        ("table 1 row 3", 1, 3, "Kingsmead Community Hospital | 14 | Hikvision"),
        ("page 1", 1, None, "Brookfield Clinic closed in March 2024 and is not shown."),
    ]
    assert [s.seq for s in doc.segments] == list(range(5))


def test_a_line_broken_short_of_the_cells_edge_ends_a_sentence() -> None:
    rows = (
        ("Request", "Response"),
        (
            "How many cameras are installed at your stations and custody suites",
            "Custody suites - 236\nStations - 176",
        ),
    )
    rows_read = [s.text for s in read_bytes(_ruled_pdf(rows, widths=(80, 80)), "reply.pdf").segments]
    assert (
        "How many cameras are installed at your stations and custody suites | "
        "Custody suites - 236. Stations - 176" in rows_read
    )


def test_a_table_drawn_without_rules_is_read_by_its_columns_into_the_same_rows() -> None:
    ruled, bare = (read_bytes(_ruled_pdf(lines=lines), "reply.pdf").segments for lines in (True, False))
    assert [(s.location, s.text) for s in bare] == [(s.location, s.text) for s in ruled]


def test_a_page_of_many_paths_is_not_searched_for_tables() -> None:
    pdf = FPDF()
    pdf.add_page()
    for i in range(pdf_tables.MAX_RULES + 10):
        pdf.line(10, 10 + (i % 250), 50, 10 + (i % 250))
    pdf.set_font("Helvetica", size=10)
    pdf.text(10, 280, "A chart of camera faults by month.")
    doc = read_bytes(bytes(pdf.output()), "chart.pdf")
    assert doc.error is None and "A chart of camera faults by month." in doc.segments[0].text


def test_a_table_run_on_over_a_page_break_keeps_its_number_and_its_rows_count() -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for page in range(2):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Asset register, page {page + 1} of 2")
        with pdf.table(col_widths=(60, 40, 30), first_row_as_headings=False) as table:
            for n in range(3):
                cells = table.row()
                for value in (f"CCTV-{page}{n}", "Axis", "Live"):
                    cells.cell(value)
    rows = [(s.location, s.page) for s in read_bytes(bytes(pdf.output()), "register.pdf").segments if s.row]
    assert rows == [(f"table 1 row {n}", 1 if n <= 3 else 2) for n in range(1, 7)]


def test_two_tables_side_by_side_are_read_each_in_its_place() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    top = pdf.get_y()
    for x, rows in (
        (10, (("Area", "Cameras"), ("Car park", "4"))),
        (110, (("Manufacturer", "Units"), ("Axis", "4"))),
    ):
        for n, (a, b) in enumerate(rows):
            pdf.set_xy(x, top + 8 * n)
            pdf.cell(60, 8, a, border=1)
            pdf.cell(25, 8, b, border=1)
    rows = [s.text for s in read_bytes(bytes(pdf.output()), "two.pdf").segments if s.row]
    assert rows == ["Area | Cameras", "Car park | 4", "Manufacturer | Units", "Axis | 4"]


def test_a_word_broken_at_a_narrow_cells_edge_is_joined() -> None:
    rows = (("Ref", "Ward", "Cameras"), ("HBC-012", "Brooksidemeadowbank", "1"))
    text = [s.text for s in read_bytes(_ruled_pdf(rows, widths=(30, 18, 20)), "reply.pdf").segments if s.row]
    assert text[1] == "HBC-012 | Brooksidemeadowbank | 1"


def test_a_page_of_one_path_drawn_with_many_strokes_is_not_searched_for_tables() -> None:
    pdf = FPDF()
    pdf.add_page()
    points = [(10 + (i % 2) * 100, 10 + i * 0.1) for i in range(pdf_tables.MAX_SEGMENTS)]
    for _ in range(12):  # paths of hatching: thousands of rules in all
        pdf.polyline(points)
    pdf.set_font("Helvetica", size=10)
    pdf.text(10, 280, "A hatched site plan.")
    pdf_bytes = bytes(pdf.output())
    import pypdfium2

    page = pypdfium2.PdfDocument(pdf_bytes)[0]
    assert pdf_tables.grids(page.raw) == []
    assert "A hatched site plan." in read_bytes(pdf_bytes, "plan.pdf").segments[0].text
