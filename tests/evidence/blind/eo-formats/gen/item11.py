"""11: spreadsheet (.xlsx) with per-row formulas and a =SUM() total row (cached values stored as Excel would);
answers to Q2-Q4 in cells above the table; Dahua only as its Imou brand; planned cameras listed below the total."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side
from xlsx_cache import add_cached_values
OUT = os.path.join(os.path.dirname(__file__), '..')
path = os.path.join(OUT, '11-reply.xlsx')
wb = Workbook(); ws = wb.active; ws.title = 'FOI 2024-156'
b = Font(bold=True)
ws['A1'] = 'University of East Marlow - Information Compliance Office'; ws['A1'].font = Font(bold=True, size=13)
ws['A2'] = 'Freedom of Information request FOI 2024/156 - response dated 6 June 2024'
ws['A4'] = 'Q1'; ws['B4'] = 'See table below.'
ws['A5'] = 'Q2'; ws['B5'] = 'No Hikvision cameras are in use at the University.'
ws['A6'] = 'Q3'; ws['B6'] = 'See column E (Make).'
ws['A7'] = 'Q4'; ws['B7'] = 'See "Planned" below the table.'
for c in ('A4', 'A5', 'A6', 'A7'): ws[c].font = b
hdr = 9
ws.append([])
for i, h in enumerate(['Building', 'Fixed', 'PTZ', 'Total', 'Make', 'Recorder / VMS'], 1):
    c = ws.cell(row=hdr, column=i, value=h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='7030A0')
data = [('Main Building', 24, 2, 'Axis', 'Milestone XProtect'), ('Science Park', 31, 3, 'Axis', 'Milestone XProtect'),
        ('Library', 12, 0, 'Hanwha', 'Milestone XProtect'), ("Students' Union", 16, 1, 'Hanwha', 'Hanwha WRN-1632'),
        ('Halls - Marlow Court', 20, 0, 'Hanwha', 'Hanwha WRN-1632'), ('Halls - Fenn House', 14, 0, 'Hanwha', 'Hanwha WRN-810S'),
        ('Sports Pavilion, Ferris Fields', 4, 0, 'Imou (IPC-F42P)', 'Imou cloud / microSD'), ('Estates Yard', 6, 1, 'Axis', 'Milestone XProtect')]
cached = {}
for k, (bld, fx, ptz, mk, rec) in enumerate(data):
    r = hdr + 1 + k
    ws.cell(row=r, column=1, value=bld); ws.cell(row=r, column=2, value=fx); ws.cell(row=r, column=3, value=ptz)
    ws.cell(row=r, column=4, value=f'=B{r}+C{r}'); cached[f'D{r}'] = fx + ptz
    ws.cell(row=r, column=5, value=mk); ws.cell(row=r, column=6, value=rec)
last = hdr + len(data); tr = last + 1
ws.cell(row=tr, column=1, value='Total').font = b
for col, idx in (('B', 1), ('C', 2), ('D', None)):
    c = ws[f'{col}{tr}']; c.value = f'=SUM({col}{hdr+1}:{col}{last})'; c.font = b
    cached[f'{col}{tr}'] = sum(d[1] for d in data) if col == 'B' else sum(d[2] for d in data) if col == 'C' else sum(d[1] + d[2] for d in data)
top = Side(style='thin'); dbl = Side(style='double')
for col in 'ABCDEF': ws[f'{col}{tr}'].border = Border(top=top, bottom=dbl)
ws.cell(row=tr + 2, column=1, value='Planned').font = b
ws.cell(row=tr + 3, column=1, value='Innovation Hub (opening spring 2025)'); ws.cell(row=tr + 3, column=2, value=18); ws.cell(row=tr + 3, column=5, value='Axis (tender stage)')
ws.cell(row=tr + 4, column=1, value='Halls - Fenn House extension'); ws.cell(row=tr + 4, column=2, value=4); ws.cell(row=tr + 4, column=5, value='Hanwha')
ws.cell(row=tr + 6, column=1, value='You have the right to request an internal review within 40 working days. You may then complain to the ICO (ico.org.uk).')
for col, w in zip('ABCDEF', [34, 9, 8, 9, 20, 24]): ws.column_dimensions[col].width = w
wb.save(path)
add_cached_values(path, 'sheet1.xml', cached)
print('wrote 11-reply.xlsx', cached[f'D{tr}'])
