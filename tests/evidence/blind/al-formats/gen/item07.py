from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side

REQ = """To: governance@kestrellearning.org.uk
Subject: FOI - CCTV in Trust schools

Dear Kestrel Learning Trust,

Please could you provide, for each school in the Trust:
1) number of CCTV cameras (internal / external)
2) make of cameras and of the recorders
3) whether any cameras are in classrooms or toilets
4) whether any of the systems use facial recognition

Many thanks,
Tom Gerrard"""
write_request("07", REQ)

rows = [("Kestrel Academy (secondary)", 38, 21, 2, "Hikvision", "Hikvision DS-9632NI"),
        ("Larkfield Primary Academy", 6, 5, 0, "Hikvision", "Hikvision DS-7608NI"),
        ("Oakfield Primary Academy", 4, 3, 0, "Dahua", "Dahua XVR"),
        ("St Bede's CE Primary Academy", 0, 4, 0, "Swann", "Swann DVR"),
        ("Moorside Alternative Provision", 9, 6, 1, "Axis", "Axis Camera Station"),
        ("Trust Central Office", 2, 1, 0, "Hikvision", "(cloud - Hik-Connect)")]
wb = Workbook(); ws = wb.active; ws.title = "CCTV by school"
ws.append(["Kestrel Learning Trust - FOI KLT/FOI/25-006"]); ws["A1"].font = Font(bold=True, size=12)
ws.append(["Prepared by: Trust Estates Lead, 14/01/2025"])
ws.append([])
hdr = ["School / site", "Internal", "External", "PTZ", "Camera make", "Recorder / NVR", "Cameras in classrooms?", "Cameras in toilets?"]
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
start = 5
for r in rows:
    cls = "No" if "Moorside" not in r[0] else "Yes (2 - de-escalation rooms)"
    toi = "No (corridor outside only)" if "Kestrel Academy" in r[0] else "No"
    ws.append(list(r) + [cls, toi])
end = ws.max_row
ws.append(["Total", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)])
tot_row = ws.max_row
ws.append(["All cameras", sum(r[1] + r[2] + r[3] for r in rows)])
for rr in (tot_row, tot_row + 1):
    for c in ws[rr]:
        c.font = Font(bold=True)
ws.cell(row=tot_row, column=1).border = Border(top=Side(style="thin"))
for col, w in zip("ABCDEFGH", [32, 9, 9, 6, 13, 24, 30, 28]):
    ws.column_dimensions[col].width = w

n = wb.create_sheet("Notes")
for t in ["Notes to accompany FOI response KLT/FOI/25-006",
          "",
          "1. Figures are cameras installed and recording as at the date above. Oakfield Primary shares a site with Oakfield Community Leisure Centre; the 5 cameras on the leisure centre building are operated by the leisure provider and are not included.",
          "2. Q4 - No. None of the Trust's CCTV systems use facial recognition.",
          "3. Where a school has a PTZ camera it is external.",
          "4. This information is provided under the Freedom of Information Act 2000. If you are unhappy with this response please contact the Trust's Governance Lead at governance@kestrellearning.org.uk to request an internal review. You also have the right to complain to the ICO."]:
    n.append([t])
n.column_dimensions["A"].width = 130
wb.save(p("07-reply.xlsx"))
total = sum(r[1] + r[2] + r[3] for r in rows)
print(total)
add_label("07", "xlsx", "academy", "foia", "yes", "yes", "answered", [], total,
          "The per-school table has a Total row split by internal/external/PTZ plus an 'All cameras' row, a notes sheet excludes leisure-centre cameras, and makers appear only in camera-make and recorder columns.")
