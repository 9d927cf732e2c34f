import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

NN = '05'
write_request(NN, """
Dear Tamworth Borough Council,

I would be grateful for the following information under FOI:

1. A list of all CCTV camera sites operated by the council, with the number of cameras at each site and the manufacturer of those cameras.
2. Does the council currently use any Hikvision cameras?
3. Does the council currently use any Dahua cameras?
4. If any Hikvision or Dahua cameras have been removed or replaced, when and why?

A spreadsheet would be ideal.

Regards,
Callum Yeats
""")

wb = Workbook()
ws = wb.active
ws.title = 'FOI response'
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical='top')
ws['A1'] = 'Tamworth Borough Council - Freedom of Information Request 5521 - CCTV'
ws['A1'].font = Font(bold=True, size=13)
ws['A2'] = 'Date of response: 04/11/2024'
rows = [
    ('Question', 'Response'),
    ('1. A list of all CCTV camera sites operated by the council, with the number of cameras at each site and the manufacturer of those cameras.',
     "See tab 'Camera sites'."),
    ('2. Does the council currently use any Hikvision cameras?', 'No - see Q4'),
    ('3. Does the council currently use any Dahua cameras?', 'Yes'),
    ('4. If any Hikvision or Dahua cameras have been removed or replaced, when and why?',
     "Hikvision cameras at Castle Grounds and Ankerside multi-storey car park were replaced with Axis units during 2023 "
     "following a review of the council's CCTV against the Cabinet Office announcement of November 2022 on surveillance "
     "equipment at sensitive sites. No Hikvision cameras remain in service. The Dahua equipment is not located at a "
     "sensitive site and will be replaced at end of life."),
]
for i, (a, b) in enumerate(rows, start=4):
    ws.cell(i, 1, a).alignment = wrap
    ws.cell(i, 2, b).alignment = wrap
    if i == 4:
        ws.cell(i, 1).font = bold
        ws.cell(i, 2).font = bold
ws['A11'] = ('If you are dissatisfied with the handling of your request you may ask for an internal review by writing to '
             'the Information Governance Team, Marmion House, Lichfield Street, Tamworth B79 7BZ or '
             'foi@tamworth-bc.example.gov.uk. You may also contact the Information Commissioner\'s Office, '
             'Wycliffe House, Water Lane, Wilmslow SK9 5AF.')
ws['A11'].alignment = wrap
ws.merge_cells('A11:B11')
ws.row_dimensions[11].height = 60
ws.column_dimensions['A'].width = 60
ws.column_dimensions['B'].width = 80

s2 = wb.create_sheet('Camera sites')
hdrs = ['Site', 'Camera use', 'Manufacturer', 'No. of cameras', 'Status', 'Comments']
fill = PatternFill('solid', fgColor='D9E1F2')
thin = Side(style='thin', color='999999')
for j, h in enumerate(hdrs, start=1):
    c = s2.cell(1, j, h)
    c.font = bold
    c.fill = fill
    c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
data = [
    ('Town Centre - Market St / George St', 'Public space (PTZ)', 'Axis', 14, 'Live', ''),
    ('Town Centre - Church St / Colehill', 'Public space (fixed)', 'Axis', 9, 'Live', ''),
    ('Castle Grounds', 'Public space', 'Hikvision', 6, 'Decommissioned 03/2023', 'Replaced by Axis'),
    ('Castle Grounds', 'Public space', 'Axis', 6, 'Live', 'Installed 03/2023'),
    ('Ankerside MSCP', 'Car park', 'HikVision', 11, 'Removed Aug-23', ''),
    ('Ankerside MSCP', 'Car park', 'Axis', 12, 'Live', ''),
    ('Marmion House', 'Council offices int/ext', 'Dahua', 18, 'Live', ''),
    ('Lichfield Street depot', 'External / yard', 'Dahua', 7, 'Live', 'NVR also Dahua'),
    ('Assembly Rooms', 'Internal', 'Hanwha', 5, 'Live', ''),
    ('Wigginton Road Cemetery', 'External', 'Dahua', 4, 'Live', ''),
    ('Sheltered housing schemes (8 sites)', 'Communal areas', 'Hanwha', 32, 'Live', 'Monitored by Careline'),
]
for i, row in enumerate(data, start=2):
    for j, v in enumerate(row, start=1):
        c = s2.cell(i, j, v)
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for col, w in zip('ABCDEF', (38, 24, 14, 15, 24, 26)):
    s2.column_dimensions[col].width = w
s2.freeze_panes = 'A2'
wb.properties.creator = 'gwen.hollis'
wb.save(out(f'{NN}-reply.xlsx'))
put_label({"path": f"{NN}-reply.xlsx", "request_file": f"{NN}-request.txt", "format": "xlsx",
           "body_type": "council", "law": "foia", "hikvision": "no", "dahua": "yes",
           "outcome": "answered", "exemptions": [], "camera_count": 107,
           "note": "count must be summed from a per-site tab with no total, leaving out two Hikvision rows marked decommissioned/removed; 'Yes' to Dahua is a bare cell"})
