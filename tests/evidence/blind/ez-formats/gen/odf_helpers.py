"""Small odfpy helpers for .odt text documents with tables."""
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell


def new_odt():
    doc = OpenDocumentText()
    s = {}
    s["bold"] = Style(name="Bold", family="text")
    s["bold"].addElement(TextProperties(fontweight="bold"))
    s["big"] = Style(name="Big", family="paragraph")
    s["big"].addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    s["small"] = Style(name="Small", family="paragraph")
    s["small"].addElement(TextProperties(fontsize="8pt"))
    s["right"] = Style(name="Right", family="paragraph")
    s["right"].addElement(ParagraphProperties(textalign="end"))
    s["cell"] = Style(name="Cell", family="table-cell")
    s["cell"].addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    s["hcell"] = Style(name="HCell", family="table-cell")
    s["hcell"].addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm",
                                              backgroundcolor="#D9D9D9"))
    s["col1"] = Style(name="Col1", family="table-column")
    s["col1"].addElement(TableColumnProperties(columnwidth="7cm"))
    s["col2"] = Style(name="Col2", family="table-column")
    s["col2"].addElement(TableColumnProperties(columnwidth="10cm"))
    s["tab"] = Style(name="Tab", family="table")
    s["tab"].addElement(TableProperties(width="17cm", align="left"))
    for k in ("big", "small", "right"):
        doc.automaticstyles.addElement(s[k])
    for k in ("bold", "cell", "hcell", "col1", "col2", "tab"):
        doc.automaticstyles.addElement(s[k])
    doc._s = s
    return doc


def para(doc, text, style=None, bold=False, parent=None):
    s = doc._s
    p = P(stylename=s[style]) if style else P()
    if bold:
        p.addElement(Span(stylename=s["bold"], text=text))
    else:
        p.addText(text)
    (parent or doc.text).addElement(p)
    return p


def table(doc, rows, header=True, widths=("col1", "col2")):
    s = doc._s
    t = Table(name="Table1", stylename=s["tab"])
    for w in widths:
        t.addElement(TableColumn(stylename=s[w]))
    for i, r in enumerate(rows):
        tr = TableRow()
        for c in r:
            tc = TableCell(stylename=s["hcell"] if (header and i == 0) else s["cell"], valuetype="string")
            for line in str(c).split("\n"):
                p = P()
                if header and i == 0:
                    p.addElement(Span(stylename=s["bold"], text=line))
                else:
                    p.addText(line)
                tc.addElement(p)
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    return t


def new_ods():
    doc = OpenDocumentSpreadsheet()
    s = {}
    s["bold"] = Style(name="BoldCell", family="table-cell")
    s["bold"].addElement(TextProperties(fontweight="bold"))
    s["head"] = Style(name="HeadCell", family="table-cell")
    s["head"].addElement(TextProperties(fontweight="bold"))
    s["head"].addElement(TableCellProperties(backgroundcolor="#C6E0B4", border="0.5pt solid #000000"))
    s["wide"] = Style(name="Wide", family="table-column")
    s["wide"].addElement(TableColumnProperties(columnwidth="6cm"))
    s["mid"] = Style(name="Mid", family="table-column")
    s["mid"].addElement(TableColumnProperties(columnwidth="3cm"))
    for v in s.values():
        doc.automaticstyles.addElement(v)
    doc._s = s
    return doc


def sheet(doc, name, rows, widths=None, bold_rows=(), head_rows=(0,)):
    """rows: lists of str/int/float/None."""
    s = doc._s
    t = Table(name=name)
    ncol = max(len(r) for r in rows) if rows else 1
    for i in range(ncol):
        w = (widths[i] if widths and i < len(widths) else "mid")
        t.addElement(TableColumn(stylename=s[w]))
    for i, r in enumerate(rows):
        tr = TableRow()
        for c in r:
            kw = {}
            if i in head_rows:
                kw["stylename"] = s["head"]
            elif (bold_rows == "last" and i == len(rows) - 1) or (bold_rows != "last" and i in bold_rows):
                kw["stylename"] = s["bold"]
            if c is None or c == "":
                tc = TableCell(**kw)
            elif isinstance(c, (int, float)):
                tc = TableCell(valuetype="float", value=c, **kw)
                tc.addElement(P(text=str(c)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(c).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    return t
