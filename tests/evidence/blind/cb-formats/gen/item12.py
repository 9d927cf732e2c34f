from common import *
import random, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

NN = "12"
write_request(NN, """
Dear Royal Cornwall Hospitals NHS Trust,

1. Please provide your CCTV asset register or equivalent list (site, location, make, model, date installed).
2. How many CCTV cameras does the Trust currently operate in total?
3. Does the Trust use any Hikvision or Dahua cameras (including their OEM brands)?
4. Has the Trust removed any Hikvision or Dahua equipment in the last three years?

Thank you,
Martin Kearsley
""")
rnd = random.Random(1212)
sites = {"Royal Cornwall Hospital (Treliske)": ["ED majors", "ED reception", "Main entrance", "Trelawny wing", "Tower block L1",
                                                "Maternity entrance", "Pharmacy", "Mortuary", "Multi-storey car park", "Helipad",
                                                "Knowledge Spa", "Energy centre", "Goods in"],
         "West Cornwall Hospital (Penzance)": ["UTC entrance", "Car park", "Main corridor", "Rear service yard"],
         "St Michael's Hospital (Hayle)": ["Entrance", "Theatres corridor", "Car park"],
         "Trust HQ / Pydar House": ["Reception", "Server room", "Car park"]}
makes = [("Axis", ["P3265-LVE", "Q6075-E", "M4216-LV"]), ("Honeywell HQA", ["HQA-TI5028T-IR", "HQA-PT5230T"]),
         ("Avigilon", ["H5A-DO-IR", "H5SL-BO"])]
reg = []
for site, locs in sites.items():
    for loc in locs:
        mk, mods = rnd.choice(makes if "Treliske" in site else makes[:2])
        q = rnd.randint(1, 6) if "Treliske" in site else rnd.randint(1, 3)
        reg.append([site, loc, mk, rnd.choice(mods), q, datetime.date(rnd.randint(2015, 2024), rnd.randint(1, 12), 1), "Live"])
wb = Workbook()
sm = wb.active; sm.title = "Summary"
sm["A1"] = "Royal Cornwall Hospitals NHS Trust - CCTV Register"; sm["A1"].font = Font(bold=True, size=12)
sm["A2"] = "FOI ref RCHT-FOI-8841 | Estates & Facilities | as at 31/01/2025"
sm.append([])
sm.append(["Site", "Live cameras"])
for c in sm[4]: c.font = Font(bold=True)
tot = 0
for site in sites:
    n = sum(r[4] for r in reg if r[0] == site)
    sm.append([site, n]); tot += n
sm.append(["Total", tot])
for c in sm[sm.max_row]: c.font = Font(bold=True)
sm.append([])
sm.append(["Q3: see Make column on 'Register'. Q4: see 'Decommissioned'."])
sm.column_dimensions["A"].width = 42; sm.column_dimensions["B"].width = 14

ws = wb.create_sheet("Register")
ws.append(["Site", "Location", "Make", "Model", "Qty", "Installed", "Status"])
for c in ws[1]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
for r in reg: ws.append(r)
for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
    for c in row: c.number_format = "MMM-YY"
for col, w in zip("ABCDEFG", [36, 24, 16, 18, 6, 10, 8]): ws.column_dimensions[col].width = w

dc = wb.create_sheet("Decommissioned")
dc.append(["Site", "Location", "Make", "Model", "Qty", "Removed", "Reason"])
for c in dc[1]: c.font = Font(bold=True)
dc.append(["Royal Cornwall Hospital (Treliske)", "Car park barriers", "Hikvision", "DS-2CD2T46G2-4I", 4, datetime.date(2023, 6, 1), "Replaced - Trust security standard"])
dc.append(["West Cornwall Hospital (Penzance)", "Car park", "Hikvision", "DS-2CD2T46G2-4I", 2, datetime.date(2023, 6, 1), "Replaced - Trust security standard"])
dc.append(["St Michael's Hospital (Hayle)", "Entrance", "Hikvision", "DS-7608NI-K2 (NVR)", 1, datetime.date(2023, 7, 1), "Replaced"])
for col, w in zip("ABCDEFG", [36, 20, 12, 22, 6, 10, 34]): dc.column_dimensions[col].width = w
dc.sheet_state = "hidden"

pl = wb.create_sheet("2025-26 programme")
pl.append(["Site", "Scope", "Make", "Qty", "Status"])
pl.append(["Royal Cornwall Hospital (Treliske)", "New Critical Care Unit", "Axis", 22, "Design stage"])
pl.append(["West Cornwall Hospital (Penzance)", "UTC extension", "Axis", 6, "Awaiting capital approval"])
wb.save(OUT / f"{NN}-reply.xlsx")
print(tot, {m: sum(r[4] for r in reg if r[2] == m) for m, _ in makes})
label(NN, "xlsx", "nhs", "foia", "no", "yes", "answered", [], tot,
      "Workbook only: Dahua via the Honeywell HQA OEM brand in the live register; Hikvision only on a hidden Decommissioned sheet; planned cameras on a separate sheet.")
