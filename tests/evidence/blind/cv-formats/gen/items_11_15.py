from lib import *
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P as OP, H as OH, List, ListItem
from odf.table import Table as OTable, TableColumn, TableRow, TableCell

def odt_doc():
    doc = OpenDocumentText()
    b = Style(name='Bold', family='paragraph'); b.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(b)
    r = Style(name='Right', family='paragraph'); r.addElement(ParagraphProperties(textalign='right')); doc.automaticstyles.addElement(r)
    return doc, b, r

def odt_table(doc, rows, name='T1'):
    t = OTable(name=name)
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for row in rows:
        tr = TableRow()
        for v in row:
            tc = TableCell(valuetype='string'); tc.addElement(OP(text=str(v))); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)

# ---------------------------------------------------------------- 11
def item11():
    req = """Dear Sir/Madam

I would like to request the following information under FOISA:

1. The total number of CCTV cameras operated by Strathkell Council, including public space cameras and cameras at council buildings (schools, offices, depots).
2. Are any of the Council's CCTV cameras manufactured by Hikvision?
3. Are any manufactured by Dahua?

Regards
Iain Cowie"""
    doc, B, R = odt_doc()
    for line in ['Strathkell Council', 'Legal and Democratic Services', 'Burgh Chambers, Tolbooth Wynd, Strathkell SK4 1AA']:
        doc.text.addElement(OP(stylename=R, text=line))
    doc.text.addElement(OP(text=''))
    doc.text.addElement(OP(text='Our ref: SKC/FOI/2024/1822        Your ref: email of 15/07/2024'))
    doc.text.addElement(OP(text='Date: 9 August 2024'))
    doc.text.addElement(OP(text='Dear Mr Cowie'))
    doc.text.addElement(OP(stylename=B, text='FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – INFORMATION REQUEST'))
    for t in [
        'Thank you for your request. I have set out the Council\'s response below.',
        'The Council\'s public space CCTV network, which is managed from the Community Safety Hub at Marketgait, has 318 cameras. In addition there are 74 cameras at corporate offices, libraries and depots. Cameras at schools built under the Strathkell Schools PPP project belong to the project company, Caledon Schools Partnership Ltd, and are not included in these figures.',
        'Questions 2 and 3',
        'None of the public space cameras are made by Hikvision or Dahua; the network was renewed in 2022 and uses Hanwha Vision cameras throughout.',
        'The cameras at corporate offices, libraries and depots were installed by a number of contractors over several years and the Council does not hold a record of their manufacturer. In terms of section 17(1) of FOISA I must therefore give you notice that the Council does not hold this information.',
        'Your right to request a review',
        'If you are unhappy with this response you may ask the Council to carry out an internal review by writing to the Information Governance Manager at the address above, or emailing foi@strathkell.gov.uk, within 40 working days of receiving this letter. If you remain dissatisfied following the review you may apply to the Scottish Information Commissioner for a decision. Further details are available at www.foi.scot. You may then appeal to the Court of Session on a point of law only.',
        'Yours sincerely',
        '', 'Morag Linklater', 'Information Governance Officer']:
        doc.text.addElement(OP(stylename=B if t in ('Questions 2 and 3', 'Your right to request a review') else None, text=t) if t in ('Questions 2 and 3', 'Your right to request a review') else OP(text=t))
    doc.save(out('11-reply.odt'))
    emit('11', req, '11-reply.odt', dict(format='odt', body_type='council', law='foisa', hikvision='unknown', dahua='unknown',
         outcome='partially_answered', exemptions=['s17'], camera_count=392,
         note='OpenDocument letter; count is 318 + 74 with no total; makers ruled out only for public space, building cameras\' makers not held (FOISA s17), so neither maker is settled.'))

# ---------------------------------------------------------------- 12
def item12():
    req = """Annwyl Syr/Madam / Dear Sir/Madam,

Please provide under the Freedom of Information Act:
(1) the number of CCTV cameras the Council operates at each location;
(2) the make of the cameras at each location;
(3) the date the system was last upgraded.

Diolch,
Gareth Pryce-Morgan"""
    doc = OpenDocumentSpreadsheet()
    bold = Style(name='B', family='table-cell'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
    wide = Style(name='cw', family='table-column'); wide.addElement(TableColumnProperties(columnwidth='6cm')); doc.automaticstyles.addElement(wide)
    def sheet(name, rows, bold_rows=()):
        t = OTable(name=name)
        t.addElement(TableColumn(stylename=wide, numbercolumnsrepeated=4))
        for i, row in enumerate(rows):
            tr = TableRow()
            for v in row:
                if isinstance(v, int):
                    tc = TableCell(valuetype='float', value=v, stylename=bold if i in bold_rows else None)
                else:
                    tc = TableCell(valuetype='string', stylename=bold if i in bold_rows else None)
                tc.addElement(OP(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    sheet('Ymateb-Response', [
        ['Cyngor Bwrdeistref Sirol Cwm Tawel / Cwm Tawel County Borough Council'],
        ['Cais Rhyddid Gwybodaeth / Freedom of Information Request  FOI-CT-2023-0419'],
        [''],
        ['(1) and (2): see the sheet "Lleoliadau-Locations".'],
        ['(3): The town centre system was last upgraded in November 2021. Building systems are upgraded as and when required.'],
        [''],
        ['You may request an internal review within 40 working days. You may also complain to the Information Commissioner\'s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.'],
        ['Gallwch ohebu â\'r Cyngor yn Gymraeg neu yn Saesneg. / You may correspond with the Council in Welsh or English.'],
    ], bold_rows=(0, 1))
    locs = [('Canol Tref Pontafon / Pontafon town centre', 'Hanwha', 58), ('Canol Tref Aberwen / Aberwen town centre', 'Hanwha', 34),
            ('Maes parcio Heol y Bont / Bridge Road car park', 'Dahau', 12), ('Maes parcio\'r Farchnad / Market car park', 'Dahau', 9),
            ('Swyddfeydd Dinesig / Civic Offices', 'Axis', 21), ('Depo Glanrhyd / Glanrhyd Depot', 'Dahau', 14),
            ('Canolfan Hamdden / Leisure Centre', 'Axis', 17), ('Llyfrgell Pontafon / Pontafon Library', 'Axis', 6),
            ('Gorsaf Fysiau / Bus Station', 'Hanwha', 12)]
    s = sum(n for _, _, n in locs)
    stated = s + 4
    rows = [['Lleoliad / Location', 'Gwneuthurwr / Make', 'Nifer / Number']] + [[a, b, c] for a, b, c in locs] + [['CYFANSWM / TOTAL', '', stated]]
    sheet('Lleoliadau-Locations', rows, bold_rows=(0, len(rows) - 1))
    doc.save(out('12-reply.ods'))
    emit('12', req, '12-reply.ods', dict(format='ods', body_type='welsh_council', law='foia', hikvision='no', dahua='yes',
         outcome='answered', exemptions=[], camera_count=stated,
         note=f'Bilingual ODS; typed TOTAL row ({stated}) does not match its rows (sum {s}) - labelled the stated total; Dahua spelt "Dahau"; maker column is a complete list without Hikvision.'))

# ---------------------------------------------------------------- 13
def item13():
    req = """Dear FOI team,

I am researching the use of surveillance equipment in the NHS. Please provide, for the Trust's ambulance stations, hubs and headquarters:

Q1. the number of CCTV cameras currently in operation;
Q2. the manufacturer and model of each camera;
Q3. whether the Trust has any cameras made by Hikvision or Dahua.

Vehicle-mounted cameras are NOT included in this request.

Aoife Brennan"""
    rnd = random.Random(13)
    sites = ['HQ Fenwick House', 'Emergency Operations Centre', 'Carrbridge Hub', 'Lowfield Ambulance Station', 'Sutton Marsh Ambulance Station',
             'Greystoke Make Ready Centre', 'Holmewood Ambulance Station', 'Ridley Vale Ambulance Station', 'Fleet Workshop Tanfield']
    locs = ['Entrance', 'Vehicle bay', 'Drugs store', 'Perimeter N', 'Perimeter S', 'Staff car park', 'Reception', 'Yard', 'Fuel pumps', 'Corridor']
    models = [('', 'DS-2CD2143G2-I', 'Dome'), ('', 'DS-2CD2T47G2-L', 'Bullet'), ('', 'IPC-HDW2431T-AS-S2', 'Eyeball'), ('', 'IPC-HFW2431S-S-S2', 'Bullet'),
              ('Axis', 'M3116-LVE', 'Dome'), ('Axis', 'P1465-LE', 'Bullet'), ('Hanwha', 'QNV-6012R', 'Dome')]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(['Asset No', 'Site', 'Location', 'Manufacturer', 'Model', 'Camera type', 'Status', 'Last service'])
    n = 0; live = 0; mk_live = set()
    for s in sites:
        for l in rnd.sample(locs, rnd.randint(3, 7)):
            n += 1
            mk, md, ty = rnd.choice(models)
            if s in ('Carrbridge Hub', 'Greystoke Make Ready Centre') : mk, md, ty = models[2] if n % 2 else models[3]
            status = 'Operational'
            if n in (7, 19, 31): status = 'Removed'
            if n in (12, 40): status = 'Planned (Q1 2025)'
            if status == 'Operational':
                live += 1; mk_live.add(md[:3])
            w.writerow([f'AST{10400 + n}', s, l, mk, md, ty, status, f'{rnd.randint(1,28):02d}/{rnd.choice([3,6,9,11]):02d}/2024'])
    with open(out('13-reply.csv'), 'w', newline='') as f: f.write(buf.getvalue())
    # faulty cameras still installed/operated; removed ones excluded
    print('13 live', live, mk_live)
    emit('13', req, '13-reply.csv', dict(format='csv', body_type='nhs', law='foia', hikvision='yes', dahua='yes',
         outcome='answered', exemptions=[], camera_count=live,
         note=f'Bare CSV export; Manufacturer column blank for Hikvision/Dahua rows, identifiable only from model numbers (DS-2CD..., IPC-HDW...); count = "Operational" rows ({live}); 3 "Removed" and 2 "Planned" rows excluded.'))

# ---------------------------------------------------------------- 14
def item14():
    req = """Dear Freedom of Information Officer,

My request concerns body-worn video (BWV) only.

1. How many body-worn video cameras does Ravensmoor Police currently have in use?
2. Who is the manufacturer / supplier?
3. Are any of the BWV devices made by Hikvision or Dahua?
4. What was spent on BWV in the 2023/24 financial year?

Thank you,
Dev Malhotra"""
    d = docx_new(font='Arial', size=10, header='OFFICIAL', footer='Ravensmoor Police, Information Management Unit, Brackenfield, RV2 8PN', header_right=True)
    para(d, 'Ravensmoor Police', bold=True, size=14)
    para(d, 'Freedom of Information Request Reference No: 2024/FOI/03381')
    para(d, 'I write in connection with your request for information received on 13/05/2024. Your request and our response are detailed below.')
    table(d, [
        ['Request', 'Response'],
        ['1. How many body-worn video cameras does Ravensmoor Police currently have in use?', '1,240 devices are currently issued and in use. A further 60 are held as spares / in repair and are not included.'],
        ['2. Who is the manufacturer / supplier?', 'Reveal Media Ltd supplies all of the Force\'s body-worn video devices (D-series).'],
        ['3. Are any of the BWV devices made by Hikvision or Dahua?', 'See response to Q2.'],
        ['4. What was spent on BWV in the 2023/24 financial year?', '£287,406 including licences, docking stations and evidence storage.'],
    ], widths=[7, 10], shade_hdr='BFBFBF')
    para(d)
    para(d, 'The information provided is subject to copyright. You are free to use it for your own purposes, including any non-commercial research you are doing and for the purposes of news reporting. Any other re-use, for example commercial publication, would require the permission of the copyright holder.', size=9)
    para(d, 'Should you have any further enquiries concerning this matter, please contact us quoting the reference number above. If you are dissatisfied with this response you may request an internal review; thereafter you may complain to the Information Commissioner.', size=9)
    para(d, 'Yours sincerely,\nL. Achebe-Wright\nFreedom of Information Decision Maker')
    d.save(out('14-reply.docx'))
    emit('14', req, '14-reply.docx', dict(format='docx', body_type='police', law='foia', hikvision='no', dahua='no',
         outcome='answered', exemptions=[], camera_count=1240,
         note='Request only about body-worn video, so the BWV count is the answer (spares excluded); maker question answered only by "See response to Q2" naming a sole supplier.'))

# ---------------------------------------------------------------- 15
def item15():
    req = """Under the FOI Act please tell me
1. how many CCTV cameras are there at each of your fire stations
2. what make are they
3. how much did they cost
4. are any Hikvision or Dahua
Rob Stainthorpe"""
    st = pstyles(size=10)
    story = [P('<b>Greater Hallamshire Fire &amp; Rescue Authority</b>', st['h']),
             P('Service Headquarters, Wellgate House, Hallam Road, Hallamshire HL1 6QF', st['small']), Spacer(1, 10),
             P('Mr R Stainthorpe<br/>By email', st['body']),
             P('18 December 2023<br/>Ref: GHFRA/IG/0923', st['body']),
             P('Dear Mr Stainthorpe,', st['body']),
             P('<b>Request under the Freedom of Information Act 2000</b>', st['body']),
             P('Your request of 20 November 2023 has been considered. I am sorry but the Authority does not hold the information you have asked for.', st['body']),
             P('All 24 of our fire stations, together with our headquarters and training centre, were rebuilt or refurbished under a Private Finance Initiative (PFI) agreement. Under that agreement the buildings, including their security and CCTV systems, are owned, installed and maintained by the PFI provider, Hallam Community Estates Ltd, and the Authority does not hold any records of the number, make or cost of the cameras.', st['body']),
             P('You may wish to approach Hallam Community Estates Ltd directly, although please note it is a private company and is not subject to the Freedom of Information Act.', st['body']),
             P('This letter acts as a notice under section 17 of the Act that the information is not held.', st['body']),
             P('If you are dissatisfied with this response you have the right to request an internal review; please write to the Information Governance Manager at the address above within 40 working days. If you remain unhappy you can complain to the Information Commissioner\'s Office.', st['body']),
             P('Yours sincerely,<br/><br/>Chris Havercroft<br/>Information Governance Officer', st['body'])]
    pdf_build(out('15-reply.pdf'), story, footer='www.hallamshirefire.gov.uk', title='FOI response GHFRA-IG-0923', author='chavercroft')
    emit('15', req, '15-reply.pdf', dict(format='pdf', body_type='fire', law='foia', hikvision='unknown', dahua='unknown',
         outcome='not_held', exemptions=[], camera_count=None,
         note='Station cameras belong to a PFI company and the body holds nothing; "24 fire stations" is not a camera count; FOIA s17 notice is not an exemption.'))

if __name__ == '__main__':
    for f in (item11, item12, item13, item14, item15): f()
