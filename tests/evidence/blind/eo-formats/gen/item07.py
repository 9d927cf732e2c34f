"""07: Word letter (.docx) with one table holding cameras AND recorders per site, with a TOTAL row; Q3 answered 'Yes - see table'."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = os.path.join(os.path.dirname(__file__), '..')
d = Document()
st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(10)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
p = sec.header.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run('NHS'); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
rpr = r._element.get_or_add_rPr(); shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:fill'), '005EB8'); rpr.append(shd)
p2 = sec.header.add_paragraph('Ashby and Fernleigh University Hospitals\nNHS Trust'); p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p2.runs[0].font.bold = True; p2.runs[0].font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
d.add_paragraph('Freedom of Information Office\nProspect House, Ashby Road, Fernleigh FL2 6DD\nafuh.foi@nhs.net')
d.add_paragraph('FOI Reference: FOI/24/1402\nDate: 30 May 2024')
d.add_paragraph('Dear Mr Ellison')
d.add_paragraph('We are writing to confirm that the Trust has completed its search for the information you requested on 3 May 2024. '
                'Questions 1 and 2 are answered together in the table below.')
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
head = ['Site', 'Cameras', 'Recorders (NVR)', 'Camera manufacturer', 'Recorder manufacturer / model']
for i, h in enumerate(head):
    t.rows[0].cells[i].text = h
    for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
rows = [('Royal Ashby Hospital', 236, 8, 'Axis', 'Milestone XProtect on Dell PowerEdge servers'),
        ('Fernleigh Hospital', 118, 6, 'Hanwha', 'Hikvision DS-9632NI-I8'),
        ('Ashby Community Diagnostic Centre', 34, 2, 'Hanwha', 'Hanwha Wisenet XRN-1620B2'),
        ('Prospect House (Trust HQ)', 24, 2, 'Axis', 'Axis S3008')]
for row in rows:
    cs = t.add_row().cells
    for i, v in enumerate(row): cs[i].text = str(v)
cs = t.add_row().cells
cs[0].text = 'TOTAL'; cs[1].text = str(sum(r[1] for r in rows)); cs[2].text = str(sum(r[2] for r in rows))
for c in cs[:3]:
    for r in c.paragraphs[0].runs: r.bold = True
d.add_paragraph()
p = d.add_paragraph(); p.add_run('Q3. Are any of the cameras or recorders Hikvision or Dahua products?').bold = True
d.add_paragraph('Yes \u2013 see table above.')
p = d.add_paragraph(); p.add_run('Q4. How long is CCTV footage retained?').bold = True
d.add_paragraph('Footage is retained for 31 days and then automatically overwritten, unless it has been requested by the police or '
                'is required for an investigation or a subject access request.')
d.add_paragraph('This information is provided under the Freedom of Information Act 2000 and is correct at the time of writing. '
                'If you are not satisfied with this response you may request an internal review within 40 working days. '
                'If you remain dissatisfied, you may apply to the Information Commissioner\u2019s Office.')
d.add_paragraph('Yours sincerely\n\nFOI Office\nOn behalf of Ashby and Fernleigh University Hospitals NHS Trust')
d.save(os.path.join(OUT, '07-reply.docx'))
print('wrote 07-reply.docx')
