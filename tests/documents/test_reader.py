"""The readers on real files of every format: text with its place, attachments and members as children."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.documents import files

from camcensus.demo import render
from camcensus.documents.reader import read_bytes, read_path


def _locations(doc) -> list[tuple[str, str]]:
    return [(s.location, s.text) for s in doc.segments]


def test_pdf_text_layer_per_page() -> None:
    doc = read_bytes(render.pdf_bytes(files.TEXT + "\n" + "More words. " * 600), "answer.pdf")
    assert doc.error is None and doc.format == "pdf" and doc.media_type == "application/pdf"
    assert doc.pages >= 2 and doc.ocr_pages == 0
    assert [s.page for s in doc.segments] == list(range(1, doc.pages + 1))
    assert (
        doc.segments[0].location == "page 1" and "42 CCTV cameras made by Hikvision" in doc.segments[0].text
    )
    assert not any(s.ocr for s in doc.segments)


def _table_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    opening = "Questions 1 and 2: the cameras at each site are set out below."
    pdf.cell(0, 6, opening, new_x="LMARGIN", new_y="NEXT")
    # (two rows: three and more are a table, read row by row: tests/documents/test_pdf_columns.py)
    for row in (("Site", "Cameras", "Make"), ("Basildon car parks", "37", "Hanwha")):
        for width, cell in zip((60, 25, 40), row, strict=True):
            pdf.cell(width, 6, cell)
        pdf.ln()
    return bytes(pdf.output())


def test_pdf_table_cells_keep_their_column_gaps_and_prose_its_single_spaces() -> None:
    text = read_bytes(_table_pdf(), "table.pdf").segments[0].text
    assert "Basildon car parks   37   Hanwha" in text and "Site   Cameras   Make" in text
    assert "Questions 1 and 2: the cameras at each site are set out below." in text


def test_docx_paragraphs_and_table_rows_in_order() -> None:
    doc = read_bytes(render.docx_bytes(files.TEXT, files.TABLE), "reply.docx")
    assert doc.format == "docx" and doc.error is None
    assert _locations(doc) == [
        ("paragraphs 1-4", files.TEXT),
        ("table 1 row 1", "Manufacturer | Model | Quantity"),
        ("table 1 row 2", "Hikvision | DS-2CD2143G2-I | 30"),
        ("table 1 row 3", "Dahua | IPC-HFW2431S | 12"),
    ]


def test_odt_paragraphs() -> None:
    doc = read_bytes(render.odt_bytes(files.TEXT), "reply.odt")
    assert doc.format == "odt" and _locations(doc) == [("paragraphs 1-4", files.TEXT)]


@pytest.mark.parametrize(
    "make, name", [(render.xlsx_bytes, "cameras.xlsx"), (render.ods_bytes, "cameras.ods")]
)
def test_workbooks_every_sheet_rows_as_rows(make, name) -> None:
    doc = read_bytes(make(files.TABLE), name)
    assert doc.error is None
    rows = [(s.sheet, s.row, s.text) for s in doc.segments]
    assert rows[:3] == [
        ("CCTV cameras", 1, "Manufacturer | Model | Quantity"),
        ("CCTV cameras", 2, "Hikvision | DS-2CD2143G2-I | 30"),  # 30.0 in the cell, read as a count
        ("CCTV cameras", 3, "Dahua | IPC-HFW2431S | 12"),
    ]
    assert doc.segments[1].location == "sheet CCTV cameras row 2"
    assert any(
        "SYNTHETIC DEMO DATA" in s.text for s in doc.segments[3:]
    )  # the notes sheet (xlsx) or last row


_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\pard The Trust\rquote s response:\par "
    rb"{\trowd\cellx2000\cellx4000 Site\cell Cameras\cell\row}"
    rb"{\trowd\cellx2000\cellx4000 Caf\'e9 block\cell 12\cell\row}"
    rb"\pard All are Axis \u8211? none are Hikvision.\par}"
)


def test_rtf_letters_text_and_table_rows_whatever_the_name() -> None:
    for name in ("reply.rtf", "reply.doc", "attachment"):  # Word saves .rtf; a mail may name it anything
        doc = read_bytes(_RTF, name)
        assert doc.error is None and (doc.format, doc.media_type) == ("rtf", "application/rtf")
        assert _locations(doc) == [
            (
                "text",
                "The Trust\u2019s response:\nSite | Cameras\nCaf\u00e9 block | 12\n"
                "All are Axis \u2013 none are Hikvision.",
            )
        ]


def test_csv_html_and_text_in_other_encodings(tmp_path: Path) -> None:
    paths = files.write_corpus(tmp_path)
    csv_doc = read_path(paths["cameras.csv"])
    assert [s.location for s in csv_doc.segments][:2] == ["row 1", "row 2"]
    assert csv_doc.segments[3].text == "Hanwha | XNO-6080R | 5"
    html = read_path(paths["reply.html"])
    assert html.segments[0].location == "text" and "Web version" in html.segments[0].text
    assert ("table 1 row 2", "Hikvision | DS-2CD2143G2-I | 30") in _locations(html)
    assert (
        read_path(paths["letter-cp1252.txt"])
        .segments[0]
        .text.startswith("Caf\u00e9 cameras \u2013 \u00a3200")
    )
    assert "camer\u00e2u Hikvision" in read_path(paths["letter-utf16.txt"]).text


def test_email_headers_body_and_nested_attachments() -> None:
    doc = read_bytes(files.reply_with_everything(), "reply.eml")
    assert doc.format == "eml" and doc.error is None
    assert doc.email is not None
    assert doc.email.message_id == "<reply-1@council.example>"
    assert doc.email.in_reply_to == "<req-1@camcensus.example>"
    assert doc.email.subject == "RE: FOI request CC-2026-0001"
    assert doc.email.sender == "foi@council.example.gov.uk" and doc.email.recipients == [
        "survey@camcensus.example"
    ]
    assert doc.email.date is not None and doc.email.date.isoformat() == "2026-10-01T09:30:00"
    assert _locations(doc) == [("e-mail body", files.TEXT)]
    names = [(c.filename, c.format) for c in doc.children]
    assert names == [
        ("answer.pdf", "pdf"),
        ("cameras.xlsx", "xlsx"),
        ("original.eml", "eml"),
        ("bundle.zip", "zip"),
    ]
    forwarded = doc.children[2]
    assert forwarded.email.message_id == "<fwd-1@council.example>"
    assert [(c.filename, c.format) for c in forwarded.children] == [("assets.docx", "docx")]
    assert "Hikvision | DS-2CD2143G2-I | 30" in forwarded.children[0].text
    bundle = doc.children[3]
    assert [c.filename for c in bundle.children] == ["cameras.csv", "more/inner.zip"]
    assert bundle.children[1].children[0].filename == "page.html"
    assert "Inner archive page" in bundle.children[1].children[0].text
    for child in (doc.children[0], bundle.children[0]):
        assert child.content is not None and len(child.sha256) == 64 and child.size == len(child.content)


def test_mbox_and_maildir_each_message_a_child(tmp_path: Path) -> None:
    paths = files.write_corpus(tmp_path)
    box = read_path(paths["box.mbox"])
    assert box.format == "mbox" and [c.email.message_id for c in box.children] == [
        "<mbox-1@police.example>",
        "<mbox-2@police.example>",
    ]
    assert box.children[1].text.startswith("From the records")  # ">From" quoting undone
    maildir = read_path(tmp_path / "Maildir")
    assert maildir.format == "maildir"
    assert sorted(c.email.message_id for c in maildir.children) == [
        "<md-1@nhs.example>",
        "<md-2@nhs.example>",
    ]


def test_format_comes_from_the_bytes_not_the_name() -> None:
    doc = read_bytes(render.docx_bytes("Word inside", None), "scan.pdf")
    assert doc.format == "docx" and "Word inside" in doc.text
    mail = read_bytes(files.email("RE: x", "Body text here"), "1700000000.M1P1.host:2,S")
    assert mail.format == "eml" and mail.email is not None


def test_images_and_scanned_pages_are_read_by_ocr() -> None:
    from tests.conftest import require_tool

    require_tool("tesseract")
    scanned = read_bytes(
        render.scanned_pdf_bytes("The council operates 42 CCTV cameras made by Hikvision."), "scan.pdf"
    )
    assert scanned.pages == 1 and scanned.ocr_pages == 1 and scanned.segments[0].ocr
    assert "42 CCTV cameras" in scanned.text and "Hikvision" in scanned.text
    image = read_bytes(files.png_bytes("We use 17 Dahua cameras"), "photo.png")
    assert image.format == "png" and image.ocr_pages == 1 and "17 Dahua cameras" in image.text


def test_without_tesseract_ocr_is_skipped_with_a_warning(monkeypatch) -> None:
    from camcensus.documents import ocr

    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    doc = read_bytes(render.scanned_pdf_bytes("Nothing to read here without OCR"), "scan.pdf")
    assert doc.error is None and doc.pages == 1 and doc.ocr_pages == 0 and doc.segments == []
    assert doc.warnings == [ocr.MISSING]


def test_outlook_msg_headers_body_and_attachments() -> None:
    from tests.documents.msgfile import msg_bytes

    data = msg_bytes(
        "RE: FOI CC-2026-0042",
        "We use 12 Hikvision cameras.\nSYNTHETIC DEMO DATA",
        "foi@council.example.gov.uk",
        "<msg-1@council.example>",
        "<req-1@camcensus.example>",
        [("answer.pdf", render.pdf_bytes(files.TEXT)), ("cameras.csv", render.csv_bytes(files.TABLE))],
    )
    doc = read_bytes(data, "reply")  # no extension: the OLE streams say it is an Outlook message
    assert doc.format == "msg" and doc.error is None
    assert (doc.email.message_id, doc.email.in_reply_to, doc.email.subject, doc.email.sender) == (
        "<msg-1@council.example>",
        "<req-1@camcensus.example>",
        "RE: FOI CC-2026-0042",
        "foi@council.example.gov.uk",
    )
    assert _locations(doc) == [("e-mail body", "We use 12 Hikvision cameras.\nSYNTHETIC DEMO DATA")]
    assert [(c.filename, c.format) for c in doc.children] == [("answer.pdf", "pdf"), ("cameras.csv", "csv")]
    assert "Hikvision | DS-2CD2143G2-I | 30" in doc.children[1].text


def test_a_web_page_numbered_list_keeps_its_numbers() -> None:
    page = (
        b"<html><body><main><h1>FOI 2024-0655</h1><p>Request</p><ol><li>How many cameras?</li>"
        b"<li>Who makes them?</li></ol><p>Response</p><ol start='1'><li>412</li><li>Axis.</li></ol>"
        b"<ol type='a' start='3'><li>Yes</li></ol></main></body></html>"
    )
    text = read_bytes(page, "reply.html").text
    assert "1. How many cameras?" in text and "2. Who makes them?" in text
    assert "1. 412" in text and "2. Axis." in text and "c. Yes" in text
