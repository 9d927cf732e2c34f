from lib import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
rnd = random.Random(4)
write_request("04", """
Hello,

Freedom of Information request - CCTV

1) How many CCTV cameras does Harlow Vale Borough Council currently have in operation?
2) Please list the make and model of each camera.
3) Are any of them Hikvision or Dahua products?

I'd be happy to receive an existing asset register if that is easier.

Best wishes,
Nadia Fennimore
""")
sites = [("Civic Offices", "CO"), ("Harlow Vale Market", "MK"), ("Broad Walk shopping precinct", "BW"),
         ("Kingsmead Multi-storey", "KM"), ("Water Lane Depot", "WL"), ("Vale Park", "VP"),
         ("Crematorium", "CR"), ("Tenterfield Community Centre", "TC")]
live_models = [("Axis", "M3106-LVE Mk II", "Fixed dome"), ("Axis", "P1455-LE", "Bullet"),
               ("Hanwha Vision", "XNO-6080R", "Bullet"), ("Hanwha Vision", "XNP-6400RW", "PTZ"),
               ("Bosch", "FLEXIDOME IP 5000i", "Fixed dome")]
old = [("Hikvision", "DS-2CD2143G0-I", "Fixed dome"), ("Hikvision", "DS-2CD2T46G2-2I", "Bullet"),
       ("Hikvision", "DS-2DE4425IW-DE", "PTZ")]
wb = Workbook()
rd = wb.active
rd.title = "Read me"
lines = ["Harlow Vale Borough Council - FOI response HVBC-FOI-3382",
         "Date: 07/03/2025",
         "",
         "Response to questions 1-3: the Council's CCTV asset register is provided on the next tab as held on 28/02/2025.",
         "The register includes all equipment recorded against the CCTV cost centre, including recorders and items no longer in service.",
         "Only items with status 'In service' are currently operational.",
         "",
         "Notes",
         "1. Assets at council housing blocks are managed by Harlow Vale Homes and are not on this register.",
         "2. Decommissioned items are kept on the register for 3 years for audit purposes.",
         "",
         "If you are dissatisfied with this response you may request an internal review within 40 working days (foi@harlowvale.gov.uk).",
         "You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, SK9 5AF.",
         "Information Governance Team, Civic Offices, The Rows, Harlow Vale HV1 1AS"]
for i, l in enumerate(lines, 1):
    rd.cell(i, 1, l)
rd["A1"].font = Font(bold=True, size=12)
rd.column_dimensions["A"].width = 120
ws = wb.create_sheet("Asset register")
hdr = ["Asset ID", "Site", "Location", "Type", "Manufacturer", "Model", "Installed", "Status", "Comments"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="DDEBF7")
live = 0
for name, code in sites:
    n = rnd.randint(3, 8)
    for i in range(1, n + 1):
        mk, md, ty = rnd.choice(live_models)
        yr = rnd.choice([2019, 2020, 2021, 2022, 2023, 2024])
        ws.append([f"CCTV-{code}-{i:03d}", name, rnd.choice(["Entrance", "Rear yard", "Car park", "Perimeter", "Lobby", "Walkway", "Loading bay", "Stairwell"]) + f" {i}",
                   ty, mk, md, yr, "In service", ""])
        live += 1
    if code in ("MK", "BW", "KM", "WL"):
        for j in range(rnd.randint(1, 3)):
            mk, md, ty = rnd.choice(old)
            ws.append([f"CCTV-{code}-{n + j + 1:03d}", name, f"Former position {j + 1}", ty, mk, md, rnd.choice([2016, 2017, 2018]),
                       "Decommissioned", "Removed 2023 - replaced under CCTV refresh"])
    if code in ("CO", "KM"):
        ws.append([f"REC-{code}-001", name, "Comms room", "NVR", "Axis", "S2216 Mk II", 2022, "In service", "Recorder"])
ws.append([])
ws.append(["", "", "", "", "", "", "", "", ""])
for col, w in zip("ABCDEFGHI", [16, 30, 22, 12, 16, 22, 10, 16, 44]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:I{ws.max_row}"
wb.save(OUT / "04-reply.xlsx")
print("live", live)
label("04", "xlsx", "council", "foia", "no", "no", "answered", [], live,
      "Bare asset register, one row per item, no total; count must exclude decommissioned Hikvision rows and NVR rows, and all Hikvision entries are removed.")
