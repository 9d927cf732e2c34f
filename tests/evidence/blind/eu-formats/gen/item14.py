import io
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side

wb = Workbook(); ws = wb.active; ws.title = "CCTV by site"
ws.append(["Kestrel Vale District Council - CCTV cameras by site (FOI 2024-1932)"]); ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Category", "Site", "No. of cameras", "Manufacturer", "Notes"])
for c in range(1, 6): ws.cell(3, c).font = Font(bold=True); ws.cell(3, c).fill = PatternFill("solid", fgColor="D9E1F2")
sections = [
 ("Town centre", [("High Street", 8, "Hanwha", ""), ("Market Square", 6, "Hanwha", "Incl. 1 PTZ"),
                  ("Bus station", 5, "Axis", "Shared with operator"), ("Riverside Walk", 4, "Hanwha", "")]),
 ("Car parks", [("Castle Street MSCP", 12, "Axis", ""), ("Leisure Centre car park", 4, "Axis", ""), ("Station Road", 3, "Axis", "")]),
 ("Council buildings", [("Civic Offices", 22, "Avigilon", "Internal + external"), ("Burnham Lane Depot", 9, "Avigilon", ""),
                        ("Kestrel Vale Crematorium", 4, "Avigilon", ""), ("Town Museum", 7, "Avigilon", "")]),
 ("Redeployable", [("Various (ASB hotspots)", 6, "WCCTV", "Moved as required")]),
]
total = 0
for cat, rows in sections:
    for i, (site, n, mk, note) in enumerate(rows):
        ws.append([cat if i == 0 else "", site, n, mk, note])
    sub = sum(r[1] for r in rows); total += sub
    ws.append(["", f"{cat} subtotal", sub, "", ""])
    ws.cell(ws.max_row, 2).font = Font(bold=True); ws.cell(ws.max_row, 3).font = Font(bold=True)
    for c in range(1, 6): ws.cell(ws.max_row, c).border = Border(top=Side("thin"))
ws.append([])
ws.append(["Spare stock", "Depot store", 3, "Hanwha", "Not deployed - spares"])
ws.append([])
ws.append(["Recording equipment", "CCTV Control Room", 4, "Milestone", "Recording servers (not cameras)"])
for c, w in zip("ABCDE", [20, 30, 15, 15, 30]): ws.column_dimensions[c].width = w
buf = io.BytesIO(); wb.save(buf)

body = """Dear Mr Oyelaran

Freedom of Information Act 2000 - Request ref: FOI 2024-1932

Thank you for your request received on 9 September 2024. Please see our response below.

1.  The brands mentioned in part 1 of your request are not used by the Council.

2 & 3.  Please see the attached spreadsheet which lists the sites and the manufacturer for each.

4.  £86,400 (2023/24). This is the cost of the maintenance contract for the public space system and does not include reactive repairs at council buildings, which are not separately recorded.

If you are unhappy with the way your request has been handled, you can request a review by writing to the Information Governance Team, Kestrel Vale District Council, Civic Offices, Burnham Lane, Kestrel Vale, KV2 7DN or foi@kestrelvale.example.gov.uk within 40 working days.

If you remain dissatisfied with the handling of your request or complaint, you have a right to appeal to the Information Commissioner at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Telephone: 0303 123 1113 Website: www.ico.org.uk

Yours sincerely

Naomi Fairbrother
Information Governance Officer
"""
m = email("Information Governance <foi@kestrelvale.example.gov.uk>", "Graham Oyelaran <g.oyelaran@mailbox.example.org>",
          "FOI 2024-1932 CCTV - response", uk(2024, 10, 4, 14, 3), text=body,
          attachments=[("FOI 2024-1932 CCTV sites.xlsx", buf.getvalue(), "application",
                        "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
save_eml("14-reply.eml", m)
print(total)
add_label(path="14-reply.eml", request_file="14-request.txt", format="eml", body_type="council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=total,
          note="'The brands mentioned in part 1 ... are not used' needs the request; the count is only in the attached xlsx as subtotals with no grand total, beside spare and recorder rows that must be left out.")
