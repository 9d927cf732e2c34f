from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

NN = "17"
write_request(NN, """
Dear Fellhaven National Park Authority,

Could you please tell me under FOI:

Q1. How many CCTV cameras does the Authority operate (visitor centres, car parks, offices etc.)?
Q2. Are any of them manufactured by Hikvision or Dahua?
Q3. Where are the cameras located (general locations are fine)?
Q4. Is any of the footage shared with the police automatically?

Thanks,
Jon Pellow
""")

wb = Workbook(); ws = wb.active; ws.title = "FOI response"
ws["A1"] = "Fellhaven National Park Authority - FOI 2024/112"; ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["No.", "Question", "Answer"])
for c in "ABC":
    ws[f"{c}3"].font = Font(bold=True, color="FFFFFF"); ws[f"{c}3"].fill = PatternFill("solid", fgColor="3A6B35")
data = [
    ("Q1", "How many CCTV cameras does the Authority operate (visitor centres, car parks, offices etc.)?", 23),
    ("Q2", "Are any of them manufactured by Hikvision or Dahua?", "No"),
    ("Q3", "Where are the cameras located (general locations are fine)?",
     "Knott End Visitor Centre (7), Skelbeck Visitor Centre (5), Authority Offices, Bowden Bridge (6), "
     "Tarn Foot and Skelbeck pay & display car parks (5)"),
    ("Q4", "Is any of the footage shared with the police automatically?",
     "No. Footage is only disclosed to the police on request, in line with the Authority's CCTV Policy, and "
     "each disclosure is logged."),
]
for r in data:
    ws.append(list(r))
for row in ws.iter_rows(min_row=4, max_row=7):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 50; ws.column_dimensions["C"].width = 60
ws["A9"] = "Date of response: 18/04/2024"
ws["A10"] = ("Internal review: foi@fellhaven-npa.gov.uk within 40 working days. Information Commissioner: "
             "ico.org.uk/make-a-complaint")
buf = io.BytesIO(); wb.save(buf)

msg = EmailMessage()
msg["From"] = "Fellhaven NPA - Information Requests <foi@fellhaven-npa.gov.uk>"
msg["To"] = "Jon Pellow <jpellow@example.org>"
msg["Subject"] = "Your FOI request 2024/112 - CCTV"
msg["Date"] = format_datetime(datetime.datetime(2024, 4, 18, 15, 27, 55, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
msg["Message-ID"] = "<0f3a9b1d-77c1-4a0e-9f2e-1b7e35c8d441@fellhaven-npa.gov.uk>"
msg.set_content("""Dear Mr Pellow

Thank you for your request for information received on 22 March 2024.

Please find our response attached as a spreadsheet.

Regards

Siân Holroyd
Corporate Services Officer
Fellhaven National Park Authority
Bowden Bridge, Kendal Road, Fellhaven LA9 4XX
01539 960 208

Please consider the environment before printing this email.
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   filename="FOI 2024-112 response.xlsx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))

add_label(dict(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
               body_type="other", law="foia", hikvision="no", dahua="no", outcome="answered",
               exemptions=[], camera_count=23,
               note="E-mail body says only 'see attached'; the answers are in an attached spreadsheet, with a bare 'No' to the joint maker question."))
