from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

NN = "05"
write_request(NN, """
Dear Wakefield Council

Under FOI I'd be grateful for:
- the number of CCTV cameras operated by each council department or service
- the make/manufacturer of the cameras
- whether the cameras are monitored live

A spreadsheet would be fine.

Best wishes,
Callum Reeve
""")

depts = {
    "Town Centres": [
        ("Wakefield city centre - Westgate", "PTZ", "Axis", 14, "Y"),
        ("Wakefield city centre - Kirkgate", "PTZ", "Axis", 9, "Y"),
        ("Pontefract Market Place", "PTZ", "Axis", 7, "Y"),
        ("Castleford Carlton St", "Fixed dome", "Bosch", 6, "Y"),
    ],
    "Housing": [
        ("Lupset tower blocks (3)", "Fixed", "Hik Vision", 27, "N"),
        ("Eastmoor sheltered scheme", "Fixed", "Hik Vision", 8, "N"),
        ("Airedale estate garages", "Bullet", "Bosch", 5, "N"),
    ],
    "Parks & Cemeteries": [
        ("Thornes Park", "Fixed", "Axis", 4, "N"),
        ("Pugneys Country Park", "Fixed", "Axis", 3, "N"),
        ("Wakefield Crematorium", "Dome", "Bosch", 2, "N"),
    ],
    "Car Parks": [
        ("Trinity Walk MSCP (council-operated levels)", "Fixed", "Axis", 11, "Y"),
        ("Ings Road", "Fixed", "Axis", 4, "Y"),
        ("Pontefract Horsefair", "Fixed", "Bosch", 3, "Y"),
    ],
    "Waste & Depots": [
        ("Glasshoughton HWRC", "Bullet", "Hik Vision", 6, "N"),
        ("Denby Dale Rd depot", "Bullet", "Hik Vision", 5, "N"),
    ],
}
wb = Workbook()
ws = wb.active; ws.title = "Read me"
info = [
    "Wakefield Council - Freedom of Information response",
    "Reference: WMDC-FOI-24-06627",
    "Date: 22/05/2024",
    "Request: CCTV cameras by service",
    "",
    "Each tab lists the CCTV cameras operated by that service area.",
    "'Monitored' = Y where the cameras are fed to the Council's 24/7 control room at Wakefield One.",
    "All other cameras are record-only and are reviewed only following an incident.",
    "",
    "If you are unhappy with this response you may request an internal review by emailing foi@wakefield.example.gov.uk.",
    "You may also complain to the Information Commissioner's Office (ico.org.uk).",
    "Contains public sector information licensed under the Open Government Licence v3.0.",
]
for i, line in enumerate(info, 1):
    ws.cell(row=i, column=1, value=line)
ws["A1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 110
hdr_fill = PatternFill("solid", fgColor="1F4E78")
for name, rows in depts.items():
    s = wb.create_sheet(name)
    s.append(["Location", "Camera type", "Make", "No. of cameras", "Monitored"])
    for c in s[1]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = hdr_fill
    for r in rows:
        s.append(list(r))
    for col, w in zip("ABCDE", [44, 14, 14, 15, 11]):
        s.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
total = sum(r[3] for rows in depts.values() for r in rows)
label(NN, "xlsx", "council", "foia", "yes", "no", "answered", [], total,
      "counts spread over five department sheets with no total; Hikvision spelt 'Hik Vision'; Hikvision/Dahua never asked, makes column is complete")
print(total)
