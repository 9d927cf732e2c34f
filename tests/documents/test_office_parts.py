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


def _box(text: str) -> str:
    return f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent>'


def test_a_word_files_text_boxes_are_read_once_each_in_place() -> None:
    """Word saves a text box twice (the drawing and its VML fallback): its answer is read once, after the
    paragraph it is anchored in and before the next."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Q1 How many cameras?")
    anchor = document.add_paragraph()
    document.add_paragraph("Q2 Any Hikvision?")
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    box = _box("The Trust has 410 cameras.")
    run = parse_xml(
        f'<w:r xmlns:w="{_W}" xmlns:mc="{mc}" xmlns:wps="{wps}" xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><wps:txbx>{box}</wps:txbx></mc:Choice>'
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    anchor._p.append(run)
    out = io.BytesIO()
    document.save(out)
    text = "\n".join(s.text for s in read_bytes(out.getvalue(), "reply.docx").segments)
    assert text.count("The Trust has 410 cameras.") == 1
    assert text.index("How many") < text.index("410") < text.index("Any Hikvision")


def test_rows_and_columns_a_sender_hid_are_not_read() -> None:
    """A helper column of old counts and a row kept for reference, hidden in the sheet: no part of the
    answer, as a hidden sheet is not."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Cameras"
    for row in (
        ["Site", "Fixed", "PTZ", "2021 audit", "Legacy make"],
        ["Town centre", 14, 5, 25, "Hikvision"],
        ["Old depot (closed)", 4, 0, 4, "Dahua"],
        ["Market Hall", 4, 1, 6, "Hikvision"],
    ):
        sheet.append(row)
    sheet.column_dimensions["D"].hidden = True
    sheet.column_dimensions["E"].hidden = True
    sheet.row_dimensions[3].hidden = True
    out = io.BytesIO()
    book.save(out)
    doc = read_bytes(out.getvalue(), "reply.xlsx")
    rows = ["Site | Fixed | PTZ", "Town centre | 14 | 5", "Market Hall | 4 | 1"]
    assert [s.text for s in doc.segments] == rows


def test_rows_a_filter_left_on_hides_are_still_read() -> None:
    """A register sent with a filter still set (only one campus in view): the rows it hides are data."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["Campus", "Make", "Status"], ["City", "Axis", "Live"], ["Riverside", "Dahua", "Live"]):
        sheet.append(row)
    sheet.auto_filter.ref = "A1:C3"
    sheet.auto_filter.add_filter_column(0, ["City"])
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["D"].hidden = True
    out = io.BytesIO()
    book.save(out)
    doc = read_bytes(out.getvalue(), "register.xlsx")
    assert [s.text for s in doc.segments] == [
        "Campus | Make | Status",
        "City | Axis | Live",
        "Riverside | Dahua | Live",
    ]


def test_a_word_files_tracked_changes_are_read_as_accepted() -> None:
    """A letter sent with its changes still tracked: the figure inserted is read, the one deleted is not
    (python-docx alone reads neither), in paragraphs and in table cells."""
    import docx
    from docx.oxml import parse_xml

    def changed(old: str, new: str, rest: str) -> str:
        return (
            f'<w:p xmlns:w="{_W}"><w:r><w:t xml:space="preserve">The Council operates </w:t></w:r>'
            f'<w:del w:id="1" w:author="A"><w:r><w:delText>{old}</w:delText></w:r></w:del>'
            f'<w:ins w:id="2" w:author="A"><w:r><w:t>{new}</w:t></w:r></w:ins>'
            f'<w:r><w:t xml:space="preserve">{rest}</w:t></w:r></w:p>'
        )

    document = docx.Document()
    document.element.body.insert(0, parse_xml(changed("184", "179", " CCTV cameras.")))
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell._tc.append(parse_xml(changed("no", "five", " Hikvision cameras.")))
    out = io.BytesIO()
    document.save(out)
    text = "\n".join(s.text for s in read_bytes(out.getvalue(), "reply.docx").segments)
    assert "The Council operates 179 CCTV cameras." in text
    assert "The Council operates five Hikvision cameras." in text
    assert "184" not in text and "operates no" not in text
