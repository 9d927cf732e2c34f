from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, io
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "08"
write_request(NN, """
Dear Sir/Madam

Under the Freedom of Information Act please tell me:

1. How many CCTV cameras are installed at your fire stations and headquarters?
2. Are any of these cameras made by Hikvision or Dahua?
3. If yes, please state how many and at which stations.
4. Have any cameras been replaced in the past three years because of security concerns?

Many thanks
R. Achterberg
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Verdana"; st.font.size = Pt(10)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Westmoor Fire and Rescue Service\tFreedom of Information Response"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Westmoor Fire & Rescue Service, Service Headquarters, Brigade Way, Kelsford KF1 2BW  |  OFFICIAL"
fp.runs[0].font.size = Pt(7); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph(); r = p.add_run("FREEDOM OF INFORMATION ACT 2000"); r.bold = True; r.font.size = Pt(12)
t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
for i, (a, b) in enumerate([("Request reference", "WFRS/FOI/25/031"), ("Date received", "03/02/2025"),
                            ("Date of response", "27/02/2025")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
doc.add_paragraph()
doc.add_paragraph("Thank you for your request for information. Westmoor Fire and Rescue Service (WFRS) "
                  "has considered your request and the information is provided below.")
qa = [("1. How many CCTV cameras are installed at your fire stations and headquarters?",
       "There are 57 CCTV cameras across our 22 fire stations, Service Headquarters and the Training Centre "
       "at Rookfield. Not all stations have CCTV."),
      ("2. Are any of these cameras made by Hikvision or Dahua?", "Yes."),
      ("3. If yes, please state how many and at which stations.",
       "19 cameras, located at Ashby Road, Grantley, Millbeck and Thornwell fire stations. These are "
       "Hikvision units installed in 2017/18 when the stations were refurbished."),
      ("4. Have any cameras been replaced in the past three years because of security concerns?", "No.")]
t = doc.add_table(rows=len(qa) + 1, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "Question"; t.cell(0, 1).text = "Response"
for c in (0, 1):
    t.cell(0, c).paragraphs[0].runs[0].bold = True
for i, (q, a) in enumerate(qa, start=1):
    t.cell(i, 0).text = q; t.cell(i, 1).text = a
for row in t.rows:
    row.cells[0].width = Cm(7); row.cells[1].width = Cm(9)
doc.add_paragraph()
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for "
                  "an internal review. Requests should be made within 40 working days to "
                  "foi@westmoor-fire.gov.uk. If you remain dissatisfied you may complain to the Information "
                  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Information Governance Team\nWestmoor Fire and Rescue Service")
buf = io.BytesIO(); doc.save(buf)
with open(os.path.join(os.path.dirname(__file__), "item08-attachment.docx"), "wb") as f:
    f.write(buf.getvalue())

msg = EmailMessage()
msg["From"] = "FOI <foi@westmoor-fire.gov.uk>"
msg["To"] = "r.achterberg@example.net"
msg["Subject"] = "Freedom of Information Request - WFRS/FOI/25/031"
msg["Date"] = format_datetime(datetime.datetime(2025, 2, 27, 9, 41, 3, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = "<20250227094103.5531@westmoor-fire.gov.uk>"
msg.set_content("""Good morning,

Please find attached the Service's response to your Freedom of Information request.

Kind regards

Carla Denholm
Information Governance Assistant
Westmoor Fire and Rescue Service
Tel: 01632 960 115

Making Westmoor safer - follow us @WestmoorFire

This e-mail is confidential and intended for the addressee only. Westmoor Fire and Rescue Service monitors e-mails to ensure compliance with its policies.
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                   filename="WFRS-FOI-25-031 Response.docx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))

add_label(dict(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
               body_type="fire", law="foia", hikvision="yes", dahua="unknown", outcome="answered",
               exemptions=[], camera_count=57,
               note="Answer is in an attached Word table; 'Yes' to the joint maker question, only Hikvision named afterwards."))
