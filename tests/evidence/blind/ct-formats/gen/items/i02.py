import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

REQUEST = """
Dear Kestrel Vale Borough Council,

Please could you tell me:

1) How many CCTV cameras are operated by the council, broken down by site and by type (fixed, PTZ, dome) if possible?
2) Are any of the council's cameras made by Hikvision or Dahua?
3) Which manufacturers supply the council's cameras?

I am happy to receive the answer as a spreadsheet.

Yours faithfully,
Tomasz Whitcombe
"""

LABEL = dict(format="xlsx", body_type="council", law="foia", hikvision="yes", dahua="unknown",
             outcome="partially_answered", exemptions=[], camera_count=72,
             note="site x type cross-table on a second sheet; manufacturer column names Hikvision but is blank for three sites, so Dahua cannot be ruled out")

thin = Side(style="thin", color="808080")
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "Response"
    lines = [
        ("Kestrel Vale Borough Council - Freedom of Information response", True),
        ("Reference: KVBC-FOI-8817   Date of response: 03/10/2024", False),
        ("", False),
        ("Q1  How many CCTV cameras are operated by the council, broken down by site and type?", True),
        ("72 - please see the 'Cameras' tab for the breakdown.", False),
        ("", False),
        ("Q2  Are any of the council's cameras made by Hikvision or Dahua?", True),
        ("Yes - see column F of the 'Cameras' tab.", False),
        ("", False),
        ("Q3  Which manufacturers supply the council's cameras?", True),
        ("Where held, the manufacturer is shown in column F. The manufacturer is not recorded on the asset register for some of the older installations.", False),
        ("", False),
        ("If you are not satisfied with this response you may request an internal review by writing to foi@kestrelvale.gov.uk within 40 working days.", False),
        ("You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", False),
        ("Information Management Team, Kestrel House, Upper Quay, Kestrel Vale KV1 3LP", False),
    ]
    for i, (t, b) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=1, value=t)
        c.font = Font(bold=b, size=12 if i == 1 else 10)
    ws.column_dimensions["A"].width = 120

    s = wb.create_sheet("Cameras")
    hdr = ["Site", "Fixed", "PTZ", "Dome", "Total", "Manufacturer"]
    data = [
        ["Market Square", 6, 3, 2, 11, "Hikvision"],
        ["Bus Station", 8, 1, 0, 9, "Hikvision / Axis"],
        ["Castle Street car park", 10, 0, 4, 14, None],
        ["Kestrel House (civic offices)", 4, 0, 12, 16, "Vivotek"],
        ["Fernhill Cemetery", 2, 0, 0, 2, None],
        ["Parkside Leisure Centre", 5, 1, 6, 12, "Hikvision"],
        ["Wharf Road depot", 7, 1, 0, 8, None],
    ]
    s["A1"] = "CCTV cameras by site and type - as at 30 September 2024"
    s["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = B
        c.alignment = Alignment(horizontal="center")
    for i, row in enumerate(data, start=4):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = B
    r = 4 + len(data)
    tot = ["Total", sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data), sum(x[4] for x in data), None]
    assert tot[4] == 72 and tot[1] + tot[2] + tot[3] == 72
    for j, v in enumerate(tot, start=1):
        c = s.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = B
    s.column_dimensions["A"].width = 32
    s.column_dimensions["F"].width = 22
    name = "02-reply.xlsx"
    wb.save(os.path.join(out, name))
    return name
