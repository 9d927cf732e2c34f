from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

rnd = random.Random(7)
wb = Workbook()
ws = wb.active; ws.title = "Response"
thin = Side(style="thin", color="999999")
ws["A1"] = "Kirkhampton Borough Council - Freedom of Information response"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Reference: KBC/FOI/7732"; ws["A3"] = "Date of response: 28/05/2024"
ws["A5"] = "Question"; ws["B5"] = "Response"
for c in ("A5", "B5"):
    ws[c].font = Font(bold=True); ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
qa = [
    ("1) Please provide a list of all CCTV cameras operated by Kirkhampton Borough Council showing location and manufacturer.",
     "See 'Camera register' tab."),
    ("2) Please state the total number of cameras.", "See total at the foot of the register."),
    ("3) Are any Dahua or Hikvision products used anywhere in the council's CCTV system, including recorders and control room equipment?",
     "Recording equipment is listed on the 'Recorders' tab."),
]
for i, (q, a) in enumerate(qa, start=6):
    ws.cell(i, 1, q).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(i, 2, a).alignment = Alignment(wrap_text=True, vertical="top")
ws["A10"] = ("If you are dissatisfied with the handling of your request you may ask for an internal review by contacting "
             "information.governance@kirkhampton.gov.uk within 40 working days. If you remain dissatisfied you may contact the "
             "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
ws["A10"].alignment = Alignment(wrap_text=True, vertical="top"); ws.merge_cells("A10:B10"); ws.row_dimensions[10].height = 60
ws.column_dimensions["A"].width = 70; ws.column_dimensions["B"].width = 45
for r in (6, 7, 8):
    ws.row_dimensions[r].height = 45

cr = wb.create_sheet("Camera register")
hdr = ["Cam ID", "Location", "Ward", "Manufacturer", "Model", "Type", "Monitored"]
cr.append(hdr)
locs = [("Market Square north", "Town Centre"), ("Market Square south", "Town Centre"), ("Bridge Street / Mill Lane", "Town Centre"),
        ("Bus station stand A", "Town Centre"), ("Bus station concourse", "Town Centre"), ("Sheep Street", "Town Centre"),
        ("Abbey Walk shopping precinct", "Town Centre"), ("Station Approach", "Northgate"), ("Northgate Park play area", "Northgate"),
        ("Northgate Parade shops", "Northgate"), ("Ellesmere Road / Castle Street junction", "Castle"), ("Castle Car Park (surface) entrance", "Castle"),
        ("Castle Car Park pay & display", "Castle"), ("Riverside footpath by weir", "Castle"), ("Dunmore Estate - Larch Court", "Dunmore"),
        ("Dunmore Estate - Rowan Court", "Dunmore"), ("Dunmore community centre", "Dunmore"), ("Hollins Lane underpass", "Hollins"),
        ("Hollins Recreation Ground", "Hollins"), ("Victoria Road MSCP level 1", "Town Centre"), ("Victoria Road MSCP level 2", "Town Centre"),
        ("Victoria Road MSCP level 3", "Town Centre"), ("Victoria Road MSCP roof", "Town Centre"), ("Town Hall front", "Town Centre"),
        ("Town Hall rear yard", "Town Centre"), ("Crown Street / High Street", "Town Centre"), ("Kirkhampton Cemetery gates", "Hollins"),
        ("Old Road depot gate", "Dunmore")]
for i, (loc, ward) in enumerate(locs, start=1):
    if "MSCP" in loc or "Town Hall" in loc or "depot" in loc:
        m, mod, t = "Axis", rnd.choice(["P3268-LVE", "Q1805-LE"]), "Fixed"
    else:
        m, mod, t = "Bosch", rnd.choice(["AUTODOME IP 5000i", "AUTODOME IP starlight 7000i", "MIC IP starlight 7100i"]), "PTZ"
    cr.append([f"KBC{i:03d}", loc, ward, m, mod, t, "24/7" if ward == "Town Centre" else "Recorded only"])
n = len(locs)
cr.append([])
cr.append(["", "TOTAL", "", "", "", "", ""]); cr.cell(cr.max_row, 3, n)
cr.cell(cr.max_row, 2).font = Font(bold=True); cr.cell(cr.max_row, 3).font = Font(bold=True)
cr.append([])
cr.append(["", "Cameras at Kirkhampton Leisure Centre are operated by Active Kirk Ltd and are not included in this register."])
for c in cr[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
cr.freeze_panes = "A2"; cr.auto_filter.ref = f"A1:G{n + 1}"
for col, w in zip("ABCDEFG", [9, 40, 13, 14, 28, 8, 15]):
    cr.column_dimensions[col].width = w

rec = wb.create_sheet("Recorders")
rec.append(["Location", "Make", "Model", "Channels", "Notes"])
rec.append(["CCTV Control Room, Town Hall", "Dahua", "DHI-NVR5832-4KS2", 32, "Town centre PTZs"])
rec.append(["CCTV Control Room, Town Hall", "Dahua", "DHI-NVR5832-4KS2", 32, "Outlying wards"])
rec.append(["Victoria Road MSCP plant room", "Bosch", "DIVAR IP all-in-one 5000", 16, ""])
rec.append(["Old Road depot", "Bosch", "DIVAR IP all-in-one 4000", 8, ""])
for c in rec[1]:
    c.font = Font(bold=True)
for col, w in zip("ABCDE", [32, 10, 26, 10, 22]):
    rec.column_dimensions[col].width = w
wb.properties.creator = "CCTV Manager"
wb.save(out("07-reply.xlsx"))
print(n)
label("07", "xlsx", "council", "foia", "no", "yes", "answered", [], n,
      "Workbook only: answers on a 'Response' tab point to other tabs; total sits in a TOTAL row below a gap in the register (28); Dahua appears only as NVRs on the 'Recorders' tab; makers across tabs are Bosch, Axis, Dahua (no Hikvision).",
      "Council .xlsx: response tab + camera register with separate TOTAL row + recorders tab with Dahua NVRs (dahua yes via recorders, hik no via complete list).")
