from lib import *
from items_11_15 import odt_doc, odt_table, OP
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table as OTable, TableColumn, TableRow, TableCell

# ---------------------------------------------------------------- 21
def item21():
    req = """Please provide the following under FOIA:

1. A list of every location where Halverton Police has a CCTV camera, fixed or temporary (including redeployable cameras).
2. For each location, the make and model of each camera.
3. For each camera, the date it was installed and the cost.
4. Any correspondence since 2021 with suppliers about Hikvision or Dahua equipment.

R. Quayle"""
    html = """<!doctype html>
<html><head><meta charset="utf-8"><title>Disclosure log: CCTV camera locations, makes and costs (FOI 2025-00412) - Halverton Police</title></head>
<body>
<div class="breadcrumb">Home &gt; Access to information &gt; Disclosure log &gt; 2025</div>
<article>
<h1>CCTV camera locations, makes and costs</h1>
<p class="meta">Reference: FOI 2025-00412 &middot; Published: 3 March 2025 &middot; Theme: Estates and equipment</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Request</th><th>Response</th></tr>
<tr><td>
<p>1. A list of every location where Halverton Police has a CCTV camera, fixed or temporary (including redeployable cameras).</p>
<p>2. For each location, the make and model of each camera.</p>
<p>3. For each camera, the date it was installed and the cost.</p>
<p>4. Any correspondence since 2021 with suppliers about Hikvision or Dahua equipment.</p>
</td><td>
<p>Halverton Police has estimated that the cost of complying with your request would exceed the appropriate limit of &pound;450 set out in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. Section 12(1) of the Act therefore applies and this notice acts as a refusal of your request as a whole.</p>
<p>CCTV equipment across the force is not held in a single register. Installation records sit with each of the estates contracts covering the force's 31 buildings, and redeployable cameras are managed locally by neighbourhood teams. To establish the make, model, installation date and cost of each camera would require a manual search of contract files, invoices and local records. A sampling exercise at two sites took 3 hours 40 minutes; extrapolated across all sites this would take well in excess of 18 hours.</p>
<p>Where section 12 applies to part of a request it applies to the whole of it, so we have not considered part 4 separately.</p>
<p>Advice and assistance: you may wish to consider narrowing your request, for example to a single site or to the number of cameras only. Please note that any refined request would be treated as a new request and may be subject to exemptions.</p>
</td></tr>
</table>
<p><small>If you are dissatisfied, you may request an internal review within 40 working days by writing to the Information Rights Unit, Halverton Police Headquarters, Quarry Lane, Halverton HV1 2TY. You have the right to complain to the Information Commissioner.</small></p>
</article>
<footer>&copy; Halverton Police 2025</footer>
</body></html>"""
    with open(out('21-reply.html'), 'w') as f: f.write(html)
    emit('21', req, '21-reply.html', dict(format='html', body_type='police', law='foia', hikvision='unknown', dahua='unknown',
         outcome='refused', exemptions=['s12'], camera_count=None,
         note='Disclosure-log page; several paragraphs in one table cell; whole request refused on cost (s12); "31 buildings" is not a camera count.'))

# ---------------------------------------------------------------- 22
def item22():
    req = """Dear Kelsall City Council,

I would like information about the ANPR cameras used to enforce the Clean Air Zone.

1. How many ANPR cameras are there in the CAZ?
2. Where are they located (street names)?
3. Who manufactured them? In particular are any supplied by Hikvision or Dahua?
4. How much did the camera installation cost?

Regards
Mei Ling Saunders"""
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='B', family='table-cell'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
    wide = Style(name='cw', family='table-column'); wide.addElement(TableColumnProperties(columnwidth='9cm')); doc.automaticstyles.addElement(wide)
    rows = [['Kelsall City Council – Environmental Information Regulations 2004 – Request EIR/2024/0207', ''],
            ['Your request has been handled under the EIR as it concerns measures affecting air quality.', ''],
            ['', ''],
            ['Question', 'Response'],
            ['1. Number of ANPR cameras', '38 ANPR cameras at 19 entry points (two per entry point, one per direction of travel).'],
            ['2. Locations', 'Withheld. Regulation 12(5)(a) – disclosure would adversely affect public safety and public security by assisting attempts to evade or vandalise the cameras. We have applied the presumption in favour of disclosure and the public interest test; the public interest favours withholding the detailed locations. Signage is displayed at every entry point to the zone.'],
            ['3. Manufacturer', 'All CAZ ANPR cameras are Jenoptik VECTOR SR units supplied under the CAZ implementation contract.'],
            ['4. Cost', '£1,146,880 (camera supply and installation, excluding back-office system).'],
            ['', ''],
            ['Internal review', 'You may ask for reconsideration under regulation 11 within 40 working days. You may then complain to the Information Commissioner.'],
            ['Officer', 'Tariq Bellingham, Information Governance']]
    t = OTable(name='EIR response')
    t.addElement(TableColumn(stylename=wide, numbercolumnsrepeated=2))
    for i, row in enumerate(rows):
        tr = TableRow()
        for v in row:
            tc = TableCell(valuetype='string', stylename=bold if i in (0, 3) else None); tc.addElement(OP(text=v)); tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    doc.save(out('22-reply.ods'))
    emit('22', req, '22-reply.ods', dict(format='ods', body_type='council', law='eir', hikvision='no', dahua='no',
         outcome='partially_answered', exemptions=['EIR 12(5)(a)'], camera_count=38,
         note='ODS response under EIR about Clean Air Zone ANPR only (so the ANPR count is the answer); locations withheld under reg 12(5)(a); sole maker Jenoptik; reg 11 is not an exemption; "19 entry points" is not the count.'))

# ---------------------------------------------------------------- 23
def item23():
    req = """Dear Sir or Madam,

Would you please provide a copy of your CCTV asset register (or equivalent list) showing for each camera the site, location, manufacturer, model and status. I would also like to know the total number of cameras currently operating.

Regards,
Bernadette Kowalczyk"""
    rnd = random.Random(23)
    stations = ['Service HQ Brantwood', 'Ashby Parva FS', 'Colnebridge FS', 'Danesfield FS', 'Elmsworth FS', 'Fordley FS (retained)', 'Training & Development Centre', 'Vehicle Workshops']
    buf = io.StringIO(); w = csv.writer(buf, lineterminator='\n', quoting=csv.QUOTE_ALL)
    w.writerow(['SITE', 'LOCATION', 'MAKE', 'MODEL', 'TYPE', 'STATUS', 'COMMENTS'])
    live = 0; mks = set()
    for s in stations:
        k = rnd.randint(3, 8) if s.endswith('FS') or 'retained' in s else rnd.randint(6, 12)
        for i in range(k):
            mk, md, ty = rnd.choice([('HIKVISION', 'DS-2CD2346G2-ISU/SL', 'Turret'), ('HIKVISION', 'DS-2CD2T86G2-2I', 'Bullet'),
                                     ('AXIS', 'M3215-LVE', 'Dome'), ('AXIS', 'P3268-LV', 'Dome'), ('UNIVIEW', 'IPC3614SB-ADF28KM-I0', 'Turret')])
            st, cm = 'Active', ''
            if s == 'Colnebridge FS' and i < 2: st, cm = 'Decommissioned', 'Removed during appliance bay rebuild 2023'
            w.writerow([s, rnd.choice(['Appliance bay', 'Yard', 'Drill tower', 'Front entrance', 'Rear gate', 'Car park', 'Fuel bowser', 'Reception']), mk, md, ty, st, cm])
            if st == 'Active': live += 1; mks.add(mk)
    for s, l in [('Danesfield FS', 'Yard'), ('Danesfield FS', 'Appliance bay'), ('Elmsworth FS', 'Front entrance')]:
        w.writerow([s, l, 'DAHUA', 'IPC-HFW3849T1-AS-PV', 'Bullet', 'Planned', 'Quoted - awaiting approval'])
    w.writerow(['', '', '', '', '', '', ''])
    w.writerow([f'Total active cameras: {live}', '', '', '', '', '', ''])
    with open(out('23-reply.csv'), 'w', newline='') as f: f.write(buf.getvalue())
    print('23', live, mks)
    emit('23', req, '23-reply.csv', dict(format='csv', body_type='fire', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=[], camera_count=live,
         note='Upper-case CSV register with a total line at the bottom; Dahua appears only on "Planned" (quoted, not approved) rows, so not in use; Decommissioned rows excluded.'))

# ---------------------------------------------------------------- 24
def item24():
    req = """Dear Sir / Madam

Under the Freedom of Information (Scotland) Act 2002, please provide:

1. The number of CCTV cameras at each University building and residence.
2. The manufacturer of the cameras at each building/residence.
3. Whether the University has any cameras manufactured by Hikvision, and if so, how many.

Yours faithfully
Catriona Baird"""
    st = pstyles(font='Calibri', size=10)
    rnd = random.Random(24)
    rows = [['Building / residence', 'Cameras', 'Manufacturer']]
    bl = ['Principal\'s Building', 'Kirkhope Library', 'Auldearn Building', 'Mennock Building', 'Cowan Chemistry Building', 'Drumlie Building', 'Students\' Representative Council',
          'Craigour Sports Centre', 'Linnhe Medical School', 'Gairloch Building', 'Balquhain Building', 'Struan Computing Building', 'Engineering East',
          'Engineering West', 'Marchbank Hall', 'Corsehill House', 'Quarrybrae Student Village', 'Birkhill Halls²', 'Tollcross Drive flats', 'Westerton Hall', 'Millburn Court',
          'Garvock Estate – Vet School', 'Garvock Estate – Sports Pavilion', 'Solway Campus – Teaching Block', 'Solway Campus – Library',
          'Estates Services Yard', 'Glendoick Gardens', 'Inchmurrin Building', 'Ardgour Building', 'Physics (Lochinch) Building', 'Life Sciences Building', 'Observatory (Braeside)',
          'Boathouse', 'Memorial Chapel', 'University Museum', 'Art Collection Store', 'Innovation Centre', 'Dental Teaching Building',
          'Innovation Centre car park', 'University Road car park', 'Ashgrove Street car park', 'Research Farm']
    tot = 0; kel = 0
    for b in bl:
        k = rnd.randint(2, 26)
        mk = rnd.choice(['Axis', 'Axis', 'Axis', 'Axis; Bosch', 'Bosch', 'Hanwha'])
        if b.startswith('Birkhill'): k = 22; mk = 'Axis; Hikvision'; kel = k
        if b.startswith('Solway'): mk = 'Dahua'
        rows.append([b, str(k), mk]); tot += k
    story = [P('<b>Response to Freedom of Information (Scotland) Act 2002 request</b>', st['h']),
             P('University of Kelvinside &nbsp;|&nbsp; Information Compliance &nbsp;|&nbsp; Ref: FOI-2025-1190 &nbsp;|&nbsp; 30 April 2025', st['small']), Spacer(1, 8),
             P('Dear Ms Baird', st['body']),
             P('Thank you for your request of 3 April 2025. The University holds the information you requested. Questions 1 and 2 are answered in Table 1 below.', st['body']),
             P('<b>Table 1: CCTV cameras by building and residence¹</b>', st['body']),
             rl_table(rows, st, [8.5, 2.5, 5.6]),
             Spacer(1, 6),
             P('¹ Figures are taken from the Security Services camera schedule as at 31 March 2025.', st['small']),
             P('² The Birkhill Halls figure includes 8 Hikvision cameras which were taken out of use and removed in March 2025 when the halls\' system was upgraded. The remaining 14 cameras at Birkhill are Axis.', st['small']),
             Spacer(1, 6),
             P('<b>Question 3</b><br/>Please see note 2 to Table 1.', st['body']),
             P('<b>Your right to seek a review</b><br/>If you are unhappy with this response, you may ask the University to review it. Your review request should be made within 40 working days, in writing, to the Information Compliance Manager. If you are still dissatisfied following the review you may appeal to the Scottish Information Commissioner (www.foi.scot/appeal).', st['body']),
             P('Yours sincerely<br/><br/>Euan Strachan<br/>Information Compliance Officer', st['body'])]
    pdf_build(out('24-reply.pdf'), story, header='University of Kelvinside – OFFICIAL', footer='Page {page}', title='FOI-2025-1190', author='estrachan')
    emit('24', req, '24-reply.pdf', dict(format='pdf', body_type='university', law='foisa', hikvision='no', dahua='yes',
         outcome='answered', exemptions=[], camera_count=tot - 8,
         note=f'Word-export PDF, 42-row table over a page break with repeated header; no total row (rows sum {tot}); footnote 2 says 8 Hikvision cameras in one row were removed, so {tot - 8} in use and no Hikvision left; Dahua only at one campus.'))

# ---------------------------------------------------------------- 25
def item25():
    req = """FOI Request - CCTV

1) How many CCTV cameras does Morlaston Borough Council operate?
2) Are any of the council's cameras made by Hikvision?
3) Are any of the council's cameras made by Dahua?
4) Does the council have a policy on purchasing surveillance equipment from Chinese manufacturers?

Regards,
Alistair Penhaligon"""
    text = """**MORLASTON BOROUGH COUNCIL
Town Hall, Victoria Square, Morlaston MB3 8ES

Mr A Penhaligon
via email

>>Ref: FOI/MBC/3374
>>Date: 07/02/2025

Dear Mr Penhaligon,

Freedom of Information Act 2000

I refer to your request received on 13/01/2025. The Council's response is below.

1. 163
2. Yes
3. No
4. No

If you are dissatisfied you may request an internal review by writing to the Monitoring Officer. You also have the right to complain to the Information Commissioner (www.ico.org.uk).

Regards,

S. Farrimond
Customer Services & Information Team
"""
    scan_pdf(out('25-reply.pdf'), wrap(text, 72), seed=25, skew=1.1, font='liberation/LiberationSans-Regular.ttf', size=28)
    emit('25', req, '25-reply.pdf', dict(format='scan', body_type='council', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=[], camera_count=163,
         note='Skewed scan of a terse reply "1. 163 2. Yes 3. No 4. No", only readable with the request beside it.'))

# ---------------------------------------------------------------- 26
def item26():
    req = """Dear Data Protection Lead,

I would like to ask the following questions under FOI about the schools in the Harrowdene Schools Trust:

Q1 How many CCTV cameras are installed across the trust's schools?
Q2 What make and model are they?
Q3 Are any of them made by Hikvision or Dahua?
Q4 Are any of the cameras capable of recording sound?
Q5 Has a DPIA been completed for the CCTV?

Thank you
Nicola Ravenhill"""
    d = docx_new(font='Century Gothic', size=10, header='Harrowdene Schools Trust', footer='Harrowdene Schools Trust is an exempt charity and a company limited by guarantee, registered in England No. 09177345. Registered office: Harrowdene Academy, Brook Lane, Harrowdene HD6 2RS')
    para(d, 'FOI ref: HST-2025-017', align='right')
    para(d, '3 April 2025', align='right')
    para(d, 'Dear Ms Ravenhill,')
    para(d, 'Thank you for your request, which we received on 6 March 2025. Our answers are below.')
    table(d, [
        ['Q', 'Answer'],
        ['Q1', '25 cameras in total. Harrowdene Academy 17; Brook Lane Primary 8.'],
        ['Q2', 'DS-2CD2143G2-I (14)\nDS-2CD2387G2-LU (6)\nAxis M3106-L Mk II (5)'],
        ['Q3', 'See the answer to Q2.'],
        ['Q4', 'No. Audio recording is not enabled on any camera, and the Axis units have no microphone.'],
        ['Q5', 'Yes. A DPIA was completed in September 2023 and is reviewed annually. We are happy to provide a copy on request.'],
    ], widths=[1.5, 15], shade_hdr='FCE4D6', bold_first_col=True)
    para(d)
    para(d, 'You have the right to ask for an internal review of our response. Please contact dpo@harrowdene.example.org within 40 working days. If you remain unhappy you may contact the ICO.')
    para(d, 'Yours sincerely,\n\nAmrit Sahota\nTrust Data Protection Lead')
    d.save(out('26-reply.docx'))
    emit('26', req, '26-reply.docx', dict(format='docx', body_type='academy', law='foia', hikvision='yes', dahua='no',
         outcome='answered', exemptions=[], camera_count=25,
         note='Maker question answered only "See the answer to Q2", which gives bare model numbers (DS-2CD... = Hikvision) next to an Axis model; complete list, no Dahua.'))

# ---------------------------------------------------------------- 27
def item27():
    req = """Dear Sir/Madam,

I am asking about unmanned aerial vehicles (drones) only.

1. Does the Service own or operate any drones?
2. If so, how many, and what make and model?
3. Are any drones or drone cameras made by DJI, Autel, Hikvision or Dahua?
4. What was the purchase cost?

Thanks,
Harvey Quinlan"""
    doc, B, R = odt_doc()
    for t in ['Westmarch Fire and Rescue Service', 'Information Governance', 'Service Headquarters, Cuthbert Way, Westmarch WM4 0AL']:
        doc.text.addElement(OP(stylename=R, text=t))
    doc.text.addElement(OP(text=''))
    doc.text.addElement(OP(text='Reference: WFRS-IG-2024-118      Date: 4 June 2024'))
    doc.text.addElement(OP(text='Dear Mr Quinlan'))
    doc.text.addElement(OP(stylename=B, text='Your request for information – drones'))
    doc.text.addElement(OP(text='We received your request on 9 May 2024 and have dealt with it under the Freedom of Information Act 2000.'))
    odt_table(doc, [['Question', 'Our response'],
                    ['1', 'Yes. The Service operates a drone team based at Fenbury fire station, available to support incidents across the county.'],
                    ['2', 'Three: two DJI Matrice 30T and one DJI Mavic 3 Thermal.'],
                    ['3', 'All three are DJI. None are made by Autel, Hikvision or Dahua.'],
                    ['4', '£41,250 in total (2022/23), including batteries, thermal payloads and pilot training.']])
    for t in ['If you are dissatisfied with this response you can ask for an internal review by contacting foi@westmarchfire.gov.uk within 40 working days. You can also complain to the Information Commissioner\'s Office.', '', 'Kind regards', 'Leanne Purcell', 'Information Governance Assistant']:
        doc.text.addElement(OP(text=t))
    doc.save(out('27-reply.odt'))
    emit('27', req, '27-reply.odt', dict(format='odt', body_type='fire', law='foia', hikvision='no', dahua='no',
         outcome='answered', exemptions=[], camera_count=3,
         note='ODT with a table; request only about drones, so the count is the 3 drones and the makers answer comes from the drones (all DJI).'))

if __name__ == '__main__':
    for f in (item21, item22, item23, item24, item25, item26, item27): f()
