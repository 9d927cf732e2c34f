"""20: maintained secondary school, .docx bold questions/answers beneath; joint Hik-or-Dahua 'Yes'; count in words."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *

NN = "20"
write_request(NN, """
Dear Whitmoor High School,

I am making a request under the Freedom of Information Act 2000.

Question 1: How many CCTV cameras does the school have, internally and externally?
Question 2: Which company installed and maintains the system?
Question 3: Are any of the cameras made by Hikvision or Dahua?
Question 4: Are there any cameras in student toilets?
Question 5: Do any of the cameras record audio?

Many thanks,
Rachel Osei
""")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Whitmoor High School  |  Longmoor Lane, Whitmoor, Lancashire BB9 3EW  |  Headteacher: Mr D. Fairclough"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(text="", bold=False, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


para("FREEDOM OF INFORMATION REQUEST - RESPONSE", bold=True)
para("Date of request: 09/09/2024        Date of response: 30/09/2024")
para("Dear Ms Osei,")
para("Thank you for your request. Please see our answers below.")
qa = [
    ("Question 1: How many CCTV cameras does the school have, internally and externally?",
     "Thirty-two in total - nineteen external and thirteen internal."),
    ("Question 2: Which company installed and maintains the system?",
     "Pendle Security Systems Ltd (installed summer 2019, maintenance contract renewed annually)."),
    ("Question 3: Are any of the cameras made by Hikvision or Dahua?",
     "Yes."),
    ("Question 4: Are there any cameras in student toilets?",
     "No. There are cameras in the corridors outside the toilets but none inside toilet areas."),
    ("Question 5: Do any of the cameras record audio?",
     "No."),
]
for q, a in qa:
    para(q, bold=True)
    para(a)
para("The school's CCTV Policy is available on the school website (Policies > Safeguarding & Premises).")
para("If you are unhappy with the way your request has been handled you may request an internal review by writing "
     "to the Chair of Governors c/o the school. If you remain dissatisfied you may contact the Information "
     "Commissioner.")
para("Kind regards,")
para("")
para("Mrs L. Whittaker")
para("Office & Data Manager")
para("This response is provided under the Freedom of Information Act 2000. Information supplied may be subject to "
     "copyright and may not be reproduced for commercial purposes without permission.", italic=True)
doc.save(ROOT / f"{NN}-reply.docx")

add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx",
          body_type="school", law="foia", hikvision="unknown", dahua="unknown", outcome="answered",
          exemptions=[], camera_count=32,
          note="Bare 'Yes.' to a question naming both makers says neither; count only in words (thirty-two = nineteen + thirteen); the installer is not the maker.")
