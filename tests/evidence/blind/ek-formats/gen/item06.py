from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import *
NN = "06"
write_request(NN, """
Dear University of North Tyneside,

Under FOIA 2000 I request:

Q1 - the number of CCTV cameras on university property including halls of residence
Q2 - whether any are made by Hikvision (incl. HiLook / HiWatch)
Q3 - whether any are made by Dahua
Q4 - whether the University uses facial recognition or ANPR
Q5 - the annual cost of the CCTV maintenance contract and the name of the contractor

Kind regards,
Ewan Hartley
""")
wb = Workbook(); ws = wb.active; ws.title = "FOI 24-118"
ws["A1"] = "University of North Tyneside – Freedom of Information response"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Request ref: FOI 24-118    Received: 22/07/2024    Responded: 16/08/2024"
ws["A3"] = "Prepared by: Records & Information Compliance, Estates & Campus Services"
hdr = ["Q", "Information requested", "Response"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="4B2E83")
rows = [
 ("Q1", "Number of CCTV cameras on university property incl. halls", "c. 1,150 cameras (all campuses and university-managed halls). Privately operated halls (e.g. Quayside Point) are not included."),
 ("Q2", "Any made by Hikvision (incl HiLook / HiWatch)?", "Yes - 203 units in halls of residence and the Sports Centre car park. These are scheduled for replacement by December 2026 under the Campus Security Upgrade programme."),
 ("Q3", "Any made by Dahua?", "No"),
 ("Q4", "Facial recognition or ANPR?", "No facial recognition. ANPR is used at the entry barriers of two staff car parks (Coach Lane and Ellison Place)."),
 ("Q5", "Annual cost of maintenance contract and contractor", "Contractor: Tynegate Security Services Ltd. The annual contract value is withheld under s.43(2) FOIA (commercial interests) – see Notes tab."),
]
for r, row in enumerate(rows, 6):
    for cidx, v in enumerate(row, 1):
        c = ws.cell(row=r, column=cidx, value=v); c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 45; ws.column_dimensions["C"].width = 90
n = wb.create_sheet("Notes")
notes = [
 "Section 43(2) – commercial interests",
 "The University considers that disclosure of the contract value would be likely to prejudice the commercial interests of both the University and its contractor, as the contract is due for re-tender in 2025. In applying the public interest test we recognised the interest in transparency about the use of public funds but concluded that this is outweighed by the interest in securing best value in the forthcoming procurement.",
 "",
 "Internal review",
 "If you are dissatisfied with this response you may request an internal review by emailing foi@unt.ac.uk within 40 working days.",
 "Information Commissioner",
 "If you remain dissatisfied after the internal review you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
]
for i, v in enumerate(notes, 1):
    n.cell(row=i, column=1, value=v).alignment = Alignment(wrap_text=True)
n.column_dimensions["A"].width = 120
wb.save(out(f"{NN}-reply.xlsx"))
label(NN, "xlsx", "xlsx", "university", "foia", "yes", "no", "partially_answered", ["s43"], 1150,
      "Approximate count 'c. 1,150'; Hikvision units still in use though due for replacement by a future date; s43 reasoning on a second sheet.")
