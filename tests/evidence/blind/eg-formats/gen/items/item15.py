import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = '15'
write_request(NN, """
Dear Northamptonshire Police,

This is a request under the Freedom of Information Act about body-worn video (BWV) only.

Question 1: How many body-worn video cameras does the force currently have?
Question 2: What make and model are they?
Question 3: Are any of the force's body-worn cameras made by Hikvision or Dahua, or have they ever been?
Question 4: Where is BWV footage stored (on premises or cloud), and who provides the storage?

Thank you
Nadia Okonjo
""")

doc = Document()
s = doc.sections[0]
s.left_margin = s.right_margin = Cm(2.5)
doc.styles['Normal'].font.name = 'Calibri'
doc.styles['Normal'].font.size = Pt(11)
h = s.header.paragraphs[0]
h.text = 'OFFICIAL'
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = s.footer.paragraphs[0]
f.text = 'OFFICIAL'
f.alignment = WD_ALIGN_PARAGRAPH.CENTER

p = doc.add_paragraph()
r = p.add_run('NORTHAMPTONSHIRE POLICE')
r.bold = True; r.font.size = Pt(16)
doc.add_paragraph('Information Rights Unit\nDarby House, Darby Close, Park Farm Industrial Estate, Wellingborough NN8 6GS')
doc.add_paragraph('FREEDOM OF INFORMATION REQUEST 001388/25').runs[0].bold = True
doc.add_paragraph('Date: 27 March 2025')
doc.add_paragraph('Dear Ms Okonjo,')
doc.add_paragraph('I write in connection with your request for information which was received by Northamptonshire '
                  'Police on 3 March 2025. I note you seek access to the following information:')

qa = [
    ('Question 1: How many body-worn video cameras does the force currently have?',
     '2,150'),
    ('Question 2: What make and model are they?',
     'Axon Body 3 (Axon Enterprise Inc).'),
    ('Question 3: Are any of the force\'s body-worn cameras made by Hikvision or Dahua, or have they ever been?',
     'No. The force\'s body-worn video is supplied by Axon only. In 2019 the force ran a short pilot of 40 '
     'Hikvision body-worn cameras at Weston Favell and Corby; the pilot ended and the devices were returned to the '
     'supplier in February 2020. No Dahua devices have been used.'),
    ('Question 4: Where is BWV footage stored (on premises or cloud), and who provides the storage?',
     'Footage is uploaded via docking stations to Axon Evidence, a cloud-based digital evidence management service '
     'provided by Axon and hosted in UK data centres.'),
]
for qtext, a in qa:
    p = doc.add_paragraph()
    r = p.add_run(qtext); r.italic = True
    p = doc.add_paragraph()
    r = p.add_run('Answer: '); r.bold = True
    p.add_run(a)

doc.add_paragraph('Please note that this response relates to body-worn video only. CCTV systems at police buildings '
                  'were not within the scope of your request.')
doc.add_paragraph('Complaint Rights', ).runs[0].bold = True
doc.add_paragraph('Your attention is drawn to the attached sheet which details your right of complaint. Should you have '
                  'any further enquiries concerning this matter, please write or contact the Information Rights Unit '
                  'quoting the reference number above.')
doc.add_paragraph('Yours sincerely')
doc.add_paragraph('\nDaniel Fensome\nInformation Rights Officer')
doc.add_paragraph('Northamptonshire Police provides a copyright licence for information it releases under the Freedom of '
                  'Information Act. The information may be used for non-commercial research, private study and news '
                  'reporting; any other re-use requires the permission of the force.').runs[0].font.size = Pt(8)
doc.core_properties.author = 'Fensome 9912'
doc.save(out(f'{NN}-reply.docx'))
put_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "police", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 2150,
           "note": "request is about body-worn video only, so the BWV count '2,150' is the count; the Hikvision mention is a 2019 pilot whose 40 devices were returned"})
