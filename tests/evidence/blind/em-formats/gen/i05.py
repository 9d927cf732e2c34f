from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

write_request("05", """
Dear Oakridge Learning Partnership

FOI request - CCTV in your academies

1. How many CCTV cameras are there at each academy in the trust?
2. Are any of the cameras Hikvision?
3. Are any of the cameras Dahua?
4. Are there cameras in classrooms or toilets?
5. Who has access to the recordings and how long are they kept?

Thanks
Jo Pemberton (parent)
""")

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("Oakridge Learning Partnership"); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F, 0x6B, 0x3A)
p = d.add_paragraph("A company limited by guarantee registered in England and Wales no. 08XXXX41 | Registered office: Oakridge Academy, Mill Lane, Hexford HX6 2DN")
p.runs[0].font.size = Pt(8)
d.add_paragraph()
d.add_paragraph("FOI Ref: OLP/FOI/2025/007\n21 January 2025")
d.add_paragraph("Dear Jo Pemberton")
d.add_paragraph("Thank you for your request for information received by the Trust on 6 January 2025. Our response is set out in the table below.")

t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
h = t.rows[0].cells; h[0].text = "Your request"; h[1].text = "Trust response"
for c in h:
    shade(c, "1F6B3A"); c.paragraphs[0].runs[0].bold = True; c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
rows = [
 ("1. How many CCTV cameras are there at each academy in the trust?",
  "Oakridge Academy (secondary) – 41\nHarlow Vale Academy (secondary) – 38\nBrookfield Primary Academy – 12\nKingsmead Primary Academy – 12\nSt Cuthbert's CE Primary Academy – 9\n\nTotal: 112"),
 ("2. Are any of the cameras Hikvision?",
  "Yes. The systems at Harlow Vale Academy and Kingsmead Primary Academy are Hikvision. These were in place when the schools joined the Trust."),
 ("3. Are any of the cameras Dahua?", "No"),
 ("4. Are there cameras in classrooms or toilets?",
  "There are no cameras in any classroom or toilet. Cameras cover entrances, corridors, car parks, the perimeter and external play areas only."),
 ("5. Who has access to the recordings and how long are they kept?",
  "Access is restricted to the Headteacher, the Site Manager and the Trust Data Protection Lead. Footage is overwritten automatically after 30 days unless retained for an investigation."),
]
for q, a in rows:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
for row in t.rows:
    row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(10)
d.add_paragraph()
d.add_paragraph("If you are unhappy with the way your request has been handled you can ask for a review by writing to the Clerk to the Trust Board, governance@oakridgelp.example, within two months. If you remain dissatisfied you may contact the Information Commissioner's Office.")
d.add_paragraph("Yours sincerely")
d.add_paragraph("Gareth Innes\nChief Operating Officer\nOakridge Learning Partnership")
d.save(out("05-reply.docx"))

label("05", "docx", "docx", "academy", "foia", "yes", "no", "answered", [], 112,
      "Q/A table in a .docx; per-academy counts with a total")
