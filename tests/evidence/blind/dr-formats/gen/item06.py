from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P
from common import out

doc = OpenDocumentSpreadsheet()
b = Style(name="b", family="table-cell"); b.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(b)
wrap = Style(name="w", family="table-cell"); wrap.addElement(ParagraphProperties()); doc.automaticstyles.addElement(wrap)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="9cm")); doc.automaticstyles.addElement(wide)
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="4cm")); doc.automaticstyles.addElement(mid)
xwide = Style(name="xwide", family="table-column"); xwide.addElement(TableColumnProperties(columnwidth="16cm")); doc.automaticstyles.addElement(xwide)

def cell(v=None, bold=False, formula=None):
    kw = {}
    if bold: kw["stylename"] = b
    if formula is not None:
        c = TableCell(formula=formula, valuetype="float", value=v, **kw); c.addElement(P(text=str(v))); return c
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v, **kw); c.addElement(P(text=str(v))); return c
    c = TableCell(valuetype="string", **kw) if v is not None else TableCell()
    if v is not None: c.addElement(P(text=v))
    return c

def sheet(name, cols, rows):
    t = Table(name=name)
    for cs in cols: t.addElement(TableColumn(stylename=cs))
    for r in rows:
        tr = TableRow()
        for c in r: tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

resp = [
    [cell("University of Eastbrook – Freedom of Information response", True)],
    [cell("Reference: FOI-UE-24-0392    Date: 18 November 2024")],
    [cell("")],
    [cell("Q1. How many CCTV cameras does the University have in total?", True)],
    [cell("See tab 'By campus'.")],
    [cell("Q2. Could you give a breakdown of these by campus / site?", True)],
    [cell("See tab 'By campus'.")],
    [cell("Q3. Which manufacturers made the cameras, and how many of each?", True)],
    [cell("See tab 'By manufacturer'.")],
    [cell("Q4. Are any Hikvision or Dahua cameras in use, and if so are there plans to remove them?", True)],
    [cell("See tab 'By manufacturer'. The University's Estates Security Strategy 2023-2026 includes the replacement of legacy cameras across the Riverside Campus.")],
    [cell("")],
    [cell("The information provided is correct as at 12 November 2024. Figures relate to cameras owned and operated by the University and exclude cameras operated by third parties on University land.")],
    [cell("If you are dissatisfied with the handling of your request you may ask for an internal review by contacting foi@eastbrook.ac.uk within 40 working days. You also have the right to complain to the Information Commissioner's Office (ico.org.uk) once the internal review process has been exhausted.")],
    [cell("Information Compliance Team, Registry Building, University of Eastbrook")],
]
sheet("Response", [xwide], resp)

camp = [("City Campus", 412), ("Riverside Campus", 287), ("Halls of residence (Fenwick, Marlowe, St Aidan's)", 196), ("Eastbrook Sports Park", 58)]
rows = [[cell("Campus / site", True), cell("Cameras", True), cell("Notes", True)]]
for i, (n, v) in enumerate(camp):
    rows.append([cell(n), cell(v), cell("")])
rows.append([cell("Clinical Sciences Building"), cell("-"), cell("System owned and operated by Eastbrook Teaching Hospitals NHS Trust - not included")])
tot = sum(v for _, v in camp)
rows.append([cell("Total", True), cell(tot, True, formula="of:=SUM([.B2:.B6])"), cell("")])
sheet("By campus", [wide, mid, wide], rows)

mk = [("Axis", 522, ""), ("Avigilon", 244, ""), ("Hanwha Vision", 156, ""),
      ("HIKVISION", 31, "Riverside Campus legacy units - scheduled for replacement by July 2026")]
rows = [[cell("Manufacturer", True), cell("Cameras", True), cell("Comment", True)]]
for n, v, c in mk: rows.append([cell(n), cell(v), cell(c)])
assert sum(v for _, v, _ in mk) == tot
rows.append([cell("Total", True), cell(tot, True, formula="of:=SUM([.B2:.B5])"), cell("")])
sheet("By manufacturer", [wide, mid, wide], rows)
doc.save(out("06-reply.ods"))
print(tot)
