import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

N = 8
write_text(f"{N:02d}-request.txt", """
Dear Strathannan Council,

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The number of public space CCTV cameras operated by the council.
2. For each camera location, the make of camera.
3. Whether any cameras made by Hikvision or Dahua are in use.
4. The annual cost of maintaining the public space CCTV system for 2022/23 and 2023/24.

Thank you.
Euan McCrindle
""")

doc = OpenDocumentSpreadsheet()
bold = Style(name="b", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="16cm"))
c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="2.2cm"))
c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="7cm"))
c3 = Style(name="c3", family="table-column"); c3.addElement(TableColumnProperties(columnwidth="3.5cm"))
for s in (bold, wide, c1, c2, c3):
    doc.automaticstyles.addElement(s)

def cell(v, style=None):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        tc = TableCell(valuetype="float", value=v)
    else:
        tc = TableCell(valuetype="string")
    if style is not None:
        tc.setAttribute("stylename", style)
    if v is not None and v != "":
        tc.addElement(P(text=str(v)))
    return tc

def row(vals, style=None):
    tr = TableRow()
    for v in vals:
        tr.addElement(cell(v, style))
    return tr

cover = Table(name="Response")
cover.addElement(TableColumn(stylename=wide))
text = [
    ("STRATHANNAN COUNCIL - FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", bold),
    ("Request ref: FOI-SC-24-01492     Date of response: 9 July 2024", None),
    ("", None),
    ("Q1. See tab 'Locations' - total shown at foot of table.", None),
    ("Q2. See tab 'Locations' column D.", None),
    ("Q3. Yes. See tab 'Locations' column D.", None),
    ("Q4. The maintenance of the public space CCTV system is carried out under the Council's integrated security and alarms contract with Caledonia Fire & Security Ltd. The contract price is not broken down by system and the Council does not hold a separate figure for CCTV maintenance for either year. In terms of section 17(1) of FOISA the Council hereby gives notice that it does not hold this information.", None),
    ("", None),
    ("Your right to request a review: If you are unhappy with this response you may ask the Council to carry out a review by writing to the Senior Information Governance Officer, Strathannan Council, Council Buildings, Wallace Street, Kilbrannan KA9 4DD (foi@strathannan.gov.invalid) within 40 working days.", None),
    ("If you remain dissatisfied following the review you have the right to apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, www.foi.scot/appeal.", None),
    ("Should you wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only.", None),
]
for t, st in text:
    cover.addElement(row([t], st))
doc.spreadsheet.addElement(cover)

rnd = random.Random(81)
areas = ["Kilbrannan Town Centre", "Kilbrannan Harbour", "Dalry Road", "Ardmillan", "Fairlie Cross", "Muirkirk Main St",
         "Stevenston Cross", "Saltcoats Promenade", "Largs Seafront", "Bute Road Car Park"]
streets = ["Main Street", "High Street", "Bank Street", "Quay Road", "Station Brae", "Church Wynd", "Market Place",
           "Bridge Street", "Shore Road", "Townhead", "Green Street", "Princes Square"]
makes = ["Hik Vision", "HIKVISION", "Hikvision", "Bosch", "Bosch", "Dahau", "Dahua", "Axis", "Bosch", "Hik vision"]
locs = Table(name="Locations")
for st in (c1, c2, c3, c3, c3):
    locs.addElement(TableColumn(stylename=st))
locs.addElement(row(["Cam ref", "Location", "Area", "Make", "Type"], bold))
total = 0
n = 0
for ai, area in enumerate(areas):
    k = rnd.randint(7, 13)
    for j in range(k):
        n += 1
        mk = rnd.choice(makes)
        typ = rnd.choice(["PTZ", "PTZ", "Fixed", "Dome"])
        locs.addElement(row([f"SC{n:03d}", f"{rnd.choice(streets)} / {rnd.choice(streets)}", area, mk, typ]))
        total += 1
locs.addElement(row(["", "", "", "", ""]))
locs.addElement(row(["", "Total cameras", "", "", total], bold))
doc.spreadsheet.addElement(locs)
doc.save(out(f"{N:02d}-reply.ods"))
print(total)

label(N, "ods", "ods", "council", "foisa", "yes", "yes", "partially_answered", ["s17"], total,
      "spreadsheet: terse cover tab points to a per-camera list whose make column has 'Hik Vision', 'HIKVISION', 'Dahau'; FOISA s17 not-held notice for maintenance costs")
