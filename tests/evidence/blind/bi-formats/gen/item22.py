from common import *
from docx.shared import Pt, Cm
NN='22'
write_request(NN, """
Dear Betsi Cadwaladr University Health Board,

Please provide, for every CCTV camera operated by the Health Board:
- the site and location of the camera
- the make and model
- the date of installation
- the cost of purchase and installation
Please also state whether any are made by Hikvision or Dahua.

Regards,
Dylan Rowlands
""")
d = docx_base(font='Arial', size=10.5)
p = d.add_paragraph(); r = p.add_run('Bwrdd Iechyd Prifysgol Betsi Cadwaladr\nBetsi Cadwaladr University Health Board'); r.bold = True; r.font.size = Pt(12)
d.add_paragraph('Swyddfa Rhyddid Gwybodaeth / Freedom of Information Office\nYsbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW\nBCU.FOI@wales.nhs.uk')
d.add_paragraph('Ein cyf / Our ref: FOI_24_0817\nDyddiad / Date: 25/06/2024')
d.add_paragraph('Dear Mr Rowlands,')
p = d.add_paragraph(); p.add_run('Freedom of Information Act 2000 – Request for Information: CCTV cameras').bold = True
d.add_paragraph('Thank you for your request, received on 28 May 2024, for the information set out above.')
d.add_paragraph('Unfortunately the Health Board is unable to comply with your request. Section 12 of the Freedom of Information Act 2000 allows a public authority '
  'to refuse a request where the cost of compliance would exceed the appropriate limit, which for the Health Board is £450, equivalent to 18 hours of work at £25 per hour.')
d.add_paragraph('The Health Board does not hold a central register of CCTV equipment. CCTV has been installed and replaced over many years through local estates schemes, '
  'capital projects and by tenants and partner organisations, and records are held locally by each site. To answer your request the Health Board would need to:')
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for c, hh in zip(t.rows[0].cells, ['Activity', 'Estimated time per site', 'Total (approx. 95 sites)']):
    c.text = ''; c.paragraphs[0].add_run(hh).bold = True
for row in [('Locate and retrieve site installation records and invoices', '1 hour', '95 hours'),
            ('Physically inspect cameras where records do not show make/model', '1.5 hours', '142.5 hours'),
            ('Collate information into a single response', '15 minutes', '23.75 hours')]:
    cs = t.add_row().cells
    for c, v in zip(cs, row): c.text = v
d.add_paragraph()
d.add_paragraph('This is well in excess of the 18 hour limit and the Health Board is therefore refusing your request under section 12(1). '
  'Where the cost limit applies to one part of a request, it applies to the request as a whole.')
p = d.add_paragraph(); p.add_run('Advice and assistance').bold = True
d.add_paragraph('In accordance with our duty under section 16 of the Act, you may wish to consider narrowing your request, for example to a single hospital site '
  'or to the make of the cameras at the three main acute hospitals (Ysbyty Gwynedd, Ysbyty Glan Clwyd and Wrexham Maelor). Please note that we cannot guarantee '
  'that a narrowed request would fall within the cost limit.')
d.add_paragraph('If you are dissatisfied with the handling of your request you may ask for an internal review by writing to the FOI Office at the address above. '
  'If you remain dissatisfied you may complain to the Information Commissioner\'s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.')
d.add_paragraph('Mae croeso i chi gysylltu â ni yn Gymraeg. You are welcome to contact us in Welsh.')
d.add_paragraph('Yn gywir / Yours sincerely,\n\nSioned Parry\nFreedom of Information Officer')
d.save(path(f'{NN}-reply.docx'))
label(NN, 'docx', 'nhs', 'foia', 'unknown', 'unknown', 'refused', ['s12'], None,
      'whole request refused on cost (s12) with a cost-estimate table whose figures (95 sites, hours) are not camera counts; s16 advice is not an exemption')
