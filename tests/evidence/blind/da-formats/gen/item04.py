from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
nn = "04"
write_request(nn, """
Dear Sir/Madam

Please can you tell me
1) the number of CCTV cameras owned or operated by Harrowfield District Council
2) the manufacturers of those cameras and how many of each
3) whether the council uses any Hikvision or Dahua equipment

A spreadsheet would be ideal.

Kind regards,
Ms J. Okonjo-Bright
""")
wb = Workbook(); ws = wb.active; ws.title = "FOI 4471 summary"
ws["A1"] = "Harrowfield District Council – FOI 4471 – CCTV cameras by manufacturer and site"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Data as at 30/06/2024. Source: CCTV asset register (Community Safety)."
sites = ["Market Sq", "Bus Station", "Leisure Centre", "Depot", "Civic Offices", "Car Parks"]
data = {
    "Axis": [22, 9, 4, 0, 6, 18],
    "Hanwha": [0, 0, 12, 3, 0, 20],
    "HIKVISION": [0, 4, 10, 8, 2, 0],
    "Honeywell": [6, 2, 0, 0, 0, 0],
    "Vicon": [3, 0, 0, 0, 0, 7],
}
ws.append([])
ws.append(["Sum of Qty", "Site"])
hdr = ["Manufacturer"] + sites + ["Grand Total"]
ws.append(hdr)
for c in ws[ws.max_row]: c.font = Font(bold=True)
gt = 0
for m, v in data.items():
    ws.append([m] + [x if x else None for x in v] + [sum(v)]); gt += sum(v)
cols = [sum(data[m][i] for m in data) for i in range(len(sites))]
ws.append(["Grand Total"] + cols + [gt])
for c in ws[ws.max_row]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
ws.column_dimensions["A"].width = 16
ws.append([]); ws.append(["Note: blank = none at site. Excludes 5 re-deployable cameras held in store and not currently deployed."])
wb.save(p(f"{nn}-reply.xlsx"))
print(gt)
label(nn, "xlsx", "xlsx", "council", "foia", "yes", "no", "answered", [], gt,
      "pivot table only (makes down, sites across, grand totals); Hikvision is a row, Dahua absent from a complete maker list; the 5 stored cameras are excluded")
