from lib import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font
nn = "03"
write_request(nn, """
Hello,

I am writing under the FOI Act to ask for details of the CCTV cameras operated by the University.

(a) Please provide a list of every CCTV camera on each campus, with its make and model.
(b) Do any of the cameras come from Hikvision?
(c) Do any of the cameras come from Dahua?

An export from your asset register is fine.

Thanks
Tomasz Wierzbicki
""")
rnd = random.Random(3)
wb = Workbook(); wb.remove(wb.active)
sites = {
    "Cathays Rd Campus": [("Axis", "P3265-LVE")]*14 + [("Axis", "Q6075-E")]*3 + [("", "IPC-HDW2441T-S")]*6 + [("Hanwha", "XNV-8080R")]*9,
    "Library & Learning Ctr": [("Axis", "M3086-V")]*11 + [("Hanwha", "QNV-6012R")]*4,
    "Sports Village": [("", "IPC-HFW2231S-S-S2")]*8 + [("Hanwha", "XNO-6080R")]*5 + [("Axis", "P1455-LE")]*2,
    "Halls - Penllyn Court": [("Hanwha", "QND-6012R")]*17 + [("", "IPC-HDW2441T-S")]*3,
    "Research Park": [("Axis", "P3265-LVE")]*7 + [("Axis", "Q1656-LE")]*2,
}
locs = ["Main entrance", "Reception", "Corridor", "Stairwell", "Car park", "Cycle store", "Loading bay",
        "Lift lobby", "Courtyard", "Plant room", "Perimeter", "Atrium", "Fire exit", "Bin store"]
total = 0
for s, cams in sites.items():
    ws = wb.create_sheet(s[:31])
    ws.append(["Camera ID", "Location", "Make", "Model", "Type", "Installed"])
    for c in ws[1]: c.font = Font(bold=True)
    pref = "".join(w[0] for w in s.split() if w[0].isalpha()).upper()
    for i, (mk, md) in enumerate(cams, 1):
        typ = "PTZ" if md.startswith("Q6") else ("Dome" if ("HDW" in md or "QND" in md or "M30" in md) else "Bullet")
        ws.append([f"{pref}-{i:03d}", f"{rnd.choice(locs)} {rnd.randint(1,4)}", mk, md, typ, rnd.choice(["2017","2018","2019","2020","2021","2022","2023"])])
        total += 1
    ws.column_dimensions["B"].width = 22; ws.column_dimensions["D"].width = 20
wb.save(p(f"{nn}-reply.xlsx"))
print(total)
label(nn, "xlsx", "xlsx", "university", "foia", "no", "yes", "answered", [], total,
      "one sheet per site, no summary; Dahua only identifiable from IPC-HDW/IPC-HFW model numbers with blank make, count = all rows across sheets; no Hikvision in a complete list")
