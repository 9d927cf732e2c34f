from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

doc = OpenDocumentSpreadsheet()
b = Style(name='b', family='table-cell'); b.addElement(TextProperties(fontweight='bold'))
doc.automaticstyles.addElement(b)
widths = ['1.2cm', '5.5cm', '5.2cm', '1.4cm', '5.5cm']
for i, w in enumerate(widths):
    cs = Style(name='co%d' % i, family='table-column')
    cs.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(cs)

def row(t, vals, bold=False):
    tr = TableRow()
    for v in vals:
        if isinstance(v, (int, float)):
            tc = TableCell(valuetype='float', value=v, stylename=b if bold else None)
            tc.addElement(P(text=str(v)))
        else:
            tc = TableCell(valuetype='string', stylename=b if bold else None) if v != '' else TableCell()
            if v != '':
                tc.addElement(P(text=v))
        tr.addElement(tc)
    t.addElement(tr)

t = Table(name='FOI response')
for i in range(5):
    t.addElement(TableColumn(stylename='co%d' % i))
row(t, ['Thornfield Academy - Freedom of Information response'], bold=True)
row(t, ['Ref: TA-FOI-2025-004    Date: 06/02/2025'])
row(t, [''])
row(t, ['Dear Mr Fraser, thank you for your request. Q1 - 3: please see the equipment schedule below, which has been '
        'supplied by our CCTV installer. The system was installed in summer 2022 and there have been no changes since.'])
row(t, [''])
row(t, ['Item', 'Description', 'Model', 'Qty', 'Location'], bold=True)
sched = [
    [1, '4MP turret camera, 2.8mm, with mic', 'DS-2CD2346G2-ISU/SL', 14, 'External perimeter & entrances'],
    [2, '4MP bullet camera 4mm', 'DS-2CD2043G2-I', 6, 'Car park / front gates'],
    [3, '4MP vandal dome camera (IK10)', 'IPC-HDBW2431R-ZS', 4, 'Sports hall & dining hall'],
    [4, '16ch 4K NVR', 'DS-7616NI-K2', 1, 'Server room'],
    [5, '8ch PoE NVR', 'NVR4108HS-8P-4KS2/L', 1, 'Sports hall office'],
    [6, 'Surveillance HDD 6TB', 'WD63PURZ', 3, 'Fitted in NVRs'],
    [7, '24in monitor', 'Iiyama ProLite E2483HSU', 2, 'Reception / site office'],
    [8, '16 port PoE switch', 'Netgear GS316PP', 1, 'Server room'],
]
for s in sched:
    row(t, s)
row(t, [''])
row(t, ['Audio recording is disabled on all cameras. If you are unhappy with this response you may ask for an '
        'internal review by writing to the Clerk to the Trustees, and you may complain to the ICO.'])
row(t, ['Mrs A Whelan, Business Manager, Thornfield Academy, Moss Lane, Warrington WA3 6RT'])
doc.spreadsheet.addElement(t)
doc.save('../20-reply.ods')
print('wrote 20-reply.ods')
