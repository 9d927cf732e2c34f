from common import *
from docx.shared import Pt, Cm
NN='03'
write_request(NN, """
To the Data Protection / FOI lead, Ormiston Bolingbroke Academy

Please could you answer the following under FOI:

(a) How many CCTV cameras are in use at the academy (inside and outside)?
(b) Who manufactured the cameras and the recording equipment?
(c) Are any of them Hikvision?
(d) Are any of them Dahua?
(e) Who installed the system?

Thank you
M. Greaves
""")
d = docx_base(font='Calibri', size=11)
p = d.add_paragraph(); r = p.add_run('Ormiston Bolingbroke Academy'); r.bold = True; r.font.size = Pt(16)
d.add_paragraph('Off Marsh Lane, Runcorn, Cheshire WA7 4BA   |   Tel 01928 576 211')
d.add_paragraph('FOI response – ref OBA/FOI/24-07')
d.add_paragraph('19/03/2024')
d.add_paragraph('Dear M Greaves,')
d.add_paragraph('We write in response to your FOI request dated 27/02/2024. Our answers are below.')
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Ref', 'Request', 'Response']):
    c.text = ''; c.paragraphs[0].add_run(h).bold = True
for row in [
 ('(a)', 'How many CCTV cameras are in use at the academy (inside and outside)?', '16 internal\n9 external'),
 ('(b)', 'Who manufactured the cameras and the recording equipment?', 'Cameras – Hik Vision.\nRecorder – HIKVISION DS-7616NI (1 unit)'),
 ('(c)', 'Are any of them Hikvision?', 'See (b)'),
 ('(d)', 'Are any of them Dahua?', 'No'),
 ('(e)', 'Who installed the system?', 'Mersey Valley Security Ltd (2019)'),
]:
    cs = t.add_row().cells
    for c, v in zip(cs, row): c.text = v
d.add_paragraph()
d.add_paragraph('If you are dissatisfied with our response you may request a review by writing to the Clerk to the Local Governing Body at the address above. '
                'You may also complain to the Information Commissioner\'s Office (www.ico.org.uk).')
d.add_paragraph('Kind regards,\n\nJ. Whitfield\nBusiness Manager\n(on behalf of Ormiston Academies Trust)')
d.save(path(f'{NN}-reply.docx'))
label(NN, 'docx', 'academy', 'foia', 'yes', 'no', 'answered', [], 25,
      'count split across two lines of a table cell (16+9); Hikvision answer is "See (b)" and the maker is spelled "Hik Vision"')
