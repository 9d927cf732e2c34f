from common import write_request, add_label, out
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

NN = "08"
write_request(NN, """
To Hartmoor Fire and Rescue Service

FOI request:
- How many CCTV cameras are installed at each of your fire stations and other premises?
- Are any of them made by Hikvision?
- Are any of them made by Dahua?
- Is there a planned replacement schedule for the CCTV?

Thanks,
J. Whitcombe
""")

wb = Workbook(); ws = wb.active; ws.title = "FOI 0412 Response"
ws["A1"] = "HARTMOOR FIRE AND RESCUE SERVICE"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Freedom of Information Act 2000 – Request FOI 0412/23-24 – CCTV"
ws["A3"] = "Response issued 07/02/2024 by Corporate Information Team, Service Headquarters, Brennan Road, Hartmoor HR2 8DD"
ws["A5"] = "Q1"; ws["B5"] = "See table below."
ws["A6"] = "Q2"; ws["B6"] = "Hikvision – none."
ws["A7"] = "Q3"; ws["B7"] = "Dahua – none currently installed. See notes column."
ws["A8"] = "Q4"; ws["B8"] = "There is no planned replacement schedule. Cameras are replaced on failure or as part of station refurbishment."
for r in range(5, 9):
    ws.cell(row=r, column=1).font = Font(bold=True)

hdr = ["Station / premises", "Type", "No. of CCTV cameras", "Camera make", "Prev. make", "Notes"]
HR = 10
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=HR, column=j, value=h); c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="F4B084"); c.alignment = Alignment(wrap_text=True)
rows = [
    ("Hartmoor Central", "Wholetime", 8, "Hanwha", "Dahua", "Dahua cameras replaced with Hanwha Jan 2024"),
    ("Hartmoor North", "Wholetime", 6, "Axis", "", ""),
    ("Brennan Road (Service HQ)", "Headquarters", 14, "Axis", "", "Includes control room entrance"),
    ("Kettleby", "Day crewed", 4, "Hanwha", "Dahua", "Replaced Jan 2024"),
    ("Thorpe Marsh", "On-call", 2, "Hanwha", "", ""),
    ("Ashby Cross", "On-call", 2, "Hanwha", "", ""),
    ("Wenlow", "On-call", 3, "Hanwha", "Dahua", "Replaced Dec 2023 (DVR also replaced)"),
    ("Cold Harbour", "On-call", 2, "Hanwha", "", ""),
    ("Mickleby", "Day crewed", 4, "Axis", "", ""),
    ("Training Centre, Pike Lane", "Training", 9, "Axis", "", "Fire house / hot fire building cameras included"),
    ("Workshops & Stores, Pike Lane", "Support", 6, "Axis", "", ""),
    ("Fernholme", "On-call", 0, "", "", "No CCTV at this station"),
]
r = HR + 1
for row in rows:
    for j, v in enumerate(row, start=1):
        ws.cell(row=r, column=j, value=v)
    r += 1
total = sum(x[2] for x in rows)
ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
ws.cell(row=r, column=3, value=total).font = Font(bold=True)
ws.cell(row=r + 2, column=1, value="You may ask for an internal review within 40 working days (foi@hartmoorfire.gov.uk). "
        "You may then complain to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
for col, w in zip("ABCDEF", [30, 14, 12, 14, 12, 48]):
    ws.column_dimensions[col].width = w
ws.column_dimensions["E"].hidden = True
wb.save(out(f"{NN}-reply.xlsx"))
print("total", total)
add_label(NN, "xlsx", "fire", "foia", "no", "no", "answered", [], total,
          "Answers in a block above the station table; a hidden 'Prev. make' column and the notes column "
          "mention Dahua, but only as replaced equipment ('none currently installed').")
