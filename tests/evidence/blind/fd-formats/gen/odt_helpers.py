"""odfpy helpers shared by the .odt/.ods generators."""
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell


def text_doc():
    doc = OpenDocumentText()
    st = {}
    s = Style(name="Body", family="paragraph")
    s.addElement(TextProperties(fontsize="10.5pt", fontname="Liberation Sans", fontfamily="Liberation Sans"))
    s.addElement(ParagraphProperties(marginbottom="0.18cm"))
    doc.styles.addElement(s); st["body"] = s
    b = Style(name="Bold", family="text")
    b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b); st["b"] = b
    h = Style(name="Head", family="paragraph")
    h.addElement(TextProperties(fontsize="13pt", fontweight="bold", fontfamily="Liberation Sans"))
    h.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.styles.addElement(h); st["h"] = h
    c = Style(name="Cell", family="table-cell")
    c.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(c); st["cell"] = c
    ch = Style(name="CellHead", family="table-cell")
    ch.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm", backgroundcolor="#dddddd"))
    doc.automaticstyles.addElement(ch); st["cellh"] = ch
    return doc, st


def para(doc, st, text, bold_prefix=None, style="body"):
    p = P(stylename=st[style])
    if bold_prefix:
        p.addElement(Span(stylename=st["b"], text=bold_prefix))
    if text:
        p.addText(text)
    doc.text.addElement(p)
    return p


def table(doc, st, rows, widths_cm, header_rows=1, name="T1", spans=None):
    """rows: list of lists of str (None = covered cell). spans: {(r,c): (rowspan, colspan)}"""
    spans = spans or {}
    ts = Style(name=name, family="table")
    ts.addElement(TableProperties(width="%.2fcm" % sum(widths_cm), align="left"))
    doc.automaticstyles.addElement(ts)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths_cm):
        cs = Style(name="%sC%d" % (name, i), family="table-column")
        cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))
    for r, row in enumerate(rows):
        tr = TableRow()
        for c, val in enumerate(row):
            if val is None:
                tr.addElement(CoveredTableCell())
                continue
            kw = {}
            if (r, c) in spans:
                rs, cs_ = spans[(r, c)]
                kw = dict(numberrowsspanned=rs, numbercolumnsspanned=cs_)
            cell = TableCell(stylename=st["cellh"] if r < header_rows else st["cell"], valuetype="string", **kw)
            for line in str(val).split("\n"):
                p = P(stylename=st["body"])
                if r < header_rows:
                    p.addElement(Span(stylename=st["b"], text=line))
                else:
                    p.addText(line)
                cell.addElement(p)
            tr.addElement(cell)
        t.addElement(tr)
    doc.text.addElement(t)
    return t
