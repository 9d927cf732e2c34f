from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

write_request("07", """
Dear University of Wexborough,

Please provide the following under FOIA 2000:

Q1 How many CCTV cameras does the University operate across its campuses and halls?
Q2 What makes/manufacturers are they?
Q3 Are any made by Dahua?
Q4 Do any use facial recognition or ANPR?
Q5 Who maintains the CCTV system and what is the annual cost of the maintenance contract?
Q6 Please provide your most recent DPIA for CCTV.

Kind regards,
Sam Whitfield
""")

wb = Workbook(); ws = wb.active; ws.title = "FOI-2025-0142"
thin = Side(style="thin", color="999999"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "University of Wexborough – Freedom of Information Response"; ws["A1"].font = Font(bold=True, size=14, color="4B0F5C")
ws["A2"] = "Request ref:"; ws["B2"] = "FOI-2025-0142"
ws["A3"] = "Date received:"; ws["B3"] = "10/02/2025"
ws["A4"] = "Date of response:"; ws["B4"] = "07/03/2025"
ws["A5"] = "Handled by:"; ws["B5"] = "Information Compliance Office (infocompliance@wexborough.ac.example)"
hdr = ["No.", "Question", "Response"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="4B0F5C"); c.border = bd
data = [
 ("Q1", "How many CCTV cameras does the University operate across its campuses and halls?",
  "c. 640 (all campuses incl. University-managed halls of residence). Privately operated halls (Unite, Fresh etc.) are not included."),
 ("Q2", "What makes/manufacturers are they?",
  "Predominantly Axis and Avigilon. A small number of legacy HIKVISION units remain at Beech Court and Marlowe House halls; these are scheduled for replacement by the end of the 2025/26 academic year."),
 ("Q3", "Are any made by Dahua?", "None"),
 ("Q4", "Do any use facial recognition or ANPR?",
  "No facial recognition. ANPR is used at the two barrier-controlled staff car parks at Kingsgate campus (see Q2)."),
 ("Q5", "Who maintains the CCTV system and what is the annual cost of the maintenance contract?",
  "Maintenance contractor: Campus Guard Security Ltd.\nContract value: withheld – s.43(2). See Notes tab."),
 ("Q6", "Please provide your most recent DPIA for CCTV.",
  "Attached separately: 'CCTV DPIA v3 (Sept 2023).pdf'"),
]
for r, row in enumerate(data, 8):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.alignment = Alignment(wrap_text=True, vertical="top"); cell.border = bd
ws.column_dimensions["A"].width = 16; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 70

n = wb.create_sheet("Notes")
notes = [
 "Section 43(2) – Commercial interests",
 "The University considers that disclosure of the annual value of the CCTV maintenance contract would be likely to prejudice the commercial interests of both the University and the contractor. The contract is due for re-tender in 2026 and disclosure of the current price would weaken the University's negotiating position and reveal the contractor's pricing to competitors.",
 "Section 43 is a qualified exemption. The University recognises the public interest in transparency over the use of public funds; however, the University publishes its total expenditure over £25,000 quarterly, and we consider that the public interest in maintaining a fair and competitive procurement outweighs the public interest in disclosure of this specific figure.",
 "",
 "Your rights",
 "If you are dissatisfied with this response you may request an internal review within 40 working days by emailing infocompliance@wexborough.ac.example. If you remain dissatisfied following the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).",
 "",
 "Re-use: the information provided is subject to University copyright unless otherwise stated.",
]
for i, t in enumerate(notes, 1):
    c = n.cell(row=i, column=1, value=t); c.alignment = Alignment(wrap_text=True, vertical="top")
    if t in ("Section 43(2) – Commercial interests", "Your rights"): c.font = Font(bold=True)
n.column_dimensions["A"].width = 110
wb.save(out("07-reply.xlsx"))

label("07", "xlsx", "xlsx", "university", "foia", "yes", "no", "partially_answered", ["s43"], 640,
      "Q/A sheet; 'c. 640'; legacy Hikvision still in place pending future replacement; s43 reasoning sits on a second tab")
