from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

class Ods:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.bold = Style(name="cb", family="table-cell")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.doc.automaticstyles.addElement(self.bold)
        self.head = Style(name="ch", family="table-cell")
        self.head.addElement(TextProperties(fontweight="bold"))
        self.head.addElement(TableCellProperties(backgroundcolor="#DDEBF7", border="0.5pt solid #000000"))
        self.doc.automaticstyles.addElement(self.head)
        self.box = Style(name="cx", family="table-cell")
        self.box.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
        self.doc.automaticstyles.addElement(self.box)
        self.wrap = Style(name="cw", family="table-cell")
        self.wrap.addElement(TableCellProperties(wrapoption="wrap"))
        self.doc.automaticstyles.addElement(self.wrap)
        self.n = 0

    def sheet(self, name, rows, widths=None, styles=None):
        """rows: list of lists; cell value may be (value, stylekey) with stylekey in bold/head/box/wrap"""
        t = Table(name=name)
        ncol = max(len(r) for r in rows) if rows else 1
        for k in range(ncol):
            self.n += 1
            cs = Style(name=f"co{self.n}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=(widths[k] if widths and k < len(widths) else "3cm")))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for r in rows:
            tr = TableRow()
            for v in r:
                st = None
                if isinstance(v, tuple):
                    v, key = v; st = getattr(self, key)
                kw = {"stylename": st} if st else {}
                if v is None or v == "":
                    tc = TableCell(**kw)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v, **kw); tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    for ln in str(v).split("\n"):
                        tc.addElement(P(text=ln))
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.spreadsheet.addElement(t)

    def save(self, path):
        self.doc.save(path)
