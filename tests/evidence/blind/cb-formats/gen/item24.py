from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

NN = "24"
write_request(NN, """
Dear Bright Futures Educational Trust,

For each of your schools please state (i) the number of CCTV cameras, (ii) the manufacturer of the cameras and (iii) whether the school has any Hikvision or Dahua cameras, including cameras sold under other brand names.

Regards
Joanna Whitcombe
""")
rnd = random.Random(2424)
schools = {
    "Altrincham Girls' Grammar": ["Hanwha"], "Cedars Academy": ["Axis"], "Cheadle Hulme High": ["Hanwha"],
    "Heaton Park Primary": ["Annke"], "Sale Grammar": ["Hanwha", "Axis"], "Stamford Park Junior": ["Imou"],
    "Loreto Grammar": ["Axis"], "Manchester Communication Academy": ["Hanwha", "Axis"],
}
locs = ["Front gate", "Reception", "Car park", "Bike store", "Dining hall", "Sports hall", "Corridors", "Playground",
        "Sixth form centre", "DT block", "Rear gate", "Library"]
wb = Workbook(); sm = wb.active; sm.title = "Summary"
sm.append(["Bright Futures Educational Trust – CCTV by school (FOI BFET/2025/009)"]); sm["A1"].font = Font(bold=True, size=12)
sm.append([]); sm.append(["School", "Cameras", "Manufacturer(s)"])
for c in sm[3]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FCE4D6")
tot = 0
for s, mks in schools.items():
    ws = wb.create_sheet(s[:28])
    ws.append(["Location", "Manufacturer", "Model", "Qty", "Notes"])
    for c in ws[1]: c.font = Font(bold=True)
    n = 0
    small = mks[0] in ("Annke", "Imou")
    for l in rnd.sample(locs, 4 if small else rnd.randint(6, 10)):
        mk = rnd.choice(mks)
        model = {"Hanwha": "XNV-6012M", "Axis": "P3245-LVE", "Annke": "C500 PoE", "Imou": "Bullet 2E"}[mk]
        q = rnd.randint(1, 2) if small else rnd.randint(1, 5)
        ws.append([l, mk, model, q, ""]); n += q
    if s == "Heaton Park Primary":
        ws.append(["(old) Front gate", "Annke", "C500 PoE", 1, "removed Sept 2024 - not counted"])
    ws.append([]); ws.append(["Total in use", "", "", n])
    ws.column_dimensions["A"].width = 22; ws.column_dimensions["E"].width = 34
    sm.append([s, n, ", ".join(mks)]); tot += n
sm.append(["TOTAL", tot, ""])
for c in sm[sm.max_row]: c.font = Font(bold=True)
sm.append([]); sm.append(["Annke is a brand associated with Hikvision; Imou is a Dahua brand. Both are consumer-grade systems installed by the schools before joining the Trust."])
sm.column_dimensions["A"].width = 36; sm.column_dimensions["C"].width = 22
lk = wb.create_sheet("lookup"); lk.append(["Makes"]); [lk.append([m]) for m in ("Axis", "Hanwha", "Annke", "Imou", "Hikvision", "Dahua")]
lk.sheet_state = "hidden"
wb.save(OUT / f"{NN}-reply.xlsx")
print(tot)
label(NN, "xlsx", "academy", "foia", "yes", "yes", "answered", [], tot,
      "Workbook with a summary sheet and one sheet per school; Hikvision and Dahua only through the Annke and Imou brands; hidden lookup sheet lists both makers.")
