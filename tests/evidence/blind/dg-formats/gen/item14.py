from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

NN = "14"
write_request(NN, """
Dear Haverleigh County Council

Please can you provide, under the FOI Act:

Q1. The number of CCTV cameras in council-owned buildings (offices, libraries, depots, care homes etc.).
Q2. The make of the cameras in each building.
Q3. Are any of the cameras made by Hikvision or Dahua?
Q4. The annual cost of CCTV maintenance for 2023/24.

Thanks,
Oliver Brandt
""")

wb = Workbook()
cov = wb.active; cov.title = "Cover note"
lines = [
 ("Haverleigh County Council", True),
 ("Information Governance – Freedom of Information response", False),
 ("", False),
 ("Reference: HCC-FOI-24-3107", False),
 ("Date: 21 January 2025", False),
 ("", False),
 ("Q1 & Q2 – Please see the worksheet 'CCTV by building'.", False),
 ("Q3 – No.", False),
 ("Q4 – £61,870 (2023/24), covering planned maintenance and reactive repairs across all council buildings.", False),
 ("", False),
 ("Public space CCTV in town centres is operated by the district councils and is not included.", False),
 ("", False),
 ("If you are dissatisfied with the handling of your request you can ask for an internal review by emailing foi@haverleigh.gov.uk within 40 working days.", False),
 ("If you remain dissatisfied you can complain to the Information Commissioner's Office: www.ico.org.uk.", False),
]
for i, (t, b) in enumerate(lines, start=1):
    c = cov.cell(i, 1, t); c.font = Font(bold=b, size=12 if b else 11)
cov.column_dimensions["A"].width = 120

ws = wb.create_sheet("CCTV by building")
hdr = ["Building", "Type", "Asset tag", "Previous system make", "Current make", "No. of cameras", "Recorder"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
data = [
 ("County Hall", "Office", "HCC-SEC-0001", "Dahua", "Axis Communications", 38, "Milestone XProtect"),
 ("Wyvern House", "Office", "HCC-SEC-0002", "Dahua", "Axis Communications", 14, "Milestone XProtect"),
 ("Haverleigh Central Library", "Library", "HCC-SEC-0010", "Hikvision", "Hanwha Vision", 11, "Hanwha Wisenet WRN"),
 ("Saltmarket Library", "Library", "HCC-SEC-0011", "Hikvision", "Hanwha Vision", 6, "Hanwha Wisenet WRN"),
 ("Eastcote Library", "Library", "HCC-SEC-0012", "", "Hanwha Vision", 4, "Hanwha Wisenet WRN"),
 ("Mill Lane Highways Depot", "Depot", "HCC-SEC-0020", "Dahua", "Axis Communications", 17, "Axis Camera Station"),
 ("Greyfriars Highways Depot", "Depot", "HCC-SEC-0021", "Dahua", "Axis Communications", 12, "Axis Camera Station"),
 ("Beech Court Care Home", "Care home", "HCC-SEC-0030", "Hik Vision", "Hanwha Vision", 9, "Hanwha Wisenet WRN"),
 ("Orchard View Care Home", "Care home", "HCC-SEC-0031", "Hik Vision", "Hanwha Vision", 8, "Hanwha Wisenet WRN"),
 ("Haverleigh Record Office", "Archive", "HCC-SEC-0040", "", "Axis Communications", 10, "Milestone XProtect"),
 ("Coroner's Court", "Court", "HCC-SEC-0050", "Dahua", "Axis Communications", 7, "Milestone XProtect"),
 ("Registration Service, Bridge St", "Office", "HCC-SEC-0051", "", "Hanwha Vision", 5, "Hanwha Wisenet WRN"),
 ("Youth Offending Service, Kings Rd", "Office", "HCC-SEC-0060", "Hikvision", "Axis Communications", 6, "Axis Camera Station"),
 ("Ridgeway Outdoor Centre", "Education", "HCC-SEC-0070", "", "Hanwha Vision", 9, "Hanwha Wisenet WRN"),
]
for row in data:
    ws.append(list(row))
last = ws.max_row
tot = sum(r[5] for r in data)
ws.cell(last + 1, 1, "Total").font = Font(bold=True)
ws.cell(last + 1, 6, f"=SUM(F2:F{last})").font = Font(bold=True)
for col, w in zip("ABCDEFG", [36, 12, 16, 22, 24, 15, 24]):
    ws.column_dimensions[col].width = w
ws.column_dimensions["C"].hidden = True
ws.column_dimensions["D"].hidden = True
wb.active = 0
p = out(f"{NN}-reply.xlsx")
wb.save(p)
xlsx_set_cached(p, {"CCTV by building": {f"F{last+1}": tot}})
print(tot)
add_label(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx", body_type="council", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=tot,
          note="Cover-note sheet answers Q3 with a bare 'No' to a joint Hikvision/Dahua question; data on sheet 2 has hidden columns naming previous Dahua/Hikvision systems; total via formula with cached value.")
