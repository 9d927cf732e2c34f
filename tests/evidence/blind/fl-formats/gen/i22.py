from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
NN = "22"
write_request(NN, """
Penrhyd County Borough Council - FOI request

1. How many CCTV cameras does the council operate at each of its sites?
2. What make are the cameras?
3. Is any of the council's CCTV equipment (cameras or recorders) made by Hikvision?
4. Is any of it made by Dahua?

Thanks
Alys Pritchard
""")
wb = Workbook()
ws = wb.active
ws.title = "Ymateb - Response"
for r in [
    ["Cyngor Bwrdeistref Sirol Penrhyd / Penrhyd County Borough Council"],
    ["Cais Rhyddid Gwybodaeth / Freedom of Information Request  FOI-6120"],
    ["Dyddiad / Date: 24/07/2023"],
    [],
    ["Cwestiwn / Question", "Ateb / Answer"],
    ["1", "See 'Sites' worksheet."],
    ["2", "See 'Sites' worksheet, column C."],
    ["3", "No cameras are manufactured by Hikvision. Please refer to the notes column."],
    ["4", "No."],
    [],
    ["If you are dissatisfied with this response please contact the Information Governance Unit, Civic Centre, Penrhyd CF44 8PR (foi@penrhyd.gov.wales) within 40 working days to request an internal review. You may also contact the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH."],
]:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=12)
ws.column_dimensions["A"].width = 22; ws.column_dimensions["B"].width = 80
s = wb.create_sheet("Sites")
s.append(["Site", "No. of cameras", "Camera make", "Notes"])
for c in s[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FFD966")
rows = [
    ["Civic Centre, Penrhyd", 24, "Axis", "Recorded on Milestone server"],
    ["Canolfan Hamdden Penrhyd Leisure Centre", 16, "Hanwha", "Records to Hikvision NVR (2 units)"],
    ["Aberdâr Road Depot", 12, "Hanwha", "Records to Hikvision NVR"],
    ["Ty Gwyn Day Centre", 6, "Bosch", ""],
    ["Penrhyd Bus Station", 10, "Axis", "Monitored by CCTV control room"],
    ["Town Centre (public space)", 38, "Axis", "Monitored by CCTV control room"],
    ["Household Waste Recycling Centre, Cwm Isaf", 7, "Hanwha", "Records to Hikvision NVR"],
    ["Old Library, Heol Fawr", 0, "-", "Building sold Mar 2023 - cameras removed"],
    ["Llyfrgell Treharris Library", 4, "Bosch", ""],
]
for r in rows:
    s.append(r)
s.column_dimensions["A"].width = 42; s.column_dimensions["B"].width = 15
s.column_dimensions["C"].width = 14; s.column_dimensions["D"].width = 44
wb.save(out(f"{NN}-reply.xlsx"))
tot = sum(r[1] for r in rows)
print(tot)
label(NN, "xlsx", "welsh_council", "foia", "yes", "no", "answered", [], tot,
      "answer sheet says no Hikvision cameras, but the notes column of the second sheet shows Hikvision NVRs in use (recorders count); count is the column sum")
