from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.filters import FilterColumn, Filters
import random

NN = "08"
write_request(NN, """
Hello,

FOI request please:
Q1. How many CCTV cameras does the Trust have in service?
Q2. Are any of them made by Hikvision (or its brands)?
Q3. Are any of them made by Dahua?
Q4. Who maintains the system?

Thanks
Abdul Karim
""")
rnd = random.Random(8)
wb = Workbook()
ws = wb.active; ws.title = "FOI response"
rows = [["Dorset County Hospital NHS Foundation Trust – Freedom of Information"],
        ["Ref: DCH FOI 2023/742    Date: 18/12/2023"],
        [],
        ["Question", "Response"],
        ["Q1. How many CCTV cameras does the Trust have in service?", "See 'Camera list' tab (filtered to status = In service)."],
        ["Q2. Are any of them made by Hikvision (or its brands)?", "See 'Camera list' tab."],
        ["Q3. Are any of them made by Dahua?", "No. Legacy Dahua units were replaced during the 2023 upgrade; they remain on the register as 'Removed'."],
        ["Q4. Who maintains the system?", "Securitas Technology Ltd (Estates contract)."],
        [],
        ["If you are unhappy with this response you may request an internal review by contacting foi@dchft.nhs.uk within 40 working days."],
        ["You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."]]
for r in rows: ws.append(r)
ws["A1"].font = Font(bold=True, size=13)
for c in ws[4]: c.font = Font(bold=True)
ws.column_dimensions["A"].width = 60; ws.column_dimensions["B"].width = 95

cl = wb.create_sheet("Camera list")
cl.append(["Ref", "Building", "Area", "Make", "Model", "IP address", "Maintainer", "Status"])
for c in cl[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="005EB8")
buildings = ["Main block", "North Wing", "South Wing", "Outpatients", "Car park A", "Car park B", "Energy centre", "Maternity"]
areas = ["entrance", "corridor", "lift lobby", "ED waiting", "pharmacy", "stairwell", "external", "barrier", "cash office"]
in_service = []
for i in range(57):
    b = buildings[i % len(buildings)]
    if b.startswith("Car park") and i % 3 == 0:
        mk, md = "HiLook", "IPC-B140H"
    elif i % 4 == 0:
        mk, md = "Axis", "P3265-LVE"
    else:
        mk, md = "Hanwha", "XNV-6080R"
    in_service.append([b, rnd.choice(areas), mk, md, "In service"])
removed = [[rnd.choice(buildings), rnd.choice(areas), "Dahua", "IPC-HDW2431T-AS", "Removed 2023"] for _ in range(9)]
allrows = in_service + removed
rnd.shuffle(allrows)
hidden_rows = []
for n, r in enumerate(allrows, 1):
    b, a, mk, md, st = r
    cl.append([f"DCH-{n:03d}", b, a, mk, md, f"10.41.{rnd.randint(1,9)}.{rnd.randint(10,250)}", "Securitas Technology", st])
    if st != "In service": hidden_rows.append(cl.max_row)
for rr in hidden_rows: cl.row_dimensions[rr].hidden = True
cl.auto_filter.ref = f"A1:H{cl.max_row}"
cl.auto_filter.filterColumn.append(FilterColumn(colId=7, filters=Filters(filter=["In service"])))
cl.column_dimensions["F"].hidden = True
cl.column_dimensions["G"].hidden = True
for col, w in zip("ABCDEH", [10, 16, 14, 10, 18, 14]): cl.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
print(sum(1 for r in in_service if r[2] == "HiLook"), len(allrows))
add_label(NN, "xlsx", "nhs", "foia", "yes", "no", "answered", [], 57,
          "Count only by counting the 57 rows left by an autofilter (9 removed Dahua rows hidden); Hikvision only via HiLook rows; maintainer/IP columns hidden.")
