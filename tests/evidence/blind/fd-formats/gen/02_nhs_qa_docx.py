"""02: NHS trust Word letter with question/response table."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import out


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in d.sections:
    s.left_margin = s.right_margin = Mm(22)

p = d.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Wexcombe and Rydal Hospitals\nNHS Foundation Trust")
r.bold = True
r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
r.font.size = Pt(13)
p = d.add_paragraph("Freedom of Information Office\nTrust Headquarters, Wexcombe General Hospital\n"
                    "Lower Moor Road, Wexcombe WX4 7HP\nEmail: wrh.foi@nhs.example.uk")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.runs[0].font.size = Pt(9)

d.add_paragraph("Ms P Lal\nSent via email")
d.add_paragraph("Date: 03/10/2023\nOur Ref: FOI 2023-0931")
d.add_paragraph("Dear Ms Lal,")
d.add_paragraph("Re: Freedom of Information Request - CCTV")
d.paragraphs[-1].runs[0].bold = True
d.add_paragraph("Thank you for your request for information under the Freedom of Information Act 2000 "
                "which we received on 06/09/2023. Please find our response below.")

qa = [
    ("Q1. How many CCTV cameras does the Trust operate across all of its hospital and community sites?",
     "212 cameras (internal and external) across Wexcombe General, Rydal Community Hospital and the "
     "Trust's community clinics."),
    ("Q2. Are any of these cameras manufactured by Hikvision or Dahua?", "No."),
    ("Q3. Which manufacturers supply the Trust's CCTV cameras?",
     "The estate is predominantly Axis and Hanwha. A small number of legacy Panasonic i-Pro units remain "
     "at Rydal."),
    ("Q4. Does the Trust use facial recognition on any CCTV system?", "No."),
    ("Q5. Which company maintains the Trust's CCTV system?",
     "Chubb Fire & Security Ltd under a maintenance contract managed by Estates & Facilities."),
    ("Q6. Has the Trust completed a Data Protection Impact Assessment for its CCTV? If so please send a copy.",
     "Yes. A copy of the Trust's CCTV DPIA (version 3.1, reviewed March 2023) is attached."),
]
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].text = "Your question"
hdr[1].text = "Trust response"
for c in hdr:
    c.paragraphs[0].runs[0].bold = True
    shade(c, "D9E2F3")
for q, a in qa:
    row = t.add_row().cells
    row[0].text = q
    row[1].text = a
for row in t.rows:
    row.cells[0].width = Mm(80)
    row.cells[1].width = Mm(86)

d.add_paragraph()
d.add_paragraph("The information provided in this response is accurate as of the date of this letter.")
d.add_paragraph("Please remember to quote the reference number above in any future communications.")
d.add_paragraph("If you are unhappy with the way your request has been handled, you may request an internal "
                "review by writing to the FOI Office at the address above within 40 working days. If you remain "
                "dissatisfied following the internal review you may complain to the Information Commissioner's "
                "Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
d.add_paragraph("The information supplied is subject to Trust copyright and may not be re-used for commercial "
                "purposes without permission.")
d.add_paragraph("Yours sincerely,")
d.add_paragraph("Mark Oyelaran\nFreedom of Information Lead\nWexcombe and Rydal Hospitals NHS Foundation Trust")
d.save(out("02-reply.docx"))
