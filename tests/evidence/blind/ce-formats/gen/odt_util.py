from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, Span, H
from odf.table import Table, TableColumn, TableRow, TableCell


def new_doc():
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="Head", family="paragraph")
    head.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    head.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(head)
    body = Style(name="Body", family="paragraph"); body.addElement(ParagraphProperties(marginbottom="0.25cm"))
    body.addElement(TextProperties(fontsize="11pt"))
    doc.automaticstyles.addElement(body)
    return doc, {"bold": bold, "head": head, "body": body}


def para(doc, st, text, bold_prefix=None, style="body"):
    p = P(stylename=st[style])
    if bold_prefix:
        p.addElement(Span(stylename=st["bold"], text=bold_prefix))
    for i, line in enumerate(text.split("\n")):
        if i:
            from odf.text import LineBreak
            p.addElement(LineBreak())
        p.addText(line)
    doc.text.addElement(p)


def table(doc, st, rows, name="T1"):
    t = Table(name=name)
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            tc = TableCell(valuetype="string")
            p = P(stylename=st["body"])
            if i == 0:
                p.addElement(Span(stylename=st["bold"], text=str(v)))
            else:
                p.addText(str(v))
            tc.addElement(p); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
