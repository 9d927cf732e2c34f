from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
NN='04'
write_request(NN, """
Dear Cumbria Constabulary,

Please provide the following information under the Freedom of Information Act 2000.

1. For each police station and custody suite, the number of CCTV cameras installed.
2. The make (manufacturer) of those cameras.
3. Whether the force uses any cameras made by Hikvision or Dahua at its premises.

I am not asking for body worn video.

Regards,
Tom Ashcroft
""")
wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
ws['A1'] = 'CUMBRIA CONSTABULARY'; ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = 'Freedom of Information Request Ref: 2024/0873 – CCTV at police premises'
ws['A3'] = 'Response date: 22/08/2024.  Information Access Team, Carleton Hall, Penrith, CA10 2AU'
ws['A4'] = ('Site names have been replaced with a letter. Disclosure of the level of CCTV coverage at named premises is exempt under '
            'sections 24(1) and 31(1)(a)(b) FOIA – see covering note.')
ws['A4'].alignment = Alignment(wrap_text=False)
hdr = ['Site', 'Site type', 'Camera make', 'Qty', 'Recording']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h); c.font = Font(bold=True, color='FFFFFF'); c.fill = PatternFill('solid', fgColor='1F3864')
rows = [
 ('Site A', 'Station + custody', 'Axis', '14', 'Milestone XProtect'),
 ('Site A', 'Station + custody', 'Bosch', '3', 'Milestone XProtect'),
 ('Site B', 'Custody suite', 'Axis', '22', 'Milestone XProtect'),
 ('Site C', 'Station', 'Avigilon', '9', 'Avigilon NVR'),
 ('Site D', 'Station', 'Axis', '11', 'Milestone XProtect'),
 ('Site E', 'Station (part-time)', 'Bosch', '6', 'Bosch DIVAR'),
 ('Site F', 'Station', 'Axis', '8', 'Milestone XProtect'),
 ('Site G', 'Custody suite', 'Avigilon', '17', 'Avigilon NVR'),
]
for r, row in enumerate(rows, 7):
    for cidx, v in enumerate(row, 1):
        c = ws.cell(row=r, column=cidx, value=v)
        if cidx == 4: c.number_format = '@'
ws.cell(row=16, column=1, value='Q3 – The force does not use any Hikvision or Dahua cameras at its premises.')
ws.cell(row=17, column=1, value='Note: excludes body worn video (approx. 1,450 devices) and ANPR, which are outside the scope of the request.')
for col, w in zip('ABCDE', [12, 22, 14, 8, 22]): ws.column_dimensions[col].width = w
wb.save(path(f'{NN}-reply.xlsx'))
label(NN, 'xlsx', 'police', 'foia', 'no', 'no', 'partially_answered', ['s24', 's31'], 90,
      'header row is row 6 under a title block; quantities stored as text with no total row (sum = 90); site names withheld under s24/s31; BWV figure is a distractor')
