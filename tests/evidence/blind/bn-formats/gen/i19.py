from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm

NN = "19"
write_request(NN, """
Dear Avon Fire & Rescue Service,

Under the Freedom of Information Act 2000, please tell me about the body-worn video cameras used by your staff:

1. How many body-worn cameras does the Service have?
2. What make and model are they?
3. Are any of them made by Hikvision or Dahua?
4. What was the total cost of purchasing them?

Thank you,
Gemma Lyle
""")
buf = io.BytesIO()
ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=24*mm, rightMargin=24*mm, title="FOI 2024-112 response")
S = [Paragraph(t, b) for t in [
 "<font size=14><b>Avon Fire &amp; Rescue Service</b></font><br/>Service Headquarters, Temple Back, Bristol BS1 6EU",
 "Freedom of Information Request: <b>AFRS FOI 2024-112</b><br/>Date: 15 May 2024",
 "Dear Ms Lyle,",
 "We have now considered your request for information dated 17 April 2024 and respond as follows.",
 "<b>1. How many body-worn cameras does the Service have?</b><br/>The Service has 46 body-worn cameras. These are issued to "
 "operational crews at stations with the highest number of recorded incidents of violence and aggression towards "
 "firefighters, and to fire investigation officers.",
 "<b>2. What make and model are they?</b><br/>Reveal Media D-series (D5 and D7), managed through the DEMS 360 software.",
 "<b>3. Are any of them made by Hikvision or Dahua?</b><br/>No.",
 "<b>4. What was the total cost of purchasing them?</b><br/>£21,390 (ex VAT), including docking stations and a three-year "
 "software licence, funded from the 2022/23 capital programme.",
 "For clarity, this response covers body-worn video only. The fixed CCTV systems at our stations and headquarters "
 "(around 160 cameras) and vehicle-mounted cameras are outside the scope of your request.",
 "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review by writing to "
 "the Information Governance Manager at the address above within 40 working days. If you remain dissatisfied you may apply "
 "to the Information Commissioner for a decision.",
 "Yours sincerely,<br/><br/>Information Governance Team<br/>foi@avonfire.gov.uk"]]
doc.build(S)

m = EmailMessage()
m["From"] = "AF&RS Information Governance <foi@avonfire.gov.uk>"
m["To"] = "Gemma Lyle <g.lyle@outlook.com>"
m["Subject"] = "Freedom of Information Request AFRS FOI 2024-112"
m["Date"] = format_datetime(datetime.datetime(2024, 5, 15, 14, 20, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<20240515142011.AFRS112@avonfire.gov.uk>"
m.set_content("""Dear Ms Lyle,

Please find attached the Service's response to your Freedom of Information request.

Kind regards

Information Governance Team
Avon Fire & Rescue Service
""")
m.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="AFRS FOI 2024-112 Response.pdf")
with open(out(f"{NN}-reply.eml"), "wb") as f: f.write(bytes(m))
add_label(NN, "eml", "fire", "foia", "no", "no", "answered", [], 46,
          "Answer only in an attached PDF under a two-line covering body; request is about body-worn video (46), station CCTV 'around 160' is an out-of-scope distractor.")
