from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell


class Odt:
    def __init__(self):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.bold = Style(name="Bold", family="text"); self.bold.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.bold)
        self.h = Style(name="Head", family="paragraph"); self.h.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#1d3f6e"))
        s.addElement(self.h)
        self.small = Style(name="Small", family="paragraph"); self.small.addElement(TextProperties(fontsize="8pt"))
        s.addElement(self.small)
        self.right = Style(name="Right", family="paragraph"); self.right.addElement(ParagraphProperties(textalign="end"))
        s.addElement(self.right)
        self.cell = Style(name="Cell", family="table-cell"); self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        self.doc.automaticstyles.addElement(self.cell)
        self.ntab = 0

    def p(self, text="", bold=False, style=None):
        p = P(stylename=style) if style else P()
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if bold:
                p.addElement(Span(stylename=self.bold, text=ln))
            else:
                p.addText(ln)
            if i < len(lines) - 1:
                from odf.text import LineBreak
                p.addElement(LineBreak())
        self.doc.text.addElement(p)

    def head(self, text):
        self.doc.text.addElement(P(stylename=self.h, text=text))

    def table(self, rows, widths_cm, header=True):
        self.ntab += 1
        t = Table(name=f"Table{self.ntab}")
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"T{self.ntab}C{i}", family="table-column"); cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for ri, row in enumerate(rows):
            tr = TableRow()
            for c in row:
                tc = TableCell(stylename=self.cell, valuetype="string")
                p = P()
                if header and ri == 0:
                    p.addElement(Span(stylename=self.bold, text=str(c)))
                else:
                    p.addText(str(c))
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)
