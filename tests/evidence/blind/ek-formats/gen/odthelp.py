from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell

class Odt:
    def __init__(self):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.bold = Style(name="Bold", family="text"); self.bold.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.bold)
        self.h = Style(name="Heading", family="paragraph"); self.h.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
        self.h.addElement(ParagraphProperties(margintop="0.2cm", marginbottom="0.2cm")); s.addElement(self.h)
        self.np = Style(name="Body", family="paragraph"); self.np.addElement(ParagraphProperties(marginbottom="0.2cm"))
        self.np.addElement(TextProperties(fontsize="11pt")); s.addElement(self.np)
        self.cell = Style(name="Cell", family="table-cell"); self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
        self.doc.automaticstyles.addElement(self.cell)
        self.n = 0
    def p(self, text, bold=False, style=None):
        el = P(stylename=style or self.np)
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if bold: el.addElement(Span(stylename=self.bold, text=ln))
            else: el.addText(ln)
            if i < len(lines) - 1:
                from odf.text import LineBreak; el.addElement(LineBreak())
        self.doc.text.addElement(el); return el
    def head(self, text):
        self.doc.text.addElement(H(outlinelevel=2, stylename=self.h, text=text))
    def table(self, rows, header=True):
        self.n += 1
        t = Table(name=f"Table{self.n}")
        t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
        for i, r in enumerate(rows):
            tr = TableRow()
            for v in r:
                tc = TableCell(stylename=self.cell, valuetype="string")
                pp = P()
                if header and i == 0: pp.addElement(Span(stylename=self.bold, text=str(v)))
                else: pp.addText(str(v))
                tc.addElement(pp); tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)
    def save(self, path):
        self.doc.save(path)

class Ods:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.bold = Style(name="BoldCell", family="table-cell"); self.bold.addElement(TextProperties(fontweight="bold"))
        self.doc.automaticstyles.addElement(self.bold)
        self.wide = Style(name="Wide", family="table-column"); self.wide.addElement(TableColumnProperties(columnwidth="6cm"))
        self.doc.automaticstyles.addElement(self.wide)
    def sheet(self, name, rows, bold_rows=()):
        t = Table(name=name)
        ncols = max((len(r) for r in rows), default=1)
        t.addElement(TableColumn(stylename=self.wide, numbercolumnsrepeated=ncols))
        for i, r in enumerate(rows):
            tr = TableRow()
            for v in r:
                kw = {"stylename": self.bold} if i in bold_rows else {}
                if v is None:
                    tc = TableCell(**kw)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v, **kw); tc.addElement(P(text=str(v)))
                elif isinstance(v, tuple):
                    tc = TableCell(formula="of:" + v[0], valuetype="float", value=v[1], **kw); tc.addElement(P(text=str(v[1])))
                elif isinstance(v, str) and v.startswith("="):
                    tc = TableCell(formula="of:" + v, **kw)
                else:
                    tc = TableCell(valuetype="string", **kw); tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.spreadsheet.addElement(t)
    def save(self, path):
        self.doc.save(path)
