from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

NN = "04"
req = """Dear University of Hull,

Under the Freedom of Information Act, could you please tell me how many CCTV cameras the University has across its campus, broken down by building or area if possible, and which manufacturers supplied them? Are any of the cameras made by Hikvision or Dahua? Also, does the University have a CCTV policy and a Data Protection Impact Assessment for its CCTV system, and if so could you send me copies?

Yours faithfully,

Eleanor Baptiste
"""
write_request(NN, req)

wb = Workbook()
ws = wb.active; ws.title = "Response"
B = Font(bold=True)
rows = [
 ["University of Hull – Information Compliance"],
 ["FOI reference: FOI-2024-0388", "", "Response date: 11 October 2024"],
 [],
 ["No.", "Information requested", "University response"],
 [1, "Number of CCTV cameras, by building or area", "See tab 'Cameras by building'."],
 [2, "Manufacturers", "See tab 'Cameras by building'."],
 [3, "Are any of the cameras made by Hikvision or Dahua?", "Yes - see column C of tab 'Cameras by building'."],
 [4, "CCTV policy", "The University's CCTV Code of Practice is available at https://www.hull.ac.uk/choose-hull/university-and-region/key-documents/docs/cctv-code-of-practice.pdf"],
 [5, "DPIA for the CCTV system",
  "A copy of the DPIA is provided with this response. The names and direct contact details of staff below "
  "Director level have been redacted under section 40(2) of the FOIA (personal information)."],
 [],
 ["If you are dissatisfied with this response you may ask for an internal review within 40 working days by writing to "
  "foi@hull.ac.uk. If you remain dissatisfied you may contact the Information Commissioner's Office (ico.org.uk)."],
]
for r in rows: ws.append(r)
ws["A1"].font = Font(bold=True, size=13)
for c in ws[4]: c.font = B; c.fill = PatternFill("solid", fgColor="D9E1F2")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 95
for row in ws.iter_rows(min_row=5, max_row=9):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")

t = wb.create_sheet("Cameras by building")
data = [
 ("Brynmor Jones Library", 24, 0, 6),
 ("Allam Medical Building", 18, 0, 0),
 ("Sports Centre", 0, 14, 0),
 ("Students' Union", 6, 8, 0),
 ("The Courtyard (residences)", 0, 22, 0),
 ("Car parks and perimeter", 4, 0, 10),
 ("Aura Innovation Centre", 9, 0, 0),
 ("Fenner Building", 5, 3, 0),
]
t.append(["Building / area", "Axis", "Hikvision", "Avigilon", "Total"])
for c in t[1]: c.font = B; c.fill = PatternFill("solid", fgColor="D9E1F2")
for b, a, h, v in data: t.append([b, a, h, v, a + h + v])
tot = [sum(x[i] for x in data) for i in (1, 2, 3)]
t.append(["Total", *tot, sum(tot)])
for c in t[t.max_row]: c.font = B
t.column_dimensions["A"].width = 32
thin = Side(style="thin")
for row in t.iter_rows():
    for c in row: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
out = ROOT / f"{NN}-reply.xlsx"; wb.save(out)
total = sum(tot)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="xlsx", body_type="university", law="foia",
    hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s40"], camera_count=total,
    note=f"Counts are in a second sheet with a manufacturer column per maker (total {total}); 'Yes' to the joint question is resolved only by the Hikvision column, Dahua absent from the complete maker columns; DPIA redacted s40.")
