from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P
from odf.style import Style, TextProperties, TableColumnProperties


def new_ods():
    doc = OpenDocumentSpreadsheet()
    b = Style(name="bcell", family="table-cell"); b.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(b)
    wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="6cm"))
    doc.automaticstyles.addElement(wide)
    mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="3.2cm"))
    doc.automaticstyles.addElement(mid)
    doc._bold = b; doc._wide = wide; doc._mid = mid
    return doc


def add_sheet(doc, name, rows, bold_rows=(), ncols=None, formulas=None, hidden=False):
    """rows: list of lists; numbers become float cells. formulas: {(r,c): ("of:=SUM([.B2:.B9])", value)}"""
    t = Table(name=name)
    if hidden:
        hs = Style(name=f"ta_{name.replace(' ', '_')}", family="table")
        from odf.style import TableProperties
        hs.addElement(TableProperties(display="false"))
        doc.automaticstyles.addElement(hs)
        t.setAttribute("stylename", hs)
    ncols = ncols or max(len(r) for r in rows)
    t.addElement(TableColumn(stylename=doc._wide))
    for _ in range(ncols - 1):
        t.addElement(TableColumn(stylename=doc._mid))
    formulas = formulas or {}
    for ri, r in enumerate(rows):
        tr = TableRow()
        for ci, v in enumerate(r):
            kw = {}
            if ri in bold_rows: kw["stylename"] = doc._bold
            if (ri, ci) in formulas:
                f, val = formulas[(ri, ci)]
                c = TableCell(valuetype="float", value=val, formula=f, **kw); c.addElement(P(text=str(val)))
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                c = TableCell(valuetype="float", value=v, **kw); c.addElement(P(text=str(v)))
            elif v is None or v == "":
                c = TableCell(**kw)
            else:
                c = TableCell(valuetype="string", **kw); c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    return t
