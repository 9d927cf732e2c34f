from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

NN = "14"
write_request(NN, """
Dear Brackenford City Council,

1. Please list every CCTV camera at the council's own buildings (not public space CCTV), with location and make/model.
2. Are any of these made by Hikvision or Dahua?
3. Who installed them?

Many thanks
S. Iqbal
""")
buildings = {
    "Town Hall": [("Main entrance", "Axis M3106-L Mk II"), ("Rear service yard", "Axis P1455-LE"),
                  ("Council chamber lobby", "Axis M3106-L Mk II"), ("Reception desk", "Axis M3106-L Mk II"),
                  ("Car park east", "Axis P1455-LE"), ("Car park west", "Axis P1455-LE")],
    "Civic Centre": [("Customer service centre", "Hanwha QND-6012R"), ("Lift lobby G", "Hanwha QND-6012R"),
                     ("Goods in", "Hanwha QNO-6012R"), ("Cycle store", "Hanwha QNO-6012R"),
                     ("Registrar's entrance", "Hanwha QND-6012R"), ("Plant room door", "Hanwha QNO-6012R"),
                     ("Post room", "Hanwha QND-6012R"), ("Level 1 cash office", "Hanwha QND-6012R")],
    "Westgate Depot": [("Gatehouse", "Hikvision DS-2CD1043G2-I"), ("Vehicle wash", "Hikvision DS-2CD1043G2-I"),
                       ("Salt barn", "Hikvision DS-2CD1043G2-I"), ("Fuel island", "Hikvision DS-2CD2T46G2-4I"),
                       ("Workshop", "Hikvision DS-2CD1043G2-I"), ("Perimeter N", "Hikvision DS-2CD2T46G2-4I"),
                       ("Perimeter S", "Hikvision DS-2CD2T46G2-4I")],
    "Cemetery & Crematorium": [("Chapel entrance", "Axis P3245-LVE"), ("Office", "Axis M3106-L Mk II"),
                               ("Main gates", "Axis P1455-LE")],
    "Museum & Art Gallery": [("Gallery 1", "Axis M3106-L Mk II"), ("Gallery 2", "Axis M3106-L Mk II"),
                             ("Gallery 3", "Axis M3106-L Mk II"), ("Shop", "Axis M3106-L Mk II"),
                             ("Store - basement", "Axis P3245-LVE")],
}
wb = Workbook()
ws = wb.active
ws.title = "Cover"
for l in ["Brackenford City Council", "FOI ref: BCC/IG/2024/2290",
          "Q1 - Please see the tab for each building. Each row is one camera.",
          "Q2 - Please see the make/model column on each tab.",
          "Q3 - Installation at all sites by Trident Security Systems (Brackenford) Ltd.",
          "",
          "You have the right to request an internal review within 40 working days (ig@brackenford.gov.example.uk) "
          "and thereafter to complain to the Information Commissioner."]:
    ws.append([l])
ws.column_dimensions["A"].width = 100
total = 0
for name, cams in buildings.items():
    s = wb.create_sheet(name[:31])
    s.append(["Ref", "Location", "Make / model"])
    for c in s[1]:
        c.font = Font(bold=True)
    for i, (loc, mdl) in enumerate(cams, 1):
        s.append([f"{name[:3].upper()}-{i:02d}", loc, mdl])
    s.column_dimensions["B"].width = 28
    s.column_dimensions["C"].width = 28
    total += len(cams)
wb.save(out(f"{NN}-reply.xlsx"))
label(NN, f"{NN}-reply.xlsx", "xlsx", "council", "foia", "yes", "no", "answered", [], total,
      f"Hard: one sheet per building, no totals anywhere; count is the number of camera rows across five sheets ({total}); "
      "Hikvision appears only in the model column of the depot sheet; joint maker question answered by pointing at columns.")
print(total)
