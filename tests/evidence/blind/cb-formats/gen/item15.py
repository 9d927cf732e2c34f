from common import *
import io, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from docx import Document
from docx.shared import Pt

NN = "15"
write_request(NN, """
Dear Avon and Somerset Constabulary,

Please provide the following information about body worn video (BWV):

1. How many body worn cameras does the force currently have issued or available for issue?
2. Who is the manufacturer / supplier?
3. Are any of your body worn cameras made by Hikvision or Dahua?
4. What is the annual cost of the BWV contract?
5. Where is the footage stored?

Yours faithfully
Imran Qureshi
""")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.add_paragraph().add_run("Avon and Somerset Constabulary - Freedom of Information Response").bold = True
doc.add_paragraph("Request reference: 2425-01983\nResponse date: 18/02/2025")
qa = [
    ("1. How many body worn cameras does the force currently have issued or available for issue?",
     "The force currently has 2,315 body worn video cameras in its fleet. This figure includes devices held in pooled "
     "docking stations at stations for shared use."),
    ("2. Who is the manufacturer / supplier?", "Motorola Solutions (VB400 and VB400 with LTE)."),
    ("3. Are any of your body worn cameras made by Hikvision or Dahua?", "No."),
    ("4. What is the annual cost of the BWV contract?",
     "This information is exempt under section 43(2) (commercial interests). Please see the explanation below."),
    ("5. Where is the footage stored?",
     "Footage is uploaded to Motorola VideoManager EL and then transferred to the force's digital evidence management system."),
]
for q, a in qa:
    p = doc.add_paragraph(); p.add_run(q).bold = True
    doc.add_paragraph(a)
doc.add_paragraph().add_run("Section 43(2) - Commercial interests").bold = True
doc.add_paragraph("Section 43(2) provides that information is exempt if its disclosure would, or would be likely to, "
                  "prejudice the commercial interests of any person (including the public authority holding it). The "
                  "contract is subject to re-tender during 2025 and release of the annual cost would be likely to "
                  "prejudice the force's negotiating position and the supplier's competitive position. Having "
                  "considered the public interest, the force has concluded that the balance lies in withholding the "
                  "information.")
doc.add_paragraph("Avon and Somerset Constabulary provides you with the right to request an internal review of this "
                  "response. Requests must be made within 40 working days. If you remain dissatisfied you may apply "
                  "to the Information Commissioner.")
doc.add_paragraph("Freedom of Information Team\nAvon and Somerset Constabulary, PO Box 37, Valley Road, Portishead, Bristol BS20 8QJ")
buf = io.BytesIO(); doc.save(buf)

msg = EmailMessage()
msg["From"] = "Freedom of Information <foi@avonandsomerset.example.police.uk>"
msg["To"] = "imran.qureshi.foi@example.com"
msg["Subject"] = "Freedom of Information Request 2425-01983"
msg["Date"] = format_datetime(datetime.datetime(2025, 2, 18, 11, 3, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = make_msgid(domain="avonandsomerset.example.police.uk")
msg.set_content("""OFFICIAL

Good morning,

Please find attached the response to your Freedom of Information request.

Regards

FOI Team
Avon and Somerset Constabulary

This email and any attachments are confidential and intended solely for the person or entity to whom it is addressed. Any views or opinions expressed are solely those of the author and do not necessarily represent those of Avon and Somerset Constabulary.
""")
msg.add_attachment(buf.getvalue(), maintype="application",
                   subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="2425-01983 Response.docx")
(OUT / f"{NN}-reply.eml").write_bytes(bytes(msg))
label(NN, "eml", "police", "foia", "no", "no", "partially_answered", ["s43"], 2315,
      "Body-worn video request: answer in attached docx; count is of body-worn devices; contract cost withheld under s43.")
