from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
EXT = "xlsx"
REQUEST = """
Dear Ridgeway Learning Trust,

Please could you provide, under the Freedom of Information Act:

1. the total number of CCTV cameras across all of the academies in the Trust;
2. the make and model of the cameras at each academy;
3. whether any of the cameras are made by Hikvision or Dahua;
4. who installed the cameras.

Thank you
E. Szymanska
"""
LABEL = dict(body_type="academy", law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[],
             camera_count=60,
             note="asset register split over one tab per academy with no total; makers only as sub-brands (HiWatch = Hikvision, Amcrest = Dahua) and recorder rows must be left out of the summed Qty")

SHEETS = {
    "Harwell Primary": [
        ["Location", "Make", "Model", "Type", "Qty", "Installed by", "Year"],
        ["Front entrance", "HiWatch", "HWI-B140H", "Bullet", 2, "Vale Security Systems", 2020],
        ["Playground / field", "HiWatch", "HWI-T240H", "Turret", 4, "Vale Security Systems", 2020],
        ["Car park", "HiWatch", "HWI-T240H", "Turret", 3, "Vale Security Systems", 2020],
        ["Corridors (KS1/KS2)", "HiWatch", "HWI-T221H", "Turret", 3, "Vale Security Systems", 2021],
        ["Office cupboard", "HiWatch", "HWN-4116MH (NVR)", "Recorder", 1, "Vale Security Systems", 2020],
    ],
    "Kingsmead Academy": [
        ["Location", "Make", "Model", "Type", "Qty", "Installed by", "Year"],
        ["Main reception", "Axis", "M3115-LVE", "Dome", 3, "Chroma Vision Ltd", 2019],
        ["External perimeter", "Axis", "P1465-LE", "Bullet", 14, "Chroma Vision Ltd", 2019],
        ["Sports hall", "Hanwha", "XND-6080R", "Dome", 4, "Chroma Vision Ltd", 2022],
        ["Corridors & stairwells", "Hanwha", "QND-6012R", "Dome", 17, "Chroma Vision Ltd", 2022],
        ["Car park / bus bay", "Axis", "Q6075-E", "PTZ", 2, "Chroma Vision Ltd", 2023],
        ["Server room", "Milestone", "XProtect Express+ (software on Dell server)", "VMS", "n/a", "Chroma Vision Ltd", 2019],
    ],
    "St Birinus Academy": [
        ["Location", "Make", "Model", "Type", "Qty", "Installed by", "Year"],
        ["Entrance", "Amcrest", "IP4M-1041B", "Dome", 2, "Site team (PTA funded)", 2021],
        ["Rear gate", "Amcrest", "IP5M-T1179EW", "Turret", 2, "Site team (PTA funded)", 2021],
        ["Hall", "Amcrest", "IP4M-1041B", "Dome", 1, "Site team (PTA funded)", 2021],
        ["Playground", "Amcrest", "IP5M-T1179EW", "Turret", 3, "Site team (PTA funded)", 2022],
        ["Office", "Amcrest", "NV4108E-HS", "NVR", 1, "Site team (PTA funded)", 2021],
    ],
}

def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    rows = [
        ["Ridgeway Learning Trust - Freedom of Information response"],
        ["Ref: RLT/FOI/2024/019"],
        ["Date: 12 December 2024"],
        [],
        ["Dear E. Szymanska,"],
        ["Thank you for your request of 15 November 2024. The information we hold for questions 1 to 4 is set out on the three tabs of this workbook, one for each of our academies."],
        ["The cameras at St Birinus Academy were purchased with PTA funds and fitted by the academy's site team."],
        [],
        ["If you are not satisfied with our response you can ask for a review by contacting the Trust's Data Protection Lead at governance@ridgewaylt.org.uk within 40 working days. You also have the right to complain to the Information Commissioner (ico.org.uk)."],
        [],
        ["Kind regards,"],
        ["Helen Carr, Trust Governance Manager"],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 120
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True)
    for name, data in SHEETS.items():
        s = wb.create_sheet(name)
        for r in data:
            s.append(r)
        for c in s[1]:
            c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA")
        for col, w in zip("ABCDEFG", [26, 12, 40, 10, 6, 26, 6]):
            s.column_dimensions[col].width = w
    wb.save(path)
