import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

NN = '18'
write_request(NN, """
Dear Southampton City Council,

My request relates only to the council's traffic enforcement cameras (ANPR cameras used for bus lane, moving traffic and school street enforcement), not general CCTV.

1. How many traffic enforcement / ANPR cameras does the council operate?
2. Who supplies the system, and who manufactures the camera hardware?
3. Are any of the camera units made by Hikvision or Dahua?
4. What is the annual value of the contract with the supplier?
5. Please list the camera locations.

Thank you,
Ewan Marchbank
""")

wb = Workbook()
ws = wb.active
ws.title = 'Response'
wrapa = Alignment(wrap_text=True, vertical='top')
ws.column_dimensions['A'].width = 12
ws.column_dimensions['B'].width = 110
lines = [
    ('SOUTHAMPTON CITY COUNCIL', None),
    ('Environmental Information Regulations 2004 - Request ref: EIR/2025/0311', None),
    ('Date: 18 June 2025', None),
    ('', None),
    ('Your request concerns measures (traffic management and enforcement) affecting the state of the environment, '
     'and has therefore been handled under the Environmental Information Regulations 2004 (EIR) rather than the '
     'Freedom of Information Act 2000.', None),
    ('', None),
    ('Q1', '46 (31 bus lane / moving traffic cameras and 15 school street cameras).'),
    ('Q2', 'The enforcement system and back office are supplied by Civicam Enforcement Ltd. The camera hardware is '
           'HIKVISION ANPR camera units, supplied by Civicam as part of the system.'),
    ('Q3', 'Yes - see Q2.'),
    ('Q4', 'The Council is withholding the contract value under regulation 12(5)(e) of the EIR - confidentiality of '
           'commercial or industrial information where such confidentiality is provided by law to protect a '
           'legitimate economic interest. The contract was awarded following a competitive tender and the pricing '
           'schedule remains commercially sensitive while the contract is live and a re-procurement is anticipated. '
           'We have applied the presumption in favour of disclosure at regulation 12(2) and considered the public '
           'interest; on balance the public interest in maintaining the exception outweighs that in disclosure.'),
    ('Q5', "See tab 'Locations'."),
    ('', None),
    ('If you are dissatisfied with the handling of your request you may request an internal review (reconsideration) '
     'under regulation 11 of the EIR within 40 working days, by emailing eir.requests@southampton-cc.example.gov.uk. '
     'If you remain dissatisfied you may complain to the Information Commissioner\'s Office.', None),
    ('Information Rights Team, Southampton City Council, Civic Centre, Southampton SO14 7LY', None),
]
for i, (a, b) in enumerate(lines, start=1):
    if b is None:
        ws.cell(i, 1, a).alignment = Alignment(wrap_text=False, vertical='top')
    else:
        ws.cell(i, 1, a).font = Font(bold=True)
        ws.cell(i, 2, b).alignment = wrapa
ws['A1'].font = Font(bold=True, size=14)
ws['A2'].font = Font(bold=True)

loc = wb.create_sheet('Locations')
loc.append(['Location', 'Enforcement type', 'No. of cameras'])
for c in loc[1]:
    c.font = Font(bold=True)
    c.fill = PatternFill('solid', fgColor='E2EFDA')
sites = [
    ('Portswood Road bus gate', 'Bus lane', 2), ('Bitterne Road West bus lane', 'Bus lane', 3),
    ('Shirley High Street', 'Moving traffic', 2), ('Northam Bridge', 'Moving traffic', 2),
    ('Redbridge Road eastbound', 'Bus lane', 3), ('Above Bar Street', 'Bus lane', 2),
    ('Six Dials junction', 'Moving traffic', 3), ('Thomas Lewis Way', 'Bus lane', 2),
    ('Millbrook roundabout', 'Moving traffic', 2), ('Burgess Road', 'Bus lane', 2),
    ('Woolston - Portsmouth Road', 'Bus lane', 2), ('West Quay Road', 'Moving traffic', 2),
    ('Mansel Road bus link', 'Bus lane', 2), ('Sholing Road', 'Moving traffic', 2),
    ('St Monica Infant School - Sea Road', 'School street', 2), ('Banister Primary - Archers Road', 'School street', 2),
    ('Bassett Green Primary', 'School street', 2), ('Fairisle Junior - Fairisle Road', 'School street', 2),
    ('Valentine Primary', 'School street', 2), ('Mason Moor Primary', 'School street', 2),
    ('Highfield CE Primary', 'School street', 3),
]
for s in sites:
    loc.append(list(s))
assert sum(s[2] for s in sites) == 46, sum(s[2] for s in sites)
assert sum(s[2] for s in sites if s[1] == 'School street') == 15
loc.column_dimensions['A'].width = 40
loc.column_dimensions['B'].width = 18
loc.column_dimensions['C'].width = 15
wb.save(out(f'{NN}-reply.xlsx'))
put_label({"path": f"{NN}-reply.xlsx", "request_file": f"{NN}-request.txt", "format": "xlsx",
           "body_type": "council", "law": "eir", "hikvision": "yes", "dahua": "no",
           "outcome": "partially_answered", "exemptions": ["EIR 12(5)(e)"], "camera_count": 46,
           "note": "EIR spreadsheet about ANPR enforcement cameras only; the supplier is not the maker (HIKVISION hardware named in Q2), contract value withheld under reg 12(5)(e), reg 11/12(2) are not exceptions"})
