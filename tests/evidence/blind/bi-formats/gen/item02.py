from common import *
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
NN='02'
write_request(NN, """
Dear Royal Cornwall Hospitals NHS Trust,

I would like to make a request under the Freedom of Information Act.

Q1. How many CCTV cameras does the Trust have across all of its sites?
Q2. Are any of the Trust's cameras made by Hikvision or Dahua?
Q3. If yes to Q2, which manufacturer, and how many cameras?
Q4. Is the CCTV system monitored or maintained by a third party contractor? If so, who?
Q5. Does the Trust have a CCTV policy? If so please provide a copy.

Many thanks,
Priya Raman
""")
d = docx_base(size=10)
p = d.add_paragraph(); r = p.add_run('Royal Cornwall Hospitals NHS Trust'); r.bold = True; r.font.size = Pt(13)
d.add_paragraph('Freedom of Information Office\nRoyal Cornwall Hospital\nTreliske, Truro\nTR1 3LJ\nrch-tr.foi@nhs.net')
d.add_paragraph('Date: 3rd July 2024\nFOI Ref: FOI.24.1183')
d.add_paragraph('Dear Ms Raman')
p = d.add_paragraph(); p.add_run('Re: Freedom of Information Request – CCTV').bold = True
d.add_paragraph('Thank you for your request for information received on 5th June 2024. Please find the Trust\'s response in the table below.')
rows = [
 ('1', 'How many CCTV cameras does the Trust have across all of its sites?',
  'Approximately 640 across Royal Cornwall Hospital (Treliske), St Michael\'s Hospital Hayle and West Cornwall Hospital Penzance.'),
 ('2', 'Are any of the Trust\'s cameras made by Hikvision or Dahua?', 'Yes'),
 ('3', 'If yes to Q2, which manufacturer, and how many cameras?', 'Dahua only – 212 cameras, predominantly car parks and external perimeter.'),
 ('4', 'Is the CCTV system monitored or maintained by a third party contractor? If so, who?',
  'Monitoring is carried out in-house by the Trust Security Team. Maintenance contract – Kernow Fire & Security Ltd.'),
 ('5', 'Does the Trust have a CCTV policy? If so please provide a copy.', 'Yes – please see attached (Surveillance Camera Systems Policy v4.1).'),
]
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['No.', 'Question', 'Trust Response']):
    c.text = ''; c.paragraphs[0].add_run(h).bold = True; set_cell_shade(c, 'D9E2F3')
for row in rows:
    cs = t.add_row().cells
    for c, v in zip(cs, row): c.text = v
for row in t.rows:
    row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(7.5); row.cells[2].width = Cm(8)
d.add_paragraph()
d.add_paragraph('If you are unhappy with the response you have received in relation to your request and wish to ask us to review our response, '
  'you should write to: Head of Information Governance, Royal Cornwall Hospitals NHS Trust, Truro, TR1 3LJ. Email: rch-tr.foi@nhs.net')
d.add_paragraph('If you are not satisfied with the outcome of the internal review you have the right to appeal to the Information Commissioner at: '
  'The Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Tel: 0303 123 1113.')
d.add_paragraph('Please remember to quote the reference number above in any future communications.')
d.add_paragraph('Yours sincerely\n\nFreedom of Information Team\nOn behalf of Royal Cornwall Hospitals NHS Trust')
d.save(path(f'{NN}-reply.docx'))
label(NN, 'docx', 'nhs', 'foia', 'no', 'yes', 'answered', [], 640,
      'answers only in a 3-column Word table; Q2 bare "Yes" to a both-makers question, resolved by Q3 "Dahua only"; approximate count')
