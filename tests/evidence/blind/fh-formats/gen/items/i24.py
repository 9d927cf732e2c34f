import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "24"
write_request(NN, """
Dear Wyvern City Transport Ltd,

As a company wholly owned by Wyvern City Council you are subject to FOI, so I would like to ask:

Q1. How many CCTV cameras are fitted to your buses, and how many are at your depots and other premises?
Q2. Who manufactures them?
Q3. Are any manufactured by Hikvision or Dahua?

Regards,
Declan Fitzsimmons
""")

wb = Workbook()
b = Font(bold=True)
c = wb.active; c.title = "Cover"
lines = [
 ("Wyvern City Transport Ltd", True), ("Freedom of Information response", True), ("", False),
 ("Request reference: WCT-FOI-2025-019", False), ("Response date: 01/10/2025", False), ("Requester: D. Fitzsimmons", False), ("", False),
 ("Q1", True), ("See 'Data' sheet.", False), ("", False),
 ("Q2", True), ("See 'Data' sheet.", False), ("", False),
 ("Q3", True), ("See 'Data' and 'Notes' sheets. We have no Dahua equipment.", False), ("", False),
 ("Internal review: you may ask for an internal review of this response within 40 working days by writing to the Company Secretary, Wyvern City Transport Ltd, Kingsway Depot, Wyvern WY2 7KD.", False),
 ("You may also complain to the Information Commissioner's Office - www.ico.org.uk.", False),
]
for i, (t, bo) in enumerate(lines, start=1):
    c.cell(i, 1, t).font = Font(bold=bo, size=12 if i == 1 else 11)
c.column_dimensions["A"].width = 100

d = wb.create_sheet("Data")
d.append(["Asset", "No. of vehicles / sites", "Cameras per vehicle", "Cameras", "Manufacturer", "Note"])
for cell in d[1]:
    cell.font = b; cell.alignment = Alignment(wrap_text=True, vertical="top")
for r in [
    ["Single-deck buses", 84, 6, 504, "Synectics", 1],
    ["Double-deck buses", 46, 8, 368, "Synectics", 1],
    ["Kingsway depot", 1, None, 22, "See note 3", 2],
    ["Elmgrove depot", 1, None, 18, "See note 3", 2],
    ["Travel shop, Central Station", 1, None, 4, "See note 3", None],
]:
    d.append(r)
d.append(["Total", None, None, 916, None, None])
for cell in d[7]: cell.font = b
for col, w in zip("ABCDEF", (30, 14, 12, 10, 16, 6)):
    d.column_dimensions[col].width = w

n = wb.create_sheet("Notes")
for t in [
    "Notes",
    "1. On-vehicle cameras include saloon, door, driver cab and forward-facing cameras, all part of the Synectics on-bus system.",
    "2. Depot figures include cameras covering fuelling lanes and the bus wash.",
    "3. Depot and travel shop cameras are Hikvision, recorded on HiLook NVRs. These systems are maintained by Wyvern Alarms & CCTV Ltd.",
    "Figures as at 31 August 2025.",
]:
    n.append([t])
n["A1"].font = b
n.column_dimensions["A"].width = 110
wb.save(reply_path(NN, "xlsx"))
label(NN, "xlsx", "other", "foia", "yes", "no", "answered", [], 916,
      "Hard: three sheets; the depot make cells say only 'See note 3' and the Notes sheet names Hikvision; vehicle counts and per-vehicle columns sit beside the camera column (total 916).")
