"""Real files of every format a reply arrives in, made here (most with the demo's renderers)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from tests.documents.msgfile import msg_bytes

from camcensus.demo import render

TEXT = (
    "Dear Requester,\nThe council operates 42 CCTV cameras made by Hikvision.\n"
    "We do not use facial recognition.\nSYNTHETIC DEMO DATA"
)
TABLE = [
    ["Manufacturer", "Model", "Quantity"],
    ["Hikvision", "DS-2CD2143G2-I", "30"],
    ["Dahua", "IPC-HFW2431S", "12"],
]
CP1252_LETTER = "Caf\u00e9 cameras \u2013 \u00a3200 each, 7 in total\nSYNTHETIC DEMO DATA"
WHEN = dt.datetime(2026, 10, 1, 9, 30, tzinfo=dt.UTC)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def png_bytes(text: str) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (1400, 200), color=255)
    ImageDraw.Draw(image).text((40, 60), text, fill=0, font=render._font(40))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def email(
    subject: str,
    body: str,
    attachments: list[tuple[str, bytes, str]] = (),
    message_id: str | None = None,
    sender: str = "foi@council.example.gov.uk",
    in_reply_to: str | None = "<req-1@camcensus.example>",
) -> bytes:
    return render.email_bytes(
        sender=sender,
        to="survey@camcensus.example",
        subject=subject,
        body=body,
        date=WHEN,
        in_reply_to=in_reply_to,
        attachments=list(attachments),
        message_id=message_id,
    )


def reply_with_everything() -> bytes:
    """An e-mail with a PDF, a workbook, a forwarded e-mail (with a Word file) and a ZIP holding a ZIP."""
    forwarded = email(
        "Fwd: CCTV asset list",
        "See the attached list.\nSYNTHETIC DEMO DATA",
        [("assets.docx", render.docx_bytes(TEXT, TABLE), DOCX)],
        message_id="<fwd-1@council.example>",
    )
    inner = zip_bytes({"page.html": render.html_bytes("Inner archive page", TABLE)})
    archive = zip_bytes({"cameras.csv": render.csv_bytes(TABLE), "more/inner.zip": inner})
    return email(
        "RE: FOI request CC-2026-0001",
        TEXT,
        [
            ("answer.pdf", render.pdf_bytes(TEXT, TABLE), "application/pdf"),
            ("cameras.xlsx", render.xlsx_bytes(TABLE), XLSX),
            ("original.eml", forwarded, "message/rfc822"),
            ("bundle.zip", archive, "application/zip"),
        ],
        message_id="<reply-1@council.example>",
    )


def mbox_bytes(messages: list[bytes]) -> bytes:
    out = b""
    for message in messages:
        body = message.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
        out += b"From foi@council.example.gov.uk Thu Oct  1 09:30:00 2026\n" + body + b"\n"
    return out


def write_corpus(folder: Path) -> dict[str, Path]:
    """One file of every format (e-mails, mbox, Maildir, office, sheets, text, HTML, image, ZIP)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "reply.pdf": render.pdf_bytes(TEXT + "\nPDF version", TABLE),
        "reply.docx": render.docx_bytes(TEXT + "\nWord version", TABLE),
        "reply.odt": render.odt_bytes(TEXT + "\nODF version"),
        "cameras.xlsx": render.xlsx_bytes(TABLE + [["Axis", "P3245", "2"]]),
        "cameras.ods": render.ods_bytes(TABLE + [["Avigilon", "H5A", "4"]]),
        "cameras.csv": render.csv_bytes(TABLE + [["Hanwha", "XNO-6080R", "5"]]),
        "reply.html": render.html_bytes(TEXT + "\nWeb version", TABLE),
        "letter-cp1252.txt": CP1252_LETTER.encode("cp1252"),
        "letter-utf16.txt": "Llythyr: 9 camer\u00e2u Hikvision yn y neuadd\nSYNTHETIC DEMO DATA".encode(
            "utf-16"
        ),
        "everything.eml": reply_with_everything(),
        "archive.zip": zip_bytes(
            {
                "reply.eml": email(
                    "RE: FOI CC-2026-0009",
                    "No cameras here.\nSYNTHETIC DEMO DATA",
                    message_id="<zipped-1@school.example>",
                )
            }
        ),
        "box.mbox": mbox_bytes(
            [
                email(
                    "RE: FOI CC-2026-0002",
                    "First message from the box\nSYNTHETIC DEMO DATA",
                    message_id="<mbox-1@police.example>",
                ),
                email(
                    "RE: FOI CC-2026-0003",
                    "From the records: second message\nSYNTHETIC DEMO DATA",
                    message_id="<mbox-2@police.example>",
                ),
            ]
        ),
    }
    files["reply.msg"] = msg_bytes(
        "RE: FOI CC-2026-0006",
        "Outlook reply: 8 Axis cameras.\nSYNTHETIC DEMO DATA",
        "foi@trust.example.nhs.uk",
        "<msg-1@trust.example>",
        "<req-6@camcensus.example>",
        [("list.csv", render.csv_bytes(TABLE + [["Axis", "M3106", "8"]]))],
    )
    paths = {}
    for name, data in files.items():
        paths[name] = folder / name
        paths[name].write_bytes(data)
    maildir = folder / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / "1700000000.M1P1.host:2,S").write_bytes(
        email(
            "RE: FOI CC-2026-0004",
            "Maildir message, read\nSYNTHETIC DEMO DATA",
            message_id="<md-1@nhs.example>",
        )
    )
    (maildir / "new" / "1700000001.M2P2.host").write_bytes(
        email(
            "RE: FOI CC-2026-0005",
            "Maildir message, new\nSYNTHETIC DEMO DATA",
            message_id="<md-2@nhs.example>",
        )
    )
    (maildir / "tmp" / "1700000002.M3P3.host").write_bytes(b"half-delivered")
    return paths


def ruled_pdf(
    rows, widths, before: str, after: str, lines: bool = True, size: int = 10, height: int = 6
) -> bytes:
    """A one-page PDF letter: ``before``, a table of ``rows`` (drawn with ruled lines unless ``lines`` is
    off, its cells wrapping within ``widths``), then ``after``."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    pdf.multi_cell(0, height, before)
    pdf.ln(2)
    borders = "ALL" if lines else "NONE"
    with pdf.table(col_widths=widths, borders_layout=borders, first_row_as_headings=False) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(2)
    pdf.multi_cell(0, height, after)
    return bytes(pdf.output())
