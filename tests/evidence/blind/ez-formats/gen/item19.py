"""19: London borough, .eml with a .docx letter (bold questions) + .xlsx pivot; Dahua answer only in the spreadsheet."""
import io
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from docx import Document
from docx.shared import Pt, Mm
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from common import *

NN = "19"
write_request(NN, """
Dear London Borough of Thamesmead Reach,

Please provide under FOIA:

1. The total number of CCTV cameras operated by the council on its housing estates.
2. The number of cameras on each estate and their exact locations.
3. The manufacturers of these cameras.
4. Are any Hikvision?
5. Are any Dahua?
6. Does the council use any of these cameras for ANPR or facial recognition?

Regards
Kwame Mensah
""")
REF = "LBTR-FOI-13390"

# ------------------------------------------------------------ pivot workbook
makes = ["Avigilon", "Axis", "Dahua", "Hanwha"]
estates = {
    "Abbey Wood Grange":   [0, 12, 18, 0],
    "Belvedere Heights":   [0, 0, 24, 6],
    "Crossness Park":      [16, 4, 0, 0],
    "Erith Marshes Estate": [0, 0, 31, 0],
    "Gallions Court":      [9, 0, 0, 8],
    "Lesnes Rise":         [0, 7, 14, 0],
    "Plumstead Common Flats": [0, 0, 0, 19],
    "Southmere Towers":    [22, 6, 0, 0],
}
grand = sum(sum(v) for v in estates.values())
wb = Workbook()
ws = wb.active
ws.title = "Sheet2"
ws["A1"] = "Status"
ws["B1"] = "Live"
ws["A3"] = "Count of Camera ID"
ws["B3"] = "Column Labels"
ws.append(["Row Labels"] + makes + ["Grand Total"])
for e, v in estates.items():
    ws.append([e] + [x if x else None for x in v] + [sum(v)])
ws.append(["Grand Total"] + [sum(v[i] for v in estates.values()) for i in range(4)] + [grand])
for r in (4, ws.max_row):
    for c in ws[r]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
ws.column_dimensions["A"].width = 26
xbuf = io.BytesIO()
wb.save(xbuf)

# ------------------------------------------------------------ letter docx
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)


def para(text="", bold=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


para("London Borough of Thamesmead Reach", bold=True, size=15)
para("Information Governance, Civic Centre, Riverside Way, London SE28 0QT", size=9)
para("")
para(f"Our reference: {REF}")
para("Date: 03 March 2025")
para("")
para("Dear Mr Mensah")
para("Thank you for your request for information received 4 February 2025. The Council's response is as follows.")
qa = [
    ("1. The total number of CCTV cameras operated by the council on its housing estates.",
     "Please see the attached spreadsheet."),
    ("2. The number of cameras on each estate and their exact locations.",
     "The number of cameras on each estate is provided in the attached spreadsheet. The exact locations of the "
     "cameras are exempt under section 31(1)(a) of the Freedom of Information Act (prevention or detection of "
     "crime). Releasing precise camera positions would reveal blind spots on the estates which could be exploited "
     "by those involved in drug dealing and anti-social behaviour. The public interest test favours withholding."),
    ("3. The manufacturers of these cameras.",
     "See spreadsheet."),
    ("4. Are any Hikvision?", "No."),
    ("5. Are any Dahua?", "Please refer to the spreadsheet."),
    ("6. Does the council use any of these cameras for ANPR or facial recognition?",
     "No. None of the estate cameras have ANPR or facial recognition functionality enabled."),
]
for q, a in qa:
    para(q, bold=True)
    para(a)
para("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
     "Internal review requests should be submitted within two months of the date of receipt of the response to "
     "your original letter and should be addressed to the Information Governance Manager at the address above.")
para("Please remember to quote the reference number above in any future communications.")
para("If you are not content with the outcome of the internal review, you have the right to apply directly to the "
     "Information Commissioner for a decision.")
para("Yours sincerely")
para("")
para("Adaeze Nwosu")
para("Information Governance Officer")
dbuf = io.BytesIO()
doc.save(dbuf)

msg = EmailMessage()
msg["From"] = "Information Governance <foi@thamesmeadreach.gov.uk>"
msg["To"] = "Kwame Mensah <kwame.mensah@outlook.com>"
msg["Subject"] = f"Freedom of Information Request - {REF} - Response"
msg["Date"] = format_datetime(datetime(2025, 3, 3, 16, 5, 12, tzinfo=timezone.utc))
msg["Message-ID"] = "<20250303160512.4471.lbtr-ig@thamesmeadreach.gov.uk>"
msg.set_content("""Dear Mr Mensah,

Please see attached response to your FOI request, along with the accompanying spreadsheet.

Regards,

Information Governance Team
London Borough of Thamesmead Reach

Please consider the environment before printing this email.
""")
msg.add_attachment(dbuf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                   filename=f"{REF} response letter.docx")
msg.add_attachment(xbuf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   filename=f"{REF} estate CCTV.xlsx")
(ROOT / f"{NN}-reply.eml").write_bytes(bytes(msg))

add_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
          body_type="council", law="foia", hikvision="no", dahua="yes", outcome="partially_answered",
          exemptions=["s31"], camera_count=grand,
          note="Letter answers Q1, Q3 and Q5 only with 'see spreadsheet': the count and the Dahua 'yes' are in the attached pivot (makes as columns, Grand Total); exact locations withheld s31.")
print(grand)
