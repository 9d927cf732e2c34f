from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
nn = "20"
write_request(nn, """
Dear Information Rights Unit,

Please could you provide, under the Freedom of Information Act 2000:

Question 1: The number of CCTV cameras at each of Cressington Constabulary's police stations and custody suites.
Question 2: The manufacturer of each of those cameras.
Question 3: Confirmation of whether Hikvision and/or Dahua cameras are in use.

Kind regards,
Yusuf Blackwood
""")
wb = Workbook(); ws = wb.active; ws.title = "Pivot"
ws["A1"] = "FOI 2024-3318"; ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Count of Asset No", "Column Labels"])
sites = ["Beckford Custody", "Cressington Central", "Halewood Stn", "Northgate Stn", "Tarbock Custody", "Woolton Stn"]
ws.append(["Row Labels"] + sites + ["Grand Total"])
for c in ws[4]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
data = {"(blank)": [0, 3, 0, 1, 0, 0],
        "Avigilon": [34, 20, 0, 0, 29, 0],
        "Axis": [0, 15, 6, 9, 0, 5],
        "Dahau": [0, 0, 4, 0, 0, 7],
        "Hikvision (HiWatch)": [0, 0, 0, 6, 0, 3],
        "Vicon": [12, 0, 0, 0, 8, 0]}
gt = 0
for m, v in data.items():
    ws.append([m] + [x if x else None for x in v] + [sum(v)]); gt += sum(v)
ws.append(["Grand Total"] + [sum(data[m][i] for m in data) for i in range(6)] + [gt])
for c in ws[ws.max_row]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
ws.column_dimensions["A"].width = 22
wb.save(p(f"{nn}-reply.xlsx"))
print(gt)
label(nn, "xlsx", "xlsx", "police", "foia", "yes", "yes", "answered", [], gt,
      "Excel pivot export (Row Labels/Column Labels) with misspelt 'Dahau', 'Hikvision (HiWatch)' and a '(blank)' make row included in the grand total")
