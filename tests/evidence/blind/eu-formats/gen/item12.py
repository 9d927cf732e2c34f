import io
from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = Document()
d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10.5)
h = d.add_paragraph(); r = h.add_run("Pennine Lakes Teaching Hospitals NHS Trust"); r.bold = True; r.font.size = Pt(14)
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.add_paragraph("Freedom of Information Response").alignment = WD_ALIGN_PARAGRAPH.CENTER
meta = d.add_table(rows=3, cols=2); meta.style = "Table Grid"
for i, (k, v) in enumerate([("FOI Reference", "PLT-FOI-5521"), ("Date received", "03/02/2025"), ("Date of response", "28/02/2025")]):
    meta.cell(i, 0).text = k; meta.cell(i, 1).text = v
d.add_paragraph()
qa = [
 ("Question", "Response"),
 ("1. How many CCTV cameras does the Trust have across all its sites?", "1,034"),
 ("2. Do you use Hikvision or Dahua cameras?", "No"),
 ("3. Please provide the location of each camera (site and ward/department).",
  "Information withheld – exemption applied. Section 31(1)(a) and Section 38(1)(b) – please see explanation below."),
 ("4. Do any of the cameras use facial recognition?", "No"),
 ("5. Which company maintains the CCTV system?", "Secure Vision North West Ltd (contract runs to 31/03/2027)"),
]
t = d.add_table(rows=len(qa), cols=2); t.style = "Table Grid"
for i, (q, a) in enumerate(qa):
    t.cell(i, 0).text = q; t.cell(i, 1).text = a
    if i == 0:
        for c in (0, 1):
            t.cell(i, c).paragraphs[0].runs[0].bold = True
for row in t.rows:
    row.cells[0].width = Cm(9); row.cells[1].width = Cm(8)
d.add_paragraph()
d.add_paragraph().add_run("Exemptions applied to Question 3").bold = True
d.add_paragraph("Section 31(1)(a) – Law enforcement. Disclosure of the precise location of each CCTV camera would identify areas of our hospitals "
                "that are not covered by CCTV and would be likely to prejudice the prevention and detection of crime, including theft of "
                "drugs and equipment and violence against staff.")
d.add_paragraph("Section 38(1)(b) – Health and safety. Some cameras are located in secure mental health and dementia wards and in the Emergency "
                "Department. Disclosure of their locations would be likely to endanger the safety of patients, staff and visitors.")
d.add_paragraph("Both exemptions are subject to the public interest test. Whilst the Trust acknowledges the public interest in openness about "
                "surveillance in healthcare settings, which it has met by disclosing the number of cameras, it considers that the public "
                "interest in maintaining the exemptions outweighs the public interest in disclosing camera locations.")
d.add_paragraph().add_run("Re-use of information").bold = True
d.add_paragraph("The information supplied to you is owned by the Trust and continues to be protected by the Copyright, Designs and Patents Act 1988. "
                "You are free to use it for your own purposes, including for private study and non-commercial research.")
d.add_paragraph().add_run("Complaints").bold = True
d.add_paragraph("If you are unhappy with this response you may ask for an internal review by contacting the Information Governance Manager at "
                "plth.foi@nhs.example.net within 40 working days. You also have the right to complain to the Information Commissioner's Office.")
buf = io.BytesIO(); d.save(buf)

body = """Dear Mr Ola,

Please find attached the Trust's response to your Freedom of Information request (ref PLT-FOI-5521).

Kind regards

FOI Team
Information Governance
Pennine Lakes Teaching Hospitals NHS Trust
Royal Fellgate Infirmary, Infirmary Road, Kendleby LA8 4RF

**********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.
**********************************************************************
"""
m = email("PLTH FOI <plth.foi@nhs.example.net>", "Benedict Ola <bola1987@mailbox.example.org>",
          "FOI Response - PLT-FOI-5521 - CCTV", uk(2025, 2, 28, 16, 51), text=body,
          attachments=[("PLT-FOI-5521 Response.docx", buf.getvalue(), "application",
                        "vnd.openxmlformats-officedocument.wordprocessingml.document")])
save_eml("12-reply.eml", m)
add_label(path="12-reply.eml", request_file="12-request.txt", format="eml", body_type="nhs",
          law="foia", hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s31", "s38"],
          camera_count=1034,
          note="Answer is only in the attached .docx two-column Q/A table; bare 'No' to a both-makers question, locations withheld under s31/s38.")
