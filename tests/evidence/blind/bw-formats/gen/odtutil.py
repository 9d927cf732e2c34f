from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

class Odt:
    def __init__(self, font="Liberation Sans"):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.bold = Style(name="Bold", family="text"); self.bold.addElement(TextProperties(fontweight="bold")); s.addElement(self.bold)
        self.norm = Style(name="Body", family="paragraph"); self.norm.addElement(TextProperties(fontsize="11pt", fontfamily=font))
        self.norm.addElement(ParagraphProperties(marginbottom="0.18cm")); s.addElement(self.norm)
        self.right = Style(name="Right", family="paragraph", parentstylename="Body"); self.right.addElement(ParagraphProperties(textalign="end")); s.addElement(self.right)
        self.hd = Style(name="Hd", family="paragraph"); self.hd.addElement(TextProperties(fontsize="13pt", fontweight="bold", fontfamily=font)); s.addElement(self.hd)
        self.cellst = Style(name="Cell", family="table-cell"); self.cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
        self.doc.automaticstyles.addElement(self.cellst)
        self.n = 0

    def p(self, text, style=None, bold_prefix=None):
        for i, line in enumerate(text.split("\n")):
            para = P(stylename=style or self.norm)
            if bold_prefix and i == 0:
                para.addElement(Span(stylename=self.bold, text=bold_prefix))
            para.addText(line)
            self.doc.text.addElement(para)

    def h(self, text):
        self.doc.text.addElement(P(stylename=self.hd, text=text))

    def table(self, rows, widths):
        self.n += 1
        t = Table(name=f"Table{self.n}")
        for i, w in enumerate(widths):
            cs = Style(name=f"T{self.n}C{i}", family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
            self.doc.automaticstyles.addElement(cs); t.addElement(TableColumn(stylename=cs))
        for ri, r in enumerate(rows):
            tr = TableRow()
            for v in r:
                tc = TableCell(stylename=self.cellst, valuetype="string")
                para = P(stylename=self.norm)
                if ri == 0:
                    para.addElement(Span(stylename=self.bold, text=str(v)))
                else:
                    para.addText(str(v))
                tc.addElement(para); tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(str(path))
