import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side

REQUEST = """
Dear Glenbervie University,

Under the Freedom of Information (Scotland) Act 2002 could you please provide:

Q1. The total number of CCTV cameras in use on university property.
Q2. Whether any are made by Hikvision.
Q3. Whether any are made by Dahua.
Q4. A list of the manufacturers used.

Thanks,
Isla Rennie
"""

ROWS = [
    ("Carnegie Building", "Townhead", 18, "Axis", ""),
    ("Library & Learning Hub", "Townhead", 34, "Axis", ""),
    ("Students' Union", "Townhead", 22, "", "Operated by GUSA on behalf of the University"),
    ("Murrayfield Residences (Blocks A-F)", "Townhead", 41, "Dahua", ""),
    ("Sports Centre", "Balgownie", 15, "", ""),
    ("School of Engineering", "Balgownie", 27, "Hanwha", ""),
    ("Balgownie Halls", "Balgownie", 19, "DAHUA", ""),
    ("Estates Yard & Energy Centre", "Balgownie", 9, "", "legacy analogue"),
    ("Veterinary Field Station", "Inchmore", 6, "Axis", ""),
    ("Marine Research Station, Portsoy", "Off-campus", 4, "", ""),
]

LABEL = dict(format="xlsx", body_type="university", law="foisa", hikvision="unknown", dahua="yes",
             outcome="partially_answered", exemptions=[], camera_count=None,
             note="one-sheet workbook with per-building counts and no total; make column has blanks for several buildings, so the maker list is incomplete and Hikvision is neither named nor ruled out; Dahua spelt two ways")


def build(out):
    LABEL["camera_count"] = sum(r[2] for r in ROWS)
    wb = Workbook()
    s = wb.active
    s.title = "Sheet1"
    s["A1"] = "FOI/2024/GU/0219 - CCTV on University property (Estates & Security, Nov 2024)"
    s["A1"].font = Font(bold=True)
    hdr = ["Building", "Campus", "No. of cameras", "Make", "Comments"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=2, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for i, r in enumerate(ROWS, start=3):
        for j, v in enumerate(r, start=1):
            s.cell(row=i, column=j, value=(v if v != "" else None))
    n = 3 + len(ROWS) + 1
    s.cell(row=n, column=1, value="Blank make = not recorded in Estates asset system.").font = Font(italic=True, size=9)
    s.cell(row=n + 1, column=1, value="This spreadsheet forms the University's response to Q1-Q4. Review: foi@glenbervie.ac.uk within 40 working days; appeal: Scottish Information Commissioner (www.foi.scot).").font = Font(italic=True, size=9)
    s.column_dimensions["A"].width = 38
    s.column_dimensions["B"].width = 14
    s.column_dimensions["C"].width = 15
    s.column_dimensions["D"].width = 12
    s.column_dimensions["E"].width = 48
    name = "17-reply.xlsx"
    wb.save(os.path.join(out, name))
    return name
