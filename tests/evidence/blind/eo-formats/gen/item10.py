"""10: spreadsheet (.xlsx) with a cover sheet (answers + summary with a Trust total row) and one sheet per academy listing
each camera and the recorder; Hikvision appears as Hikvision, HiLook and EZVIZ."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side
OUT = os.path.join(os.path.dirname(__file__), '..')
wb = Workbook()
cov = wb.active; cov.title = 'Cover'
sites = {
 'Brookfield Academy': dict(installer='Vigilant Systems (Midlands) Ltd', cams=[
     *[(f'External {i}', 'Hikvision', 'DS-2CD1123G0E-I') for i in range(1, 15)],
     *[(f'Corridor {i}', 'Hikvision', 'DS-2CD1143G0-I') for i in range(1, 19)],
     *[(loc, 'Hikvision', 'DS-2CD2387G2-LU') for loc in ['Main reception', 'Dining hall', 'Sports hall', 'Library', 'Car park gate', 'Bike shelter']]],
     rec=[('Hikvision', 'DS-7732NI-K4', 1), ('Hikvision', 'DS-7616NI-K2', 1)]),
 'Lyndale Primary Academy': dict(installer='Installed by school site staff (2021)', cams=[
     ('Front gate', 'EZVIZ', 'C3TN'), ('Playground', 'EZVIZ', 'C3TN'), ('Rear gate', 'EZVIZ', 'C3TN'),
     ('Reception', 'EZVIZ', 'C6N'), ('Office corridor', 'EZVIZ', 'C6N')],
     rec=[('n/a - cloud / SD card', '', 0)]),
 "St Mark's CE Academy": dict(installer='Shield Security Services', cams=[
     (loc, 'HiLook', 'IPC-T240H') for loc in ['Entrance', 'Reception', 'Hall', 'Playground N', 'Playground S', 'Field',
                                                'Staff car park', 'KS2 corridor', 'KS1 corridor', 'Side gate']],
     rec=[('HiLook', 'NVR-108MH-C/8P', 1)]),
 'Hollins Park Academy': dict(installer='Kestrel Integrated Security Ltd', cams=[
     *[(f'Cam {i:02d}', 'Hanwha', 'QNO-6012R') for i in range(1, 23)],
     *[(f'Cam {i:02d}', 'Uniview', 'IPC2124LB-SF40KM-G') for i in range(23, 27)]],
     rec=[('Hanwha', 'QRN-1630S', 1)]),
}
bold = Font(bold=True)
txt = [('Lyndale Learning Trust', Font(bold=True, size=14)),
       ('Freedom of Information response - ref LLT/FOI/24/007 - 9 April 2024', None), ('', None),
       ('Q1 / Q2 / Q4: please see the individual academy tabs, which list every camera and recorder, the make and model and the installer.', None),
       ('Q3: No Dahua equipment is used at any Trust academy.', None),
       ('The Trust central office (Unit 4, Lyndale Business Park) has no CCTV.', None), ('', None),
       ('Summary', bold)]
for i, (t, f) in enumerate(txt, 1):
    c = cov.cell(row=i, column=1, value=t)
    if f: c.font = f
r0 = len(txt) + 1
cov.cell(row=r0, column=1, value='Academy').font = bold; cov.cell(row=r0, column=2, value='Cameras').font = bold
tot = 0
for j, (name, s) in enumerate(sites.items(), 1):
    cov.cell(row=r0 + j, column=1, value=name); cov.cell(row=r0 + j, column=2, value=len(s['cams'])); tot += len(s['cams'])
cov.cell(row=r0 + len(sites) + 1, column=1, value='Trust total').font = bold
cov.cell(row=r0 + len(sites) + 1, column=2, value=tot).font = bold
cov.cell(row=r0 + len(sites) + 3, column=1, value='If you are dissatisfied with this response please write to the Trust Governance '
         'Professional within 40 working days. You may also contact the Information Commissioner\'s Office.')
cov.column_dimensions['A'].width = 60; cov.column_dimensions['B'].width = 12
thin = Side(style='thin', color='999999')
for name, s in sites.items():
    ws = wb.create_sheet(name[:31])
    ws.append([name]); ws['A1'].font = Font(bold=True, size=13)
    ws.append([f"Installer: {s['installer']}"]); ws.append([])
    ws.append(['Ref', 'Location', 'Make', 'Model'])
    for c in ws[4]: c.font = bold; c.fill = PatternFill('solid', fgColor='DDEBF7')
    for i, (loc, mk, md) in enumerate(s['cams'], 1):
        ws.append([f'C{i}', loc, mk, md])
    ws.append([])
    ws.append(['Recording equipment', '', 'Make', 'Model / qty'])
    for c in ws[ws.max_row]: c.font = bold
    for mk, md, q in s['rec']:
        ws.append(['', '', mk, f'{md} x{q}' if q else md])
    for w, col in zip([8, 30, 22, 26], 'ABCD'): ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, '10-reply.xlsx'))
print('wrote 10-reply.xlsx total', tot)
