from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
nn = "05"
request(nn, """
Dear Ormiston Academies Trust,

Please provide under FOIA:
- the number of CCTV cameras at each of your academies
- the brand/manufacturer of the cameras and how many of each
- whether any cameras are Hikvision or Dahua products
- the annual maintenance cost

Regards
Saira Bhatti
""")
wb = Workbook()
ws = wb.active; ws.title = "Cover letter"
ws.column_dimensions["A"].width = 110
lines = ["Ormiston Academies Trust", "Governance & Compliance", "One Victoria Square, Birmingham B1 1BD", "",
 "Ref: OAT FOI 0412", "Date: 22 January 2024", "", "Dear Ms Bhatti,", "",
 "Thank you for your request for information received on 2 January 2024.",
 "The information requested is provided in the worksheets of this workbook:",
 "   'Cameras by academy' – number of cameras at each of our academies",
 "   'Manufacturers' – cameras by brand. This covers your second and third questions.",
 "",
 "Annual maintenance cost: CCTV maintenance is procured by each academy as part of wider site security contracts and the cost is not separately identifiable. We therefore do not hold this information.",
 "",
 "If you are not satisfied with this response you may request an internal review by writing to the Trust's Governance team. If you remain dissatisfied you may contact the Information Commissioner's Office.",
 "", "Yours sincerely", "", "Karen Whitlow", "Data Protection Officer"]
for i, l in enumerate(lines, 1):
    ws.cell(row=i, column=1, value=l).alignment = Alignment(wrap_text=True)
ws["A1"].font = Font(bold=True, size=14)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
s2 = wb.create_sheet("Cameras by academy")
data = [("Academy", "Internal", "External", "Total"),
 ("Ormiston Bolingbroke Academy", 18, 12, None), ("Ormiston Victory Academy", 26, 15, None),
 ("Ormiston Sandwell Community Academy", 22, 19, None), ("Ormiston Park Academy", 9, 7, None),
 ("Ormiston Meridian Academy", 14, 10, None), ("Ormiston Chadwick Academy", 11, 8, None)]
for r, row in enumerate(data, 1):
    for c, v in enumerate(row, 1):
        cell = s2.cell(row=r, column=c, value=v); cell.border = B
    if r > 1: s2.cell(row=r, column=4, value=row[1] + row[2]).border = B
for c in range(1, 5): s2.cell(row=1, column=c).font = Font(bold=True)
n = len(data) + 1
s2.cell(row=n, column=1, value="TOTAL").font = Font(bold=True)
for c, L in ((2, "B"), (3, "C"), (4, "D")):
    s2.cell(row=n, column=c, value=sum((r[c-1] if c < 4 else r[1]+r[2]) for r in data[1:])).font = Font(bold=True)
    s2.cell(row=n, column=c).border = B
s2.column_dimensions["A"].width = 40
s3 = wb.create_sheet("Manufacturers")
mk = [("Brand", "No. of cameras", "Notes"), ("Hanwha / Wisenet", 62, ""), ("HiLook", 58, "mostly external bullet cameras"),
      ("Uniview", 38, ""), ("Vivotek", 13, "Victory Academy sports hall only")]
for r, row in enumerate(mk, 1):
    for c, v in enumerate(row, 1): s3.cell(row=r, column=c, value=v).border = B
for c in range(1, 4): s3.cell(row=1, column=c).font = Font(bold=True)
s3.column_dimensions["A"].width = 22; s3.column_dimensions["C"].width = 36
wb.save(outpath(nn, "xlsx"))
label(nn, "xlsx", "academy", "foia", "yes", "no", "partially_answered", [], 171,
      "per-academy sheet with internal/external columns and a TOTAL row; Hikvision only appears as sub-brand HiLook in a complete brand list; cost not held")
