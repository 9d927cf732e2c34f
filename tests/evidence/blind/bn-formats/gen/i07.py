from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
import random

NN = "07"
write_request(NN, """
Dear Basildon Borough Council,

Under FOIA please send me:
1. A list of every CCTV camera the council operates, with manufacturer and model.
2. Confirmation of whether any of these cameras are made by Hikvision or Dahua.
3. The year each camera was installed.

Spreadsheet format would be ideal.

Thanks,
Carl Jennings
""")
rnd = random.Random(7)
wb = Workbook()
ws = wb.active; ws.title = "Response letter"
lines = [
 ("Basildon Borough Council", True),
 ("The Basildon Centre, St Martin's Square, Basildon, Essex SS14 1DL", False),
 ("", False),
 ("Freedom of Information request – reference FOI-23-1290", True),
 ("Date of response: 9 January 2024", False),
 ("", False),
 ("Dear Mr Jennings,", False),
 ("Thank you for your request received on 4 December 2023. The Council holds the information requested.", False),
 ("Q1 and Q3 – please see the tab 'Asset register', which lists each camera with make, model and installation year.", False),
 ("Q2 – please see the tab 'Summary by make'.", False),
 ("", False),
 ("The information provided is subject to copyright. If you are dissatisfied with our response you may request an internal", False),
 ("review within 40 working days by emailing foi@basildon.gov.uk. You may then complain to the Information Commissioner.", False),
 ("", False),
 ("Information Governance Team", False),
]
for i, (t, b) in enumerate(lines, 1):
    c = ws.cell(row=i, column=1, value=t); c.font = Font(bold=b, size=12 if b else 11)
ws.column_dimensions["A"].width = 120

ar = wb.create_sheet("Asset register")
hdr = ["Asset ID", "Site", "Camera position", "Type", "Manufacturer", "Model", "Installed"]
ar.append(hdr)
for c in ar[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
sites = [("Town Square", 9), ("Eastgate car park", 7), ("Basildon Centre", 8), ("Wat Tyler Country Park", 5),
         ("Pitsea Market", 4), ("Barleylands Road depot", 5)]
makes = {
 "Town Square": [("Axis", "Q6135-LE", "PTZ"), ("Axis", "P1455-LE", "Fixed")],
 "Eastgate car park": [("Hikvision", "DS-2CD2T46G2-2I", "Fixed"), ("HIKVISION", "DS-2CD2T46G2-2I", "Fixed")],
 "Basildon Centre": [("Axis", "M3106-L Mk II", "Dome"), ("Axis", "P3245-V", "Dome")],
 "Wat Tyler Country Park": [("Hik Vision", "DS-2CD2387G2-LU", "Fixed")],
 "Pitsea Market": [("Axis", "Q6075-E", "PTZ"), ("Axis", "P1455-LE", "Fixed")],
 "Barleylands Road depot": [("Hikvision", "DS-2CD1043G0-I", "Fixed"), ("Hikvision", "DS-2DE4425IW-DE", "PTZ")],
}
positions = ["north elevation", "south elevation", "entrance", "stairwell", "level 1", "level 2", "pay station",
             "loading bay", "reception", "gate", "east", "west", "corner", "bus stop", "toilets"]
n = 0; counts = {}
for site, k in sites:
    for j in range(k):
        n += 1
        mk, model, typ = rnd.choice(makes[site])
        if site == "Town Square" and j < 3: mk, model, typ = "Axis", "Q6135-LE", "PTZ"
        ar.append([f"BBC-CCTV-{n:03d}", site, f"{site} – {positions[j % len(positions)]}", typ, mk, model,
                   rnd.choice([2016, 2018, 2019, 2020, 2021, 2022])])
        key = "Hikvision" if mk.lower().replace(" ", "") == "hikvision" else mk
        counts[key] = counts.get(key, 0) + 1
for col, w in zip("ABCDEFG", [14, 24, 42, 8, 14, 20, 10]): ar.column_dimensions[col].width = w
ar.freeze_panes = "A2"

sm = wb.create_sheet("Summary by make")
sm.append(["Manufacturer", "No. of cameras"])
for c in sm[1]: c.font = Font(bold=True)
for k in sorted(counts): sm.append([k, counts[k]])
sm.append(["Total", n]); sm.cell(row=sm.max_row, column=1).font = Font(bold=True)
sm.append([])
sm.append(["No Dahua equipment is in use."])
sm.column_dimensions["A"].width = 30; sm.column_dimensions["B"].width = 16
wb.save(out(f"{NN}-reply.xlsx"))
print(n, counts)
add_label(NN, "xlsx", "council", "foia", "yes", "no", "answered", [], n,
          "Workbook: cover letter sheet points to an asset register with one row per camera (mixed spellings 'HIKVISION', 'Hik Vision') and a summary sheet.")
