"""05: Word letter (.docx), all prose; approximate count; Hikvision units still in place but due for replacement later."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = os.path.join(os.path.dirname(__file__), '..')
d = Document()
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.5)
st = d.styles['Normal']; st.font.name = 'Georgia'; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run('NORTHBRIDGE UNIVERSITY'); r.bold = True; r.font.size = Pt(16)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph('Governance and Legal Services  \u2022  The Old Library, Collegiate Road, Northbridge NB1 4EJ')
p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.runs[0].font.size = Pt(8.5)
d.add_paragraph()
d.add_paragraph('16 October 2024')
d.add_paragraph('Our reference: FOI-NU-2024-388')
d.add_paragraph('Dear Ms Kaur,')
d.add_paragraph('I write in response to your request for information dated 19 September 2024, which the University has '
                'considered under the Freedom of Information Act 2000 (\u201cthe Act\u201d).')
d.add_paragraph('The University\u2019s Security Services team operates approximately 1,150 CCTV cameras across the City Campus, '
                'the Riverside Campus and the University\u2019s halls of residence. The great majority of these are manufactured '
                'by Axis Communications and Bosch and are managed through a single Genetec video management system.')
d.add_paragraph('There are currently 46 Hikvision cameras on the estate. These are located at the Estates depot and at two halls '
                'of residence (Mill Street and Tanners Yard) and were inherited when the University acquired those residences '
                'in 2018. They are scheduled to be replaced with Axis cameras by the end of July 2025 under the University\u2019s '
                'Security Strategy 2023\u201326, and the replacement has been approved and funded. The University does not have '
                'any cameras manufactured by Dahua.')
d.add_paragraph('Expenditure on CCTV (installation, equipment and maintenance, excluding staff costs) in each of the last three '
                'financial years was \u00a3212,300 in 2021/22, \u00a3187,950 in 2022/23 and \u00a3241,700 in 2023/24. The higher '
                'figure for 2023/24 reflects the first phase of the replacement programme described above.')
d.add_paragraph('Beyond the replacement of the Hikvision cameras, the University has no further plans to remove equipment on the '
                'grounds of its country of manufacture, although all procurement is now carried out in line with the '
                'Government\u2019s guidance on surveillance equipment and the Procurement Act 2023.')
d.add_paragraph('I hope this information is helpful. If you are dissatisfied with the way in which your request has been handled you '
                'may request an internal review by writing to foi@northbridge.example.ac.uk within 40 working days. If you '
                'remain dissatisfied you have the right to complain to the Information Commissioner, Wycliffe House, Water Lane, '
                'Wilmslow SK9 5AF.')
d.add_paragraph('Yours sincerely,')
d.add_paragraph()
d.add_paragraph('Dr Martin Keane\nInformation Compliance Manager')
d.save(os.path.join(OUT, '05-reply.docx'))
print('wrote 05-reply.docx')
