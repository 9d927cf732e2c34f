from emlkit import base, when, save
import docxkit as K

d = K.new('Calibri', 11)
K.letterhead(d, 'University of Harnham', ['Governance and Legal Services', 'Clifton Building, Harnham Campus, '
             'Salisbury SP2 8NB', 'foi@harnham.ac.uk'], colour=(0x6a, 0x0d, 0x3a))
K.para(d, '14 March 2025')
K.para(d, 'Our reference: FOI/2025/0219')
K.para(d, 'Dear Mr Wilk')
K.para(d, 'Request for information: CCTV cameras', bold=True)
K.para(d, 'I refer to your request for information which we received on 14 February 2025. The University has '
       'considered your request under the Freedom of Information Act 2000 ("FOIA") and our response is given '
       'below. Your questions are reproduced in bold.')
K.para(d, '(a) How many CCTV cameras does the University operate across its campuses (including halls of '
       'residence)? (b) Please list the manufacturers of these cameras and the number of cameras from each '
       'manufacturer.', bold=True)
K.para(d, 'The University\'s Security Services team manages all CCTV cameras on University property, including '
       'the halls of residence at Fisherton and Old Sarum. The cameras in operation at the date of your request '
       'are broken down by manufacturer in the table below.')
K.table(d, [['Manufacturer', 'Number of cameras'],
            ['Axis Communications', '312'],
            ['Hikvision', '96'],
            ['Avigilon (Motorola Solutions)', '40'],
            ['Sony (legacy analogue, Harnham Campus car parks)', '12']], widths=[100, 45])
K.para(d, '(c) Are any of the University\'s cameras manufactured by Hikvision or Dahua?', bold=True)
K.para(d, 'Yes, please see the table above. The University does not have any cameras manufactured by Dahua.')
K.para(d, '(d) If so, does the University have any plans to replace them?', bold=True)
K.para(d, 'The Hikvision cameras are mainly located in the halls of residence. They are being replaced with Axis '
       'cameras as part of a phased programme of works which began in 2024 and is scheduled to be completed by '
       'August 2026, subject to funding being confirmed.')
K.para(d, 'Your right to complain', bold=True)
K.para(d, 'If you are unhappy with the way in which your request has been handled you may ask for an internal '
       'review by contacting foi@harnham.ac.uk within 40 working days. If you remain dissatisfied after the '
       'internal review you may complain to the Information Commissioner\'s Office, Wycliffe House, Water Lane, '
       'Wilmslow SK9 5AF (www.ico.org.uk).')
K.para(d, 'Yours sincerely')
K.para(d, 'Fiona Marchetti\nInformation Compliance Manager')
att = K.to_bytes(d)

m = base('Information Compliance <foi@harnham.ac.uk>', 'Tomasz Wilk <t.wilk.research@outlook.com>',
         'FOI/2025/0219 response', when(2025, 3, 14, 9, 55), 'harnham.ac.uk')
m.set_content("""Dear Mr Wilk,

Please find attached the University's response to your Freedom of Information request.

Best wishes,
Fiona

Fiona Marchetti | Information Compliance Manager
Governance and Legal Services | University of Harnham
""")
m.add_attachment(att, maintype='application',
                 subtype='vnd.openxmlformats-officedocument.wordprocessingml.document',
                 filename='FOI-2025-0219 Response - CCTV.docx')
save(m, '04-reply.eml')
