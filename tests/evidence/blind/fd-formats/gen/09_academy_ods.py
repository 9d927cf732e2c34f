"""09: academy trust ODS - cover sheet + one sheet per academy, blank + hidden columns, no consolidated total."""
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P
from common import out

doc = OpenDocumentSpreadsheet()
bold = Style(name="b", family="table-cell")
bold.addElement(TextProperties(fontweight="bold"))
bold.addElement(TableCellProperties(backgroundcolor="#e0e0e0"))
doc.automaticstyles.addElement(bold)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="6cm"))
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="3cm"))
narrow = Style(name="narrow", family="table-column"); narrow.addElement(TableColumnProperties(columnwidth="0.6cm"))
xwide = Style(name="xwide", family="table-column"); xwide.addElement(TableColumnProperties(columnwidth="16cm"))
for s in (wide, mid, narrow, xwide):
    doc.automaticstyles.addElement(s)


def cell(v, style=None, span=None):
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if span:
        kw["numbercolumnsspanned"] = span
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v, **kw)
        c.addElement(P(text=str(v)))
    elif v is None or v == "":
        c = TableCell(**kw)
    else:
        c = TableCell(valuetype="string", **kw)
        c.addElement(P(text=v))
    return c


def add_row(t, vals, style=None, span_first=None):
    tr = TableRow()
    for i, v in enumerate(vals):
        if span_first and i == 0:
            tr.addElement(cell(v, style, span_first))
            for _ in range(span_first - 1):
                tr.addElement(CoveredTableCell())
            break
        tr.addElement(cell(v, style))
    t.addElement(tr)


# ---- Cover
cov = Table(name="Cover")
cov.addElement(TableColumn(stylename=xwide))
for line in [
    "Riverstone Learning Trust - FOI RLT-FOI-23-041 - CCTV",
    "Response date: 24 November 2023",
    "",
    "Dear Alex Brennan,",
    "Thank you for your request received 30 October 2023. Each academy manages its own site security, so the "
    "information is set out on a separate tab for each academy and for the Trust central office.",
    "Q1 - see the Qty column on each tab.",
    "Q2 - see the Make column on each tab.",
    "Q3 - see the Make column on each tab.",
    "Q4 - see the Installer column on each tab.",
    "",
    "If you are unhappy with this response you may ask for a review by the Trust's Chief Operating Officer "
    "(foi@riverstonelt.example.org) within 40 working days, and then complain to the Information Commissioner's Office.",
    "Lorna Quigley, Trust Data Protection & Compliance Officer",
]:
    add_row(cov, [line])
doc.spreadsheet.addElement(cov)

sites = {
    "Fernleigh Academy": [
        ("Main entrance / reception", "Int", 2, "Hikvision", "DS-2CD2143G2-I", "Sentinel Security (Midlands) Ltd", "FA-0012"),
        ("Front car park", "Ext", 3, "Hikvision", "DS-2CD2T46G2-4I", "Sentinel Security (Midlands) Ltd", "FA-0013"),
        ("Science block corridors", "Int", 4, "Hikvision", "DS-2CD2143G2-I", "Sentinel Security (Midlands) Ltd", "FA-0014"),
        ("Canteen", "Int", 2, "Hikvision", "DS-2CD2143G2-I", "Sentinel Security (Midlands) Ltd", "FA-0015"),
        ("Perimeter - playing fields", "Ext", 5, "Hikvision", "DS-2CD2T87G2-L", "Sentinel Security (Midlands) Ltd", "FA-0016"),
        ("Bike shelters", "Ext", 2, "Hikvision", "DS-2CD2T46G2-4I", "Sentinel Security (Midlands) Ltd", "FA-0017"),
        ("Sixth form centre", "Int", 2, "Axis", "M3106-L Mk II", "Sentinel Security (Midlands) Ltd", "FA-0021"),
    ],
    "Greenhill Primary": [
        ("Main gate", "Ext", 1, "Annke", "C800", "Site manager (self-installed)", "GH-004"),
        ("Reception", "Int", 1, "Annke", "C800", "Site manager (self-installed)", "GH-005"),
        ("KS2 playground", "Ext", 2, "Annke", "C500", "Site manager (self-installed)", "GH-006"),
    ],
    "St Aidan's CE Primary": [],
    "Millbrook Primary": [
        ("Front entrance", "Ext", 1, "Imou", "Bullet 2E", "ClearView Systems", "MB-101"),
        ("Nursery gate", "Ext", 1, "Imou", "Bullet 2E", "ClearView Systems", "MB-102"),
        ("Office", "Int", 1, "Imou", "Ranger 2", "ClearView Systems", "MB-103"),
    ],
    "Central Office": [
        ("Unit 4 Riverside Business Park - door entry", "Ext", 1, "Hanwha", "QNO-6012R", "Door Entry Direct Ltd", "CO-01"),
    ],
}
total = 0
for name, rows in sites.items():
    t = Table(name=name)
    for st_ in (wide, narrow, mid, mid, mid, mid, wide, mid):
        t.addElement(TableColumn(stylename=st_))
    # hidden asset-tag column at the end
    t.childNodes[-1].setAttribute("visibility", "collapse")
    add_row(t, [name + " - CCTV cameras"], bold, span_first=7)
    add_row(t, [""])
    add_row(t, ["Location", "", "Int/Ext", "Qty", "Make", "Model", "Installer", "Asset tag"], bold)
    if not rows:
        add_row(t, ["No CCTV cameras installed at this academy.", "", "", 0, "", "", "", ""])
    for loc, ie, q, mk, mdl, inst, tag in rows:
        add_row(t, [loc, "", ie, q, mk, mdl, inst, tag])
        total += q
    if name == "Fernleigh Academy":
        add_row(t, [""])
        add_row(t, ["Note: 2 cameras formerly in the sports hall were removed in 2022 and are not listed."])
    doc.spreadsheet.addElement(t)
print("total", total)
doc.save(out("09-reply.ods"))
