import os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

REQUEST = """
Calder Reach Borough Council - FOI request

1. Number of CCTV cameras operated by the council, split into fixed, PTZ and dome if you can.
2. Are any Hikvision?
3. Are any Dahua?
4. What makes of camera does the council use?

Thanks,
Bryony Atkinson-Hale
"""

SITES = [
    ("Town centre public space", 14, 5, 3, 25, "Hikvision"),
    ("Bankside multi-storey car park", 9, 0, 2, 11, "Hikvision"),
    ("Mill Street Council Offices", 3, 0, 11, 16, ""),
    ("Hebble Lane depot", 6, 1, 0, 9, "Hikvision"),
    ("Calder Reach Market Hall", 4, 1, 6, 11, ""),
    ("Lower Brig Cemetery", 2, 0, 0, 4, "Hikvision"),
]

LABEL = dict(format="xlsx", body_type="council", law="foia", hikvision="no", dahua="no",
             outcome="answered", exemptions=[], camera_count=67,
             note="cross-table with no total row or column; hidden helper columns hold 2021 counts and the legacy (Hikvision) makers replaced in 2022; makers only in a note beside the table")

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(out):
    wb = Workbook()
    s = wb.active
    s.title = "FOI CRBC-2024-311"
    s["A1"] = "Calder Reach Borough Council"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "FOI CRBC-2024-311 - CCTV cameras - response issued 18/03/2024"
    s["A2"].font = Font(italic=True)
    hdr = ["Location", "Fixed", "PTZ", "Dome", "2021 audit", "Legacy make (pre-2022)"]
    for j, h in enumerate(hdr, start=1):
        c = s.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = B
    for i, row in enumerate(SITES, start=5):
        for j, v in enumerate(row, start=1):
            c = s.cell(row=i, column=j, value=(v if v != "" else None))
            c.border = B
    assert sum(a + b + c for _, a, b, c, _, _ in SITES) == 67
    s.column_dimensions["E"].hidden = True
    s.column_dimensions["F"].hidden = True
    s.column_dimensions["A"].width = 34
    notes = [
        ("Notes", True),
        ("Q1 - figures as at 1 March 2024.", False),
        ("Cameras at Riverside Leisure Centre are operated by Everfit Leisure Trust and are not included.", False),
        ("Q2-Q4 - all fixed and dome cameras are Hanwha Vision (Wisenet X series).", False),
        ("The PTZ cameras are Bosch AUTODOME IP 5000i.", False),
        ("The previous analogue system was fully replaced in 2022.", False),
    ]
    for i, (t, b) in enumerate(notes, start=4):
        c = s.cell(row=i, column=8, value=t)
        c.font = Font(bold=b, color="C00000" if not b else "000000")
    s.column_dimensions["H"].width = 80
    s["A13"] = "If you are dissatisfied with this response please contact information.governance@calderreach.gov.uk to request an internal review. You may also contact the ICO (www.ico.org.uk)."
    s["A13"].font = Font(size=9, italic=True)
    name = "12-reply.xlsx"
    wb.save(os.path.join(out, name))
    return name
