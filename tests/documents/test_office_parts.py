"""Parts of Office files that change what a reply says: a Word file's footnotes, an Excel sheet its sender
hid."""

from __future__ import annotations

import io
import zipfile

from camcensus.demo import render
from camcensus.documents.reader import read_bytes

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">HiLook cameras, a Hikvision brand, '
    "remain at the depot.</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def _with_footnotes(docx: bytes) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(docx)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", _FOOTNOTES)
    return out.getvalue()


def test_a_word_files_footnotes_are_read_without_their_separators() -> None:
    data = _with_footnotes(render.docx_bytes("Our answers are in the table.", [["Site", "Cameras"]]))
    doc = read_bytes(data, "reply.docx")
    notes = [s for s in doc.segments if s.location == "footnotes"]
    assert [s.text for s in notes] == ["[1] HiLook cameras, a Hikvision brand, remain at the depot."]


def test_a_sheet_its_sender_hid_is_not_read() -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Answers"
    book.active.append(["Q1", "212 cameras"])
    old = book.create_sheet("2021 survey")
    old.append(["Depot", "Hikvision", "10"])
    old.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    doc = read_bytes(out.getvalue(), "reply.xlsx")
    assert [s.text for s in doc.segments] == ["Q1 | 212 cameras"]
