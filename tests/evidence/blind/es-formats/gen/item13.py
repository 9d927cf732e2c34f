from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

wb = Workbook()
ws = wb.active
ws.title = 'FOI 5521'
ws.append(['Wandle and Kingsmead University Hospitals NHS Trust'])
ws.append(['FOI 5521 - CCTV cameras by site - Estates & Facilities, October 2024'])
ws.append(['Q1 & Q2: see table below.  Q3 & Q4: see Manufacturer column.'])
ws['A1'].font = Font(bold=True, size=12)
ws.append([])
ws.append(['Site', 'Area', 'Manufacturer', 'Qty'])
for c in ws[5]:
    c.font = Font(bold=True, color='FFFFFF')
    c.fill = PatternFill('solid', fgColor='005EB8')
grey = PatternFill('solid', fgColor='E7E6E6')
data = [
    ('St Helier General Hospital', [('Main building - internal', 'Axis', 148),
                                    ('Main building - external', 'Axis', 36),
                                    ('Multi-storey car park', 'Hanwha', 42),
                                    ('Emergency Department', 'Axis', 24)]),
    ('Kingsmead Hospital', [('Wards & corridors', 'Hanwha', 61), ('External & car parks', 'Hanwha', 19),
                            ('Pharmacy / stores', 'Axis', 6)]),
    ('Wandle Birth Centre', [('Entrances', 'Axis', 4)]),
    ('Roehampton Lane Community Clinic', [('Reception / entrance', 'Imou', 3)]),
]
for site, areas in data:
    for k, (area, make, q) in enumerate(areas):
        ws.append([site if k == 0 else '', area, make, q])
    ws.append(['', 'Subtotal ' + site, '', sum(a[2] for a in areas)])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True)
        c.fill = grey
    ws.append([])
for col, w in zip('ABCD', [34, 44, 16, 8]):
    ws.column_dimensions[col].width = w
wb.save('../13-reply.xlsx')
print('wrote 13-reply.xlsx', sum(a[2] for _, ar in data for a in ar))
