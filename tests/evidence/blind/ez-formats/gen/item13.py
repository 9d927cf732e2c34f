"""13: Scottish Government (FOISA), .docx with a Question / Response table; per-building counts withheld s35/s31."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import *

NN = "13"
write_request(NN, """
To the Scottish Government FOI Unit

Under FOISA I request:

a) the number of CCTV cameras in the Scottish Government's core estate buildings (St Andrew's House, Victoria Quay, Atlantic Quay, Saughton House etc.)
b) the number of cameras in each of those buildings
c) the manufacturers of the cameras
d) whether any Hikvision or Dahua cameras are in use, and if any have been removed, when

Regards,
Calum Barr
""")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(12)
for s in doc.sections:
    s.left_margin = s.right_margin = Mm(25)


def para(text="", bold=False, align=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


para("Directorate for Central Services - Corporate Estates", size=10)
para("E: foi@gov.scot", size=10)
para("")
para("Mr Calum Barr", size=11)
para("Our ref: 202400431187", align="right", size=11)
para("11 September 2024", align="right", size=11)
para("")
para("Dear Mr Barr")
para("REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", bold=True)
para("Thank you for your request dated 16 August 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA). "
     "Our response to each part of your request is set out in the table below.")
rows = [
    ("Question", "Response"),
    ("a) the number of CCTV cameras in the Scottish Government's core estate buildings",
     "The core estate CCTV system comprises 318 cameras across nine buildings."),
    ("b) the number of cameras in each of those buildings",
     "This information is withheld. Exemptions under sections 35(1)(a) (prevention or detection of crime) and "
     "31(1) (national security and defence) of FOISA apply. Further detail is given below."),
    ("c) the manufacturers of the cameras",
     "Bosch and Avigilon (Motorola Solutions)."),
    ("d) whether any Hikvision or Dahua cameras are in use, and if any have been removed, when",
     "None are in use. 64 Hikvision cameras at Atlantic Quay and Saughton House were replaced between March and "
     "October 2023 following the UK Government's written ministerial statement of 24 November 2022, which the "
     "Scottish Government chose to follow."),
]
t = doc.add_table(rows=len(rows), cols=2)
t.style = "Table Grid"
for i, (q, a) in enumerate(rows):
    c0, c1 = t.rows[i].cells
    c0.text, c1.text = q, a
    c0.width, c1.width = Mm(60), Mm(100)
    if i == 0:
        for c in (c0, c1):
            shade(c, "BDD7EE")
            for r in c.paragraphs[0].runs:
                r.bold = True
para("")
para("Reasons for not providing information", bold=True)
para("Section 35(1)(a) - prevention or detection of crime", bold=True)
para("Disclosing how many cameras are installed in each building would allow comparison between sites and "
     "indicate where coverage is lighter, substantially prejudicing the prevention or detection of crime at "
     "buildings which house Ministers, officials and sensitive material.")
para("Section 31(1) - national security", bold=True)
para("The same information would assist hostile actors in planning surveillance or attack of Government premises. "
     "Exemption from disclosure is required for the purpose of safeguarding national security.")
para("These exemptions are subject to the public interest test. We recognise the public interest in openness "
     "about the security of public buildings, and that is why we have provided the total number of cameras and "
     "the manufacturers. However, there is a greater public interest in protecting the security of the "
     "Government estate and the people who work in it.")
para("Your right to request a review", bold=True)
para("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review "
     "of the response, by writing to the Director of Central Services, Victoria Quay, Edinburgh, EH6 6QQ. Your "
     "review request should explain why you are dissatisfied with this response, and should be made within 40 "
     "working days from the date when you received this letter.")
para("If our internal review response does not satisfy you, you may then apply to the Scottish Information "
     "Commissioner for a decision. You must apply to the Commissioner within 6 months of receipt of our review "
     "response. You can apply online, by email to enquiries@foi.scot, by post to Kinburn Castle, Doubledykes "
     "Road, St Andrews, Fife, KY16 9DS, or by phone 01334 464610.")
para("Yours sincerely")
para("")
para("Morag Sinclair")
para("Head of Security, Corporate Estates")
doc.save(ROOT / f"{NN}-reply.docx")

add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx",
          body_type="scottish_gov", law="foisa", hikvision="no", dahua="no", outcome="partially_answered",
          exemptions=["s35", "s31"], camera_count=318,
          note="Question/Response table; Hikvision named only as replaced in 2023 ('None are in use'); per-building counts withheld under FOISA 35(1)(a) and 31(1).")
