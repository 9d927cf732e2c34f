from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P
import random
random.seed(1818)

write_request("18", """
Hi,

I would like to make a Freedom of Information request to Kelbrook College.

1. How many CCTV cameras are installed at each of the college's campuses?
2. What is the make and model of each camera?
3. Are any of the cameras Hikvision or Dahua branded?

Thanks,
Connor Walsh
""")

doc = OpenDocumentSpreadsheet()
b = Style(name="b", family="text"); 
bc = Style(name="bc", family="table-cell"); bc.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bc)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="6cm")); doc.automaticstyles.addElement(wide)
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="3.2cm")); doc.automaticstyles.addElement(mid)
huge = Style(name="huge", family="table-column"); huge.addElement(TableColumnProperties(columnwidth="18cm")); doc.automaticstyles.addElement(huge)

def cell(v, bold=False):
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v)
    else:
        c = TableCell(valuetype="string")
    if bold: c.setAttribute("stylename", bc)
    c.addElement(P(text=str(v))); return c

def sheet(name, rows, cols):
    t = Table(name=name)
    for st in cols: t.addElement(TableColumn(stylename=st))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r: tr.addElement(cell(v, bold=(i == 0 and len(r) > 1)))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

cover = [["Kelbrook College – FOI response KC-FOI-25-019 – 18 February 2025"], [""],
 ["Q1 & Q2: see the tab for each campus."],
 ["Q3: No Hikvision or Dahua branded cameras are installed at any campus."], [""],
 ["Cameras on the Construction Skills Centre site were supplied with the modular buildings in 2022."], [""],
 ["If you are unhappy with how we have dealt with your request you can ask for a review by emailing governance@kelbrook.ac.example within 40 working days. If you are still not satisfied you can complain to the ICO (ico.org.uk)."],
 ["Information Governance, Kelbrook College, Riverside, Kelbrook KB4 7RR"]]
sheet("Response", cover, ["huge"])

def campus(prefix, n, makes, locs):
    rows = [["Camera", "Location", "Make", "Model", "Int/Ext"]]
    for i in range(n):
        mk, md = random.choice(makes)
        loc = random.choice(locs)
        rows.append([f"{prefix}{i+1:02d}", loc, mk, md, "Ext" if any(w in loc for w in ("car park", "Gate", "yard", "perimeter", "Bike")) else "Int"])
    return rows
riv = campus("RV", 27, [("Axis", "M3106-LVE Mk II"), ("Axis", "P3245-LVE"), ("Axis", "Q6075-E")],
             ["Main reception", "Atrium", "Library", "Refectory", "Learning Resource Centre", "North car park", "Main Gate", "Bike shelter", "Corridor B1", "Corridor C2", "Sports hall"])
riv += campus("RX", 8, [("HiLook", "IPC-T240H"), ("HiLook", "IPC-D140H")], ["Student car park", "perimeter fence (rear)", "Bike shelter"])[1:]
haw = campus("HR", 14, [("Vivotek", "FD9380-H"), ("Vivotek", "IB9380-H")], ["Reception", "Hair & beauty salon entrance", "Staff car park", "Corridor", "Stairwell", "Main Gate"])
csc = campus("CS", 9, [("HiLook", "IPC-B140H"), ("HiLook", "IPC-T240H")], ["Plant yard", "Workshop 1", "Workshop 2", "Tool store", "Site perimeter", "Entrance gate"])
sheet("Riverside Campus", riv, ["mid", "wide", "mid", "mid", "mid"])
sheet("Hawthorn Road", haw, ["mid", "wide", "mid", "mid", "mid"])
sheet("Construction Skills Centre", csc, ["mid", "wide", "mid", "mid", "mid"])
doc.save(out("18-reply.ods"))
tot = len(riv) - 1 + len(haw) - 1 + len(csc) - 1
print(tot)
label("18", "ods", "ods", "other", "foia", "yes", "no", "answered", [], tot,
      "one sheet per campus, no totals (count = rows); cover says 'No Hikvision or Dahua branded cameras' yet the sheets list HiLook, a Hikvision brand")
