from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NN = "08"
write_request(NN, """
Dear Hampshire and Isle of Wight Fire and Rescue Service,

1. How many CCTV cameras are installed at your fire stations and other premises?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. How many fire appliances are fitted with vehicle CCTV / dash cameras?

Yours faithfully,
Gareth Mole
""")

groups = [
    ("Eastleigh group", [("Eastleigh", "Axis"), ("Hedge End", "Axis"), ("Botley", "Imou (Dahua)")], 19),
    ("Southampton group", [("St Mary's", "Axis"), ("Redbridge", "Axis"), ("Hightown", "Axis"),
                           ("Woolston", "Axis")], 34),
    ("Isle of Wight", [("Newport", "Axis"), ("Ryde", "Imou"), ("Cowes", "Imou"), ("Ventnor", "Imou")], 16),
    ("Rural north", [("Overton", "Imou"), ("Whitchurch", "Imou"), ("Kingsclere", "Imou")], 7),
    ("HQ & training", [("HQ Eastleigh", "Axis / Avigilon"), ("Moreton-in-Marsh training (leased)", "Axis")], 41),
]
wb = Workbook(); ws = wb.active; ws.title = "Stations"
thin = Side(style="thin"); b = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "HIWFRS - FOI 24-1187 - CCTV at premises"; ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
hdr = ["Station group", "Station / site", "Camera make", "Cameras (group)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True); c.border = b
    c.fill = PatternFill("solid", fgColor="F4B183")
r = 4
for g, stations, n in groups:
    start = r
    for st, mk in stations:
        ws.cell(row=r, column=2, value=st).border = b
        ws.cell(row=r, column=3, value=mk).border = b
        r += 1
    ws.cell(row=start, column=1, value=g); ws.cell(row=start, column=4, value=n)
    ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.merge_cells(start_row=start, start_column=4, end_row=r - 1, end_column=4)
    for col in (1, 4):
        ws.cell(row=start, column=col).alignment = Alignment(vertical="center", horizontal="center")
        ws.cell(row=start, column=col).border = b
total = sum(n for *_, n in groups)
ws.cell(row=r, column=1, value="Total cameras at premises").font = Font(bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
ws.cell(row=r, column=4, value=total).font = Font(bold=True)
r += 2
ws.cell(row=r, column=1, value="Vehicle CCTV: 64 front-line appliances are fitted with forward-facing and 360 cameras (make: Brigade Electronics). These are not included in the figures above.")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 45
r += 1
ws.cell(row=r, column=1, value="Hikvision: none. Dahua: see camera make column.")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
r += 2
for l in ["You have the right to request an internal review (foi@hantsfire.example.gov.uk) and thereafter to complain to the ICO.",
          "Information Governance Team, Hampshire and Isle of Wight Fire and Rescue Service, Leigh Road, Eastleigh SO50 9SJ"]:
    ws.cell(row=r, column=1, value=l); r += 1
for col, w in zip("ABCD", [24, 36, 18, 16]):
    ws.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
label(NN, "xlsx", "fire", "foia", "no", "yes", "answered", [], total,
      "counts only in merged cells per station group with a merged total row; Dahua only via sub-brand Imou; vehicle cameras (64 appliances) excluded")
print(total)
