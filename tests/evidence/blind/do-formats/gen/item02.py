from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

NN = "02"
write_request(NN, """
Dear FOI Team,

I am writing to request the following information under the Freedom of Information Act 2000 regarding CCTV
at Northfield and Wyre Valley Hospitals NHS Foundation Trust.

Q1 How many CCTV cameras does the Trust operate across all of its sites?
Q2 Please list the manufacturers of these cameras and the number supplied by each.
Q3 Do any of the Trust's cameras have facial recognition or audio recording capability enabled?
Q4 Which company maintains the Trust's CCTV system?
Q5 What was the cost of CCTV maintenance in the last financial year?

A spreadsheet format would be helpful for any figures.

Many thanks,
Owen Gatley
""")

wb = Workbook()
bold = Font(bold=True)
hdr_fill = PatternFill("solid", fgColor="005EB8")
hdr_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

ws = wb.active
ws.title = "Response"
ws["A1"] = "Northfield and Wyre Valley Hospitals NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Freedom of Information Request  Ref: NWV-FOI-24-0917"
ws["A3"] = "Date of response: 02/12/2024"
rows = [
    ("Question", "Response"),
    ("Q1 How many CCTV cameras does the Trust operate across all of its sites?",
     "Please see tab 'Cameras by site'."),
    ("Q2 Please list the manufacturers of these cameras and the number supplied by each.",
     "Please see tab 'Manufacturers'."),
    ("Q3 Do any of the Trust's cameras have facial recognition or audio recording capability enabled?",
     "No. Facial recognition is not used by the Trust. Audio recording is disabled on all devices."),
    ("Q4 Which company maintains the Trust's CCTV system?",
     "Chubb Fire & Security Ltd under a contract managed by Estates & Facilities."),
    ("Q5 What was the cost of CCTV maintenance in the last financial year?",
     "£48,720 (2023/24, excluding VAT)."),
]
for i, (q, a) in enumerate(rows, start=5):
    ws.cell(i, 1, q); ws.cell(i, 2, a)
    for c in (1, 2):
        ws.cell(i, c).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(i, c).border = box
for c in (1, 2):
    ws.cell(5, c).fill = hdr_fill; ws.cell(5, c).font = hdr_font
ws.column_dimensions["A"].width = 60; ws.column_dimensions["B"].width = 60
ws["A13"] = ("If you are unhappy with this response you may request an internal review by writing to "
             "foi.requests@nwvh.nhs.uk within 40 working days. You also have the right to complain to the "
             "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, SK9 5AF.")
ws["A13"].alignment = Alignment(wrap_text=True)
ws.merge_cells("A13:B13"); ws.row_dimensions[13].height = 45

ws2 = wb.create_sheet("Cameras by site")
ws2.append(["Site", "Internal", "External", "Total"])
sites = [("Northfield Royal Infirmary", 120, 68), ("St Luke's Hospital, Wyre Valley", 60, 36),
         ("Community hubs (x5)", 29, 12), ("Estates & Supplies depot, Halden Road", 8, 14)]
for i, (s, a, b) in enumerate(sites, start=2):
    ws2.append([s, a, b, f"=SUM(B{i}:C{i})"])
n = len(sites) + 2
ws2.append(["Total", f"=SUM(B2:B{n-1})", f"=SUM(C2:C{n-1})", f"=SUM(D2:D{n-1})"])
for c in range(1, 5):
    ws2.cell(1, c).font = hdr_font; ws2.cell(1, c).fill = hdr_fill
    ws2.cell(n, c).font = bold
ws2.column_dimensions["A"].width = 42

ws3 = wb.create_sheet("Manufacturers")
ws3.append(["Manufacturer", "Quantity"])
makers = [("Avigilon", 141), ("HIKVISION", 112), ("Axis", 64), ("Vivotek", 18), ("Dahua Technology", 12)]
for m in makers:
    ws3.append(list(m))
k = len(makers) + 2
ws3.append(["Total", f"=SUM(B2:B{k-1})"])
for c in (1, 2):
    ws3.cell(1, c).font = hdr_font; ws3.cell(1, c).fill = hdr_fill
    ws3.cell(k, c).font = bold
ws3.column_dimensions["A"].width = 28

dest = out(f"{NN}-reply.xlsx")
wb.save(dest)
cache = {2: {}, 3: {f"B{k}": sum(m[1] for m in makers)}}
for i, (s, a, b) in enumerate(sites, start=2):
    cache[2][f"D{i}"] = a + b
cache[2][f"B{n}"] = sum(s[1] for s in sites)
cache[2][f"C{n}"] = sum(s[2] for s in sites)
cache[2][f"D{n}"] = sum(s[1] + s[2] for s in sites)
xlsx_cache_values(dest, cache)
print(cache)

add_label(dict(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx",
               body_type="nhs", law="foia", hikvision="yes", dahua="yes", outcome="answered",
               exemptions=[], camera_count=347,
               note="Answers point to other tabs; the total is a SUM formula on the 'Cameras by site' sheet."))
