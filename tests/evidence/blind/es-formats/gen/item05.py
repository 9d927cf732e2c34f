from emlkit import base, when, save
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
import io

wb = Workbook()
ws = wb.active
ws.title = 'Premises CCTV'
ws.append(['FOI 2024-188  CCTV at WFRS premises (as at 30/09/2024)'])
ws['A1'].font = Font(bold=True, size=12)
ws.append([])
hdr = ['Site', 'Station type', 'External cameras', 'Internal cameras', 'Camera make', 'Recorder (NVR/DVR)']
ws.append(hdr)
for c in ws[3]:
    c.font = Font(bold=True, color='FFFFFF')
    c.fill = PatternFill('solid', fgColor='C00000')
rows = [
    ['Headquarters, Eastgate', 'HQ', 12, 9, 'Axis', 'Milestone XProtect (central server)'],
    ['Training Centre, Moor Lane', 'Training', 8, 4, 'Axis', 'Milestone XProtect (central server)'],
    ['Aldermoor', 'Wholetime', 4, 0, 'Hanwha', 'Hanwha XRN-810S'],
    ['Bramcote', 'Day crewed', 3, 1, 'Hanwha', 'Dahua NVR4208-4KS2'],
    ['Castle Hill', 'Wholetime', 4, 2, 'Hanwha', 'Hanwha XRN-810S'],
    ['Dunsford', 'On-call', 2, 0, 'Hanwha', 'Dahua NVR4104HS-4KS2'],
    ['Elmstead', 'On-call', 2, 0, 'Hanwha', 'Dahua NVR4104HS-4KS2'],
    ['Fenwick', 'Wholetime', 4, 2, 'Axis', 'Milestone XProtect (central server)'],
    ['Greyfriars', 'Wholetime', 6, 3, 'Axis', 'Milestone XProtect (central server)'],
    ['Hollins Cross', 'On-call', 2, 0, 'Hanwha', 'Hanwha XRN-410S'],
    ['Ivybridge Road', 'Day crewed', 4, 1, 'Hanwha', 'Hanwha XRN-810S'],
    ['Workshops & Stores, Kiln Lane', 'Support', 6, 2, 'Axis', 'Milestone XProtect (central server)'],
    ['Ketley', 'On-call', 0, 0, 'n/a', 'No CCTV at this site'],
    ['Lowther', 'On-call', 3, 1, 'Hanwha', 'Hanwha XRN-410S'],
]
for r in rows:
    ws.append(r)
for col, w in zip('ABCDEF', [32, 13, 17, 17, 14, 38]):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet('Vehicle cameras')
ws2.append(['Vehicle-mounted camera systems (not premises CCTV) - provided for information'])
ws2['A1'].font = Font(bold=True)
ws2.append([])
ws2.append(['Vehicle type', 'No. of vehicles', 'Cameras per vehicle', 'System'])
for c in ws2[3]:
    c.font = Font(bold=True)
for r in [['Pumping appliance', 32, 4, 'Brigade Backeye 360'],
          ['Aerial ladder platform', 3, 4, 'Brigade Backeye 360'],
          ['Officer response car', 18, 1, 'Nextbase dash camera']]:
    ws2.append(r)
for col, w in zip('ABCD', [26, 16, 20, 26]):
    ws2.column_dimensions[col].width = w
buf = io.BytesIO()
wb.save(buf)

m = base('Information Governance - Wyvern FRS <infogov@wyvernfire.gov.uk>', 'Adam Hale <adamhale77@gmail.com>',
         'Your FOI request 2024-188', when(2024, 10, 22, 14, 3), 'wyvernfire.gov.uk')
m.set_content("""Dear Mr Hale

Thank you for your request for information, which was received on 25 September 2024.

Please find attached a spreadsheet which answers questions 1 to 3. The make of the cameras and of the recording equipment at each of our sites is shown.

Q4 - CCTV at all Service premises is maintained by Chiltern Fire & Security Ltd under a contract awarded in 2021.

Our fire appliances and some officer vehicles are also fitted with cameras. These are listed on the second tab of the spreadsheet for completeness.

If you are not satisfied with this response you can ask for an internal review by replying to this email. If you are still not satisfied after that you can contact the Information Commissioner's Office.

Kind regards

Sophie Brennan
Information Governance Officer
Wyvern Fire and Rescue Service
Service Headquarters, Eastgate, Wyvern WV1 4FR
""")
m.add_attachment(buf.getvalue(), maintype='application',
                 subtype='vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 filename='FOI 2024-188 CCTV.xlsx')
save(m, '05-reply.eml')
