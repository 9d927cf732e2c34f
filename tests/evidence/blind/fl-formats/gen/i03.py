from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
NN = "03"
write_request(NN, """
Dear Freedom of Information Officer,

I would like to request the following information from Harwell Vale Hospitals NHS Foundation Trust:

(a) the total number of CCTV cameras operated by the Trust across all of its sites;
(b) the manufacturer(s) of those cameras;
(c) whether any of the cameras or recording equipment are manufactured by Hikvision;
(d) whether any of the cameras or recording equipment are manufactured by Dahua;
(e) whether the Trust uses facial recognition software with its CCTV.

If possible please provide the information in a spreadsheet.

Yours faithfully,
Tomasz Wierzbicki
""")
wb = Workbook()
ws = wb.active
ws.title = "FOI response"
rows = [
    ["Harwell Vale Hospitals NHS Foundation Trust"],
    ["Freedom of Information Request  -  Ref: FOI-HVH-23-1409"],
    ["Date of response: 02/11/2023"],
    [],
    ["Question", "Response"],
    ["(a) Total number of CCTV cameras", "Please see the 'Camera register' tab of this workbook."],
    ["(b) Manufacturer(s)", "Please see the 'Camera register' tab, column D."],
    ["(c) Hikvision", "Yes - please see the 'Camera register' tab."],
    ["(d) Dahua", "Please see the 'Camera register' tab and notes."],
    ["(e) Facial recognition", "No. The Trust does not use facial recognition software."],
    [],
    ["If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days by writing to foi.requests@hvh.nhs.uk."],
    ["If you remain dissatisfied you have the right to apply to the Information Commissioner's Office (ICO) - www.ico.org.uk"],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=13)
ws["A5"].font = Font(bold=True); ws["B5"].font = Font(bold=True)
ws.column_dimensions["A"].width = 36; ws.column_dimensions["B"].width = 70

reg = wb.create_sheet("Camera register")
hdr = ["Site", "Area / building", "No. cameras", "Camera make", "Recorder (NVR)", "Notes"]
reg.append(hdr)
for c in reg[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="005EB8")
data = [
    ["Harwell General", "Main entrance & atrium", 18, "Avigilon", "Avigilon", ""],
    ["Harwell General", "Emergency Department", 22, "Avigilon", "Avigilon", ""],
    ["Harwell General", "Car parks 1-4", 31, "Avigilon", "Avigilon", "ANPR at barriers not included"],
    ["Harwell General", "Pharmacy", 6, "Avigilon", "Avigilon", "Dahua units replaced Jan 2024"],
    ["Harwell General", "Maternity", 14, "Avigilon", "Avigilon", ""],
    ["Harwell General", "Mental Health Unit (Beech Ward)", 16, "Axis", "Milestone", ""],
    ["St Brannoc's Hospital", "Main building", 20, "Hikvision", "Hikvision", "Due for replacement 2025/26"],
    ["St Brannoc's Hospital", "Car park", 9, "Hikvision", "Hikvision", "Due for replacement 2025/26"],
    ["St Brannoc's Hospital", "Outpatients", 7, "Hikvision", "Hikvision", ""],
    ["Eastcote Community Hospital", "Reception / corridors", 11, "Axis", "Milestone", ""],
    ["Eastcote Community Hospital", "External", 8, "Axis", "Milestone", ""],
    ["Trust HQ, Orchard House", "Reception", 4, "Avigilon", "Avigilon", ""],
    ["Pathology hub", "Lab entrances", 5, "Axis", "Milestone", "Dahua units replaced Jan 2024"],
]
for r in data:
    reg.append(r)
reg.append([])
reg.append(["Total", "", sum(r[2] for r in data), "", "", ""])
reg.cell(row=reg.max_row, column=1).font = Font(bold=True)
reg.cell(row=reg.max_row, column=3).font = Font(bold=True)
for col, w in zip("ABCDEF", (28, 32, 12, 14, 16, 34)):
    reg.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
print(sum(r[2] for r in data))
label(NN, "xlsx", "nhs", "foia", "yes", "no", "answered", [], 171,
      "first sheet only points to the second sheet; count is the Total row of the register, Dahua appears only in notes as replaced units, Hikvision units 'due for replacement' are still in use")
