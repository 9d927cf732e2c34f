"""PDF tables set out in columns without ruled lines, read by where their characters sit: a wrapped cell
stays whole in its row, a total row stays a row, a note across the columns ends the table."""

from __future__ import annotations

from tests.documents.files import ruled_pdf

from camcensus.documents.reader import read_bytes

BEFORE = "Q1 and Q2 - the cameras at each site are shown in the table below."
AFTER = "Brookfield Clinic closed in March 2024 and is not shown."


def _segments(rows, widths, after: str = AFTER) -> list[tuple[str, str]]:
    doc = read_bytes(ruled_pdf(rows, widths, BEFORE, after, lines=False), "reply.pdf")
    return [(s.location, s.text) for s in doc.segments]


def test_a_borderless_table_with_wrapped_cells_is_read_row_by_row() -> None:
    rows = (
        ("Service area", "Premises", "Cameras", "Make"),
        ("Environment", "Household Waste Recycling Centre, Tolley Lane", "8", "Vista (analogue)"),
        ("Culture and Leisure", "Central Library", "11", "Hanwha"),
        ("Culture and Leisure", "Corrington Museum and Art Gallery", "17", "Hanwha"),
    )
    assert _segments(rows, (40, 50, 25, 30)) == [
        ("page 1", BEFORE),
        ("table 1 row 1", "Service area | Premises | Cameras | Make"),
        (
            "table 1 row 2",
            "Environment | Household Waste Recycling Centre, Tolley Lane | 8 | Vista (analogue)",
        ),
        ("table 1 row 3", "Culture and Leisure | Central Library | 11 | Hanwha"),
        ("table 1 row 4", "Culture and Leisure | Corrington Museum and Art Gallery | 17 | Hanwha"),
        ("page 1", AFTER),
    ]


def test_a_total_row_is_a_row_of_its_own_not_the_last_cell_carried_on() -> None:
    rows = (
        ("Manufacturer", "Model", "Type", "Qty"),
        ("Axis", "P1468-LE", "Fixed bullet", "40"),
        ("Hanwha", "XNP-9300RW", "PTZ", "12"),
        ("Mobotix", "M16B", "Dual-lens fixed", "28"),
        ("TOTAL", "", "", "80"),
    )
    got = _segments(rows, (30, 30, 30, 15))
    assert ("table 1 row 4", "Mobotix | M16B | Dual-lens fixed | 28") in got
    assert ("table 1 row 5", "TOTAL |  |  | 80") in got


def test_a_list_of_sites_and_counts_in_two_columns_is_a_table() -> None:
    rows = (
        ("Site", "Cameras"),
        ("Harrowdene General Hospital - multi-storey and surface car parks", "36"),
        ("Elmcroft Mental Health Unit", "41"),
        ("Sandown Road Community Hospital", "12"),
    )
    got = _segments(rows, (60, 25))
    assert ("table 1 row 2", "Harrowdene General Hospital - multi-storey and surface car parks | 36") in got


def test_two_columns_of_words_alone_are_left_to_the_text_layer() -> None:  # guard
    rows = (
        ("Our ref", "FOI 2024/117"),
        ("Your ref", "none given"),
        ("Date", "3 March"),
        ("Officer", "FOI team"),
    )
    got = _segments(rows, (40, 60))
    assert all(where.startswith("page") for where, _ in got)
    assert "Your ref   none given" in got[0][1]


def test_a_note_across_the_columns_ends_the_table() -> None:
    rows = (
        ("Site", "Internal", "External", "Make"),
        ("Town Hall", "6", "2", "Axis"),
        ("Market Place", "8", "4", "Hanwha*"),
        ("Cemetery", "3", "0", "Axis"),
    )
    note = "* The Market Place cameras are due to be replaced by Axis units in the summer of 2025."
    got = _segments(rows, (40, 25, 25, 30), after=note)
    assert got[-1] == ("page 1", note)
    assert [where for where, _ in got].count("table 1 row 4") == 1


def test_a_page_of_two_columns_of_justified_prose_is_no_table() -> None:
    # a blind set's letter set in two columns: justified lines line their gaps up by chance, but no cell of
    # theirs is a figure alone
    from pathlib import Path

    path = Path(__file__).parents[1] / "evidence" / "blind" / "fl-formats" / "12-reply.pdf"
    doc = read_bytes(path.read_bytes(), "reply.pdf")
    assert all(s.location.startswith("page") for s in doc.segments)
    assert "Council-run multi-storey car parks. These operate" in doc.text
