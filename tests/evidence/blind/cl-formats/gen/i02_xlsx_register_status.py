import random
from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

NN = "02"
write_request(NN, """
To: Freedom of Information, Harrowfield Borough Council

Please could you send me a copy of your CCTV asset register (or equivalent list) showing every camera the council
operates, with its location, make/model and whether it is in service. In particular I would like to know:
(a) how many cameras are currently operational;
(b) whether any are Hikvision or Dahua products.

A spreadsheet would be ideal.

Thanks
Tom Ashworth
""")

random.seed(2)
sites = ["Market Square", "Bus Station", "Civic Centre car park", "Victoria Park", "Lower High St",
         "Depot - Canal Rd", "Riverside MSCP", "Leisure Centre"]
models = ["Axis Q6135-LE", "Axis P3245-LVE", "Hanwha XNV-8080R", "Hanwha XNP-6400RW", "Bosch AUTODOME IP 5000i",
          "Dahua IPC-HDW2431T-AS", "HIKVISION DS-2CD2347G2-LU", "HIKVISION DS-2DE4425IW-DE"]
rows = []
n = 0
for i in range(46):
    m = models[i % len(models)]
    site = sites[(i * 3) % len(sites)]
    if m.startswith("HIKVISION"):
        status = random.choice(["Removed", "Decommissioned 2023", "Removed"])
    elif i in (11, 27, 40):
        status = "Planned"
    elif i in (5, 33):
        status = "Faulty - awaiting repair"
    else:
        status = "Live"
    rows.append((f"CC-{1001+i}", site, f"Pole {random.randint(1,40)}", m,
                 "PTZ" if ("Q61" in m or "XNP" in m or "DE4425" in m or "AUTODOME" in m) else "Fixed",
                 random.choice(["2016", "2018", "2019", "2021", "2022"]) if status != "Planned" else "",
                 status))
live = sum(1 for r in rows if r[6] in ("Live", "Faulty - awaiting repair"))
dahua_live = sum(1 for r in rows if r[3].startswith("Dahua") and r[6] == "Live")
assert dahua_live > 0

wb = Workbook()
ws = wb.active
ws.title = "Response"
lines = [
    "Harrowfield Borough Council - Freedom of Information Response",
    "Reference: HBC-FOI-5521",
    "Date: 02/05/2024",
    "",
    "Your request is answered by the asset register on the next sheet ('Register'), which lists every camera "
    "recorded on the council's CCTV asset system, including units decommissioned since 2021 and units approved "
    "for installation but not yet fitted.",
    "Cameras shown as faulty remain installed and connected to the control room.",
    "",
    "Right of review: if you are unhappy with this response please write to the Information Governance Team within 40 working days.",
    "You may then contact the ICO, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "Information Governance Team, foi@harrowfield.gov.uk",
]
for i, l in enumerate(lines, 1):
    ws.cell(row=i, column=1, value=l)
ws["A1"].font = Font(bold=True)
ws.column_dimensions["A"].width = 120

r = wb.create_sheet("Register")
hdr = ["Asset ID", "Site", "Position", "Model", "Type", "Installed", "Status"]
r.append(hdr)
for c in r[1]:
    c.font = Font(bold=True)
for row in rows:
    r.append(list(row))
for col, w in zip("ABCDEFG", [10, 24, 10, 30, 8, 10, 26]):
    r.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))

label(NN, f"{NN}-reply.xlsx", "xlsx", "council", "foia", "no", "yes", "answered", [], live,
      f"Hard: no stated total; count = rows in service ({live}: Live + faulty-but-installed), excluding Removed/"
      "Decommissioned/Planned rows; makers only in the Model column; every HIKVISION row is removed.")
print(live)
