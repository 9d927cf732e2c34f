from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

wb = Workbook()
ws = wb.active
ws.title = 'Response'
letter = [
    ('STRATHALLAN COUNCIL', True),
    ('Legal & Democratic Services - Information Governance', False),
    ('Council Buildings, High Street, Dunmorrow DM4 1HQ   |   foi@strathallan.gov.scot', False),
    ('', False),
    ('Our ref: FOI-101-2425-0877', False),
    ('Date: 28 February 2025', False),
    ('', False),
    ('Dear Ms Grant', False),
    ('', False),
    ('Freedom of Information (Scotland) Act 2002 - Request for information: CCTV', True),
    ('', False),
    ('Thank you for your request dated 31 January 2025. I have set out the Council\'s response to each of your '
     'questions below. The supporting figures are on the other sheets of this workbook.', False),
    ('', False),
    ('1. The Council operates 118 public space CCTV cameras (see sheet "Public Space CCTV") and 203 cameras '
     'in Council buildings, including schools (see sheet "Council Buildings").', False),
    ('', False),
    ('2. The manufacturers are shown against each area or building type on the two data sheets.', False),
    ('', False),
    ('3. Hikvision cameras are in use in a number of Council buildings, as shown on the "Council Buildings" sheet. '
     'These are older installations and are replaced as they reach end of life. The Council does not use any '
     'cameras or other equipment made by Dahua.', False),
    ('', False),
    ('4. The Council does not hold this information. CCTV equipment is purchased through general property '
     'maintenance and school budgets and the cost of cameras is not separately recorded. In terms of section 17 '
     'of FOISA, I must therefore give you notice that the information you requested is not held by the Council.',
     False),
    ('', False),
    ('If you are dissatisfied with the way the Council has dealt with your request, you are entitled to require the '
     'Council to review its decision. Please note that in order for a review to take place you must write to the '
     'Information Governance Manager at the address above within 40 working days of receipt of this letter, giving '
     'your reasons for requesting a review (section 20).', False),
    ('If you remain dissatisfied after the review, you have the right to apply to the Scottish Information '
     'Commissioner for a decision (section 47). You can contact the Commissioner at Kinburn Castle, Doubledykes '
     'Road, St Andrews, Fife KY16 9DS or online at www.foi.scot/appeal.', False),
    ('', False),
    ('Yours sincerely', False),
    ('', False),
    ('Euan Dalgleish', False),
    ('Information Governance Officer', False),
]
for i, (t, b) in enumerate(letter, 1):
    c = ws.cell(row=i, column=1, value=t)
    c.font = Font(bold=b, size=13 if i == 1 else 11)
    c.alignment = Alignment(wrap_text=True, vertical='top')
ws.column_dimensions['A'].width = 110

def data_sheet(title, heading, hdr, rows, total):
    s = wb.create_sheet(title)
    s.append([heading])
    s['A1'].font = Font(bold=True, size=12)
    s.append([])
    s.append(hdr)
    for c in s[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    for r in rows:
        s.append(r)
    s.append(total)
    for c in s[s.max_row]:
        c.font = Font(bold=True)
    s.column_dimensions['A'].width = 44
    s.column_dimensions['B'].width = 12
    s.column_dimensions['C'].width = 36

data_sheet('Public Space CCTV', 'Public space CCTV cameras by location (as at 31/01/2025)',
           ['Location', 'Cameras', 'Manufacturer'],
           [['Dunmorrow town centre', 41, 'Bosch'], ['Auchterbrae', 18, 'Bosch'], ['Kilbarchie', 15, 'Axis'],
            ['Port Annan harbour', 12, 'Axis'], ['Glenbraid', 9, 'Bosch'],
            ['Westfield retail park', 14, 'Axis'], ['Dunmorrow transport interchange', 9, 'Axis']],
           ['Total', 118, ''])
data_sheet('Council Buildings', 'CCTV cameras in Council buildings (as at 31/01/2025)',
           ['Building type', 'Cameras', 'Manufacturer(s)'],
           [['Primary schools', 64, 'Hanwha; Hikvision (legacy)'], ['Secondary schools', 71, 'Axis'],
            ['Offices', 38, 'Axis; Hikvision (legacy)'], ['Libraries & community centres', 22, 'Hanwha'],
            ['Roads & waste depots', 8, 'Hanwha']],
           ['Total', 203, ''])
wb.save('../12-reply.xlsx')
print('wrote 12-reply.xlsx')
