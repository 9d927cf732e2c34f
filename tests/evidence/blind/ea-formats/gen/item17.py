from common import *
import io
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from docx import Document
from docx.shared import Pt

NN = "17"
req = """Dear East Midlands Ambulance Service NHS Trust,

Under the Freedom of Information Act please could you tell me:

1. How many CCTV cameras are installed at the Trust's ambulance stations, hubs and offices?
2. What manufacturer(s) are they?
3. Are any of them Hikvision (including HiLook / HiWatch) or Dahua?
4. How many ambulances have vehicle CCTV fitted?

Thank you,
Nadia Ferencz
"""
write_request(NN, req)

d = Document(); d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10.5)
def p(t, b=False):
    para = d.add_paragraph(); r = para.add_run(t); r.bold = b; return para
p("East Midlands Ambulance Service NHS Trust", True)
p("Trust Headquarters, 1 Horizon Place, Mellors Way, Nottingham Business Park, Nottingham NG8 6PY")
p("Freedom of Information Response\nReference: EMAS/FOI/24/0741\nDate of response: 19 August 2024")
p("Request", True)
p("1. How many CCTV cameras are installed at the Trust's ambulance stations, hubs and offices?\n"
  "2. What manufacturer(s) are they?\n"
  "3. Are any of them Hikvision (including HiLook / HiWatch) or Dahua?\n"
  "4. How many ambulances have vehicle CCTV fitted?")
p("Response", True)
p("Q1. There are 146 CCTV cameras across 31 Trust sites.")
p("Q2. Avigilon and Hanwha at the hubs and Trust Headquarters. Stations at Lincoln, Boston and Skegness have "
  "HiLook systems which were inherited when these stations were refurbished.")
p("Q3. Please see Q2. No Dahua equipment is in use.")
p("Q4. All 412 front-line ambulances are fitted with vehicle CCTV (six cameras per vehicle) as standard.")
p("If you are not satisfied with the response you may request an internal review by contacting "
  "emas.foi@nhs.net within 40 working days. If you remain dissatisfied you may complain to the Information "
  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p("Information Governance Team")
buf = io.BytesIO(); d.save(buf)

m = EmailMessage()
m["From"] = "EMAS FOI (EAST MIDLANDS AMBULANCE SERVICE NHS TRUST) <emas.foi@nhs.net>"
m["To"] = "nadia.ferencz@outlook.com"
m["Subject"] = "FOI Response - EMAS/FOI/24/0741"
m["Date"] = format_datetime(datetime(2024, 8, 19, 11, 2, 55, tzinfo=timezone(timedelta(hours=1))))
m["Message-ID"] = "<DB9PR07MB8721E4A0C3@DB9PR07MB8721.eurprd07.prod.outlook.com>"
text = ("Dear Ms Ferencz,\n\nPlease find attached the Trust's response to your Freedom of Information request.\n\n"
        "Kind regards\n\nFOI Team\nInformation Governance\nEast Midlands Ambulance Service NHS Trust\n\n"
        "********************************************************************************\n"
        "This message may contain confidential and privileged information. If you are not the intended recipient "
        "please accept our apologies; please do not disclose, copy or distribute information in this e-mail.\n"
        "********************************************************************************\n")
m.set_content(text)
m.add_alternative("<html><body><p>Dear Ms Ferencz,</p><p>Please find attached the Trust's response to your Freedom "
                  "of Information request.</p><p>Kind regards</p><p>FOI Team<br>Information Governance<br>East Midlands "
                  "Ambulance Service NHS Trust</p><hr><p style='font-size:8pt'>This message may contain confidential "
                  "and privileged information.</p></body></html>", subtype="html")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="EMAS FOI 24-0741 Response.docx")
out = ROOT / f"{NN}-reply.eml"; out.write_bytes(bytes(m))
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="eml", body_type="nhs", law="foia",
    hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=146,
    note="The answer is only in an attached .docx; Hikvision appears only as its HiLook brand; vehicle CCTV (412 ambulances) must not be counted.")
