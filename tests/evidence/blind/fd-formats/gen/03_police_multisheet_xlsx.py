"""03: police force workbook - response sheet + summary (merged headers, notes rows, hidden col) + site types."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import out

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
bold = Font(bold=True)

# ---------------- Sheet 1: response text
ws = wb.active
ws.title = "Response"
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 110
lines = [
    ("", "NORTHMOOR POLICE - Freedom of Information Unit"),
    ("", "Request reference: FOI 000412/24            Date of response: 22 February 2024"),
    ("", ""),
    ("", "Your request, received 25 January 2024, has been considered and our response to each part is set out below."),
    ("", ""),
    ("(a)", "Total number of CCTV cameras installed at police premises - see tab 'Summary', total row."),
    ("(b)", "Breakdown by police station / premises - WITHHELD. We have provided the figures by type of premises on tab 'By premises type'. "
            "The names of individual stations have been withheld under s.24(1) (national security) and s.31(1)(a)(b) (law enforcement). "
            "The harm and public interest test is set out on tab 'PIT'."),
    ("(c)", "Manufacturers with number from each - see tab 'Summary'."),
    ("(d)", "See tab 'Summary'."),
    ("(e)", "None."),
    ("(f)", "Northmoor Police does not use live or retrospective facial recognition with any of the fixed CCTV at police premises."),
    ("", ""),
    ("", "Northmoor Police is committed to transparency... however some information cannot be released where disclosure would "
         "undermine the security of the police estate."),
    ("", ""),
    ("", "COMPLAINT RIGHTS: If you are dissatisfied with this response you may request an internal review within 40 working days "
         "by writing to the Freedom of Information Unit, Northmoor Police HQ, Moorgate Road, Thirlby TH2 8QQ, foi@northmoor.police.example.uk. "
         "If you remain dissatisfied you may apply to the Information Commissioner (www.ico.org.uk)."),
    ("", "Copyright: The information is Crown copyright / Northmoor Police copyright and is supplied for your personal use."),
    ("", ""),
    ("", "Disclosure Officer: J. Fairbairn (ref. 4471)"),
]
for i, (a, b) in enumerate(lines, 1):
    ws.cell(i, 1, a).font = bold
    c = ws.cell(i, 2, b)
    c.alignment = Alignment(wrap_text=True, vertical="top")
ws["B1"].font = Font(bold=True, size=13)

# ---------------- Sheet 2: Summary with merged header rows, hidden column, blank column, notes rows
s = wb.create_sheet("Summary")
s.merge_cells("A1:G1")
s["A1"] = "FOI 000412/24 - Fixed CCTV cameras at Northmoor Police premises"
s["A1"].font = Font(bold=True, size=12)
s.merge_cells("A2:G2")
s["A2"] = "Source: Estates security systems register, extract as at 31/01/2024"
s["A2"].font = Font(italic=True)
# two-level header
s.merge_cells("A4:A5"); s["A4"] = "Manufacturer"
s.merge_cells("B4:B5"); s["B4"] = "Asset class"          # hidden column
s.merge_cells("C4:E4"); s["C4"] = "Number of cameras"
s["C5"] = "Internal"; s["D5"] = "External"; s["E5"] = "Total"
s.merge_cells("G4:G5"); s["G4"] = "Comments"
for row in s["A4:G5"]:
    for c in row:
        c.font = bold; c.fill = grey; c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
data = [
    ("Axis", "SEC-CAM-IP", 301, 111, "Standard for new builds since 2016"),
    ("Bosch", "SEC-CAM-IP", 58, 38, ""),
    ("Hanwha (Wisenet)", "SEC-CAM-IP", 169, 64, ""),
    ("HIKVISION", "SEC-CAM-IP", 11, 7, "Two outstations. Scheduled for replacement in 2024/25 capital programme"),
    ("Pelco", "SEC-CAM-AN", 0, 7, "Analogue, vehicle compound only"),
]
r = 6
for m, cls, i_, e_, com in data:
    s.cell(r, 1, m); s.cell(r, 2, cls); s.cell(r, 3, i_); s.cell(r, 4, e_)
    s.cell(r, 5, i_ + e_); s.cell(r, 7, com)
    for col in (1, 2, 3, 4, 5, 7):
        s.cell(r, col).border = box
    s.cell(r, 7).alignment = Alignment(wrap_text=True)
    r += 1
s.cell(r, 1, "Total").font = bold
s.cell(r, 3, sum(d[2] for d in data)); s.cell(r, 4, sum(d[3] for d in data)); s.cell(r, 5, sum(d[2] + d[3] for d in data))
for col in (1, 2, 3, 4, 5, 7):
    s.cell(r, col).border = box; s.cell(r, col).font = bold
# openpyxl writes formulas without cached values; write the value alongside for readers that do not calculate
tot_row = r
r += 2
s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
s.cell(r, 1, "Notes:").font = bold
notes = [
    "1. Figures relate to fixed CCTV cameras at premises owned or leased by Northmoor Police only.",
    "2. Excludes 44 ANPR cameras (reported separately under the national ANPR programme) and body worn video.",
    "3. Excludes cameras in shared premises where the system is owned by the landlord (e.g. council contact centres).",
    "4. Recording equipment (NVRs/DVRs) is not included in the figures above.",
]
for n in notes:
    r += 1
    s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    s.cell(r, 1, n).alignment = Alignment(wrap_text=True)
s.column_dimensions["A"].width = 22
s.column_dimensions["B"].width = 14
s.column_dimensions["B"].hidden = True
s.column_dimensions["C"].width = 11
s.column_dimensions["D"].width = 11
s.column_dimensions["E"].width = 11
s.column_dimensions["F"].width = 3
s.column_dimensions["G"].width = 48

# ---------------- Sheet 3: by premises type
p = wb.create_sheet("By premises type")
p["A1"] = "Fixed CCTV cameras by type of premises (station names withheld - s24(1), s31(1))"
p["A1"].font = bold
hdr = ["Premises type", "No. of premises", "", "Cameras"]
for j, h in enumerate(hdr, 1):
    c = p.cell(3, j, h); c.font = bold; c.fill = grey if h else PatternFill(); c.border = box if h else Border()
pt = [("Custody suites", 4, 280), ("Divisional / district stations", 9, 231),
      ("Neighbourhood police offices", 17, 68), ("Headquarters campus", 1, 121),
      ("Vehicle compound / workshops", 2, 41), ("Firearms range & training centre", 1, 25)]
r = 4
for name, n, cams in pt:
    p.cell(r, 1, name).border = box; p.cell(r, 2, n).border = box; p.cell(r, 4, cams).border = box
    r += 1
p.cell(r, 1, "All premises").font = bold
p.cell(r, 4, sum(x[2] for x in pt)).font = bold
p.column_dimensions["A"].width = 36
p.column_dimensions["B"].width = 16
p.column_dimensions["C"].width = 2
p.column_dimensions["D"].width = 10
assert sum(x[2] for x in pt) == sum(d[2] + d[3] for d in data), (sum(x[2] for x in pt), sum(d[2] + d[3] for d in data))

# ---------------- Sheet 4: PIT
q = wb.create_sheet("PIT")
q.column_dimensions["A"].width = 120
pit = [
    "Section 24(1) - National security; Section 31(1)(a)(b) - Law enforcement",
    "",
    "Harm: Identifying which premises have more or fewer cameras would allow those intent on causing harm to identify "
    "the stations with the weakest coverage. Police premises hold detained persons, firearms, exhibits and intelligence material.",
    "",
    "Public interest in favour of disclosure: transparency in the use of public funds and accountability for the security of the police estate.",
    "",
    "Public interest in favour of withholding: the security of the police estate and the safety of officers, staff and detained persons.",
    "",
    "Balance: We have disclosed the total, the manufacturer breakdown and a breakdown by premises type. We consider the public "
    "interest favours withholding the station-level breakdown.",
]
for i, t in enumerate(pit, 1):
    q.cell(i, 1, t).alignment = Alignment(wrap_text=True)
q["A1"].font = bold
wb.save(out("03-reply.xlsx"))
print("total", sum(d[2] + d[3] for d in data))
