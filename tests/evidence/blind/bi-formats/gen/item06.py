from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
NN='06'
write_request(NN, """
Mid and West Wales Fire and Rescue Service

FOI request:

Question 1: How many CCTV cameras are installed at your fire stations and other premises?
Question 2: What manufacturer(s) are the cameras and recording units?
Question 3: Are any of your cameras or recorders made by Hikvision or Dahua?
Question 4: Are any of the cameras capable of facial recognition or audio recording?

Diolch / Thanks,
Gareth Pryce
""")
wb = Workbook()
ws = wb.active; ws.title = 'Response'
ws['A1'] = 'MWWFRS – FOI 0457/24'; ws['A1'].font = Font(bold=True, size=13)
ws['A2'] = 'Date of response: 09/05/2024'
ws.append([])
ws.append(['Question', 'Response'])
for c in ws[4]: c.font = Font(bold=True)
qa = [
 ('Question 1: How many CCTV cameras are installed at your fire stations and other premises?', "Please see the 'Sites' tab."),
 ('Question 2: What manufacturer(s) are the cameras and recording units?', "Please see the 'Sites' tab, columns C and E."),
 ('Question 3: Are any of your cameras or recorders made by Hikvision or Dahua?', "Yes – please see the 'Sites' tab."),
 ('Question 4: Are any of the cameras capable of facial recognition or audio recording?', 'No. Audio recording is disabled on all units.'),
]
for q, a in qa: ws.append([q, a])
ws.append([])
ws.append(['If you are not satisfied with this response you may ask for an internal review by contacting foi@mawwfire.gov.uk. '
           'You also have the right to complain to the Information Commissioner\'s Office, 2nd Floor, Churchill House, Churchill Way, Cardiff, CF10 2HH.'])
ws.column_dimensions['A'].width = 70; ws.column_dimensions['B'].width = 50
for row in ws.iter_rows(min_row=5, max_row=8):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical='top')
s = wb.create_sheet('Sites')
s.append(['Site', 'Type', 'Camera make', 'No. of cameras', 'Recorder'])
for c in s[1]: c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='F4B084')
rows = [
 ('Headquarters, Carmarthen', 'HQ', 'Hanwha', '18', 'Hanwha WRN-1632S'),
 ('Joint Control Centre', 'Control', 'Hanwha', '9', 'Hanwha WRN-1632S'),
 ('Swansea Central', 'WDS', 'Hanwha', '8', 'Hanwha'),
 ('Morriston', 'WDS', 'HiLook', '6 ', 'HiLook NVR-108MH'),
 ('Port Talbot', 'WDS', 'HiLook', '6', 'HiLook NVR-108MH'),
 ('Llanelli', 'WDS', 'Hanwha', '7', 'Hanwha'),
 ('Aberystwyth', 'Day crewed', 'Analogue (various)', '4', 'Dahua XVR5108'),
 ('Cardigan', 'On call', 'Analogue (various)', '3', 'Dahua XVR5108'),
 ('Haverfordwest', 'Day crewed', 'Hanwha', '5', 'Hanwha'),
 ('Newtown', 'On call', '-', '0', 'No CCTV'),
 ('Brecon', 'Day crewed', 'HiLook', '4', 'HiLook NVR-104MH'),
 ('Training Centre, Earlswood', 'Training', 'Hanwha', '6', 'Hanwha'),
]
for row in rows: s.append(list(row))
tot = sum(int(r[3]) for r in rows)
s.append(['TOTAL', '', '', str(tot), ''])
for c in s[s.max_row]: c.font = Font(bold=True)
for r in s.iter_rows(min_row=2, min_col=4, max_col=4):
    for c in r: c.number_format = '@'
for col, w in zip('ABCDE', [30, 12, 20, 15, 20]): s.column_dimensions[col].width = w
wb.save(path(f'{NN}-reply.xlsx'))
print(tot)
label(NN, 'xlsx', 'fire', 'foia', 'yes', 'yes', 'answered', [], tot,
      'answers point to a second tab; counts stored as text (one with trailing space) with a text TOTAL row; HiLook cameras = Hikvision, Dahua appears only as recorders (XVR) which counts as Dahua equipment')
