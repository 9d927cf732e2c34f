from lib import *

# ---------------------------------------------------------------- 01
def item01():
    req = """Dear Sir or Madam,

Under the Freedom of Information Act 2000 I would like to request the following:

1. How many CCTV cameras does Harnley Vale District Council currently operate (public space, car parks and council buildings combined)?
2. Are any of these cameras manufactured by Hikvision or Dahua?
3. If so, how many, and are there plans to replace them?
4. Who maintains the council's CCTV system?

Many thanks,
Owen Prideaux"""
    d = docx_new(header='HARNLEY VALE DISTRICT COUNCIL', footer='Harnley Vale District Council, Civic Offices, Mill Lane, Harnley, HV4 2PL  |  foi@harnleyvale.gov.uk  |  01632 960418')
    para(d, 'Mr O Prideaux', ); para(d, 'By email')
    para(d, 'Date: 14 March 2024', align='right'); para(d, 'Our reference: FOI/24/0311', align='right')
    para(d, 'Dear Mr Prideaux,')
    para(d, 'Freedom of Information Act 2000 – Request for Information', bold=True)
    paras(d, """Thank you for your request for information, which we received on 19 February 2024. I can confirm that Harnley Vale District Council holds the information you asked for. Our response to each part of your request is set out in the table below.""")
    table(d, [
        ['Your question', 'Our response'],
        ['1. How many CCTV cameras does Harnley Vale District Council currently operate (public space, car parks and council buildings combined)?',
         'The Council currently operates 212 cameras in total across the three areas you list.'],
        ['2. Are any of these cameras manufactured by Hikvision or Dahua?', 'No.'],
        ['3. If so, how many, and are there plans to replace them?', 'Not applicable – please see our answer to question 2.'],
        ['4. Who maintains the council\'s CCTV system?', 'Maintenance is carried out under contract by Castlegate Security Systems Ltd. The current contract runs until 31 March 2026.'],
    ], widths=[7.5, 9])
    para(d)
    paras(d, """If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this letter and should be addressed to the Information Governance Team at the address above.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Yours sincerely,""")
    para(d, 'Gemma Tarrant'); para(d, 'Information Governance Officer')
    d.save(out('01-reply.docx'))
    emit('01', req, '01-reply.docx', dict(format='docx', body_type='council', law='foia', hikvision='no', dahua='no',
         outcome='answered', exemptions=[], camera_count=212, note='Easy: answers sit in a two-column question/answer Word table; joint Hikvision/Dahua question answered "No".'))

# ---------------------------------------------------------------- 02
def item02():
    req = """Freedom of Information request – CCTV

Please provide:
(a) the total number of CCTV cameras in use across the Trust's hospital sites;
(b) the manufacturer of those cameras, broken down by site if possible;
(c) whether the Trust uses any Hikvision cameras;
(d) whether the Trust uses any Dahua cameras;
(e) the annual cost of CCTV maintenance for 2022/23.

Regards
Priya Vadher"""
    d = docx_new(font='Arial', size=10.5, header='North Wessex Hospitals NHS Foundation Trust — Information Governance', footer='Registered office: Kingsmead General Hospital, Kingsmead Road, Ashworth, AW2 9HX  •  Chair: Dr Rosalind Amberley')
    para(d, 'Information Governance Department\nKingsmead General Hospital\nKingsmead Road\nAshworth AW2 9HX', align='right')
    para(d, 'Tel: 01632 960774\nEmail: nwh.foi@nhs.net', align='right')
    para(d, '6 June 2023')
    para(d, 'Ms P Vadher\n[by email]')
    para(d, 'Dear Ms Vadher')
    para(d, 'Re: Freedom of Information Request – NWH-FOI-2023-0884', bold=True)
    paras(d, """I am writing in response to your email of 9 May 2023 requesting information about closed circuit television at the Trust.

Parts (a) to (d): The information is provided in Appendix A at the end of this letter, which lists the cameras at each of our sites together with the manufacturer. Parts (c) and (d) can be answered from the same table.

Part (e): The Trust spent £48,312 (ex VAT) on CCTV maintenance in 2022/23. This figure covers the planned preventative maintenance contract and reactive call-outs at all sites.

Please note that the information supplied to you is subject to copyright. You may re-use it for your own non-commercial research; any other re-use requires permission from the Trust.

If you are unhappy with our response you may request an internal review by writing to the Head of Information Governance at the above address within 40 working days. Should you remain dissatisfied you may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).

Yours sincerely""")
    para(d, '\n\nMarcus Ellery-Jones\nFreedom of Information Lead\nNorth Wessex Hospitals NHS Foundation Trust')
    d.add_page_break()
    para(d, 'Appendix A – CCTV cameras by site (as at 31 May 2023)', bold=True, size=12)
    table(d, [
        ['Site', 'Manufacturer', 'No. of cameras'],
        ['Kingsmead General Hospital', 'Axis Communications', '141'],
        ['Kingsmead General Hospital', 'Hanwha (Samsung Wisenet)', '37'],
        ['Ashworth Community Hospital', 'Hikvision', '18'],
        ['Ashworth Community Hospital', 'Axis Communications', '6'],
        ['Pelham Lodge (Mental Health Unit)', 'Avigilon', '22'],
        ['Eastbrook Treatment Centre', 'Hikvision', '9'],
        ['Off-site car parks (Ashworth)', 'Axis Communications', '11'],
    ], widths=[7, 6, 3.5])
    para(d, 'Dahua: the Trust does not use any cameras manufactured by Dahua at any of the above sites.', italic=True, size=9)
    d.save(out('02-reply.docx'))
    emit('02', req, '02-reply.docx', dict(format='docx', body_type='nhs', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=[], camera_count=244, note='Header/footer letter; counts only in an "Appendix A" table after the signature, split by site and maker with no total row (sum 244).'))

# ---------------------------------------------------------------- 03
def item03():
    req = """Dear Information Officer,

Please could you tell me:

Q1 How many CCTV cameras does the council operate?
Q2 Does the council use cameras made by Hikvision?
Q3 Does the council use cameras made by Dahua?
Q4 Please list the makes and models of all CCTV cameras.

If it is easier to send a spreadsheet or asset list that is fine.

Thanks
Callum Weatherby"""
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = 'Cover'
    cover = [
        ['Tolbridge Borough Council'],
        ['Freedom of Information – Disclosure'],
        [],
        ['Reference', 'FOI-7714'],
        ['Date of response', '2024-09-12'],
        ['Requester', 'C. Weatherby'],
        [],
        ['Response'],
        ['Q1–Q4: The attached asset register (sheet "Asset Register") lists every camera the Council holds a record for, with its current status.'],
        ['Only cameras with a status of "Live" are currently operating. Cameras marked "Decommissioned" have been taken out of service and removed; "Planned" cameras are not yet installed.'],
        ['A summary by manufacturer is on the "Summary" sheet.'],
        [],
        ['If you are unhappy with this response you can ask for an internal review by emailing foi@tolbridge.gov.uk within 40 working days. You may then complain to the Information Commissioner.'],
    ]
    xl_sheet(ws, cover, header_row=0, widths=[22, 40])
    ws['A1'].font = Font(bold=True, size=14); ws['A2'].font = Font(bold=True, size=12); ws['A8'].font = Font(bold=True)
    ar = wb.create_sheet('Asset Register')
    rows = [['Asset ID', 'Site', 'Location', 'Make', 'Model', 'Type', 'Status', 'Install year']]
    rnd = random.Random(3)
    plan = []
    sites = [('Town Centre', ['High St / Market Sq', 'Bridge St', 'Bus Station', 'Abbey Walk', 'Cattle Market', 'Church Lane', 'Station Approach']),
             ('Riverside Car Park', ['Level 1', 'Level 2', 'Level 3', 'Roof', 'Pay station', 'Entrance barrier']),
             ('Civic Centre', ['Reception', 'Rear yard', 'Council chamber corridor', 'Loading bay']),
             ('Tolbridge Depot', ['Gate', 'Fuel bay', 'Salt barn', 'Workshop']),
             ('Greenhill Leisure Centre', ['Entrance', 'Pool side', 'Car park'])]
    models = {'Axis': [('P3245-LVE', 'Fixed dome'), ('Q6075-E', 'PTZ'), ('P1455-LE', 'Bullet')],
              'Hanwha': [('XNV-8080R', 'Fixed dome'), ('XNP-6400RW', 'PTZ')],
              'Dahua': [('IPC-HFW5442E-ZE', 'Bullet'), ('SD6AL433XA-HNR', 'PTZ')],
              'Hikvision': [('DS-2CD2T46G2-4I', 'Bullet'), ('DS-2DE4425IW-DE', 'PTZ')]}
    n = 0
    for site, locs in sites:
        for loc in locs:
            if site == 'Town Centre': mk = 'Axis' if loc != 'Cattle Market' else 'Hanwha'
            elif site == 'Riverside Car Park': mk = 'Dahua'
            elif site == 'Civic Centre': mk = 'Hanwha'
            elif site == 'Tolbridge Depot': mk = 'Dahua' if loc in ('Gate', 'Fuel bay') else 'Axis'
            else: mk = 'Axis'
            k = 2 if site in ('Town Centre', 'Riverside Car Park') else 1
            for i in range(k):
                m, t = rnd.choice(models[mk])
                n += 1
                rows.append([f'TBC-{n:04d}', site, loc + (f' ({i+1})' if k > 1 else ''), mk, m, t, 'Live', rnd.choice([2017, 2018, 2019, 2021, 2022])])
    # hikvision all decommissioned
    for loc in ['Greenhill Leisure Centre|Reception', 'Greenhill Leisure Centre|Gym', 'Civic Centre|Staff car park', 'Tolbridge Depot|Vehicle wash', 'Town Centre|Sheep St']:
        s, l = loc.split('|'); n += 1
        m, t = rnd.choice(models['Hikvision'])
        rows.append([f'TBC-{n:04d}', s, l, 'Hikvision', m, t, 'Decommissioned', 2015])
    for loc in ['Town Centre|Northgate', 'Town Centre|Northgate (2)', 'Riverside Car Park|Cycle store']:
        s, l = loc.split('|'); n += 1
        rows.append([f'TBC-{n:04d}', s, l, 'Axis', 'P3265-LVE', 'Fixed dome', 'Planned', None])
    hdr, body = rows[0], rows[1:]
    body.sort(key=lambda r: (r[1], r[2]))
    rows = [hdr] + body
    xl_sheet(ar, rows, widths=[10, 24, 26, 11, 18, 12, 15, 11])
    live = [r for r in body if r[6] == 'Live']
    from collections import Counter
    c = Counter(r[3] for r in live)
    sm = wb.create_sheet('Summary')
    srows = [['Manufacturer', 'Live', 'Decommissioned', 'Planned']]
    for mk in ['Axis', 'Dahua', 'Hanwha', 'Hikvision']:
        srows.append([mk, c.get(mk, 0), sum(1 for r in body if r[3] == mk and r[6] == 'Decommissioned'), sum(1 for r in body if r[3] == mk and r[6] == 'Planned')])
    srows.append(['Total', sum(c.values()), sum(1 for r in body if r[6] == 'Decommissioned'), sum(1 for r in body if r[6] == 'Planned')])
    xl_sheet(sm, srows, widths=[16, 8, 16, 9], bold_rows=[len(srows)])
    wb.save(out('03-reply.xlsx'))
    emit('03', req, '03-reply.xlsx', dict(format='xlsx', body_type='council', law='foia', hikvision='no', dahua='yes',
         outcome='answered', exemptions=[], camera_count=len(live), note=f'Workbook: cover sheet + asset register; Hikvision rows all "Decommissioned", 3 "Planned" rows; {len(live)} Live cameras, summary sheet agrees.'))

# ---------------------------------------------------------------- 04
def item04():
    req = """To the Freedom of Information Unit,

I would be grateful for the following information in respect of the Constabulary's own premises (stations, custody suites, property stores), not public space CCTV run by local authorities.

1) The number of CCTV cameras installed and operating at Constabulary premises.
2) The manufacturers of those cameras.
3) Whether any of the cameras or recorders are made by Hikvision or Dahua.

An asset list would be ideal.

Yours faithfully,
Dr Helen Markwick"""
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = 'Response'
    xl_sheet(ws, [
        ['Calderdown Constabulary – Freedom of Information Response'],
        ['Request number: 004217/24'],
        [],
        ['Q1', 'The number of CCTV cameras operating at Constabulary premises is given on the sheet "Totals".'],
        ['Q2', 'See "Estate cameras" sheet, column E.'],
        ['Q3', 'See "Estate cameras" sheet.'],
        [],
        ['The information supplied is Crown copyright and may be re-used under the Open Government Licence.'],
        [],
        ['Complaint rights: you may request a review of this decision within 40 working days by writing to the Information Access Manager, Police HQ, Carrow Way, Calderdown CD1 4QT.'],
    ], header_row=0, widths=[8, 100])
    ws['A1'].font = Font(bold=True, size=13)
    ec = wb.create_sheet('Estate cameras')
    rnd = random.Random(44)
    sites = {'Calderdown Central Police Station': 16, 'Calderdown Custody Suite': 22, 'Hollins Cross Police Station': 7,
             'Marfield Police Station': 6, 'Property Store, Unit 4 Kestrel Park': 5, 'Force HQ, Carrow Way': 11, 'Westby Section Office': 4}
    rows = [['Ref', 'Site', 'Location', 'Type', 'Make', 'Model', 'Status']]
    n = 0
    for site, k in sites.items():
        for i in range(k):
            n += 1
            if 'Custody' in site:
                mk, md = ('Avigilon', 'H5A-DO-IR') if i % 3 else ('Avigilon', 'H5SL-BO1-IR')
            elif site in ('Hollins Cross Police Station', 'Westby Section Office'):
                mk, md = 'Hik Vision', 'DS-2CD2143G2-IS'
            else:
                mk, md = rnd.choice([('Axis', 'M3106-L Mk II'), ('Axis', 'P3727-PLE'), ('Bosch', 'FLEXIDOME IP 5000i')])
            loc = rnd.choice(['Yard', 'Front counter', 'Corridor', 'Gate', 'Cell corridor', 'Rear door', 'Car park', 'Holding room'])
            rows.append([f'CC-{n:03d}', site, loc, 'Camera', mk, md, 'In service'])
    # recorders + spares
    rows.append([f'CC-{n+1:03d}', 'Hollins Cross Police Station', 'Comms room', 'NVR', 'Hik Vision', 'DS-7608NI-K2', 'In service'])
    rows.append([f'CC-{n+2:03d}', 'Westby Section Office', 'Office', 'NVR', 'Hik Vision', 'DS-7604NI-K1', 'In service'])
    rows.append([f'CC-{n+3:03d}', 'Marfield Police Station', 'Yard', 'Camera', 'Axis', 'P1455-LE', 'Awaiting install'])
    xl_sheet(ec, rows, widths=[9, 34, 16, 9, 12, 20, 16])
    live = sum(1 for r in rows[1:] if r[3] == 'Camera' and r[6] == 'In service')
    stated = live + 2
    tt = wb.create_sheet('Totals')
    xl_sheet(tt, [['Site', 'Cameras']] + [[s, k] for s, k in sites.items()] + [['Total in service', stated]], widths=[38, 10], bold_rows=[len(sites) + 2])
    wb.move_sheet('Totals', offset=-1)
    wb.save(out('04-reply.xlsx'))
    emit('04', req, '04-reply.xlsx', dict(format='xlsx', body_type='police', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=[], camera_count=stated,
         note=f'Totals sheet total ({stated}) disagrees with its own rows and the register ({live}); reply points to the Totals sheet for Q1 so labelled the stated total. Hikvision spelt "Hik Vision", incl. NVRs.'))

# ---------------------------------------------------------------- 05
def item05():
    req = """Hello,

This is a request under the Freedom of Information Act.

- How many CCTV cameras are there on the University's campuses?
- In which buildings are they located and how many in each?
- What make are the cameras?
- Does the University use facial recognition with any of its CCTV?

Thank you,
Sam Okonjo"""
    st = pstyles()
    story = [P('<b>University of Eastmere</b>', st['h']),
             P('Information Compliance Office · Registry Building · Eastmere EM3 7UU · foi@eastmere.ac.uk', st['small']),
             Spacer(1, 10),
             P('Our ref: IC/FOI/2025-041<br/>Date: 27 January 2025', st['body']),
             P('Dear Sam Okonjo,', st['body']),
             P('Thank you for your request received on 2 January 2025. We have considered it under the Freedom of Information Act 2000 and our response is as follows.', st['body']),
             P('<b>1 and 2. Number and location of cameras</b>', st['body']),
             P('The table below lists each building or area with CCTV coverage, the number of cameras and their manufacturer. The total is shown in the final row.', st['body'])]
    rnd = random.Random(5)
    bld = ['Registry Building', 'Library (Harcourt)', 'Students\' Union', 'Sports Centre', 'Engineering Block A', 'Engineering Block B', 'Chemistry Laboratories',
           'Medical School', 'Halls – Cedar Court', 'Halls – Maple Court', 'Halls – Rowan House', 'Halls – Sycamore House', 'Multi-storey Car Park', 'Car Park 4',
           'Estates Yard', 'Arts Tower', 'Business School', 'Law Building', 'Computing Centre', 'Sanderson Lecture Theatres', 'Innovation Hub (Wakeley Park)',
           'Music Department', 'Nursery', 'Conference Centre', 'Bus Interchange', 'Boathouse', 'Observatory', 'Health Centre', 'Main Gate Lodge', 'Swimming Pool',
           'Catering Hub', 'Loading Dock North', 'Farm Campus – Livestock Unit', 'Farm Campus – Gatehouse', 'Geography Building', 'Psychology Building',
           'Biology Building', 'Physics Building', 'Student Services', 'Chaplaincy']
    rows = [['Building / area', 'Number of cameras', 'Manufacturer']]
    tot = 0
    for b in bld:
        k = rnd.randint(2, 24)
        mk = rnd.choice(['Axis', 'Axis', 'Axis', 'Bosch', 'Axis / Bosch', 'Dahua', 'Hanwha'])
        if b.startswith('Halls'): mk = 'Dahua'
        rows.append([b, str(k), mk]); tot += k
    rows.append(['Total', str(tot), ''])
    story.append(rl_table(rows, st, [8, 4, 4.6], total_last=True))
    story += [Spacer(1, 8),
              P('<b>3. Manufacturer</b>', st['body']),
              P('As shown above, the University\'s cameras are manufactured by Axis Communications, Bosch Security Systems, Dahua Technology and Hanwha Vision. No other manufacturers are in use.', st['body']),
              P('<b>4. Facial recognition</b>', st['body']),
              P('The University does not use facial recognition technology with any of its CCTV cameras.', st['body']),
              P('If you are dissatisfied with the handling of your request, you may ask for an internal review within 40 working days of the date of this letter by writing to the Information Compliance Manager at the address above. If you remain dissatisfied following the review, you may complain to the Information Commissioner\'s Office.', st['body']),
              P('Yours sincerely,<br/><br/>Rhiannon Castell<br/>Information Compliance Officer', st['body'])]
    pdf_build(out('05-reply.pdf'), story, header='University of Eastmere – FOI response IC/FOI/2025-041', footer='Page {page}', title='FOI response IC-FOI-2025-041', author='rcastell')
    emit('05', req, '05-reply.pdf', dict(format='pdf', body_type='university', law='foia', hikvision='no', dahua='yes',
         outcome='answered', exemptions=[], camera_count=tot, note='Word-export PDF; 40-row building table runs over a page break with repeated header row; total in last row; complete maker list omits Hikvision.'))

if __name__ == '__main__':
    for f in (item01, item02, item03, item04, item05): f()
