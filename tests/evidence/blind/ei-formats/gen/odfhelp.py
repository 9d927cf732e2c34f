from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span, LineBreak
from odf.table import Table, TableColumn, TableRow, TableCell

class Odt:
    def __init__(self, font="Liberation Sans", size="11pt"):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.norm = Style(name="Body", family="paragraph")
        self.norm.addElement(TextProperties(fontname=font, fontfamily=font, fontsize=size))
        self.norm.addElement(ParagraphProperties(marginbottom="0.18cm"))
        s.addElement(self.norm)
        self.bold = Style(name="Bold", family="text"); self.bold.addElement(TextProperties(fontweight="bold")); s.addElement(self.bold)
        self.ital = Style(name="Ital", family="text"); self.ital.addElement(TextProperties(fontstyle="italic")); s.addElement(self.ital)
        self.h = Style(name="Head", family="paragraph")
        self.h.addElement(TextProperties(fontname=font, fontfamily=font, fontsize="14pt", fontweight="bold"))
        self.h.addElement(ParagraphProperties(marginbottom="0.3cm"))
        s.addElement(self.h)
        self.right = Style(name="Right", family="paragraph", parentstylename="Body")
        self.right.addElement(ParagraphProperties(textalign="end")); s.addElement(self.right)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); self.doc.automaticstyles.addElement(self.cell)
        self.tn = 0

    def _fill(self, el, text):
        # supports **bold** segments and newlines
        parts = text.split("**")
        for i, part in enumerate(parts):
            lines = part.split("\n")
            for j, ln in enumerate(lines):
                if j:
                    el.addElement(LineBreak())
                if ln:
                    if i % 2:
                        sp = Span(stylename=self.bold, text=ln); el.addElement(sp)
                    else:
                        el.addText(ln)
        return el

    def p(self, text="", style=None):
        self.doc.text.addElement(self._fill(P(stylename=style or self.norm), text))

    def head(self, text):
        self.doc.text.addElement(P(stylename=self.h, text=text))

    def table(self, rows, widths=None):
        self.tn += 1
        t = Table(name=f"Table{self.tn}")
        ncol = len(rows[0])
        for k in range(ncol):
            cs = Style(name=f"T{self.tn}C{k}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=(widths[k] if widths else "4cm")))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for r in rows:
            tr = TableRow()
            for v in r:
                tc = TableCell(stylename=self.cell, valuetype="string")
                tc.addElement(self._fill(P(stylename=self.norm), str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)
