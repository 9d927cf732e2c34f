from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell

def text_doc(font="Liberation Sans", size="11pt"):
    doc = OpenDocumentText()
    s = doc.styles
    std = Style(name="Standard", family="paragraph")
    std.addElement(TextProperties(fontname=font, fontfamily=font, fontsize=size))
    std.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.21cm"))
    s.addElement(std)
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h = Style(name="Head", family="paragraph", parentstylename="Standard")
    h.addElement(TextProperties(fontweight="bold", fontsize="13pt")); h.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    doc.automaticstyles.addElement(h)
    r = Style(name="Right", family="paragraph", parentstylename="Standard"); r.addElement(ParagraphProperties(textalign="end"))
    doc.automaticstyles.addElement(r)
    ind = Style(name="Indent", family="paragraph", parentstylename="Standard"); ind.addElement(ParagraphProperties(marginleft="1cm"))
    doc.automaticstyles.addElement(ind)
    cell = Style(name="Cell", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cell)
    doc._st = {"bold": bold, "head": h, "right": r, "ind": ind, "std": std, "cell": cell}
    return doc

def para(doc, text, style="std", boldprefix=None):
    p = P(stylename=doc._st[style])
    if boldprefix:
        p.addElement(Span(stylename=doc._st["bold"], text=boldprefix))
    lines = text.split("\n")
    from odf.text import LineBreak
    for i, ln in enumerate(lines):
        if i: p.addElement(LineBreak())
        p.addText(ln)
    doc.text.addElement(p); return p

def table(doc, rows, name="T1", header=True):
    t = Table(name=name)
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for i, row in enumerate(rows):
        tr = TableRow()
        for v in row:
            tc = TableCell(stylename=doc._st["cell"], valuetype="string")
            p = P(stylename=doc._st["std"])
            if header and i == 0: p.addElement(Span(stylename=doc._st["bold"], text=str(v)))
            else: p.addText(str(v))
            tc.addElement(p); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
