from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

REQ = """Dear Wessex Transport Authority,

This request is about the ANPR cameras used for bus lane and bus gate enforcement only (not your CCTV).

1. How many ANPR enforcement cameras do you operate?
2. Who manufactures them?
3. Are any of them Hikvision or Dahua products?
4. Where are they located?
5. How much PCN income did the bus lane cameras generate in 2023/24?

Regards
Sam Okonjo"""
write_request("11", REQ)

wb = Workbook(); ws = wb.active; ws.title = "Response"
ws.append(["WTA FOI Ref", "FOI-WTA-2425-1420"])
ws.append(["Date of response", "07/03/2025"])
ws.append(["Subject", "ANPR bus lane enforcement cameras"])
ws.append([])
ws.append(["No.", "Question", "Response"])
for c in ws[5]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FCE4D6")
qa = [
 ("1", "How many ANPR enforcement cameras do you operate?",
  "approx. 46 - the figure varies slightly as units are rotated out for calibration."),
 ("2", "Who manufactures them?",
  "Exempt - s.31(1)(a)&(b). See Notes tab."),
 ("3", "Are any of them Hikvision or Dahua products?",
  "As Q2."),
 ("4", "Where are they located?",
  "Enforcement locations are published on our website at www.wessextransport.gov.uk/buslanes (s21 FOIA - information reasonably accessible by other means)."),
 ("5", "PCN income 2023/24",
  "£1,284,310 (gross, before enforcement costs)."),
]
for row in qa:
    ws.append(list(row))
for r in ws.iter_rows(min_row=6):
    for c in r:
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 18; ws.column_dimensions["B"].width = 45; ws.column_dimensions["C"].width = 80

n = wb.create_sheet("Notes")
for t in ["Section 31 - Law enforcement",
          "The Authority considers that disclosing the make and model of the enforcement cameras, including confirming or excluding any specific manufacturer, would be likely to prejudice the prevention or detection of crime and the apprehension or prosecution of offenders (s31(1)(a) and (b)). Information about the equipment could be used to identify weaknesses, to defeat or tamper with the cameras, or to support spurious challenges to penalty charge notices.",
          "Public interest test: the Authority recognises the public interest in transparency about the procurement of enforcement technology. However, it has concluded that the public interest in maintaining the effectiveness of civil traffic enforcement outweighs the public interest in disclosure.",
          "",
          "Internal review",
          "If you are dissatisfied with this response you may request an internal review by writing to foi@wessextransport.gov.uk within 40 working days of the date of this response.",
          "If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk."]:
    n.append([t])
n["A1"].font = Font(bold=True); n["A5"].font = Font(bold=True)
n.column_dimensions["A"].width = 140
for r in n.iter_rows():
    for c in r:
        c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(p("11-reply.xlsx"))
add_label("11", "xlsx", "other", "foia", "unknown", "unknown", "partially_answered", ["s31", "s21"], 46,
          "ANPR-only request answered in a spreadsheet Q&A grid with an approximate count, the maker question withheld under s31 (explained only on the Notes sheet), and 'As Q2' for the Hikvision/Dahua question.")
