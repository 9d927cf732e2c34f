from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P
def new_ods():
    return OpenDocumentSpreadsheet()
def sheet(doc, name, rows):
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for v in r:
            if v is None or v == "":
                tc = TableCell()
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v); tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string"); tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
