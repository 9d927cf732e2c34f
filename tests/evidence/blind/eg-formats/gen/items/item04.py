import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = '04'
write_request(NN, """
Dear Keele University,

Please treat this as a request under the Freedom of Information Act 2000.

(a) How many CCTV cameras are installed across the University's campus and buildings?
(b) Which manufacturers made these cameras, and how many of each?
(c) Does the University use any cameras from Hikvision or Dahua?
(d) Do any of the cameras have facial recognition or audio recording capability?
(e) Which company installs and maintains the University's CCTV?

Thank you,
Siobhan Kerrigan
""")

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
style = doc.styles['Normal']
style.font.name = 'Arial'
style.font.size = Pt(11)
hdr = sec.header.paragraphs[0]
hdr.text = 'Keele University | Information Governance Office'
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hdr.runs[0].font.size = Pt(8)
hdr.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
ftr = sec.footer.paragraphs[0]
ftr.text = 'Keele University, Staffordshire ST5 5BG  •  foi@keele-univ.example.ac.uk'
ftr.runs[0].font.size = Pt(8)

p = doc.add_paragraph('Ms S Kerrigan\nBy email only')
p = doc.add_paragraph('11 March 2025')
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = doc.add_paragraph()
r = p.add_run('Our reference: KU-FOI-25-0142')
r.bold = True
doc.add_paragraph('Dear Ms Kerrigan,')
doc.add_paragraph('Freedom of Information Act 2000 – CCTV').runs[0].bold = True
doc.add_paragraph('Thank you for your email of 12 February 2025 in which you requested information about CCTV at the '
                  'University. I can confirm that the University holds the information you have requested and I '
                  'have set out our response below, using the lettering of your request.')

def q(label, text):
    p = doc.add_paragraph()
    r = p.add_run(f'{label} {text}')
    r.bold = True

q('(a)', 'How many CCTV cameras are installed across the University\'s campus and buildings?')
doc.add_paragraph('Please see the table provided in answer to (b).')
q('(b)', 'Which manufacturers made these cameras, and how many of each?')
doc.add_paragraph('Table 1 – CCTV cameras by manufacturer (as recorded on the Security asset register, February 2025)')
t = doc.add_table(rows=1, cols=3)
t.style = 'Table Grid'
for i, h in enumerate(['Manufacturer', 'Camera type(s)', 'Number']):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
for row in [('Axis Communications', 'Fixed dome, bullet, PTZ', '412'),
            ('Hanwha Techwin (formerly Samsung)', 'Fixed dome', '96'),
            ('Hik Vision', 'Turret / bullet', '58'),
            ('Avigilon', 'Multi-sensor', '23')]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v
doc.add_paragraph()
doc.add_paragraph('For completeness, the cameras record to the following equipment:')
t2 = doc.add_table(rows=1, cols=2)
t2.style = 'Table Grid'
t2.rows[0].cells[0].text = 'Recording equipment'
t2.rows[0].cells[1].text = 'Quantity'
for row in [('Milestone XProtect recording servers (Dell hardware)', '6'),
            ('Hik Vision NVR (standalone, Halls of residence)', '3')]:
    c = t2.add_row().cells
    c[0].text, c[1].text = row
doc.add_paragraph()
q('(c)', 'Does the University use any cameras from Hikvision or Dahua?')
doc.add_paragraph('Yes, please refer to Table 1 above.')
q('(d)', 'Do any of the cameras have facial recognition or audio recording capability?')
doc.add_paragraph('The University does not use facial recognition. A small number of the Axis cameras are capable of '
                  'recording audio; this function is disabled on all University cameras.')
q('(e)', 'Which company installs and maintains the University\'s CCTV?')
doc.add_paragraph('The University\'s CCTV system is installed and maintained by Chubb Fire & Security Ltd under a '
                  'contract awarded in 2021.')
doc.add_paragraph('If you are unhappy with the way your request has been handled, you may ask for an internal review. '
                  'Please contact the Information Governance Office at the address below within 40 working days of '
                  'the date of this letter. If you are still dissatisfied following the internal review, you have the '
                  'right to complain to the Information Commissioner\'s Office (www.ico.org.uk).')
doc.add_paragraph('Yours sincerely,')
doc.add_paragraph('\n\nDr Imogen Shadbolt\nInformation Governance Manager\nKeele University')
doc.core_properties.author = 'Shadbolt, Imogen'
doc.core_properties.title = 'FOI response KU-FOI-25-0142'
doc.save(out(f'{NN}-reply.docx'))
put_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "university", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 589,
           "note": "count is only in a per-maker table with no total (412+96+58+23), a second table counts recorders, 'Yes' to a both-makers question is resolved by the table spelling 'Hik Vision'"})
