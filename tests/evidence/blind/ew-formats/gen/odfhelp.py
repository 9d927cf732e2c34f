"""Minimal odfpy helpers for text documents."""
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell


class Doc:
    def __init__(self):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.bold = Style(name="Bold", family="text"); self.bold.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.bold)
        self.h = Style(name="Heading", family="paragraph")
        self.h.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
        self.h.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm"))
        s.addElement(self.h)
        self.para = Style(name="Body", family="paragraph")
        self.para.addElement(ParagraphProperties(marginbottom="0.2cm"))
        s.addElement(self.para)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
        self.doc.automaticstyles.addElement(self.cell)
        self.ntab = 0

    def p(self, text, bold=False):
        para = P(stylename=self.para)
        if bold:
            para.addElement(Span(stylename=self.bold, text=text))
        else:
            para.addText(text)
        self.doc.text.addElement(para)

    def heading(self, text):
        self.doc.text.addElement(P(stylename=self.h, text=text))

    def table(self, rows, widths_cm):
        self.ntab += 1
        t = Table(name=f"Table{self.ntab}")
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"T{self.ntab}C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for r in rows:
            tr = TableRow()
            for c in r:
                tc = TableCell(stylename=self.cell, valuetype="string")
                for line in (c if isinstance(c, list) else [c]):
                    tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)
