from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

NN = "06"
write_request(NN, """
Dear University of Hallamford,

Under FOIA 2000 I request:

1. The number of CCTV cameras operated by the university, broken down by campus.
2. The manufacturer and model of the cameras.
3. Are any of the university's CCTV cameras made by Hikvision or Dahua?
4. Do your security staff use body-worn cameras? If so, how many devices and of what make?

Thanks,
Tomasz Wierzbicki
""")

doc = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(bold)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="7cm"))
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="4cm"))
huge = Style(name="huge", family="table-column"); huge.addElement(TableColumnProperties(columnwidth="18cm"))
for s in (wide, mid, huge):
    doc.automaticstyles.addElement(s)

def cell(v, b=False, formula=None):
    kw = {}
    if b: kw["stylename"] = bold
    if formula is not None:
        c = TableCell(valuetype="float", value=v, formula=formula, **kw)
    elif isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v, **kw)
    else:
        c = TableCell(valuetype="string", **kw)
    c.addElement(P(text=str(v)))
    return c

def sheet(name, rows, cols):
    t = Table(name=name)
    for c in cols:
        t.addElement(TableColumn(stylename=c))
    for r in rows:
        tr = TableRow()
        for item in r:
            if isinstance(item, tuple):
                tr.addElement(cell(*item))
            else:
                tr.addElement(cell(item))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

summary = [
 [("University of Hallamford – Information Compliance", True)],
 ["FOI reference: UOH-FOI-2024-288    Date of response: 19 November 2024"],
 [""],
 [("Question", True)],
 ["1. Number of CCTV cameras by campus – please see the tab for each campus."],
 ["2. Manufacturer and model – please see the tab for each campus."],
 ["3. Hikvision or Dahua – please see the Make column on each campus tab."],
 ["4. Body-worn cameras – yes, see the 'Body Worn Video' tab."],
 [""],
 ["If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days by emailing foi@hallamford.ac.uk."],
 ["You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."],
]
sheet("Response", summary, [huge])

campuses = {
 "City Campus": [("Library", "Axis Communications", "P3245-LVE", 14), ("Students' Union", "Axis Communications", "M3106-L Mk II", 9),
                 ("Engineering Block", "Hanwha Vision", "XND-6080R", 12), ("Arts Tower", "Axis Communications", "P3265-LV", 11),
                 ("Multi-storey car park", "Hanwha Vision", "XNO-6120R", 16), ("Sports Centre (pavilion)", "Imou", "Bullet 2C", 3)],
 "Riverside Campus": [("Halls of residence A–D", "Hanwha Vision", "QND-6012R", 24), ("Riverside Hub", "Axis Communications", "P3265-LVE", 10),
                      ("Cycle store", "Imou", "Bullet 2E", 2), ("Estates depot", "Axis", "M2025-LE", 4)],
 "Medical School": [("Anatomy suite", "Axis Communications", "P3245-V", 6), ("Research laboratories", "Axis Communications", "P3265-V", 8),
                    ("Main entrance", "Hanwha Vision", "XNV-6081R", 3)],
}
total = 0
for name, items in campuses.items():
    rows = [[("Building / area", True), ("Make", True), ("Model", True), ("No. of cameras", True)]]
    for b, mk, md, q in items:
        rows.append([b, mk, md, q])
    n = len(items)
    sub = sum(i[3] for i in items)
    total += sub
    rows.append([("Sub-total", True), "", "", (sub, True, f"of:=SUM([.D2:.D{n+1}])")])
    sheet(name, rows, [wide, wide, mid, mid])
assert total == 122

bwv = [[("Item", True), ("Make", True), ("Model", True), ("Quantity", True)],
       ["Body-worn camera", "Hikvision", "DS-MCW406", 14],
       ["Docking station", "Hikvision", "DS-MDS001", 2],
       [""],
       ["Body-worn cameras are issued to Campus Security patrol officers only."]]
sheet("Body Worn Video", bwv, [wide, wide, mid, mid])
doc.save(out(f"{NN}-reply.ods"))
add_label(path=f"{NN}-reply.ods", request_file=f"{NN}-request.txt", format="ods", body_type="university", law="foia",
          hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=122,
          note="Sheet per campus with sub-totals but no grand total (65+40+17); Dahua only as its Imou brand; Hikvision appears only on the body-worn tab, which does not decide the CCTV answer.")
