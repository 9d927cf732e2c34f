import io
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from docx import Document
from docx.shared import Pt
from common import out, write_request, add_label

NN = "18"
write_request(NN, """
Dear Northumbria Fells Police

Request under FOIA about body worn video (BWV):

1. How many body worn video cameras does the force have?
2. Who is the manufacturer of the BWV cameras?
3. Are any of the BWV cameras made by Hikvision?
4. Are any made by Dahua?
5. Where is BWV footage stored (on premises or cloud)?
6. What did the force pay for BWV in 2023/24?

Thank you
Graham Pike
""")

d = Document()
d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
d.sections[0].header.paragraphs[0].text = "OFFICIAL"
d.sections[0].footer.paragraphs[0].text = "Northumbria Fells Police – Freedom of Information – Ref 1187/2024"
d.add_heading("Freedom of Information Request 1187/2024", level=1)
d.add_paragraph("Subject: Body Worn Video\nDate of response: 04 December 2024")
d.add_paragraph("Northumbria Fells Police has considered your request and the response is shown below. "
                "Section 1 of the Act places two duties on public authorities: to confirm whether information is "
                "held and, if so, to communicate it. Please find the answers below.")
t = d.add_table(rows=7, cols=3); t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "Q", "Request", "Response"
qs = ["How many body worn video cameras does the force have?",
      "Who is the manufacturer of the BWV cameras?",
      "Are any of the BWV cameras made by Hikvision?",
      "Are any made by Dahua?",
      "Where is BWV footage stored (on premises or cloud)?",
      "What did the force pay for BWV in 2023/24?"]
for i, q in enumerate(qs, 1):
    t.rows[i].cells[0].text = str(i)
    t.rows[i].cells[1].text = q
t.rows[1].cells[2].text = "1,450 (1,312 personal issue and 138 pool devices)."
m1 = t.rows[2].cells[2].merge(t.rows[4].cells[2])
m1.text = "All BWV devices in use are the Motorola Solutions VB400. The force has no BWV from any other manufacturer."
t.rows[5].cells[2].text = "Footage is uploaded via docking stations to the Motorola VideoManager EL system hosted in force data centres."
t.rows[6].cells[2].text = "£212,640 (support, licences and replacement units)."
d.add_paragraph("")
d.add_paragraph("Should you have any further enquiries concerning this matter, please write or contact the "
                "Freedom of Information Team on 01434 960 501 or by e-mail foi@nfells.police.uk, quoting the "
                "reference number above.")
d.add_paragraph("Complaint Rights: You have the right to request an internal review of this decision within 40 "
                "working days. If you remain dissatisfied, you may complain to the Information Commissioner.")
d.add_paragraph("Yours sincerely\nHannah Blenkinsop\nFOI Practitioner")
buf = io.BytesIO(); d.save(buf)

m = EmailMessage()
m["From"] = "FOI <foi@nfells.police.uk>"
m["To"] = "graham.pike@example.net"
m["Subject"] = "FOI 1187/2024 - Body Worn Video - Final response"
m["Date"] = format_datetime(datetime(2024, 12, 4, 10, 12, tzinfo=timezone.utc))
m["Message-ID"] = "<foi1187-2024@nfells.police.uk>"
m.set_content("Dear Mr Pike,\n\nPlease find attached our response to your recent Freedom of Information request.\n\n"
              "Regards\n\nFreedom of Information Team\nNorthumbria Fells Police\n\n"
              "OFFICIAL - This email and any attachments are intended only for the addressee.\n")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="1187-2024 Response.docx")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml-attachment-docx",
           "body_type": "police", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 1450,
           "note": "body-worn-only request, answer in attached docx; one merged cell answers Q2-Q4 (sole maker Motorola); count written '1,450'"})
