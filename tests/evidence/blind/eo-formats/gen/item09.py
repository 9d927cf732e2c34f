"""09: spreadsheet (.xlsx) asset register with a Status column (Live / Decommissioned / Planned) plus NVR rows; a short
response sheet points to the register instead of stating the count."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter
OUT = os.path.join(os.path.dirname(__file__), '..')
wb = Workbook()
ws0 = wb.active; ws0.title = 'Response'
lines = [
 ('Kestwick District Council - Freedom of Information response', True),
 ('Reference: KDC-FOI-24-0263   Date of response: 29 February 2024', False),
 ('', False),
 ('Q1. Copy of CCTV asset register', True),
 ("Please see the sheet 'Register'. Decommissioned assets and recording equipment are included for completeness.", False),
 ('', False),
 ('Q2. Number of CCTV cameras currently in use', True),
 ("Please refer to the Status column of the register. Only assets shown as 'Live' are in use.", False),
 ('', False),
 ('Q3. Hikvision or Dahua cameras removed in the last five years', True),
 ('Yes. The Hikvision cameras at the car parks and leisure centre were removed during the 2023 upgrade programme (see register).', False),
 ('No Dahua cameras have been removed.', False),
 ('', False),
 ('If you are unhappy with this response you may request an internal review by emailing foi@kestwick.example.gov.uk.', False),
 ("You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", False),
]
for i, (t, b) in enumerate(lines, 1):
    ws0.cell(row=i, column=1, value=t).font = Font(bold=b, size=12 if i == 1 else 11)
ws0.column_dimensions['A'].width = 120

ws = wb.create_sheet('Register')
head = ['Asset ID', 'Site', 'Location detail', 'Asset type', 'Manufacturer', 'Model', 'Installed', 'Status', 'Decommissioned', 'Notes']
ws.append(head)
rows = []
n = [0]
def add(site, loc, typ, make, model, inst, status, dec='', note=''):
    n[0] += 1
    rows.append([f'KDC-CCTV-{n[0]:04d}', site, loc, typ, make, model, inst, status, dec, note])
# Town centre - Dahua and Axis (live)
for i, loc in enumerate(['Market Place N', 'Market Place S', 'Sheep Street / High St', 'High St o/s No.44', 'Church Walk',
                         'Bus station stand A', 'Bus station stand F']):
    add('Town Centre', loc, 'Camera - fixed', 'Dahua', 'IPC-HFW2431S-S-S2', '2020-03-11', 'Live')
for loc in ['Market Place PTZ', 'High St / Bridge St PTZ', 'Bus station PTZ', 'Castle Gardens PTZ']:
    add('Town Centre', loc, 'Camera - PTZ', 'Dahua', 'SD49425XB-HNR', '2020-03-11', 'Live')
add('Town Centre', 'Control room rack 1', 'NVR', 'Dahua', 'NVR5216-16P-I', '2020-03-11', 'Live', note='Town centre recorder')
add('Town Centre', 'Control room rack 2', 'NVR', 'Dahua', 'NVR5216-16P-I', '2021-09-02', 'Live')
# Car parks - old Hikvision decommissioned, Axis live
for loc in ['Level 1 ramp', 'Level 2', 'Level 3', 'Roof', 'Pay station', 'Stair core A']:
    add('Tanyard MSCP', loc, 'Camera - fixed', 'Hikvision', 'DS-2CD2143G0-I', '2016-05-20', 'Decommissioned', '2023-08-14', 'Replaced by Axis')
for loc in ['Level 1 ramp', 'Level 2', 'Level 3', 'Roof', 'Pay station', 'Stair core A', 'Stair core B', 'Entry barrier']:
    add('Tanyard MSCP', loc, 'Camera - fixed', 'Axis', 'P3265-LVE', '2023-08-14', 'Live')
for loc in ['Entrance', 'Exit', 'Pay machine', 'Recycling bank']:
    add('Cattle Market car park', loc, 'Camera - fixed', 'HIKVISION', 'DS-2CD1043G0-I', '2017-02-02', 'Decommissioned', '2023-09-01')
for loc in ['Entrance', 'Exit', 'Pay machine']:
    add('Cattle Market car park', loc, 'Camera - fixed', 'Axis', 'M2036-LE', '2023-09-01', 'Live')
add('Tanyard MSCP', 'Office', 'NVR', 'Hik Vision', 'DS-7616NI-K2', '2016-05-20', 'Decommissioned', '2023-08-14')
add('Tanyard MSCP', 'Office', 'NVR', 'Axis', 'S3016', '2023-08-14', 'Live')
# Leisure centre
for loc in ['Reception', 'Gym', 'Sports hall']:
    add('Kestwick Leisure Centre', loc, 'Camera - fixed', 'Hik Vision', 'DS-2CD2347G2-LU', '2019-11-30', 'Decommissioned', '2023-10-19')
add('Kestwick Leisure Centre', 'Poolside', 'Camera - fixed', 'Hikvision', 'DS-2CD2347G2-LU', '2019-11-30', 'Decommissioned', '2023-10-19')
for loc in ['Reception', 'Gym', 'Sports hall', 'Poolside', 'Car park', 'Bike store', 'Plant room']:
    add('Kestwick Leisure Centre', loc, 'Camera - fixed', 'Hanwha', 'QNV-6012R', '2023-10-19', 'Live')
# Civic offices
for loc in ['Main entrance', 'Customer service centre', 'Rear yard', 'Members entrance']:
    add('Council Offices, Swan Street', loc, 'Camera - fixed', 'Bosch', 'FLEXIDOME IP 5000i', '2018-06-01', 'Live')
for loc in ['Main entrance (old)', 'Basement']:
    add('Council Offices, Swan Street', loc, 'Camera - fixed', 'Bosch', 'NDC-265-P', '2011-04-12', 'Decommissioned', '2018-06-01')
# Depot
for loc in ['Gate', 'Fuel island']:
    add('Northfield Depot', loc, 'Camera - fixed', 'Hanwha', 'XNO-6080R', '2022-01-17', 'Live')
# Planned
for loc in ['Riverside path 1', 'Riverside path 2', 'Riverside path 3', 'Skate park', 'Play area', 'Toilets']:
    add('Riverside Park', loc, 'Camera - fixed', 'Hanwha', 'XNO-8082R', '', 'Planned', note='Safer Streets funding - install Q2 2024/25')
for r in rows: ws.append(r)
for c in ws[1]:
    c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='305496'); c.alignment = Alignment(wrap_text=True)
widths = [15, 28, 26, 16, 14, 22, 12, 16, 15, 38]
for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = 'A2'
ws.auto_filter.ref = f'A1:J{len(rows)+1}'
wb.save(os.path.join(OUT, '09-reply.xlsx'))
live = [r for r in rows if r[7] == 'Live' and r[3].startswith('Camera')]
print('wrote 09-reply.xlsx; live cameras =', len(live), sorted({r[4] for r in live}))
