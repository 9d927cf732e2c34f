import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import out, write_request, add_label

NN = "14"
write_request(NN, """
Dear Kelbrook MBC,

Please provide the following under FOIA 2000:
1. Total number of CCTV cameras operated by the council (public space, car parks, housing and council buildings).
2. How many of them are Hikvision and how many are Dahua.
3. Any plans to replace Hikvision or Dahua cameras, with timescales.
4. Please break the figures down by area.

Thanks,
Leon Carver
""")

random.seed(14)
areas = {
    "Town Centre": [("Bosch", "AUTODOME IP 5000i"), ("Bosch", "MIC IP fusion 9000i"), ("Axis", "Q6135-LE"), ("Axis", "P1468-LE"), ("Bosch", "DINION 5100i IR")],
    "Car Parks": [("Hikvision", "DS-2CD2T87G2-L"), ("Hikvision", "DS-2DE4425IW-DE"), ("Axis", "P1455-LE")],
    "Housing": [("Hanwha", "XNO-6080R"), ("Avigilon", "H5SL-BO")],
    "Council Buildings": [("Axis", "M3106-L Mk II"), ("Hanwha", "QND-6012R")],
}
wb = Workbook()
sm = wb.active; sm.title = "Summary"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
sm.merge_cells("A1:F1"); sm["A1"] = "Kelbrook Metropolitan Borough Council – CCTV Asset Summary"
sm["A1"].font = Font(bold=True, size=14)
sm.merge_cells("A2:F2"); sm["A2"] = "FOI 2025/0093 – position at 31 January 2025"
sm.merge_cells("A3:A4"); sm["A3"] = "Area"
sm.merge_cells("B3:C3"); sm["B3"] = "Live"
sm.merge_cells("D3:E3"); sm["D3"] = "Decommissioned"
sm.merge_cells("F3:F4"); sm["F3"] = "Comments"
sm["B4"], sm["C4"], sm["D4"], sm["E4"] = "Fixed", "PTZ", "Fixed", "PTZ"
for row in sm["A3:F4"]:
    for c in row:
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor="FCE4D6"); c.border = box

detail = {}
for area, models in areas.items():
    rows = []
    for _ in range(random.randint(14, 40)):
        mk, md = random.choice(models)
        typ = "PTZ" if md.startswith(("AUTODOME", "MIC", "Q6", "DS-2DE")) else "Fixed"
        rows.append([mk, md, typ, "Live"])
    if area == "Car Parks":
        for _ in range(6):
            rows.append(["Dahua", "SD49225XA-HNR", "PTZ", "Decommissioned"])
    if area == "Town Centre":
        for _ in range(3):
            rows.append(["Vicon", "SVFT-PRS23", "PTZ", "Decommissioned"])
    detail[area] = rows

r = 5
tl = 0
for area, rows in detail.items():
    lf = sum(1 for x in rows if x[3] == "Live" and x[2] == "Fixed")
    lp = sum(1 for x in rows if x[3] == "Live" and x[2] == "PTZ")
    df = sum(1 for x in rows if x[3] != "Live" and x[2] == "Fixed")
    dp = sum(1 for x in rows if x[3] != "Live" and x[2] == "PTZ")
    tl += lf + lp
    cm = {"Car Parks": "See Notes", "Town Centre": "Control room at Kelbrook House"}.get(area, "")
    for i, v in enumerate([area, lf, lp, df, dp, cm], 1):
        sm.cell(row=r, column=i, value=v).border = box
    r += 1
sm.cell(row=r, column=1, value="TOTAL")
for i in range(2, 6):
    # literal totals (as Excel would have cached them)
    sm.cell(row=r, column=i, value=sum(sm.cell(row=k, column=i).value for k in range(5, r)))
for i in range(1, 7):
    sm.cell(row=r, column=i).font = Font(bold=True); sm.cell(row=r, column=i).border = box
sm.column_dimensions["A"].width = 20; sm.column_dimensions["F"].width = 32

for area, rows in detail.items():
    ws = wb.create_sheet(area)
    ws.merge_cells("A1:E1"); ws["A1"] = f"{area} – camera detail"; ws["A1"].font = Font(bold=True)
    ws.append(["Asset", "Manufacturer", "Model", "Type", "Status"])
    for c in ws[2]:
        c.font = Font(bold=True)
    for i, x in enumerate(rows, 1):
        ws.append([f"{area[:2].upper()}-{i:03d}"] + x)
    ws.column_dimensions["C"].width = 24; ws.column_dimensions["E"].width = 16

nt = wb.create_sheet("Notes")
for line in ["Notes",
             "1. The Hikvision cameras at the multi-storey and surface car parks are to be replaced under the 2025/26 "
             "capital programme. Replacement is scheduled for completion by 31 March 2026.",
             "2. Decommissioned cameras have been removed from site and are shown for completeness only.",
             "3. Redeployable cameras used by Environmental Enforcement are not included.",
             "Contact: Dawn Pritchard, CCTV & Community Safety Manager, 0161 496 0732"]:
    nt.append([line])
nt["A1"].font = Font(bold=True); nt.column_dimensions["A"].width = 120

old = wb.create_sheet("2019 baseline")
old.append(["Area", "Cameras (2019)"])
for a, n in [("Town Centre", 51), ("Car Parks", 44), ("Housing", 30), ("Council Buildings", 19), ("Total", 144)]:
    old.append([a, n])
old.sheet_state = "hidden"
wb.save(out(f"{NN}-reply.xlsx"))
print("live total", tl)

add_label({"path": f"{NN}-reply.xlsx", "request_file": f"{NN}-request.txt", "format": "xlsx",
           "body_type": "council", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": tl,
           "note": "merged two-row header (Live/Decommissioned x Fixed/PTZ), total row split over Fixed and PTZ; Hikvision live but due for replacement by March 2026; Dahua only decommissioned; hidden 2019 baseline sheet"})
