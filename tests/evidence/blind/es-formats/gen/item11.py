from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

wb = Workbook()
ws = wb.active
ws.title = 'CCTV Register'
ws.append(['Holloway Vale District Council - Facilities Management'])
ws.append(['CCTV asset register (extract) - produced for FOI HVDC/2024/0412 - 21/11/2024'])
ws['A1'].font = Font(bold=True, size=13)
ws['A2'].font = Font(italic=True)
ws.append([])
hdr = ['Asset ref', 'Site', 'Location', 'Equipment type', 'Make', 'Model', 'Installed', 'Status', 'Notes']
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True)
    c.fill = PatternFill('solid', fgColor='D9E1F2')

rows = []
def add(n, site, locs, typ, make, model, inst, status, notes=''):
    for i in range(n):
        loc = locs[i % len(locs)] if isinstance(locs, list) else locs
        rows.append([site, loc, typ, make, model, inst, status, notes])

# Civic Centre
add(8, 'Civic Centre', ['Main entrance', 'Reception', 'Council chamber lobby', 'Staff car park N', 'Staff car park S',
    'Goods in', 'Rear fire exit', 'Post room'], 'Camera - fixed', 'Axis', 'P3245-LVE', '2023', 'Live')
add(2, 'Civic Centre', ['Roof - north elevation', 'Roof - south elevation'], 'Camera - PTZ', 'Axis', 'Q6135-LE',
    '2023', 'Live')
add(1, 'Civic Centre', 'Comms room G.14', 'Recorder / VMS server', 'Axis', 'Camera Station S2216', '2023', 'Live',
    'Also records Bus Station cameras')
add(1, 'Civic Centre', 'Security office', 'Monitor', 'Iiyama', 'ProLite 32in', '2023', 'Live')
add(4, 'Civic Centre', ['Main entrance', 'Reception', 'Staff car park', 'Goods in'], 'Camera - fixed', 'Hikvision',
    'DS-2CD2143G2-I', '2019', 'Decommissioned', 'Removed during 2023 upgrade')
add(1, 'Civic Centre', 'Comms room G.14', 'NVR', 'Hikvision', 'DS-7616NI-K2', '2019', 'Decommissioned',
    'Removed during 2023 upgrade - disposed via WEEE')
# Depot
add(6, 'Holloway Lane Depot', ['Gate', 'Yard east', 'Yard west', 'Fuel island', 'Salt barn', 'Workshop door'],
    'Camera - fixed', 'Hanwha', 'QNO-6082R', '2022', 'Live')
add(2, 'Holloway Lane Depot', ['Vehicle wash', 'Weighbridge'], 'Camera - fixed', 'Hanwha', 'XNV-6080R', '2022',
    'Live')
add(1, 'Holloway Lane Depot', 'Transport office', 'NVR', 'Dahua', 'DHI-NVR5216-16P-4KS2E', '2022', 'Live')
add(1, 'Holloway Lane Depot', 'Transport office', 'Monitor', 'AOC', '24in', '2022', 'Live')
add(3, 'Holloway Lane Depot', ['Gate', 'Yard', 'Fuel island'], 'Camera - fixed', 'Hikvision', 'DS-2CD1043G0-I',
    '2017', 'Decommissioned', 'Replaced 2022')
# Riverside Leisure
add(5, 'Riverside Leisure Centre', ['Reception', 'Poolside viewing', 'Gym', 'Sports hall', 'Cafe'],
    'Camera - dome', 'Hanwha', 'XND-6080RV', '2021', 'Live')
add(1, 'Riverside Leisure Centre', 'Car park entrance', 'Camera - fixed', 'Hanwha', 'QNO-6082R', '2021', 'Live')
add(1, 'Riverside Leisure Centre', 'Car park rear', 'Camera - fixed', 'Hanwha', 'QNO-6082R', '2021', 'Live',
    'Fault logged 04/11/24 - image intermittent')
add(1, 'Riverside Leisure Centre', 'Plant room', 'NVR', 'Hanwha', 'XRN-1610S', '2021', 'Live')
add(2, 'Riverside Leisure Centre', ['Bike store', 'Bin store'], 'Camera - fixed', 'Hikvision', 'DS-2CD2143G2-I',
    '2019', 'Decommissioned')
# Market Hall
add(6, 'Market Hall', ['Stall row A', 'Stall row B', 'Stall row C', 'East door', 'West door', 'Loading bay'],
    'Camera - fixed', 'Axis', 'M3106-LVE Mk II', '2020', 'Live')
add(2, 'Market Hall', ['Market Square N', 'Market Square S'], 'Camera - fixed', 'Axis', 'P3245-LVE', '2023', 'Live')
add(1, 'Market Hall', 'Managers office', 'NVR', 'Axis', 'S3008', '2020', 'Live')
# Bus station
add(2, 'Bus Station', ['Stands 1-6', 'Stands 7-12'], 'Camera - PTZ', 'Bosch', 'AUTODOME IP 5000i', '2018', 'Live')
add(2, 'Bus Station', ['Waiting room', 'Travel shop'], 'Camera - dome', 'Bosch', 'FLEXIDOME IP 3000i', '2018', 'Live')
# Cemetery lodge
add(2, 'Holloway Cemetery Lodge', ['Lodge', 'Gates'], 'Camera - fixed', 'Samsung', 'SNO-5080R', '2012',
    'Decommissioned', 'Site closed 2021')
# Stores
add(2, 'Stores (Depot)', 'Shelf C4', 'Camera - fixed', 'Hikvision', 'DS-2CD2143G2-I', '2019', 'Spare - stores',
    'Serviceable, recovered 2023')
add(1, 'Stores (Depot)', 'Shelf C4', 'Camera - fixed', 'Axis', 'P3245-LVE', '2023', 'Spare - stores', 'New, boxed')

for i, r in enumerate(rows, 1):
    ws.append(['CCTV-%04d' % (i + 40 + (i // 7) * 3)] + r)
for i, w in enumerate([12, 26, 24, 22, 11, 24, 10, 16, 44], 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = 'A5'
ws.auto_filter.ref = 'A4:I%d' % ws.max_row
wb.save('../11-reply.xlsx')
live_cams = sum(1 for r in rows if r[6] == 'Live' and r[2].startswith('Camera'))
print('wrote 11-reply.xlsx rows', len(rows), 'live cameras', live_cams)
