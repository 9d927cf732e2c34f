from common import *
import openpyxl, io
from openpyxl.styles import Font
NN = "04"
write_request(NN, """
Dear University of Calder Freedom of Information Officer,

(a) Please provide the number of CCTV cameras on each of your campuses.
(b) For each, the make of camera.
(c) Are any Hikvision?
(d) Are any Dahua?

Yours faithfully,
Priya Natarajan
""")
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "Cameras by building"
ws.append(["Campus", "Building", "No. of cameras", "Manufacturer", "Recorder"])
for c in ws[1]: c.font = Font(bold=True)
rows = [
    ("Greenhead", "Library & Learning Centre", 18, "Axis", "Milestone XProtect"),
    ("Greenhead", "Harold Wilson Building", 11, "Axis", "Milestone XProtect"),
    ("Greenhead", "Students' Union", 9, "Hikvision", "Hikvision NVR"),
    ("Greenhead", "Multi-storey car park", 14, "Hanwha", "Milestone XProtect"),
    ("Greenhead", "Sports Hall", 6, "Hikvision", "Hikvision NVR"),
    ("Storthes Hall", "Residences Blocks A-F", 24, "Hanwha", "Milestone XProtect"),
    ("Storthes Hall", "Reception", 3, "Axis", "Milestone XProtect"),
    ("Barnsley", "University Centre", 7, "Bosch", "Bosch DIVAR"),
    ("Oldham", "Oldham Campus", 5, "Bosch", "Bosch DIVAR"),
]
for r in rows: ws.append(r)
for col, w in zip("ABCDE", (16, 30, 15, 15, 22)): ws.column_dimensions[col].width = w
n = wb.create_sheet("Notes")
n.append(["Notes"])
n["A1"].font = Font(bold=True)
n.append(["Figures as at 31/01/2025 and include internal and external fixed cameras."])
n.append(["Cameras in privately operated halls (Ashenhurst Court) are not the University's and are not included."])
n.append(["There are no Dahua products in the University estate."])
n.column_dimensions["A"].width = 100
b = io.BytesIO(); wb.save(b)
body = """Dear Ms Natarajan

Freedom of Information Act 2000 - Request ref UC-FOI-25-044

Thank you for your request for information, which we received on 10 January 2025.

The University does hold the information you requested and this is provided in the attached spreadsheet which answers parts (a)-(d).

If you are unhappy with how we have dealt with your request you can ask for an internal review by contacting the Information Compliance Manager at the address below within 40 working days. You also have the right to complain to the Information Commissioner's Office (https://ico.org.uk/make-a-complaint/).

Please note that the information supplied is subject to the University's copyright and may not be re-used for commercial purposes without permission.

Best wishes

Jo Lindqvist
Information Compliance Officer
University of Calder, Queensgate, Huddersfield HD1 3DH
"""
eml(NN, "Information Compliance <foi@calder.ac.uk>", "Priya Natarajan <request-88213-1a2b3c4d@whatdotheyknow.com>",
    "Re: Freedom of Information request - CCTV cameras by campus", dt(2025, 2, 5, 15, 55), text=body,
    attachments=[("UC-FOI-25-044 CCTV.xlsx", b.getvalue())])
add_label(NN, "eml", "university", "foia", "yes", "no", "answered", [], 97,
          "answer in attached xlsx with no total row (per-building sum); Dahua denied only on the Notes sheet")
