from common import *
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
NN='01'
write_request(NN, """
From: Daniel Okafor <daniel.okafor.foi@fastmail.co.uk>
To: foi@tamworth.gov.uk
Subject: Freedom of Information request - CCTV cameras

Dear Tamworth Borough Council,

Under the Freedom of Information Act 2000 please tell me:

1) How many CCTV cameras does the council currently operate (public space and council buildings)?
2) Are any of these cameras manufactured by Hikvision?
3) Are any manufactured by Dahua?
4) Please list the manufacturers of the cameras.
5) Does the council use facial recognition on any of its CCTV?

Yours faithfully,

Daniel Okafor
""")
d = docx_base()
p = d.add_paragraph(); r = p.add_run('Tamworth Borough Council'); r.bold = True; r.font.size = Pt(14)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = d.add_paragraph('Marmion House\nLichfield Street\nTamworth\nB79 7BZ'); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
d.add_paragraph('Mr D Okafor\nBy email: daniel.okafor.foi@fastmail.co.uk')
d.add_paragraph('Our ref: FOI-TBC-2024-0619\nYour ref: -\nDate: 14 October 2024\nContact: Information Governance Team\nTel: 01827 709 558')
d.add_paragraph('Dear Mr Okafor,')
p = d.add_paragraph(); p.add_run('Freedom of Information Act 2000 – Request for Information').bold = True
d.add_paragraph('Thank you for your request for information which was received on 17 September 2024. '
  'Your request has been considered under the Freedom of Information Act 2000 and I can confirm that the Council holds the information you have asked for.')
d.add_paragraph('Your questions are set out below, with the Council\'s response given in the box beneath each one.')
qs = [
 ('1) How many CCTV cameras does the council currently operate (public space and council buildings)?',
  ['Public space CCTV (town centre, Ankerside, Castle Grounds): 94 cameras.',
   'Council buildings (Marmion House, Gungate depot, Snowdome car park office, community centres): 27 cameras.']),
 ('2) Are any of these cameras manufactured by Hikvision?',
  ['Yes. 19 of the building cameras are HiWatch units. These are included in the Council\'s 2025/26 capital replacement programme.']),
 ('3) Are any manufactured by Dahua?', ['No.']),
 ('4) Please list the manufacturers of the cameras.',
  ['Hanwha (Wisenet), Axis Communications, HiWatch.']),
 ('5) Does the council use facial recognition on any of its CCTV?', ['No.']),
]
for q, a in qs:
    p = d.add_paragraph(); rr = p.add_run(q); rr.bold = True
    p = d.add_paragraph()
    docx_textbox(p, a, height_pt=18 + 14*len(a))
    d.add_paragraph()
d.add_paragraph('The information supplied to you is owned by the Council unless otherwise stated and is protected by copyright. '
  'You are free to use it for your own purposes, including any non-commercial research you are doing and for the purposes of news reporting. '
  'Any other re-use, for example commercial publication, would require the permission of the copyright holder.')
d.add_paragraph('If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. '
  'Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: '
  'Information Governance Team, Marmion House, Lichfield Street, Tamworth, B79 7BZ or foi@tamworth.gov.uk.')
d.add_paragraph('If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. '
  'The Information Commissioner can be contacted at: Information Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.')
d.add_paragraph('Yours sincerely,')
d.add_paragraph('\nRachel Pennington\nInformation Governance Officer')
d.save(path(f'{NN}-reply.docx'))
label(NN, 'docx', 'council', 'foia', 'yes', 'no', 'answered', [], 121,
      'all answers sit inside Word text boxes (not body paragraphs); count must be summed from two lines (94+27); HiWatch is a Hikvision brand and the Q2 "Yes" is still in use pending replacement')
