"""08: Word letter (.docx) with answers in a two-column Q/A table; NCND on makers, locations withheld."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
OUT = os.path.join(os.path.dirname(__file__), '..')
d = Document()
st = d.styles['Normal']; st.font.name = 'Verdana'; st.font.size = Pt(9.5)
sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
p = sec.header.paragraphs[0]; p.text = 'NORTH WESSEX CONSTABULARY\nInformation Management Department  |  Freedom of Information Unit'
p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.runs[0].font.bold = True
f = sec.footer.paragraphs[0]; f.text = 'OFFICIAL'; f.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.add_paragraph('OFFICIAL').alignment = WD_ALIGN_PARAGRAPH.CENTER
d.add_paragraph('Freedom of Information Request Reference No: 002871/24\nDate: 16 August 2024')
d.add_paragraph('Dear Ms Callaghan,')
d.add_paragraph('I write in connection with your request for information received by North Wessex Constabulary on 22 July 2024. '
                'I note you seek access to the following information, and the response is provided in the table below.')
t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
t.rows[0].cells[0].text = 'Question'; t.rows[0].cells[1].text = 'Response'
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs: r.bold = True
qa = [
 ('1. How many CCTV cameras are installed at police stations and custody suites operated by the force?',
  'There are 1,274 CCTV cameras across the force estate, including the four custody suites.'),
 ('2. Are any of these cameras manufactured by Hikvision?',
  'North Wessex Constabulary can neither confirm nor deny that it holds the information you have requested by virtue of '
  'sections 24(2) and 31(3) of the Act. Please see explanation below.'),
 ('3. Are any of these cameras manufactured by Dahua?', 'See response to Q2.'),
 ('4. Does the force use live facial recognition?', 'No. The force has not deployed live facial recognition technology.'),
 ('5. Please list the stations with CCTV and the number of cameras at each.',
  'Information withheld \u2013 Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement.'),
 ('6. How much did the force spend on CCTV maintenance in 2023/24?', '\u00a3163,200 (excluding VAT).'),
]
for a, b in qa:
    cs = t.add_row().cells; cs[0].text = a; cs[1].text = b
for row in t.rows:
    row.cells[0].width = Cm(7); row.cells[1].width = Cm(10)
d.add_paragraph()
p = d.add_paragraph(); p.add_run('Reasons for decision').bold = True
d.add_paragraph('Section 17 of the Freedom of Information Act 2000 requires North Wessex Constabulary, when refusing to provide '
                'such information (because the information is exempt), to provide you with a notice which: (a) states that '
                'fact, (b) specifies the exemption in question and (c) states (if that would not otherwise be apparent) why '
                'the exemption applies.')
d.add_paragraph('Questions 2 and 3: Confirming or denying whether the force uses equipment of a particular manufacturer would '
                'reveal information about the security infrastructure of police premises. Where a vulnerability is known or '
                'suspected in the products of a named manufacturer, confirmation or denial would assist those intent on '
                'attacking police systems. Sections 24(2) and 31(3) are qualified and prejudice-based and a public interest '
                'test has been carried out. Factors favouring confirmation or denial: accountability for public funds and '
                'public debate on the security of surveillance products. Factors against: to do so would undermine national '
                'security and law enforcement. On balance the force considers that the public interest favours neither '
                'confirming nor denying that information is held.')
d.add_paragraph('This should not be taken as an indication that the information you have requested is or is not held by the force.')
d.add_paragraph('Question 5: The locations and number of cameras at individual stations would reveal where coverage is limited. '
                'Sections 24(1) and 31(1)(a) and (b) apply and, for the reasons above, the public interest favours withholding.')
p = d.add_paragraph(); p.add_run('Complaint Rights').bold = True
d.add_paragraph('Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied '
                'you may ask for an internal review within 40 working days, and thereafter complain to the Information '
                'Commissioner under section 50 of the Act.')
d.add_paragraph('Yours sincerely,\n\nC. Dunmore\nDisclosure Officer')
d.add_paragraph('OFFICIAL').alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(os.path.join(OUT, '08-reply.docx'))
print('wrote 08-reply.docx')
