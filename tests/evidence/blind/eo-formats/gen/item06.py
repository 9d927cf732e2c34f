"""06: Word letter (.docx) from a Welsh council with two tables (by type, by maker), no total rows; Q3 answered by reference to Q2."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = os.path.join(os.path.dirname(__file__), '..')
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10.5)
hdr = d.sections[0].header
t = hdr.add_table(rows=1, cols=2, width=d.sections[0].page_width - d.sections[0].left_margin - d.sections[0].right_margin)
t.rows[0].cells[0].text = 'Cyngor Sir Glanrhyd\nGlanrhyd County Council'
t.rows[0].cells[1].text = 'Swyddfeydd y Cyngor / Council Offices\nHeol y Bont, Llanfedw, GL18 3RP\n01632 961 200'
for c in t.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs: r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x2e, 0x6b, 0x30)
t.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_paragraph('Gofynnwch am / Please ask for: Rhian Evans\nEin Cyf / Our Ref: FOI-6620\nDyddiad / Date: 2 May 2024')
d.add_paragraph('Dear Mr Morgan,')
p = d.add_paragraph(); p.add_run('Freedom of Information Act 2000 \u2013 Public space CCTV').bold = True
d.add_paragraph('Thank you for your request for information received on 8 April 2024. The Council\u2019s response is as follows.')
def q(txt):
    p = d.add_paragraph(); r = p.add_run(txt); r.bold = True
def table(rows, head):
    t = d.add_table(rows=1, cols=len(head)); t.style = 'Light Grid Accent 1'
    for i, h in enumerate(head): t.rows[0].cells[i].text = h
    for row in rows:
        cs = t.add_row().cells
        for i, v in enumerate(row): cs[i].text = str(v)
q('1. How many public space CCTV cameras does the council operate? Please break this down by type (fixed, PTZ etc).')
table([('Fixed dome', 96), ('PTZ (pan/tilt/zoom)', 28), ('Bullet', 17)], ['Camera type', 'Number'])
d.add_paragraph()
q('2. Which manufacturers make these cameras, and how many of each?')
table([('Hanwha (Wisenet)', 70), ('Dahua Technology', 43), ('Axis', 28)], ['Manufacturer', 'Number'])
d.add_paragraph()
q('3. Are any Hikvision cameras in use?')
d.add_paragraph('Please see our response to question 2.')
q('4. Can the cameras be accessed remotely over the internet?')
d.add_paragraph('No. The cameras are connected to the Council\u2019s CCTV control room over a private fibre network which is not '
                'connected to the internet. Viewing is only possible from the control room and from a viewing suite at '
                'Dyfed-Powys Police headquarters.')
d.add_paragraph('Mae\u2019r Cyngor yn croesawu gohebiaeth yn Gymraeg. The Council welcomes correspondence in Welsh.')
d.add_paragraph('If you are dissatisfied with this response you may request an internal review by contacting the Information '
                'Governance Unit at the above address or foi@glanrhyd.example.gov.wales. If you remain dissatisfied following '
                'the review you may complain to the Information Commissioner\u2019s Office Wales, 2nd Floor, Churchill House, '
                'Churchill Way, Cardiff CF10 2HH.')
d.add_paragraph('Yn gywir / Yours sincerely,')
d.add_paragraph('Rhian Evans\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer')
d.save(os.path.join(OUT, '06-reply.docx'))
print('wrote 06-reply.docx')
