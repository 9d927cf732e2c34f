from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
random.seed(5)
NN='05'
write_request(NN, """
Dear Gedling Borough Council

Under FOIA could you please send me a list of the CCTV cameras owned or operated by the council, showing for each camera
its location (general area is fine), the manufacturer and model. I would also like to know whether any of the council's
cameras are manufactured by Hikvision or Dahua.

Thanks
Sofia Marchetti
""")
wb = Workbook()
ws = wb.active; ws.title = 'Live'
def header(ws, row, cols):
    for i, h in enumerate(cols, 1):
        c = ws.cell(row=row, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='BDD7EE')
cols = ['Asset ID', 'Area', 'Manufacturer', 'Model', 'Type', 'Install yr']
header(ws, 1, cols)
areas = ['Arnold Town Centre', 'Arnold Market', 'Carlton Square', 'Netherfield', 'Civic Centre', 'Jubilee House depot',
         'Calverton Leisure', 'Redhill Leisure', 'Burton Road Jubilee Park', 'Killisick', 'Bestwood Country Park car park']
models = [('Axis', 'Q6135-LE', 'PTZ'), ('Axis', 'P3265-LVE', 'Dome'), ('Hanwha', 'XNO-8080R', 'Bullet'),
          ('Hanwha', 'XNV-6085', 'Dome'), ('Vivotek', 'IB9389-EH', 'Bullet'), ('Axis', 'M3106-L Mk II', 'Mini dome')]
live = []
for i in range(47):
    m = random.choice(models)
    live.append((f'GBC-CCTV-{100+i:03d}', random.choice(areas), m[0], m[1], m[2], str(random.choice([2018, 2019, 2020, 2021, 2022, 2023]))))
live.sort(key=lambda r: r[1])
for r, row in enumerate(live, 2):
    for c, v in enumerate(row, 1): ws.cell(row=r, column=c, value=v)
ws2 = wb.create_sheet('Decommissioned')
header(ws2, 1, cols[:5] + ['Removed'])
for i in range(23):
    mdl = random.choice(['DS-2CD2143G0-I', 'DS-2DE4425IW-DE', 'DS-2CD2T46G2-4I'])
    ws2.append([f'GBC-CCTV-{20+i:03d}', random.choice(areas), 'Hikvision', mdl,
                'PTZ' if 'DE4' in mdl else 'Dome', random.choice(['Mar-2023', 'Jun-2023', 'Nov-2023', 'Jan-2024'])])
ws3 = wb.create_sheet('Planned')
header(ws3, 1, ['Ref', 'Area', 'Manufacturer', 'Model', 'Type', 'Target'])
for i, a in enumerate(['Gedling Country Park', 'Gedling Country Park', 'Mapperley Plains shops', 'Mapperley Plains shops',
                       'Colwick Loop Road', 'Netherfield Forum']):
    ws3.append([f'P-{i+1:02d}', a, 'Dahua', random.choice(['DH-IPC-HFW3849T1', 'DH-SD6CE230U']), 'Bullet', 'Q3 2025/26'])
for s in (ws, ws2, ws3):
    for col, w in zip('ABCDEF', [14, 30, 14, 18, 10, 12]): s.column_dimensions[col].width = w
wb.save(path(f'{NN}-reply.xlsx'))
label(NN, 'xlsx', 'council', 'foia', 'no', 'no', 'answered', [], 47,
      'meaning is in the sheet names only: Hikvision appears only on "Decommissioned", Dahua only on "Planned"; count = 47 rows on "Live"; no covering text')
