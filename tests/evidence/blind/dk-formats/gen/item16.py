import io
from docx import Document
from docx.shared import Pt
from common import out, add_label, make_eml

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("THURNLEY DISTRICT COUNCIL"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Freedom of Information Response")
doc.add_paragraph("Reference: TDC-FOI-4471\nDate of request: 2 August 2024\nDate of response: 29 August 2024")
doc.add_paragraph("Requester: Mr A Pearce")
for q, a in [("Question 1 - How many CCTV cameras does the council operate?", "41"),
             ("Question 2 - Are any of the council's CCTV cameras manufactured by Hikvision?", "No"),
             ("Question 3 - Are any of the council's CCTV cameras manufactured by Dahua?", "No"),
             ("Question 4 - What are the makes of the council's CCTV cameras?", "Axis and Hanwha"),
             ("Question 5 - Do any of the cameras record audio?", "No. Audio recording is disabled on all cameras.")]:
    p = doc.add_paragraph(); p.add_run(q).bold = True
    doc.add_paragraph(a)
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
                  "Internal review requests should be submitted within 40 working days of the date of receipt of the response to "
                  "your original letter and should be addressed to: Legal Services Manager, Thurnley District Council, Market Place, "
                  "Thurnley TN8 1AA. If you are not content with the outcome of the internal review, you have the right to apply "
                  "directly to the Information Commissioner for a decision.")
buf = io.BytesIO(); doc.save(buf)

body = """Dear Mr Pearce,

Freedom of Information request - reference TDC-FOI-4471

Please find attached the Council's response to your Freedom of Information request.

Regards,

Information Governance Team
Thurnley District Council
Market Place, Thurnley TN8 1AA
Tel: 01632 960 640

-----
This email and any files transmitted with it are confidential and intended solely for the use of the individual or
entity to whom they are addressed. If you have received this email in error please notify the sender. Thurnley
District Council may monitor email traffic data and the content of email for the purposes of security and staff training.
"""
make_eml("16-reply.eml", "Information Governance <foi@thurnley.gov.uk>", "Alan Pearce <a.pearce.requests@example.net>",
         "RE: Freedom of Information request - CCTV cameras [TDC-FOI-4471]", "Thu, 29 Aug 2024 11:06:41 +0100", body,
         [("TDC-FOI-4471 Response.docx", buf.getvalue(), "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")],
         msgid="<PR3P192MB0871A4C2E7@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>")
add_label(path="16-reply.eml", request_file="16-request.txt", format="eml", body_type="council", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=41,
          note="E-mail body says only 'please find attached'; every answer is in the base64 .docx attachment.")
