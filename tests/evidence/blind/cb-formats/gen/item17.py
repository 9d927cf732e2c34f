from common import *
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "17"
write_request(NN, """
Dear Derbyshire Constabulary,

I am requesting information about the force's use of drones (unmanned aerial vehicles).

1. How many drones does the force currently operate?
2. What make and model is each drone, and what camera payload does it carry?
3. Are any of the drones, or their cameras, made by Hikvision or Dahua?
4. When was each drone purchased?

Thank you,
S. Okafor
""")
fleet = [
    ("DRN-01", "DJI", "Matrice 300 RTK", "Zenmuse H20T", datetime.date(2021, 3, 4), "Operational"),
    ("DRN-02", "DJI", "Matrice 300 RTK", "Zenmuse H20T", datetime.date(2021, 3, 4), "Operational"),
    ("DRN-03", "DJI", "Matrice 30T", "Integrated (wide/zoom/thermal)", datetime.date(2022, 7, 19), "Operational"),
    ("DRN-04", "DJI", "Matrice 30T", "Integrated (wide/zoom/thermal)", datetime.date(2022, 7, 19), "Operational"),
    ("DRN-05", "DJI", "Matrice 30T", "Integrated (wide/zoom/thermal)", datetime.date(2022, 7, 19), "Operational"),
    ("DRN-06", "DJI", "Mavic 2 Enterprise Advanced", "Integrated (visual/thermal)", datetime.date(2020, 11, 2), "Written off"),
    ("DRN-07", "DJI", "Mavic 3 Thermal", "Integrated (wide/tele/thermal)", datetime.date(2023, 5, 30), "Operational"),
    ("DRN-08", "DJI", "Mavic 3 Thermal", "Integrated (wide/tele/thermal)", datetime.date(2023, 5, 30), "Operational"),
    ("DRN-09", "DJI", "Mavic 3 Thermal", "Integrated (wide/tele/thermal)", datetime.date(2023, 5, 30), "In repair"),
    ("DRN-10", "DJI", "Mavic 2 Enterprise Advanced", "Integrated (visual/thermal)", datetime.date(2020, 11, 2), "Disposed"),
    ("DRN-11", "DJI", "Avata", "Integrated", datetime.date(2024, 1, 12), "Operational"),
    ("DRN-12", "Skydio", "X10", "VT300-Z", None, "On order"),
]
wb = Workbook(); ws = wb.active; ws.title = "Response"
ws["A1"] = "DERBYSHIRE CONSTABULARY - FOI 004317/24 - UAS FLEET"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Q1: the force currently operates 9 drones (status Operational or In repair). Q2 and Q4: see table. Q3: No."
ws["A3"] = "Items shown as Written off / Disposed are no longer held; DRN-12 is on order and not yet delivered."
ws.append([])
ws.append(["Asset", "Manufacturer", "Model", "Camera payload", "Purchased", "Status"])
for c in ws[5]: c.font = Font(bold=True)
for r in fleet: ws.append(list(r))
for row in ws.iter_rows(min_row=6, min_col=5, max_col=5):
    for c in row: c.number_format = "DD/MM/YYYY"
for col, w in zip("ABCDEF", [9, 14, 28, 30, 12, 14]): ws.column_dimensions[col].width = w
wb.save(OUT / f"{NN}-reply.xlsx")
n = sum(1 for r in fleet if r[5] in ("Operational", "In repair"))
print(n)
label(NN, "xlsx", "police", "foia", "no", "no", "answered", [], n,
      "Drone-only request answered in a spreadsheet; a bare No to a joint Hikvision-or-Dahua question; fleet table mixes written-off, disposed and on-order aircraft.")
