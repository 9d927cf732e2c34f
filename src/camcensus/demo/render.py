"""Write reply texts and tables in the formats real FOI replies arrive in."""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from camcensus.demo.scenarios import SYNTHETIC
from camcensus.safetext import csv_writer

_PDF_REPLACEMENTS = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _latin1(text: str) -> str:
    for old, new in _PDF_REPLACEMENTS.items():
        text = text.replace(old, new)
    return text.encode("latin-1", errors="replace").decode("latin-1")


def pdf_bytes(text: str, table: list[list[str]] | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in _latin1(text).split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    if table:
        pdf.ln(4)
        with pdf.table() as grid:
            for row in table:
                cells = grid.row()
                for value in row:
                    cells.cell(_latin1(value))
    return bytes(pdf.output())


def _font(size: int):  # type: ignore[no-untyped-def,unused-ignore]
    from PIL import ImageFont

    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def scanned_pdf_bytes(text: str, noise: bool = False) -> bytes:
    """An image-only PDF, like a signed letter put through a scanner: no text layer, needs OCR.

    With ``noise`` the page is what an office scanner makes of a photocopy: slightly skewed, blurred and
    speckled, so the text that OCR recovers has the usual errors. The speckle is seeded by the text, so the
    same letter always scans the same way.
    """
    import random

    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFilter

    lines = [part for para in text.split("\n") for part in (textwrap.wrap(para, 70) or [""])]
    image = Image.new("L", (1654, max(2339, 60 + 44 * len(lines))), color=255)
    draw = ImageDraw.Draw(image)
    font = _font(30)
    for i, line in enumerate(lines):
        draw.text((100, 100 + 44 * i), line, fill=0, font=font)
    if noise:
        rng = random.Random(text)
        width, height = image.size
        for _ in range(width * height // 900):
            x, y = rng.randrange(width), rng.randrange(height)
            draw.point((x, y), fill=rng.choice((0, 90, 160)))
        image = image.rotate(0.6, resample=Image.Resampling.BICUBIC, fillcolor=255)
        image = image.resize((width * 2 // 3, height * 2 // 3)).filter(ImageFilter.GaussianBlur(0.7))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210)
    return bytes(pdf.output())


def docx_bytes(text: str, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for para in text.split("\n"):
        document.add_paragraph(para)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(text: str, table: list[list[str]] | None = None) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentText()
    for para in text.split("\n"):
        document.text.addElement(P(text=para))
    if table:
        grid = Table(name="Table1")
        grid.addElement(TableColumn(numbercolumnsrepeated=len(table[0])))
        for row in table:
            tr = TableRow()
            for value in row:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
                tr.addElement(cell)
            grid.addElement(tr)
        document.text.addElement(grid)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def xlsx_bytes(table: list[list[str]], note: str = SYNTHETIC) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "CCTV cameras"
    for row in table:
        sheet.append([int(v) if v.isdigit() else v for v in row])
    notes = book.create_sheet("Notes")
    notes.append([note])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def ods_bytes(table: list[list[str]], note: str = SYNTHETIC) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    sheet = Table(name="CCTV cameras")
    for row in table + [[note]]:
        tr = TableRow()
        for value in row:
            if value.isdigit():
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            tr.addElement(cell)
        sheet.addElement(tr)
    document.spreadsheet.addElement(sheet)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def csv_bytes(table: list[list[str]], note: str = SYNTHETIC) -> bytes:
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerows(table)
    writer.writerow([note])
    return buffer.getvalue().encode("utf-8")


def html_bytes(text: str, table: list[list[str]] | None = None) -> bytes:
    from html import escape

    paras = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    grid = ""
    if table:
        head = "".join(f"<th>{escape(v)}</th>" for v in table[0])
        rows = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in table[1:])
        grid = f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>FOI response</title></head>"
        f"<body>{paras}{grid}</body></html>"
    ).encode()


def email_bytes(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    date: dt.datetime,
    in_reply_to: str | None = None,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    message_id: str | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id or make_msgid(domain=sender.split("@")[-1].rstrip(">"))
    message["X-Camcensus-Synthetic"] = "yes"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(body)
    for filename, data, media_type in attachments:
        maintype, subtype = media_type.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(message)
