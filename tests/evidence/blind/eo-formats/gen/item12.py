"""12: spreadsheet (.xlsx) for a transport executive: one sheet, quantities per site without a total; Hikvision and Dahua
appear only as OEM brands LTS and Amcrest, and a note says nothing was bought 'directly' from either maker."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
OUT = os.path.join(os.path.dirname(__file__), '..')
wb = Workbook(); ws = wb.active; ws.title = 'CCTV equipment'
ws['A1'] = 'NORTHMOOR PASSENGER TRANSPORT EXECUTIVE'; ws['A1'].font = Font(bold=True, size=12)
ws['A2'] = 'FOI ref NPTE/2024/0418 - CCTV equipment at operational sites (as at 15 July 2024)'
ws.append([])
head = ['Site', 'Equipment', 'Manufacturer', 'Model', 'Qty', 'Comments']
ws.append(head)
for c in ws[4]: c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='FCE4D6')
rows = [
 ('Northmoor Interchange', 'Camera (fixed)', 'Axis', 'P3265-LVE', 28, ''),
 ('Northmoor Interchange', 'Camera (PTZ)', 'Axis', 'Q6135-LE', 4, ''),
 ('Northmoor Interchange', 'Camera (fixed)', 'LTS', 'CMIP7342W-28M', 12, 'Concourse east - installed by bus operator 2020, adopted by PTE'),
 ('Northmoor Interchange', 'Recorder', 'LTS', 'LTN8732-P16', 1, ''),
 ('Northmoor Interchange', 'VMS server', 'Milestone', 'XProtect Corporate', 1, 'Axis cameras'),
 ('Castlegate Bus Station', 'Camera (fixed)', 'Hanwha', 'XNV-6080R', 16, ''),
 ('Castlegate Bus Station', 'Recorder', 'Hanwha', 'XRN-2011A', 1, ''),
 ('Ferry Terminal (Ryde Quay)', 'Camera (fixed)', 'Axis', 'M3106-L Mk II', 9, ''),
 ('Wharf Road Depot', 'Camera (fixed)', 'Amcrest', 'IP8M-2496EW-V2', 6, 'Yard and fuel bay'),
 ('Wharf Road Depot', 'Recorder', 'Amcrest', 'NV4108E-HS', 1, ''),
 ('Tram stop shelters (22 stops)', 'Camera (fixed)', 'Hanwha', 'XND-6080RV', 44, '2 per stop, recorded at Castlegate'),
]
for r in rows: ws.append(list(r))
n = ws.max_row + 2
ws.cell(row=n, column=1, value='Note: none of the equipment listed above was purchased directly from Hikvision or Dahua. '
        'Equipment on buses and trams is owned by the operators and is not included.')
ws.cell(row=n + 1, column=1, value='If you are unhappy with this response you can request an internal review (foi@npte.example.gov.uk) '
        "and then complain to the Information Commissioner's Office.")
for col, w in zip('ABCDEF', [30, 16, 14, 20, 6, 58]): ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, '12-reply.xlsx'))
print('wrote 12-reply.xlsx cams', sum(r[4] for r in rows if r[1].startswith('Camera')))
