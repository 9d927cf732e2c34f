import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

NN = "19"
write_request(NN, """
Dear Hallamshire Council,

FOI request regarding CCTV:

1. How many CCTV cameras does the council own or operate?
2. Please list them by site/area.
3. Please give the number of cameras by manufacturer.
4. How many are Hikvision?
5. How many are Dahua?
6. Are there plans to remove Hikvision or Dahua cameras?

Thanks,
Callum Reid
""")

wb = Workbook()
ws = wb.active; ws.title = "Response"
b = Font(bold=True)
ws["A1"] = "Hallamshire Council - Freedom of Information response"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Reference: HC-FOI-25-03390     Date: 12/09/2025"
ws["A4"] = "No."; ws["B4"] = "Question"; ws["C4"] = "Response"
for c in ("A4", "B4", "C4"): ws[c].font = b
qa = [
 ("1", "How many CCTV cameras does the council own or operate?", "412 - see tab 'By site'"),
 ("2", "Please list them by site/area.", "See tab 'By site'. Town centre cameras are listed by town only."),
 ("3", "Please give the number of cameras by manufacturer.", "See tab 'By manufacturer'"),
 ("4", "How many are Hikvision?", "57. These are being phased out by March 2026 under the CCTV renewal programme."),
 ("5", "How many are Dahua?", "0"),
 ("6", "Are there plans to remove Hikvision or Dahua cameras?", "Yes - see answer to Q4."),
]
for i, (n, q, a) in enumerate(qa, start=5):
    ws.cell(i, 1, n); ws.cell(i, 2, q); ws.cell(i, 3, a)
    for c in (1, 2, 3): ws.cell(i, c).alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 70
ws["A13"] = "Internal review: if you are dissatisfied with this response you may request an internal review within 40 working days by emailing foi@hallamshire.gov.example."
ws["A14"] = "If you remain dissatisfied after the internal review you may complain to the Information Commissioner's Office (www.ico.org.uk)."
ws["A15"] = "The information supplied is Council copyright and may be re-used under the Open Government Licence v3.0."

s2 = wb.create_sheet("By site")
s2.append(["Site / area", "Category", "Cameras"])
for c in s2[1]: c.font = b
for r in [("Hallam town centre", "Public space", 96), ("Brigford town centre", "Public space", 64), ("Ashdale town centre", "Public space", 38),
          ("Council buildings (22 premises)", "Corporate property", 74), ("Council car parks (14)", "Car parks", 83),
          ("Depots & HWRCs", "Operational sites", 29), ("Parks & open spaces", "Public space", 28)]:
    s2.append(list(r))
s2.append([]); s2.append(["Total", "", 412]); s2["A10"].font = b; s2["C10"].font = b
s2.column_dimensions["A"].width = 34; s2.column_dimensions["B"].width = 20

s3 = wb.create_sheet("By manufacturer")
s3.append(["Manufacturer", "Cameras"])
for c in s3[1]: c.font = b
for r in [("Axis", 188), ("Hanwha", 121), ("Hikvision", 57), ("Bosch", 46)]:
    s3.append(list(r))
s3.append(["Total", 412]); s3["A6"].font = b
s3.column_dimensions["A"].width = 20
wb.save(reply_path(NN, "xlsx"))
label(NN, "xlsx", "council", "foia", "yes", "no", "answered", [], 412,
      "Three-sheet workbook: Q&A tab points to other tabs; count also given as totals on the site and maker tabs; Hikvision units 'being phased out by March 2026' are still in use.")
