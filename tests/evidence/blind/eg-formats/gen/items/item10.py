import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

NN = '10'
write_request(NN, """
FOI request to Nexus (Tyne and Wear Passenger Transport Executive)

Q1 How many CCTV cameras are installed at Metro stations, bus interchanges and Nexus buildings?
Q2 Please give a breakdown by manufacturer.
Q3 Are any of the cameras made by Hikvision or Dahua, and if so are there plans to replace them?

Regards
Joanna Whitlow
""")

doc = OpenDocumentSpreadsheet()
b = Style(name='b', family='table-cell'); b.addElement(TextProperties(fontweight='bold'))
doc.automaticstyles.addElement(b)
hdr = Style(name='hdr', family='table-cell'); hdr.addElement(TextProperties(fontweight='bold'))
hdr.addElement(TableCellProperties(backgroundcolor='#ffd200', border='0.5pt solid #000000'))
doc.automaticstyles.addElement(hdr)
bd = Style(name='bd', family='table-cell'); bd.addElement(TableCellProperties(border='0.5pt solid #000000'))
doc.automaticstyles.addElement(bd)
wide = Style(name='wide', family='table-column'); wide.addElement(TableColumnProperties(columnwidth='9cm'))
doc.automaticstyles.addElement(wide)
mid = Style(name='mid', family='table-column'); mid.addElement(TableColumnProperties(columnwidth='3.5cm'))
doc.automaticstyles.addElement(mid)

def row(t, *vals, style=None):
    tr = TableRow()
    for v in vals:
        if isinstance(v, (int, float)):
            tc = TableCell(valuetype='float', value=v, stylename=style) if style else TableCell(valuetype='float', value=v)
            tc.addElement(P(text=str(v)))
        else:
            tc = TableCell(valuetype='string', stylename=style) if style else TableCell(valuetype='string')
            if v:
                tc.addElement(P(text=v))
        tr.addElement(tc)
    t.addElement(tr)

t = Table(name='FOI 24-266')
t.addElement(TableColumn(stylename='wide'))
t.addElement(TableColumn(stylename='mid', numbercolumnsrepeated=3))
row(t, 'Nexus - Freedom of Information response', style='b')
row(t, 'Reference: FOI 24-266   Date: 23/08/2024')
row(t, '')
row(t, 'Q1/Q2 - CCTV cameras at Metro stations, bus interchanges and Nexus buildings, by manufacturer')
row(t, 'Manufacturer', 'Qty', 'Notes', style='hdr')
for mk, q, n in [('Axis', 210, ''), ('Hanwha', 88, ''), ('Dahua', 14, 'Four Lane Ends Interchange'), ('Bosch', 40, 'Metro depot, South Gosforth')]:
    tr = TableRow()
    for v in (mk, q, n):
        if isinstance(v, int):
            tc = TableCell(valuetype='float', value=v, stylename='bd'); tc.addElement(P(text=str(v)))
        else:
            tc = TableCell(valuetype='string', stylename='bd')
            if v: tc.addElement(P(text=v))
        tr.addElement(tc)
    t.addElement(tr)
tr = TableRow()
tc = TableCell(valuetype='string', stylename='hdr'); tc.addElement(P(text='Total')); tr.addElement(tc)
tc = TableCell(valuetype='float', value=352, formula='of:=SUM([.B6:.B9])', stylename='hdr'); tc.addElement(P(text='352')); tr.addElement(tc)
t.addElement(tr)
row(t, '')
row(t, 'Excludes on-train CCTV, which is supplied with the rolling stock and is not part of the station system.')
row(t, '')
row(t, 'Q3 - Yes. The Dahua cameras at Four Lane Ends Interchange are scheduled for replacement during 2025/26 as part of the interchange refurbishment.')
row(t, '')
row(t, 'If you are unhappy with the way we have handled your request you can ask for an internal review by contacting foi@nexus-example.org.uk. You can also complain to the Information Commissioner (ico.org.uk).')
row(t, 'Nexus, Nexus House, 33 St James\' Boulevard, Newcastle upon Tyne NE1 4AX')
doc.spreadsheet.addElement(t)
doc.save(out(f'{NN}-reply.ods'))
put_label({"path": f"{NN}-reply.ods", "request_file": f"{NN}-request.txt", "format": "ods",
           "body_type": "other", "law": "foia", "hikvision": "no", "dahua": "yes",
           "outcome": "answered", "exemptions": [], "camera_count": 352,
           "note": "spreadsheet-only reply; Dahua cameras still in place but 'scheduled for replacement during 2025/26', Hikvision absent from a complete by-maker table"})
