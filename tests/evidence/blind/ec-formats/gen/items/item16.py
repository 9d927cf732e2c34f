import sys, os, io
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side

NN = "16"
REQ = """
Dear London Borough of Lewisham,

Under the Freedom of Information Act 2000, please tell me:

1. The total number of CCTV cameras operated by the council, both public space CCTV and cameras at council buildings (offices, libraries, leisure centres, depots).
2. For each, the manufacturer.
3. Whether any are manufactured by Hikvision or Dahua.

Yours faithfully
Kwabena Asante-Mensah
"""

public = [
    ("Lewisham town centre", "Lewisham Central", 46, "Hikvision"),
    ("Catford town centre", "Rushey Green", 38, "Hikvision"),
    ("Deptford High Street", "Deptford", 27, "Dahua"),
    ("New Cross Gate", "New Cross Gate", 19, "Dahua"),
    ("Sydenham / Kirkdale", "Sydenham", 22, "Hikvision"),
    ("Forest Hill station approach", "Forest Hill", 14, "Hikvision"),
    ("Brockley Cross", "Brockley", 11, "Dahua"),
    ("Downham Way", "Downham", 18, "Hikvision"),
    ("Bellingham", "Bellingham", 15, "Dahua"),
    ("Blackheath village", "Blackheath", 9, "Bosch"),
    ("Ladywell Fields / Hilly Fields", "Ladywell", 13, "Bosch"),
    ("Evelyn estate", "Evelyn", 24, "Dahua"),
    ("Pepys estate", "Evelyn", 28, "Hikvision"),
    ("Redeployable cameras", "Borough-wide", 28, "Hikvision / Dahua"),
]
corp = [
    ("Laurence House (civic offices)", 34, "Axis"),
    ("Lewisham Library", 12, "Axis"),
    ("Deptford Lounge", 16, "Axis"),
    ("Catford Broadway Theatre", 9, "Hikvision"),
    ("Wearside Service Centre (depot)", 27, "Hikvision"),
    ("Downham Health & Leisure Centre", 18, "Axis"),
    ("Glass Mill Leisure Centre", 21, "Axis"),
    ("Forest Hill Pools", 8, "Hikvision"),
]
pt = sum(r[2] for r in public); ct = sum(r[1] for r in corp)

wb = Workbook()
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ws = wb.active; ws.title = "Covering note"
for i, t in enumerate([
    "London Borough of Lewisham - Freedom of Information response",
    "Case ref: LBL-FOI-25-04471",
    "",
    "Q1: The number of cameras is given on the 'Public space' and 'Corporate buildings' tabs.",
    "Q2: The manufacturer is shown against each location.",
    "Q3: See Q2.",
    "",
    "Cameras at Lewisham Homes managed housing blocks are included under Public space only where they are connected to the council's control room (Evelyn and Pepys estates).",
    "Figures are as at 31 March 2025.",
], 1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=12)
ws.column_dimensions["A"].width = 110

ws = wb.create_sheet("Public space")
ws.append(["Location", "Ward", "Number of cameras", "Manufacturer"])
for r in public:
    ws.append(list(r))
ws.append(["Total", "", pt, ""])
for c in ws[1]: c.font = Font(bold=True); c.fill = hdr_fill
for c in ws[ws.max_row]: c.font = Font(bold=True)
for col, w in zip("ABCD", [34, 18, 18, 20]): ws.column_dimensions[col].width = w

ws = wb.create_sheet("Corporate buildings")
ws.append(["Building", "Number of cameras", "Manufacturer"])
for r in corp:
    ws.append(list(r))
ws.append(["Total", ct, ""])
for c in ws[1]: c.font = Font(bold=True); c.fill = hdr_fill
for c in ws[ws.max_row]: c.font = Font(bold=True)
for col, w in zip("ABC", [36, 18, 18]): ws.column_dimensions[col].width = w

b = io.BytesIO(); wb.save(b)

BODY = """Dear Mr Asante-Mensah

Freedom of Information request LBL-FOI-25-04471

Thank you for your request which was received on 10 April 2025. Please find the response attached as an Excel spreadsheet.

If you are dissatisfied with this response, you can request an internal review by replying to this email within two months (40 working days). If you remain dissatisfied after the review, you can contact the Information Commissioner's Office at www.ico.org.uk.

Kind regards

Information Governance
London Borough of Lewisham
Laurence House, 1 Catford Road, London SE6 4RU
"""
msg = email_base("Lewisham FOI <foi@lewisham.example.gov.uk>", "Kwabena Asante-Mensah <kam.research@example.com>",
                 "FOI LBL-FOI-25-04471 - CCTV cameras", dt(2025, 5, 8, 10, 30), "<LBL-FOI-25-04471@lewisham.example.gov.uk>")
msg.set_content(BODY)
attach(msg, b.getvalue(), "LBL-FOI-25-04471 CCTV.xlsx")
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
print("public", pt, "corp", ct, "total", pt + ct)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="council",
            law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=pt + ct,
            note="Answer is in an attached .xlsx with a covering-note sheet; the total must be added across two sheets each with its own Total row, and no grand total is given.")
