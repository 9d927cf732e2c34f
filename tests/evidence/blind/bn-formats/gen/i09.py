from common import *
from openpyxl import Workbook
from openpyxl.styles import Font

NN = "09"
write_request(NN, """
Dear University of Stirling

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The number of CCTV cameras on each of the University's campuses / main buildings.
2. The manufacturers of the cameras and how many of each.
3. Whether the University has any Hikvision or Dahua cameras.

Kind regards
Fiona McLeish
""")
wb = Workbook()
ws = wb.active; ws.title = "Response"
txt = ["University of Stirling – Information Compliance",
       "Our reference: FOI-UoS-2024-0219",
       "Date: 16 April 2024",
       "",
       "Dear Ms McLeish",
       "",
       "Thank you for your request dated 19 March 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA).",
       "The information you asked for is provided on the following tabs:",
       "   'By building'    – question 1",
       "   'Manufacturers'  – questions 2 and 3",
       "",
       "Your right to seek a review",
       "If you are dissatisfied with the way we have dealt with your request, you can ask us to review our actions and decisions",
       "by writing to foi@stir.ac.uk within 40 working days. If you remain dissatisfied following review, you have the right to",
       "apply to the Scottish Information Commissioner within six months (www.itspublicknowledge.info/appeal).",
       "",
       "Information Compliance Officer, University of Stirling, Stirling FK9 4LA"]
for i, t in enumerate(txt, 1): ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=13); ws["A12"].font = Font(bold=True)
ws.column_dimensions["A"].width = 125

b = wb.create_sheet("By building")
b.append(["Campus", "Building / area", "No. of cameras"])
for c in b[1]: c.font = Font(bold=True)
data = [("Stirling", "Cottrell Building", "38"), ("Stirling", "Andrew Miller Building", "21"),
        ("Stirling", "Library", "14"), ("Stirling", "Pathfoot Building", "17"),
        ("Stirling", "Sports Centre & Gannochy", "26"), ("Stirling", "Student residences (all blocks)", "64"),
        ("Stirling", "Car parks & perimeter", " 45"), ("Stirling", "Stirling Court Hotel", "12"),
        ("Inverness", "Centre for Health Science", "9"), ("Stornoway", "Western Isles campus", "4")]
for r in data:
    b.append(list(r))
for row in b.iter_rows(min_row=2, min_col=3, max_col=3):
    for c in row:
        c.number_format = "@"; c.data_type = "s"
b.column_dimensions["A"].width = 14; b.column_dimensions["B"].width = 34; b.column_dimensions["C"].width = 16

m = wb.create_sheet("Manufacturers")
m.append(["Manufacturer", "Cameras", "Comment"])
for c in m[1]: c.font = Font(bold=True)
for r in [("Axis", "118", ""), ("Hanwha Vision", "97", "incl. older Samsung-branded units"),
          ("Bosch", "21", "Sports Centre"), ("Da Hua", "14", "Library – legacy analogue system, still in use"),
          ("", "", ""), ("Hikvision", "0", "")]:
    m.append(list(r))
for row in m.iter_rows(min_row=2, min_col=2, max_col=2):
    for c in row: c.number_format = "@"
m.column_dimensions["A"].width = 18; m.column_dimensions["C"].width = 48
wb.save(out(f"{NN}-reply.xlsx"))
tot = sum(int(x[2]) for x in data); print(tot, 118+97+21+14)
add_label(NN, "xlsx", "university", "foisa", "no", "yes", "answered", [], tot,
          "All counts stored as text with no total row (sum 250); Dahua spelled 'Da Hua'; Hikvision shown as '0' in maker table.")
