"""Tiny helpers for writing .ods with odfpy."""
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableProperties, TextProperties, TableColumnProperties
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P


class Ods:
    def __init__(self):
        self.doc = OpenDocumentSpreadsheet()
        self.hidden = Style(name="hid", family="table")
        self.hidden.addElement(TableProperties(display=False))
        self.bold = Style(name="bold", family="table-cell")
        self.bold.addElement(TextProperties(fontweight="bold"))
        self.wide = Style(name="wide", family="table-column")
        self.wide.addElement(TableColumnProperties(columnwidth="5cm"))
        for s in (self.hidden, self.bold, self.wide):
            self.doc.automaticstyles.addElement(s)

    def sheet(self, name, rows, hidden=False, bold_rows=(), merges=None, ncols_wide=4):
        """rows: list of lists; merges: {(r, c): span} merges span columns starting at (r, c)."""
        t = Table(name=name, stylename=self.hidden) if hidden else Table(name=name)
        t.addElement(TableColumn(numbercolumnsrepeated=ncols_wide, stylename=self.wide))
        merges = merges or {}
        for ri, row in enumerate(rows):
            tr = TableRow()
            skip = 0
            for ci, v in enumerate(row):
                if skip:
                    skip -= 1
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if ri in bold_rows:
                    kw["stylename"] = self.bold
                if (ri, ci) in merges:
                    kw["numbercolumnsspanned"] = merges[(ri, ci)]
                    skip = merges[(ri, ci)] - 1
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v, **kw)
                    c.addElement(P(text=str(v)))
                elif v is None or v == "":
                    c = TableCell(**kw)
                else:
                    c = TableCell(valuetype="string", **kw)
                    c.addElement(P(text=str(v)))
                tr.addElement(c)
            t.addElement(tr)
        self.doc.spreadsheet.addElement(t)

    def save(self, path):
        self.doc.save(path)
