import random
from helpers import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

write_text("04-request.txt", """
Dear University of Northbrook FOI team,

Please could you provide under FOIA:

(a) a copy of the university's CCTV asset register, or failing that a list of every CCTV camera showing building/location, make and model;
(b) whether any Hikvision or Dahua products (cameras, recorders or other components) form part of the university's CCTV system;
(c) whether any of the university's CCTV uses facial recognition or records audio.

An Excel file would be ideal.

Regards,
Sam Whitcombe
""")

rnd = random.Random(4)
wb = Workbook()
ws = wb.active; ws.title = "Response"
lines = [
    "University of Northbrook – Information Compliance Office",
    "FOI reference: FOI-UN-2024-388",
    "Date of response: 21/06/2024",
    "",
    "Dear Mr Whitcombe,",
    "Your request has been handled under the Freedom of Information Act 2000.",
    "(a) The CCTV asset register maintained by Campus Security is provided on the tab 'CCTV Asset Register'. The IP addresses and serial numbers have been removed as these are not within the scope of your request.",
    "(b) Please refer to the Manufacturer column of the register.",
    "(c) No CCTV camera operated by the University uses facial recognition and none record audio.",
    "",
    "If you are unhappy with the way your request has been handled you can ask for an internal review by emailing foi@northbrook.ac.uk within 40 working days. You may then contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "Information Compliance Office, University of Northbrook, Kingsmead Campus, Northbrook NB2 7XU",
]
for i, l in enumerate(lines, 1):
    ws.cell(row=i, column=1, value=l).alignment = Alignment(wrap_text=True, vertical="top")
ws["A1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 110

reg = wb.create_sheet("CCTV Asset Register")
hdr = ["Asset ID", "Building", "Location", "Type", "Manufacturer", "Model", "Installed", "Status"]
reg.append(hdr)
for c in reg[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
buildings = {
    "Library (Kingsmead)": ["Main entrance", "Ground floor foyer", "Level 1 study area", "Level 2 stairwell", "Book return", "Rear service door"],
    "Students' Union": ["Bar area", "Main hall", "Shop", "Front entrance", "Loading bay"],
    "Harland Science Building": ["Lab corridor L1", "Lab corridor L2", "Goods in", "Atrium", "Chemical store door", "North entrance"],
    "Residences – Fenwick Court": ["Block A entrance", "Block B entrance", "Block C entrance", "Bin store", "Bike shed", "Car park"],
    "Sports Centre": ["Reception", "Gym", "Sports hall", "Car park east", "Car park west"],
    "Estates Yard": ["Gate", "Fuel store", "Workshop"],
    "Campus external": ["Kingsmead Rd junction", "Bus stop", "Piazza", "Footpath to Fenwick Ct", "Multi-storey car park L0", "Multi-storey car park L1", "Multi-storey car park L2", "Multi-storey car park roof", "Security lodge"],
}
models = [("Axis Communications", ["P3265-LVE", "M3116-LVE", "Q6135-LE", "P3727-PLE"]),
          ("Hanwha Vision", ["XND-6080RV", "XNO-6120R", "QNV-6012R"]),
          ("Avigilon", ["2.0C-H5A-DO1", "4.0C-H5A-BO1"])]
n = 0
rows = []
for b, locs in buildings.items():
    for l in locs:
        n += 1
        mk, ms = rnd.choice(models)
        typ = {"Q6135-LE": "PTZ", "P3727-PLE": "Multisensor"}.get(ms[0], None)
        m = rnd.choice(ms)
        typ = "PTZ" if m == "Q6135-LE" else "Multisensor" if m == "P3727-PLE" else rnd.choice(["Fixed dome", "Fixed dome", "Bullet"])
        status = "Live"
        yr = rnd.choice([2018, 2019, 2020, 2021, 2022, 2023])
        rows.append([f"CCTV-{n:04d}", b, l, typ, mk, m, f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{yr}", status])
# two decommissioned cameras
rows[7][7] = "Decommissioned 03/2024"
rows[23][7] = "Decommissioned 03/2024"
# NVRs (Hikvision)
nvr_sites = ["Security lodge", "Library (Kingsmead)", "Residences – Fenwick Court", "Sports Centre"]
for i, s in enumerate(nvr_sites, 1):
    n += 1
    rows.append([f"CCTV-{n:04d}", s, "Comms room", "NVR", "Hikvision", "DS-9664NI-I8", f"12/0{i+2}/2020", "Live"])
# interleave NVRs by building so they aren't all at the end
order = {b: i for i, b in enumerate(list(buildings) + ["Security lodge"])}
rows.sort(key=lambda r: (order.get(r[1], 99), r[3] == "NVR", r[0]))
for r in rows:
    reg.append(r)
for col, w in zip("ABCDEFGH", [11, 28, 26, 13, 22, 16, 12, 24]):
    reg.column_dimensions[col].width = w
reg.freeze_panes = "A2"
wb.save(out("04-reply.xlsx"))

cams = [r for r in rows if r[3] != "NVR" and r[7] == "Live"]
print("live cameras", len(cams), "total rows", len(rows))
label(4, "xlsx", "university", "foia", "yes", "no", "answered", [], len(cams),
      f"Answer is the register itself: {len(cams)} live cameras must be counted from rows, excluding 4 NVR rows and 2 decommissioned cameras; Hikvision appears only as the NVR maker.")
note(4, f"XLSX asset register, university; cover sheet says '(b) refer to Manufacturer column'; no total; count = {len(cams)} live camera rows (excl. 4 Hikvision NVRs, 2 decommissioned). Hikvision only as recorders -> yes. Hard.")
