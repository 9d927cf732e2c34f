from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P
NN='19'
write_request(NN, """
Dear University of Stirling,

Under the Freedom of Information (Scotland) Act 2002 please provide:

a) the number of CCTV cameras in each University building or area on the Stirling campus;
b) the manufacturer of the cameras in each building or area;
c) whether the University has carried out a data protection impact assessment (DPIA) for its CCTV system.

Regards,
Morag Sinclair
""")
doc = OpenDocumentSpreadsheet()
bold = Style(name='b', family='table-cell'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
wide = Style(name='wide', family='table-column'); wide.addElement(TableColumnProperties(columnwidth='9cm')); doc.automaticstyles.addElement(wide)
mid = Style(name='mid', family='table-column'); mid.addElement(TableColumnProperties(columnwidth='4cm')); doc.automaticstyles.addElement(mid)
def cell(v, style=None):
    if isinstance(v, (int, float)):
        c = TableCell(valuetype='float', value=v)
    else:
        c = TableCell(valuetype='string')
    if style: c.setAttribute('stylename', style)
    c.addElement(P(text=str(v))); return c
def sheet(name, rows, cols):
    t = Table(name=name)
    for st in cols: t.addElement(TableColumn(stylename=st))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r: tr.addElement(cell(v, bold if (i == 0 or (isinstance(r[0], str) and r[0].startswith('Q'))) else None))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
sheet('Response', [
 ['University of Stirling – FOISA response, ref F24-311'],
 ['Date: 16 April 2024'],
 [''],
 ['Q(a) Number of CCTV cameras in each building or area'],
 ["Please see the 'Cameras' sheet."],
 ['Q(b) Manufacturer of the cameras in each building or area'],
 ["Please see the 'Cameras' sheet."],
 ['Q(c) DPIA'],
 ['Yes. A DPIA for the campus CCTV system was completed in March 2023 and is reviewed annually. A copy is provided with this response.'],
 [''],
 ['If you are dissatisfied with this response you may request a review within 40 working days by emailing foi@stir.ac.uk. If you remain dissatisfied you may apply to the Scottish Information Commissioner (www.itspublicknowledge.info).'],
], ['wide'])
rows = [['Building / area', 'Cameras', 'Manufacturer'],
 ['Cottrell Building', 64, 'Axis'], ['Pathfoot Building', 38, 'Axis'], ['Library', 27, 'Axis'], ['Atrium', 19, 'Axis'],
 ['Andrew Miller Building', 33, 'Avigilon'], ['Stirling Court Hotel', 22, 'Avigilon'], ['Gannochy Sports Centre', 17, 'ANNKE'],
 ['National Tennis Centre', 12, 'ANNKE'], ['Student residences – Alexander Court', 41, 'Avigilon'], ['Student residences – Spittal Hill', 36, 'Avigilon'],
 ['Student residences – Muirhead / Polwarth', 29, 'Avigilon'], ['Car parks (A–K)', 58, 'Axis'], ['Campus roads and loch paths', 44, 'Axis'],
 ['Innovation Park (University-owned units)', 14, 'Axis']]
sheet('Cameras', rows, ['wide', 'mid', 'mid'])
doc.save(path(f'{NN}-reply.ods'))
tot = sum(r[1] for r in rows[1:]); print(tot)
label(NN, 'ods', 'university', 'foisa', 'yes', 'no', 'answered', [], tot,
      'ODF spreadsheet, answers point to a second sheet with no total (sum); Hikvision is present only as its ANNKE brand, never named; the complete maker column leaves out Dahua')
