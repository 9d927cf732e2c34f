from common import *
from xl import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "05"
write_request(NN, """
Dear Brookvale Learning Trust

Freedom of Information request

Q1. How many CCTV cameras are installed across the schools in your trust?
Q2. What manufacturers made these cameras?
Q3. Are any of them Hikvision or Dahua?
Q4. Do any of the cameras record audio?

Kind regards
Sana Iqbal
""")

wb = Workbook()
ws = wb.active; ws.title = "FOI response"
notes(ws, [
    "BROOKVALE LEARNING TRUST",
    "Freedom of Information Act 2000 – response to request ref BLT-FOI-24-031",
    "Date: 2 December 2024",
    "",
    "Q1. How many CCTV cameras are installed across the schools in your trust?",
    "See 'Summary' tab.",
    "Q2. What manufacturers made these cameras?",
    "Axis and Hanwha (Wisenet). A breakdown by school is on the 'Current estate' tab.",
    "Q3. Are any of them Hikvision or Dahua?",
    "See Q2.",
    "Q4. Do any of the cameras record audio?",
    "No. Audio recording is disabled on all cameras in line with the Trust's CCTV Policy.",
    "",
    "You may request an internal review within 40 working days by writing to the Trust's Data Protection Lead, Brookvale Learning Trust, Orchard Way, Kettering NN15 6QT. You also have the right to complain to the Information Commissioner's Office.",
    "",
    "D. Ashworth, Chief Operating Officer",
], col_width=100)

s = wb.create_sheet("Summary")
title(s, "CCTV cameras by school", 4)
header(s, 2, ["School", "Installed now", "Planned 2025", "Total on completion"])
data = [("Brookvale Academy", 42, 16), ("Meadowbank Primary", 8, 0),
        ("St Clement's C of E Junior", 6, 4), ("Fernhill Primary", 11, 0)]
r = 3
for sch, now, pl in data:
    rowvals(s, r, [sch, now, pl, now + pl]); r += 1
r += 1
a = sum(x[1] for x in data); b = sum(x[2] for x in data)
rowvals(s, r, ["Total", a, b, a + b], bold=True, fill=TOT)
widths(s, [32, 14, 14, 20])

c = wb.create_sheet("Current estate")
title(c, "Current estate – installed cameras", 5)
header(c, 2, ["School", "Location", "Manufacturer", "Model", "Qty"])
rows = [
    ("Brookvale Academy", "External perimeter", "Axis", "P3265-LVE", 18),
    ("Brookvale Academy", "Corridors / atrium", "Axis", "M3086-V", 17),
    ("Brookvale Academy", "Car park & gates", "Hanwha", "XNO-8082R", 7),
    None,
    ("Meadowbank Primary", "External", "Hanwha", "QNV-6012R", 8),
    None,
    ("St Clement's C of E Junior", "External", "Hanwha", "QNV-6012R", 6),
    None,
    ("Fernhill Primary", "External", "Axis", "M4216-LV", 7),
    ("Fernhill Primary", "Reception / entrance", "Axis", "M3115-LVE", 4),
]
r = 3
for row in rows:
    if row: rowvals(c, r, list(row))
    r += 1
widths(c, [28, 22, 14, 14, 6])

p = wb.create_sheet("Planned installs")
title(p, "Planned installs – 2025 capital programme (not yet installed)", 6)
header(p, 2, ["School", "Project", "Manufacturer", "Model", "Qty", "Status"])
prow = [
    ("Brookvale Academy", "New science block", "Hikvision", "DS-2CD2347G2-LU", 12, "Order placed – install Feb 2025"),
    ("Brookvale Academy", "Sports hall", "Hikvision", "DS-2CD2T47G2-L", 4, "Quote accepted"),
    ("St Clement's C of E Junior", "Playground extension", "Hikvision", "DS-2CD1043G2-I", 4, "Awaiting funding"),
]
r = 3
for row in prow:
    rowvals(p, r, list(row)); r += 1
widths(p, [28, 22, 14, 20, 6, 32])

n = wb.create_sheet("Notes")
notes(n, ["Notes",
          "Installed figures correct as at 1 November 2024.",
          "Planned installs are subject to the capital programme and may change.",
          "Installer for all schools: Kestrel Fire & Security Ltd, Northampton."])
wb.save(OUT / f"{NN}-reply.xlsx")
add_label(NN, "xlsx", "academy", "foia", "no", "no", "answered", [], 67,
          "Hikvision appears only on a 'Planned installs' sheet; the current estate is complete (Axis, Hanwha) so both makers are no; summary totals mix installed (67) and planned (20) into 87.")
