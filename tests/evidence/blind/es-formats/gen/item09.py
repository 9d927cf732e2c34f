import docxkit as K
from docx.shared import Pt
d = K.new('Arial', 10)
K.letterhead(d, 'Pennine Moors Partnership NHS Foundation Trust', ['Information Governance', 'Fieldhead House, '
             'Halifax Road, Todmorden OL14 6DD', 'pmp.foi@nhs.net'], colour=(0x00, 0x5e, 0xb8))
K.para(d, 'FREEDOM OF INFORMATION REQUEST - RESPONSE', bold=True, size=12)
K.table(d, [['Reference', 'FOI-PMP-2024-0471'], ['Date received', '03/09/2024'], ['Date of response', '30/09/2024'],
            ['Subject', 'CCTV on mental health wards']], bold_header=False, widths=[40, 120])
K.para(d, 'The Trust has considered your request under the Freedom of Information Act 2000. Our responses are given '
       'in the table below.')
K.table(d, [['No.', 'Question', 'Response'],
            ['1', 'How many CCTV cameras are installed inside your inpatient wards?', '87'],
            ['2', 'How many CCTV cameras are installed elsewhere on your sites (external areas, car parks, '
                  'receptions etc)?', '153'],
            ['3', 'Are any of your CCTV cameras made by Hikvision?', 'No'],
            ['4', 'Are any of your CCTV cameras made by Dahua?', 'Yes - 12 Dahua cameras remain in use in the '
                  'Orchard Unit car park. These are scheduled for replacement during 2025/26.'],
            ['5', 'Do any of the cameras record audio?', 'No'],
            ['6', 'Have you completed a Data Protection Impact Assessment for the use of CCTV on wards? If so '
                  'please provide a copy.', 'Yes. Please see attached document "CCTV DPIA v3.2".']],
        widths=[12, 80, 70])
K.para(d, 'If you are dissatisfied with our response, you have the right to request an internal review within 40 '
       'working days by contacting pmp.foi@nhs.net. If you are still not satisfied following the internal review '
       'you have the right to complain to the Information Commissioner\'s Office: www.ico.org.uk/make-a-complaint.',
       size=9)
K.para(d, 'Re-use of Public Sector Information: the information supplied is Crown Copyright / Trust copyright and '
       'is licensed for re-use under the Open Government Licence v3.0 unless stated otherwise.', size=9)
K.para(d, 'Information Governance Team', bold=True)
d.save('../09-reply.docx')
print('wrote 09-reply.docx')
