from common import *
import io
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
wb = Workbook(); ws = wb.active; ws.title = "CCTV by site"
ws.append(["FOI 2024/418 - CCTV cameras at inpatient sites"]); ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Site", "Area", "No. of cameras", "Of which in seclusion rooms", "Manufacturer"])
for c in ws[3]:
    c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, vertical="top")
data = [
    ["Becklands Hospital", "External / grounds", 22, 0, "Avigilon"],
    ["", "Reception and main corridor", 9, 0, "Avigilon"],
    ["", "Ash Ward (PICU)", 7, 2, "Avigilon"],
    ["", "Birch Ward (acute)", 5, 1, "Avigilon"],
    ["", "Cedar Ward (acute)", 5, 1, "Avigilon"],
    ["Shawfield Unit", "External", 8, 0, "Axis"],
    ["", "Internal communal areas", 6, 1, "Axis"],
    ["Calverley House (forensic low secure)", "Perimeter and airlock", 14, 0, "Dahau"],
    ["", "Internal", 11, 2, "Dahau"],
    ["Moorview Older Adults Unit", "Entrances and garden", 4, 0, "Axis"],
]
for r in data:
    ws.append(r)
ws.column_dimensions["A"].width = 36; ws.column_dimensions["B"].width = 28
ws.column_dimensions["C"].width = 12; ws.column_dimensions["D"].width = 14; ws.column_dimensions["E"].width = 14
ws.row_dimensions[3].height = 30
buf = io.BytesIO(); wb.save(buf)
total = sum(r[2] for r in data)
print(total)
text = """Dear Dr Pilkington,

Freedom of Information request FOI 2024/418

Thank you for your request received on 3 June 2024. Please see the Trust's response below.

Q1 - Please see attached spreadsheet.

Q2 - No, the Trust does not have any Hikvision cameras.

Q3 - Yes, at one site. Please see spreadsheet.

Q4 - Cameras are located in seclusion rooms as shown in column D of the spreadsheet. There are no CCTV cameras in patient bedrooms. The Trust uses Oxevision in 46 bedrooms across four wards; this is a contactless vital signs monitoring system and is not part of the Trust's CCTV system, so it is not included in the spreadsheet.

If you are unhappy with this response you can request an internal review within 40 working days by contacting the Information Governance Team at the address below. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.

The information provided is subject to copyright and may be re-used for personal or research purposes only.

Kind regards,

FOI Team
Information Governance
Aire and Wharfe Mental Health NHS Foundation Trust
Trust Headquarters, Fieldhead Lane, Bingswood BD99 2XH
awmh.foi@nhs.net
"""
write_eml(out("14-reply.eml"), "AWMH FOI <awmh.foi@nhs.net>", "hannah.pilkington@research.example",
          "FOI 2024/418 - Response", "Mon, 1 Jul 2024 09:41:55 +0000", text, None,
          [("FOI 2024-418 CCTV.xlsx", buf.getvalue(), "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
label("14", "eml", "nhs", "foia", "no", "yes", "answered", [], total,
      "E-mail answers point to an attached workbook: counts per site/area with no total (sum 91) next to an 'of which in seclusion rooms' column that must not be added; Dahua only as misspelt 'Dahau' in the sheet; Oxevision monitoring cameras excluded as not CCTV.",
      "Mental health trust e-mail + xlsx attachment; sum camera column only; 'Dahau' spelling; Oxevision distractor (46 bedrooms).")
