from common import write_request, add_label, out
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

NN = "06"
write_request(NN, """
FOI request - CCTV

1. Please provide a list of all CCTV cameras operated by Stourfield Borough Council, giving the site, manufacturer and model of each.
2. What is the total number of cameras?
3. Is any of the council's CCTV equipment, including recorders, made by Hikvision or Dahua?

A spreadsheet is fine.

Thanks
M. Adeyemi
""")

wb = Workbook()
cov = wb.active; cov.title = "Cover"
cov["A1"] = "Stourfield Borough Council – Freedom of Information response"
cov["A1"].font = Font(bold=True, size=13)
lines = ["Reference: FOI 2024-00871", "Date of response: 11 March 2024", "",
         "Q1 and Q2 – please see the 'Register' tab. This is an extract from the Community Safety Team's CCTV "
         "asset register and lists every camera currently in operation.",
         "Q3 – please see the 'Recorder' column of the register.", "",
         "If you are unhappy with the way your request has been handled you can ask for an internal review by "
         "emailing information.requests@stourfield.gov.uk within 40 working days.",
         "You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water "
         "Lane, Wilmslow SK9 5AF."]
for i, l in enumerate(lines, start=3):
    cov.cell(row=i, column=1, value=l)
cov.column_dimensions["A"].width = 120

ws = wb.create_sheet("Register")
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:J1"); ws["A1"] = "STOURFIELD BOROUGH COUNCIL"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:J2"); ws["A2"] = "CCTV Asset Register – extract for FOI 2024-00871"; ws["A2"].font = Font(bold=True)
ws["A3"] = "Prepared by: Community Safety Team"; ws["F3"] = "As at:"; ws["G3"] = "01/03/2024"
ws.merge_cells("A5:C5"); ws["A5"] = "Location"
ws.merge_cells("D5:H5"); ws["D5"] = "Camera"
ws.merge_cells("I5:J5"); ws["I5"] = "Recording"
hdr = ["Ref", "Site", "Position", "Type", "Manufacturer", "Model", "Qty", "Installed", "Recorder", "Retention (days)"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=6, column=j, value=h); c.font = Font(bold=True); c.border = box
    c.fill = PatternFill("solid", fgColor="BDD7EE")
for cell in ("A5", "D5", "I5"):
    ws[cell].font = Font(bold=True); ws[cell].alignment = Alignment(horizontal="center")
    ws[cell].fill = PatternFill("solid", fgColor="9BC2E6")

rows = [
    ("High Street / Market Cross", "Column 1", "PTZ", "Axis", "Q6075-E", 1, "2021", "Avigilon NVR5 (Control Room)", 31),
    ("High Street / Bridge Street", "Column 2", "PTZ", "Axis", "Q6075-E", 1, "2021", "Avigilon NVR5 (Control Room)", 31),
    ("Castle Walk", "Columns 3-6", "PTZ", "Axis", "Q6135-LE", 4, "2022", "Avigilon NVR5 (Control Room)", 31),
    ("Bus Station", "Concourse", "Fixed dome", "Avigilon", "H5A-DO", 6, "2020", "Avigilon NVR5 (Control Room)", 31),
    ("Bus Station", "Stands A-F", "Fixed bullet", "Avigilon", "H5A-BO", 4, "2020", "Avigilon NVR5 (Control Room)", 31),
    ("Riverside Park", "Play area / skate park", "PTZ", "Hanwha", "XNP-6400RW", 2, "2019", "Avigilon NVR5 (Control Room)", 31),
    ("Civic Centre", "Reception & customer service", "Fixed dome", "Axis", "P3265-LV", 7, "2022", "Axis S3016", 30),
    ("Civic Centre", "Car park & perimeter", "Fixed bullet", "Axis", "P1465-LE", 9, "2022", "Axis S3016", 30),
    ("Market Hall", "Internal", "Fixed dome", "Hanwha", "XND-6080RV", 8, "2018", "Hikvision DS-9632NI-I8", 30),
    ("Market Hall", "Loading bay", "Fixed bullet", "Hanwha", "XNO-6080R", 2, "2018", "Hikvision DS-9632NI-I8", 30),
    ("Mill Lane Depot", "Yard", "Fixed bullet", "Hanwha", "XNO-6120R", 6, "2019", "Hanwha XRN-1620SB1", 28),
    ("Mill Lane Depot", "Fuel bunker", "Fixed bullet", "Hanwha", "XNO-6120R", 2, "2019", "Hanwha XRN-1620SB1", 28),
    ("Crown Street MSCP", "Levels 0-4", "Fixed dome", "Avigilon", "H5SL-D1", 15, "2020", "Avigilon NVR5 (Control Room)", 31),
    ("Crown Street MSCP", "Entry/exit", "Fixed bullet", "Avigilon", "H5SL-BO1", 4, "2020", "Avigilon NVR5 (Control Room)", 31),
    ("Oakfield Community Centre", "Entrance", "Fixed dome", "Axis", "M3085-V", 3, "2023", "Axis S3008", 30),
    ("Stourfield Crematorium", "Grounds & car park", "Fixed bullet", "Axis", "P1465-LE", 5, "2021", "Axis S3008", 30),
    ("Housing – Granby Court", "Lobby / bin store", "Fixed dome", "Hanwha", "XND-6080RV", 6, "2018", "Hanwha XRN-810S", 28),
    ("Housing – Granby Court", "Car park", "Fixed bullet", "Hanwha", "XNO-6080R", 3, "2018", "Hanwha XRN-810S", 28),
]
r = 7
for i, row in enumerate(rows, start=1):
    vals = [f"SBC-{i:03d}"] + list(row)
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=r, column=j, value=v); c.border = box
    r += 1
total = sum(x[5] for x in rows)
ws.cell(row=r, column=1, value="TOTAL CAMERAS").font = Font(bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
c = ws.cell(row=r, column=7, value=total); c.font = Font(bold=True); c.border = box
ws.cell(row=r + 2, column=1, value="Recorders are shown for information and are not included in the camera total.").font = Font(italic=True)
for col, w in zip("ABCDEFGHIJ", [10, 28, 26, 13, 14, 13, 6, 10, 30, 10]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A7"
wb.save(out(f"{NN}-reply.xlsx"))
print("total", total)
add_label(NN, "xlsx", "council", "foia", "yes", "no", "answered", [], total,
          "Workbook with a title block above a two-row merged header and a TOTAL row; Hikvision appears "
          "only as the recorder make at the Market Hall, every camera being Axis, Avigilon or Hanwha.")
