from lib import *

# ---------------------------------------------------------------- 16
def item16():
    req = """Dear FOI Team

Please supply, under the Freedom of Information Act 2000:

1. The number of CCTV cameras at each of the Trust's inpatient units.
2. The make and model of cameras and of recording equipment (NVRs/DVRs).
3. Whether any CCTV equipment is manufactured by Hikvision or Dahua.
4. Whether any cameras are installed in patient bedrooms or seclusion rooms.

Regards
Yusuf Adeyemi"""
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = 'Letter'
    lines = ['Pennine Moors Mental Health NHS Foundation Trust', 'Freedom of Information Office', '', 'FOI ref: PMM 23-24/1147', 'Date: 29 February 2024', '',
             'Dear Mr Adeyemi,', '',
             'Thank you for your request. The Trust\'s response to questions 1 to 3 is contained in the "Equipment" tab of this workbook, which lists each device by unit.',
             'A summary is given on the "Summary" tab.', '',
             'Question 4: Cameras are installed in seclusion rooms at Thornley House and Brackendale Ward only, in line with the Mental Health Act Code of Practice. There are no cameras in patient bedrooms.', '',
             'If you are dissatisfied with the handling of your request you may ask for an internal review (foi.pmm@nhs.net). You may subsequently complain to the ICO.', '',
             'FOI Office', 'Pennine Moors Mental Health NHS Foundation Trust']
    xl_sheet(ws, [[l] for l in lines], header_row=0, widths=[120])
    ws['A1'].font = Font(bold=True, size=13)
    eq = wb.create_sheet('Equipment')
    units = {'Thornley House': 14, 'Brackendale Ward': 9, 'Heathercliffe Unit': 11, 'Moorside Low Secure': 13, 'Aspen Lodge (CAMHS)': 5}
    rnd = random.Random(16)
    rows = [['Unit', 'Device', 'Make', 'Model', 'Area', 'Qty']]
    ncam = 0
    for u, k in units.items():
        splits = [k // 2, k - k // 2] if k > 6 else [k]
        for part in splits:
            mk, md = rnd.choice([('Axis', 'M3088-V'), ('Axis', 'P3268-LVE'), ('Axis', 'M4216-LV')])
            rows.append([u, 'Camera', mk, md, rnd.choice(['Ward corridors', 'Communal areas', 'Garden / perimeter', 'Entrance / airlock', 'Seclusion']), part])
            ncam += part
        rows.append([u, 'NVR', 'Dahua', rnd.choice(['NVR5216-16P-4KS2E', 'NVR4416-16P-4KS2/I']), 'Comms cupboard', 1])
    rows.append(['Heathercliffe Unit', 'NVR (spare)', 'Dahua', 'NVR4416-16P-4KS2/I', 'Estates store', 1])
    xl_sheet(eq, rows, widths=[22, 12, 9, 22, 20, 6])
    sm = wb.create_sheet('Summary')
    nvr = sum(r[5] for r in rows[1:] if r[1].startswith('NVR'))
    xl_sheet(sm, [['Device', 'Total'], ['Cameras', ncam], ['Recorders', nvr], ['All devices', ncam + nvr]], widths=[14, 8], bold_rows=[4])
    wb.save(out('16-reply.xlsx'))
    emit('16', req, '16-reply.xlsx', dict(format='xlsx', body_type='nhs', law='foia', hikvision='no', dahua='yes',
         outcome='answered', exemptions=[], camera_count=ncam,
         note=f'Cameras all Axis but the recorders are Dahua NVRs (so Dahua equipment in use); Summary gives cameras {ncam}, recorders and an "All devices" {ncam + nvr} total that must not be taken as the camera count.'))

# ---------------------------------------------------------------- 17
def item17():
    req = """To the Headteacher,

I would like to make a request under the Freedom of Information Act for the following.

Question 1: How many CCTV cameras are in use at the school, and where?
Question 2: Are any of these made by Hikvision or Dahua?
Question 3: Who has access to the footage?

Yours faithfully
Marian Culshaw"""
    d = docx_new(font='Calibri', size=11, header='St Aldhelm\'s C of E Primary School  |  "Let your light shine"', footer='St Aldhelm\'s C of E Primary School, Vicarage Close, Little Brayford, BF7 3SQ  ·  office@st-aldhelms.example.sch.uk  ·  Headteacher: Mrs J. Pendleton')
    para(d, '21 June 2024', align='right')
    para(d, 'Dear Ms Culshaw,')
    paras(d, """Thank you for your email of 24 May asking about CCTV at St Aldhelm's. I am sorry for the slight delay in replying, which was due to the half-term holiday.

We do have CCTV. The number of cameras and where they are is shown in Appendix A, which I have attached at the end of this letter. None of our cameras are made by Hikvision or Dahua.

Footage can be viewed only by myself, the School Business Manager and the Site Manager. It is kept for 30 days and then automatically overwritten, unless it is needed in connection with an incident. Footage may be shared with the police where they request it for the prevention or detection of crime.

If you are not happy with how we have dealt with your request, please write to the Chair of Governors at the school address. You can also contact the Information Commissioner's Office (ico.org.uk).

Kind regards,""")
    para(d, 'Julia Pendleton\nHeadteacher')
    para(d)
    para(d, 'Appendix A', bold=True, size=12)
    table(d, [['Area', 'Cameras'], ['Main entrance and reception', '3'], ['Playground (KS1 and KS2)', '4'], ['Car park and front gate', '2'],
              ['Field / rear boundary', '2'], ['Nursery¹', '3'], ['Hall corridor', '1']], widths=[9, 3])
    para(d, '¹ The nursery cameras were taken down when the nursery moved to the new building in April 2024 and have not been replaced.', size=9, italic=True)
    d.save(out('17-reply.docx'))
    emit('17', req, '17-reply.docx', dict(format='docx', body_type='school', law='foia', hikvision='no', dahua='no',
         outcome='answered', exemptions=[], camera_count=12,
         note='Appendix A table after the signature with no total; a footnote says the 3 nursery cameras were removed, so 15 listed but 12 in use.'))

# ---------------------------------------------------------------- 18
def item18():
    req = """Dear University of Corrington,

1. How many CCTV cameras does the University operate?
2. Please list the locations of every camera.
3. What brands of cameras are used?
4. Does the University intend to remove any Hikvision or Dahua equipment?

Best,
Eleanor Fitch"""
    st = pstyles()
    story = [P('<b>University of Corrington – Governance and Legal Services</b>', st['h']),
             P('FOI reference: UC-FOI-24-0733 &nbsp;&nbsp; Date of response: 15 November 2024', st['body']),
             P('<b>1. Number of cameras</b><br/>The University operates c. 1,100 CCTV cameras across the city campus, the Fairholme Science Park and student residences.', st['body']),
             P('<b>2. Locations</b><br/>We have decided to withhold the precise locations of cameras under section 31(1)(a) (law enforcement) of the FOIA. Publishing a complete map of coverage would assist anyone seeking to commit crime on campus by identifying blind spots. We have considered the public interest test and concluded that the public interest in maintaining the exemption outweighs that in disclosure. We can tell you that cameras are installed at all academic buildings, all University-managed residences and all University car parks.', st['body']),
             P('<b>3. Brands</b><br/>Axis, Avigilon and Hikvision.', st['body']),
             P('<b>4. Hikvision / Dahua</b><br/>The University has no Dahua equipment. There are currently 96 Hikvision cameras, mainly at residences, which will be replaced as they reach end of life; there is no fixed date for this.', st['body']),
             P('<i>Your rights:</i> You may request an internal review of this decision within 40 working days by emailing foi@corrington.ac.uk. If you remain dissatisfied you may complain to the Information Commissioner\'s Office.', st['small'])]
    att = pdf_bytes(story, footer='University of Corrington is a registered charity', title='UC-FOI-24-0733 response', author='GLS')
    text = """Dear Ms Fitch

Please see the attached response to your request for information.

With best wishes

Governance and Legal Services
University of Corrington
Corrington CR1 9NF
"""
    eml(out('18-reply.eml'), 'FOI <foi@corrington.ac.uk>', 'Eleanor Fitch <e.fitch@protonmail.example>', 'UC-FOI-24-0733 - Response', '2024-11-15 16:03', text,
        attachments=[('UC-FOI-24-0733 response.pdf', att, PDF_MT)])
    emit('18', req, '18-reply.eml', dict(format='eml', body_type='university', law='foia', hikvision='yes', dahua='no',
         outcome='partially_answered', exemptions=['s31'], camera_count=1100,
         note='Answer only in attached PDF; "c. 1,100"; locations withheld under s31(1)(a); the 96 Hikvision subset is not the total.'))

# ---------------------------------------------------------------- 19
def item19():
    req = """Hello

I'd like to know:
a) the number of CCTV cameras operated by Brenfield Borough Council
b) the manufacturer of each camera
c) whether any of the council's CCTV is made by Hikvision or Dahua or any of their subsidiary brands

Thanks
K. Obi"""
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = 'By manufacturer'
    rows = [['Manufacturer', 'Model(s)', 'Quantity'],
            ['Bosch', 'AUTODOME IP 5000i; FLEXIDOME IP 5000i', 40],
            ['Honeywell (HQA series)', 'HQA-BX5M; HQA-TDC5M', 19],
            ['Vivotek', 'FD9389-EHTV', 9],
            ['Axis', 'Q6135-LE', 6]]
    xl_sheet(ws, rows, widths=[24, 40, 10])
    ws2 = wb.create_sheet('Notes')
    xl_sheet(ws2, [['Notes'], ['Figures are for cameras in service on 1 July 2025.'], ['Honeywell HQA cameras are at the three leisure centres and were installed by the leisure operator before the service came back in house.'],
                   ['Quantities exclude 4 cameras on order for Brenfield Park (Bosch).']], widths=[100])
    att = xlsx_bytes(wb)
    text = """Dear K Obi,

Re: FOI 25-0688 CCTV

Thank you for your request. The Council operates 74 CCTV cameras. A breakdown by manufacturer and model is in the attached spreadsheet, which answers parts (b) and (c).

If you are unhappy with how your request has been handled, you can ask for an internal review by replying to this email within 40 working days. You can also complain to the Information Commissioner.

Regards

Hayley Dunmore
Customer Insight & Information Team
Brenfield Borough Council
"""
    eml(out('19-reply.eml'), 'FOI Brenfield <foi@brenfield.gov.uk>', 'k.obi@example.org', 'FOI 25-0688 CCTV', '2025-07-14 11:27', text,
        attachments=[('FOI 25-0688 CCTV cameras.xlsx', att, XLSX_MT)])
    emit('19', req, '19-reply.eml', dict(format='eml', body_type='council', law='foia', hikvision='no', dahua='yes',
         outcome='answered', exemptions=[], camera_count=74,
         note='Covering e-mail gives 74; attached xlsx lists makers; Dahua only via its OEM brand Honeywell HQA, never named; complete maker list omits Hikvision.'))

# ---------------------------------------------------------------- 20
def item20():
    req = """Dear Clerk,

Could you please tell me (1) how many CCTV cameras the Town Council operates, (2) whether any are made by Hikvision, and (3) whether any are made by Dahua.

Thank you
Lewis Garside"""
    rtf = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\qc\b\f0\fs28 WENNINGTON TOWN COUNCIL\b0\fs20\par
The Old Court House, 2 Market Place, Wennington, WN5 1DE\par
Tel: 01632 961088  \bullet  clerk@wenningtontc.example.gov.uk\par
\pard\par
\fs22 12 September 2024\par
\par
Dear Mr Garside\par
\par
\b Freedom of Information request \endash  CCTV\b0\par
\par
Thank you for your email of 2 September.\par
\par
Wennington Town Council does not own or operate any CCTV cameras. The cameras in the Market Place and at the bus station belong to Calderford District Council, and you may wish to direct your questions to them (foi@calderford.gov.uk).\par
\par
As the Town Council has no cameras, the answer to your second and third questions is no.\par
\par
If you are dissatisfied with this reply you may ask the Council to review it, and you may also contact the Information Commissioner's Office.\par
\par
Yours sincerely\par
\par
\i Pauline Ashworth\i0\par
Town Clerk and RFO\par
}
"""
    with open(out('20-reply.rtf'), 'w', newline='\r\n') as f: f.write(rtf)
    emit('20', req, '20-reply.rtf', dict(format='rtf', body_type='council', law='foia', hikvision='no', dahua='no',
         outcome='answered', exemptions=[], camera_count=0,
         note='RTF letter from a town council with no CCTV of its own; cameras in town belong to the district council.'))

if __name__ == '__main__':
    for f in (item16, item17, item18, item19, item20): f()
