"""04: district council, .xlsx pivot (sites x makes, Grand Total) + raw asset sheet; HiWatch sub-brand."""
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from common import *

NN = "04"
write_request(NN, """
Hello,

FOI request please:

- number of CCTV cameras operated by Fenmarsh District Council, by site
- the manufacturer of each camera
- are any made by Hikvision or Dahua

Thanks
J. Whitcombe
""")

makes = ["Axis", "Bosch", "Hanwha", "HiWatch"]
pivot = {
    "Bramley Leisure Centre":          {"Axis": 0, "Bosch": 0, "Hanwha": 14, "HiWatch": 6},
    "Council Offices, Priory Lane":    {"Axis": 9, "Bosch": 0, "Hanwha": 0, "HiWatch": 0},
    "Crown Street Car Park":           {"Axis": 0, "Bosch": 0, "Hanwha": 0, "HiWatch": 11},
    "Fenmarsh Town Centre":            {"Axis": 17, "Bosch": 8, "Hanwha": 0, "HiWatch": 0},
    "Holme Road Depot":                {"Axis": 0, "Bosch": 0, "Hanwha": 0, "HiWatch": 7},
    "March Lane Car Park":             {"Axis": 0, "Bosch": 0, "Hanwha": 0, "HiWatch": 5},
    "Riverside Park & Play Area":      {"Axis": 0, "Bosch": 3, "Hanwha": 0, "HiWatch": 0},
    "Whittlesford Community Hub":      {"Axis": 0, "Bosch": 0, "Hanwha": 4, "HiWatch": 2},
}
models = {"Axis": ["P3248-LV", "Q6075-E", "M2036-LE"], "Bosch": ["AUTODOME IP 4000i", "DINION 3100i"],
          "Hanwha": ["XNV-6081", "QNO-7082R"], "HiWatch": ["HWI-B121H", "HWI-T240H", "HWI-D640H-Z"]}
grand = sum(sum(v.values()) for v in pivot.values())

wb = Workbook()
ws = wb.active
ws.title = "Summary"
ws["A1"] = "Sum of Qty"
ws["B1"] = "Column Labels"
ws.append(["Row Labels"] + makes + ["Grand Total"])
for site, d in sorted(pivot.items()):
    ws.append([site] + [d[m] if d[m] else None for m in makes] + [sum(d.values())])
ws.append(["Grand Total"] + [sum(pivot[s][m] for s in pivot) for m in makes] + [grand])
blue = PatternFill("solid", fgColor="DDEBF7")
for c in ws[2]:
    c.font = Font(bold=True)
    c.fill = blue
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
    c.fill = blue
ws.column_dimensions["A"].width = 32
for col in "BCDEF":
    ws.column_dimensions[col].width = 12

raw = wb.create_sheet("Asset list")
raw.append(["Asset ID", "Site", "Location", "Make", "Model", "Qty"])
for c in raw[1]:
    c.font = Font(bold=True)
rnd = random.Random(4)
n = 1
for site, d in sorted(pivot.items()):
    for m in makes:
        left = d[m]
        while left:
            q = min(left, rnd.choice([1, 1, 2, 3]))
            raw.append([f"CCTV-{n:04d}", site, rnd.choice(["External", "Internal", "Entrance", "Perimeter", "Cash office", "Level 1", "Ramp"]),
                        m, rnd.choice(models[m]), q])
            n += 1
            left -= q
raw.column_dimensions["B"].width = 32
raw.column_dimensions["C"].width = 14
raw.column_dimensions["E"].width = 20
wb.save(ROOT / f"{NN}-reply.xlsx")

add_label(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx",
          body_type="council", law="foia", hikvision="yes", dahua="no", outcome="answered",
          exemptions=[], camera_count=grand,
          note="Bare pivot table with no prose: Hikvision appears only as its sub-brand HiWatch column; total is the Grand Total cell.")
print(grand)
