from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import out, Cache

C = Cache()
wb = Workbook()
r = wb.active; r.title = "FOI response"
s = wb.create_sheet("CCTV by site")
nt = wb.create_sheet("Notes")
b = Font(bold=True); fill = PatternFill("solid", fgColor="FCE4D6")
thin = Side(style="thin", color="999999"); box = Border(left=thin, right=thin, top=thin, bottom=thin)

rows = [["Moorvale Partnership NHS Foundation Trust"],
        ["FOI ref: MPFT-FOI-1893   Received: 12/02/2025   Responded: 07/03/2025"],
        [],
        ["Question", "Answer"],
        ["Q1: How many CCTV cameras does the Trust operate in total?", "See 'CCTV by site'."],
        ["Q2: Are any of the Trust's CCTV cameras or systems made by Hikvision?", "No."],
        ["Q3: Are any of the Trust's CCTV cameras or systems made by Dahua?", "Please refer to the 'CCTV by site' tab."],
        ["Q4: Who monitors the CCTV at inpatient units?", "CCTV at inpatient units is not actively monitored. Live images are viewable by the nurse in charge and by the site security team; footage is reviewed following incidents. Please also see 'CCTV by site'."],
        [],
        ["This information is provided under the Freedom of Information Act 2000. For internal review or complaints see the Notes tab."]]
for x in rows: r.append(x)
r["A1"].font = Font(bold=True, size=12); r["A4"].font = b; r["B4"].font = b
r.column_dimensions["A"].width = 60; r.column_dimensions["B"].width = 80
for row in r.iter_rows(min_row=5):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")

hdr = ["Site", "Cameras", "Camera manufacturer", "Recording equipment", "Recorder manufacturer", "Monitoring"]
s.append(hdr)
for c in s[1]: c.font = b; c.fill = fill; c.border = box
data = [("Ashworth Lodge (adult acute inpatient)", 64, "Axis", "VMS server (XProtect)", "Milestone", "Nurse in charge / site security"),
        ("Beechwood Unit (PICU)", 38, "Axis", "VMS server (XProtect)", "Milestone", "Nurse in charge / site security"),
        ("Cedar House (low secure)", 52, "Hanwha", "WRN-1632S NVR x2", "Hanwha", "Reception airlock, 24/7"),
        ("Riverside CMHT", 6, "Hanwha", "NVR4208-4KS2", "Dahua", "Not monitored"),
        ("Holmfield Resource Centre", 4, "Hanwha", "NVR2104HS-S3", "Dahua", "Not monitored"),
        ("Trust HQ, Moorvale House", 12, "Axis", "VMS server (XProtect)", "Milestone", "Reception, office hours")]
for d in data:
    s.append(list(d))
n = len(data) + 1
s.cell(row=n + 1, column=1, value="Total").font = b
C.f(s, "B%d" % (n + 1), "=SUM(B2:B%d)" % n, sum(d[1] for d in data))
s["B%d" % (n + 1)].font = b
for row in s.iter_rows(min_row=2, max_row=n + 1):
    for c in row: c.border = box
for col, w in zip("ABCDEF", [38, 10, 20, 24, 22, 32]): s.column_dimensions[col].width = w

for x in [["Notes"],
          ["Camera numbers include internal and external fixed cameras. Body worn cameras used on inpatient wards (Reveal, 24 devices) are not included."],
          ["Community sites not listed above do not have CCTV, or have CCTV operated by the building landlord."],
          [],
          ["If you are unhappy with the response you may request an internal review within 40 working days by emailing mpft.foi@nhs.net. If you remain unhappy you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."]]:
    nt.append(x)
nt["A1"].font = b; nt.column_dimensions["A"].width = 140
C.save(wb, out("22-reply.xlsx"))
