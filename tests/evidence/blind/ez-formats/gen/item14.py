"""14: county council highways (EIR), .xlsx: cover sheet + one row per camera with status; some locations withheld 12(5)(a)."""
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from common import *

NN = "14"
write_request(NN, """
Dear Westhaven County Council (Highways),

I'd like to request the following information about cameras on the county's road network (traffic monitoring CCTV and bus lane enforcement cameras):

Q1 How many cameras are there?
Q2 For each camera, the make and model.
Q3 For each camera, its location (road/junction).
Q4 Which cameras are currently not working?

If it is easier to provide an export from your asset system that is fine.

Thanks,
Bethany Cole
""")

rnd = random.Random(14)
roads = ["A38 / Marsh Lane jn", "A38 Hollins Rbt", "B3121 Quay St", "A386 Station Rd", "A390 Tregony Rd jn",
         "Eastgate gyratory", "Harbour Rd / Bridge St", "A38 Carn Hill", "Town Hall Sq", "Lemon St / Ferris Way",
         "A3075 Tolvean Rbt", "Park & Ride (Langarth)", "Moor Rd signals", "Victoria Rd / Tor Hill", "Fore St",
         "A394 Kernick Ind Est", "Coinagehall St", "Penryn Bypass", "Market Jew St", "Western Approach"]
rows = []
n = 0


def add(k, typ, make, model, status="Operational", withheld=False, year=None):
    global n
    for _ in range(k):
        n += 1
        loc = "Withheld - EIR reg 12(5)(a)" if withheld else rnd.choice(roads)
        rows.append([f"WCC-TC{n:03d}", typ, make, model, loc, year or rnd.choice([2016, 2018, 2019, 2021, 2022]), status])


add(14, "Traffic monitoring PTZ", "Hikvision", "DS-2DE7A432IW-AEB")
add(2, "Traffic monitoring PTZ", "Hikvision", "DS-2DE7A432IW-AEB", status="Out of service - awaiting repair")
add(9, "Traffic monitoring PTZ", "Siqura", "HSD820H3-E")
add(1, "Traffic monitoring PTZ", "Siqura", "HSD820H3-E", status="Out of service - comms fault")
add(8, "Traffic monitoring fixed", "Axis", "Q1786-LE")
add(2, "Traffic monitoring fixed", "Axis", "Q1786-LE", status="Out of service - awaiting repair")
add(11, "Bus lane enforcement", "Videalert", "VA-HD BLE", withheld=True, year=2020)
add(4, "Traffic monitoring PTZ", "Pelco", "Spectra IV SE", status="Decommissioned 2024 (removed)", year=2009)
add(2, "Traffic monitoring fixed", "Hikvision", "DS-2CD4A26FWD-IZS", status="Decommissioned 2023 (removed)", year=2014)
in_estate = sum(1 for r in rows if not r[6].startswith("Decommissioned"))
oos = sum(1 for r in rows if r[6].startswith("Out of service"))
dec = sum(1 for r in rows if r[6].startswith("Decommissioned"))

wb = Workbook()
c = wb.active
c.title = "Cover"
lines = [
    ("Westhaven County Council - Highways & Transport", True),
    ("Environmental Information Regulations 2004 - Response", True),
    ("Our reference: EIR-2025-0147    Date: 21/02/2025", False),
    ("", False),
    ("This workbook is provided in response to your request received 24/01/2025, which has been handled under the EIR as the information relates to measures affecting the road network.", False),
    ("", False),
    (f"Q1: There are {in_estate} cameras on the network ({oos} of these are currently out of service - see Q4). Cameras decommissioned since 2023 are listed at the bottom of the 'Camera list' sheet for completeness and are not included in this figure.", False),
    ("Q2 and Q4: see 'Camera list' sheet, columns C, D and G.", False),
    ("Q3: Locations are given for traffic monitoring cameras. The locations of bus lane enforcement cameras are withheld under regulation 12(5)(a) (public safety / prejudice to the course of justice by way of the enforcement regime) - we consider that disclosing exact positions would encourage deliberate avoidance and damage to the cameras. The public interest in maintaining the exception outweighs that in disclosure. Bus lanes are signed on street.", False),
    ("", False),
    ("If you are dissatisfied with this response you may request an internal review (reconsideration under regulation 11) within 40 working days by emailing eir@westhaven.gov.uk. You may then complain to the Information Commissioner.", False),
]
for i, (t, b) in enumerate(lines, 1):
    c.cell(row=i, column=1, value=t).font = Font(bold=b)
    c.cell(row=i, column=1).alignment = Alignment(wrap_text=True, vertical="top")
c.column_dimensions["A"].width = 120

ws = wb.create_sheet("Camera list")
hdr = ["Asset ID", "Type", "Make", "Model", "Location", "Year installed", "Status"]
ws.append(hdr)
for cell in ws[1]:
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="375623")
for r in sorted([r for r in rows if not r[6].startswith("Decommissioned")], key=lambda r: r[0]):
    ws.append(r)
for r in rows:
    if r[6].startswith("Decommissioned"):
        ws.append(r)
        for cell in ws[ws.max_row]:
            cell.font = Font(italic=True, color="808080")
for col, w in zip("ABCDEFG", (12, 26, 12, 22, 30, 13, 32)):
    ws.column_dimensions[col].width = w
ws.auto_filter.ref = f"A1:G{ws.max_row}"
ws.freeze_panes = "A2"
wb.save(ROOT / f"{NN}-reply.xlsx")

add_label(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx",
          body_type="council", law="eir", hikvision="yes", dahua="no", outcome="partially_answered",
          exemptions=["EIR 12(5)(a)"], camera_count=in_estate,
          note="Cover sheet plus one row per camera: the stated total includes out-of-service cameras but not the decommissioned rows at the bottom; bus lane camera locations withheld under EIR 12(5)(a) (reg 11 is not an exception).")
print(in_estate, oos, dec)
