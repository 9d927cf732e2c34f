import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter
from common import out, Cache

rnd = random.Random(2)
C = Cache()
wb = Workbook()
cover = wb.active; cover.title = "Cover"
summ = wb.create_sheet("Summary")
reg = wb.create_sheet("Asset Register")
rec = wb.create_sheet("Recorders")

bold = Font(bold=True); hdrfill = PatternFill("solid", fgColor="DCE6F1")

cov = [
    ["Northfield Hospitals NHS Foundation Trust"],
    ["Freedom of Information Act 2000 - Response"],
    [],
    ["FOI reference", "FOI-2425-0611"],
    ["Date received", "03/06/2024"],
    ["Date of response", "27/06/2024"],
    ["Prepared by", "Estates & Facilities - Security Management (K. Brierley, LSMS)"],
    [],
    ["Notes"],
    ["1. The Asset Register tab is an extract of the Trust's security systems register as at 24/06/2024. Camera location descriptions have been generalised to building/area level."],
    ["2. Status column: 'Live' = installed and recording; 'Live - fault logged' = installed, fault reported to maintainer; 'Decommissioned' = removed from service, awaiting disposal; 'Spare' = held in stores, not installed."],
    ["3. Recording equipment is listed separately on the Recorders tab."],
    ["4. The Summary tab answers questions 1 to 3 of your request."],
    [],
    ["If you are unhappy with this response you may request an internal review by writing to foi.requests@northfield-hospitals.nhs.uk within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, SK9 5AF (www.ico.org.uk)."],
]
for r in cov: cover.append(r)
cover["A1"].font = Font(bold=True, size=14); cover["A2"].font = Font(bold=True)
cover.column_dimensions["A"].width = 22; cover.column_dimensions["B"].width = 70

# ------------- register rows
sites = [
    ("Royal Infirmary", [("Hikvision", "DS-2CD2143G2-I", "Fixed dome", 96, "Live"),
                         ("Axis", "P3245-LVE", "Fixed dome", 28, "Live"),
                         ("Dahua", "IPC-HDW2431T-AS", "Turret", 14, "Decommissioned")]),
    ("St Luke's Hospital", [("Hikvision", "DS-2CD2T47G2-L", "Bullet", 41, "Live"),
                            ("Hikvision", "DS-2CD2T47G2-L", "Bullet", 3, "Spare")]),
    ("Eastfield Community Hub", [("Hanwha", "XNV-6081", "Fixed dome", 12, "Live")]),
    ("Kingsmead Health Centre", [("Hikvision", "DS-2CD1143G0-I", "Fixed dome", 8, "Live")]),
    ("Car parks (RI & SLH)", [("Hikvision", "DS-2DE4425IW-DE", "PTZ", 6, "Live"),
                              ("Dahua", "SD49225XA-HNR", "PTZ", 4, "Decommissioned")]),
]
areas = {"Royal Infirmary": ["A&E", "Main entrance", "Outpatients", "Ward block B", "Ward block C", "Pharmacy", "Maternity", "Link corridor", "Service yard", "Mortuary"],
         "St Luke's Hospital": ["Reception", "Day surgery", "Ward 4", "Ward 5", "Grounds", "Boiler house"],
         "Eastfield Community Hub": ["Reception", "Clinic corridor", "External"],
         "Kingsmead Health Centre": ["Reception", "Waiting area", "External"],
         "Car parks (RI & SLH)": ["MSCP level 1", "Staff car park", "Visitor car park"]}
hdr = ["Asset ID", "Site", "Area", "Device type", "Manufacturer", "Model", "Camera form", "Install year", "Status", "Comments"]
reg.append(hdr)
n = 0
rows = []
for site, groups in sites:
    for make, model, form, count, status in groups:
        for k in range(count):
            n += 1
            area = rnd.choice(areas[site])
            yr = {"Hikvision": rnd.choice([2018, 2019, 2019, 2021]), "Axis": 2022, "Dahua": 2016, "Hanwha": 2020}[make]
            st = status
            com = ""
            if status == "Decommissioned":
                com = "Removed 2022 replacement programme"
            if status == "Live" and rnd.random() < 0.04:
                st = "Live - fault logged"; com = "IR fault - job raised"
            if status == "Spare":
                com = "Stores, Estates workshop"; area = "N/A"
            rows.append(["CAM-%04d" % n, site, area, "Camera", make, model, form, yr, st, com])
rnd.shuffle(rows)
rows.sort(key=lambda r: (r[1], r[2]))
for i, r in enumerate(rows): r[0] = "CAM-%04d" % (i + 1)
for r in rows: reg.append(r)
last = len(rows) + 1
for c in reg[1]: c.font = bold; c.fill = hdrfill
reg.freeze_panes = "A2"
for i, w in enumerate([11, 26, 18, 10, 12, 20, 12, 11, 20, 34], 1):
    reg.column_dimensions[get_column_letter(i)].width = w
reg.auto_filter.ref = "A1:J%d" % last

def live(r, **kw):
    if not r[8].startswith("Live"): return False
    return all(r[{"site": 1, "make": 4}[k]] == v for k, v in kw.items())

# ------------- summary
summ["A1"] = "CCTV summary - cameras installed and in use (status 'Live*')"; summ["A1"].font = Font(bold=True, size=12)
summ["A3"] = "By site"; summ["A3"].font = bold
summ.append(["Site", "Cameras in use"])
summ["A4"].font = bold; summ["B4"].font = bold
R = "'Asset Register'!"
row = 5
site_names = [s for s, _ in sites]
for s in site_names:
    summ.cell(row=row, column=1, value=s)
    v = sum(1 for r in rows if live(r, site=s))
    C.f(summ, "B%d" % row, '=COUNTIFS(%s$B$2:$B$%d,A%d,%s$I$2:$I$%d,"Live*")' % (R, last, row, R, last), v)
    row += 1
summ.cell(row=row, column=1, value="Total").font = bold
tot = sum(1 for r in rows if live(r))
C.f(summ, "B%d" % row, "=SUM(B5:B%d)" % (row - 1), tot)
summ["B%d" % row].font = bold
row += 2
summ.cell(row=row, column=1, value="By manufacturer").font = bold; row += 1
summ.cell(row=row, column=1, value="Manufacturer").font = bold
summ.cell(row=row, column=2, value="Cameras in use").font = bold
summ.cell(row=row, column=3, value="Decommissioned / spare").font = bold
row += 1; start = row
for mk in ["Hikvision", "Dahua", "Axis", "Hanwha"]:
    summ.cell(row=row, column=1, value=mk)
    v = sum(1 for r in rows if live(r, make=mk))
    C.f(summ, "B%d" % row, '=COUNTIFS(%s$E$2:$E$%d,A%d,%s$I$2:$I$%d,"Live*")' % (R, last, row, R, last), v)
    v2 = sum(1 for r in rows if r[4] == mk and not r[8].startswith("Live"))
    C.f(summ, "C%d" % row, '=COUNTIF(%s$E$2:$E$%d,A%d)-B%d' % (R, last, row, row), v2)
    row += 1
summ.cell(row=row, column=1, value="Total").font = bold
C.f(summ, "B%d" % row, "=SUM(B%d:B%d)" % (start, row - 1), tot)
C.f(summ, "C%d" % row, "=SUM(C%d:C%d)" % (start, row - 1), sum(1 for r in rows if not r[8].startswith("Live")))
summ.column_dimensions["A"].width = 30; summ.column_dimensions["B"].width = 16; summ.column_dimensions["C"].width = 24

# ------------- recorders
rec.append(["Asset ID", "Site", "Device", "Manufacturer", "Model", "Channels", "Status"])
for c in rec[1]: c.font = bold; c.fill = hdrfill
recs = [
    ("NVR-01", "Royal Infirmary", "NVR", "Hikvision", "DS-9664NI-I8", 64, "Live"),
    ("NVR-02", "Royal Infirmary", "NVR", "Hikvision", "DS-9664NI-I8", 64, "Live"),
    ("NVR-03", "Royal Infirmary", "VMS server", "Milestone (Dell host)", "XProtect Professional+", "n/a", "Live"),
    ("NVR-04", "St Luke's Hospital", "NVR", "Hikvision", "DS-9632NI-I8", 32, "Live"),
    ("NVR-05", "St Luke's Hospital", "NVR", "Hikvision", "DS-7716NI-K4", 16, "Live"),
    ("NVR-06", "Eastfield Community Hub", "NVR", "Hanwha", "XRN-1610", 16, "Live"),
    ("NVR-07", "Kingsmead Health Centre", "NVR", "Hikvision", "DS-7608NI-K2", 8, "Live"),
    ("NVR-08", "Royal Infirmary", "DVR", "Dahua", "DHI-XVR5216AN", 16, "Decommissioned"),
    ("NVR-09", "Car parks (RI & SLH)", "NVR", "Dahua", "DHI-NVR4216-4KS2", 16, "Decommissioned"),
]
for r in recs: rec.append(list(r))
for i, w in enumerate([10, 26, 12, 22, 24, 10, 16], 1):
    rec.column_dimensions[get_column_letter(i)].width = w
C.save(wb, out("02-reply.xlsx"))
print("total live", tot, "hik", sum(1 for r in rows if live(r, make="Hikvision")))
