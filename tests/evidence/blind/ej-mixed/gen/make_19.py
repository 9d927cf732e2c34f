from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import pathlib, io
from docx import Document
from docx.shared import Pt
here = pathlib.Path(__file__).resolve().parent.parent

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
d.add_paragraph("HUMBERDALE POLICE").runs[0].bold = True
d.add_paragraph("Freedom of Information Decision Unit\nPolice Headquarters, Priory Road, Wetherfield, HU17 4DQ")
d.add_paragraph("Request Reference: FOI-0345-24\nDate: 14 March 2024")
d.add_paragraph("Dear Mr Ferrars")
d.add_paragraph("Thank you for your request for information received on 16 February 2024. Humberdale Police has now completed its searches. "
                "Some of the information you requested is held and is provided below. Some information is exempt from disclosure, "
                "and this letter acts as a Refusal Notice under section 17 of the Act in respect of that information.")
t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Question"; t.rows[0].cells[1].text = "Response"
rows = [
 ("Q1 How many fixed ANPR cameras does the force operate?",
  "212"),
 ("Q2 Where are they located (road names or grid references)?",
  "Exempt - sections 24(1) and 31(1)(a)(b). See below."),
 ("Q3 Who manufactures the force's ANPR cameras, and are any of them made by Hikvision or Dahua?",
  "None of the force's ANPR cameras are manufactured by Hikvision or Dahua. The names of the manufacturers and suppliers are withheld under sections 24(1) and 31(1)(a)(b)."),
 ("Q4 How many ANPR reads did the force's cameras record in 2023?",
  "Approximately 187 million reads were submitted to the National ANPR Service from the force's fixed cameras in 2023."),
]
for q, a in rows:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
d.add_paragraph("")
d.add_paragraph("Reasons for decision").runs[0].bold = True
d.add_paragraph("Section 24(1) (National Security) and Section 31(1)(a)(b) (Law Enforcement) are qualified, prejudice-based exemptions. "
  "ANPR is used to detect, deter and disrupt criminality, including serious and organised crime and terrorism. Disclosure of camera locations "
  "would allow those intent on criminal activity to plan routes which avoid the network. Disclosure of the manufacturers of the cameras would "
  "identify equipment against which technical attacks could be directed. The public interest in transparency is met by the publication of "
  "national guidance on ANPR and the National ANPR Standards for Policing and Law Enforcement (NASPLE). On balance the public interest favours "
  "maintaining the exemptions.")
d.add_paragraph("Your right to complain").runs[0].bold = True
d.add_paragraph("If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the "
  "Freedom of Information Decision Unit at the address above. If you remain dissatisfied you may apply to the Information Commissioner.")
d.add_paragraph("Yours sincerely\n\nKaren Thewlis\nDecision Maker")
buf = io.BytesIO(); d.save(buf)

m = EmailMessage()
m["From"] = "Freedom of Information <foi@humberdale.police.uk>"
m["To"] = "Benedict Ferrars <bferrars@outlook.com>"
m["Subject"] = "FOI-0345-24 - Your request for information - ANPR"
m["Date"] = format_datetime(datetime(2024, 3, 14, 11, 57, tzinfo=timezone.utc))
m["Message-ID"] = "<FOI034524.resp.1710417420@humberdale.police.uk>"
m.set_content("""Dear Mr Ferrars

Please find attached our response to your Freedom of Information request, reference FOI-0345-24.

Regards

Freedom of Information Decision Unit
Humberdale Police

*** OFFICIAL ***
This email and any attachments are intended for the named recipient only. If you have received it in error please notify the sender and delete it. All email traffic may be subject to recording and/or monitoring in accordance with relevant legislation.
""")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="FOI-0345-24 Response.docx")
(here / "19-reply.eml").write_bytes(bytes(m))
