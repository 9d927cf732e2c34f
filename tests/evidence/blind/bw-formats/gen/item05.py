from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

N = 5
write_request(N, """
Dear Swindon Borough Council,

Please could you provide, under the Freedom of Information Act 2000, a copy of your CCTV asset register
or equivalent, showing for each camera: the location, the make and model, the type (fixed/PTZ/dome) and
the year installed.

If that is not possible then please answer:
1. Total number of cameras
2. Makes and models in use
3. Whether you have removed any Hikvision or Dahua cameras in the last three years

Yours faithfully,
Ade Okonkwo-Hale
""")

rnd = random.Random(5)
wb = Workbook()
bold = Font(bold=True); hdrfill = PatternFill("solid", fgColor="1F4E78"); white = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="999999"); box = Border(left=thin, right=thin, top=thin, bottom=thin)

models = [("Axis", "Q6135-LE", "PTZ"), ("Axis", "P3245-LVE", "Dome"), ("Bosch", "AUTODOME IP 5000i", "PTZ"),
          ("Bosch", "FLEXIDOME IP 3000i", "Dome"), ("HIKVISION", "DS-2DE4425IW-DE", "PTZ"),
          ("HIKVISION", "DS-2CD2143G2-I", "Dome"), ("Hanwha", "XNP-6400RW", "PTZ")]
wards = {"Town Centre": ["Regent St", "Canal Walk", "Havelock Sq", "Bridge St", "Wharf Green", "Fleming Way"],
         "Old Town": ["Wood St", "High St", "Devizes Rd", "Victoria Rd"],
         "West Swindon": ["Shaw Ridge", "Toothill", "Freshbrook"],
         "Civic & depots": ["Civic Offices", "Waterside depot", "Brunel Rd depot", "Euclid St"],
         "Parks & car parks": ["Lydiard Park", "Coate Water", "Fleming Way MSCP", "Granville St car park"]}
regs = []
i = 1
for ward, locs in wards.items():
    for loc in locs:
        k = rnd.randint(2, 5)
        for _ in range(k):
            mk, md, ty = rnd.choice(models)
            if ward == "Town Centre" and mk == "HIKVISION":
                mk, md, ty = "Axis", "Q6135-LE", "PTZ"
            yr = rnd.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023])
            regs.append([f"SBC-{i:03d}", ward, loc, mk, md, ty, yr, rnd.choice(["Live", "Live", "Live", "Live (fault logged)"])])
            i += 1

# Summary sheet
ws = wb.active; ws.title = "Summary"
ws.merge_cells("A1:F1"); ws["A1"] = "SWINDON BOROUGH COUNCIL – CCTV CAMERA ESTATE (as at 31/01/2024)"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "FOI ref: FOI-2024-0219   Prepared by Community Safety – CCTV Control Room"
ws.merge_cells("A4:A5"); ws["A4"] = "Area"
ws.merge_cells("B4:D4"); ws["B4"] = "Camera type"
ws.merge_cells("E4:E5"); ws["E4"] = "Total cameras"
ws.merge_cells("F4:F5"); ws["F4"] = "Recorders (NVR)"
ws["B5"], ws["C5"], ws["D5"] = "PTZ", "Dome", "Fixed"
for row in ws["A4:F5"]:
    for c in row:
        c.font = white; c.fill = hdrfill; c.alignment = Alignment(horizontal="center", vertical="center"); c.border = box
r = 6
nvr = {"Town Centre": 3, "Old Town": 1, "West Swindon": 1, "Civic & depots": 4, "Parks & car parks": 2}
for ward in wards:
    rows = [x for x in regs if x[1] == ward]
    ptz = sum(1 for x in rows if x[5] == "PTZ"); dome = sum(1 for x in rows if x[5] == "Dome"); fx = sum(1 for x in rows if x[5] == "Fixed")
    ws.cell(r, 1, ward); ws.cell(r, 2, ptz); ws.cell(r, 3, dome); ws.cell(r, 4, fx)
    ws.cell(r, 5, ptz + dome + fx); ws.cell(r, 6, nvr[ward])
    for c in range(1, 7): ws.cell(r, c).border = box
    r += 1
ws.cell(r, 1, "TOTAL").font = bold
for c in range(2, 7):
    ws.cell(r, c, sum(ws.cell(x, c).value for x in range(6, r))).font = bold
for c in range(1, 7): ws.cell(r, c).border = box
ws.column_dimensions["A"].width = 22
for col in "BCDEF": ws.column_dimensions[col].width = 14

# Register sheet
w2 = wb.create_sheet("Camera Register")
w2.merge_cells("A1:H1"); w2["A1"] = "Camera asset register – live cameras"; w2["A1"].font = Font(bold=True, size=12)
heads = ["Asset ID", "Area", "Location", "Manufacturer", "Model", "Type", "Year installed", "Status"]
for j, h in enumerate(heads, 1):
    c = w2.cell(3, j, h); c.font = white; c.fill = hdrfill; c.border = box
for k, row in enumerate(regs, 4):
    for j, v in enumerate(row, 1):
        w2.cell(k, j, v).border = box
for j, wdt in enumerate([11, 18, 22, 13, 22, 8, 13, 20], 1):
    w2.column_dimensions[get_column_letter(j)].width = wdt
w2.freeze_panes = "A4"

# Decommissioned
w3 = wb.create_sheet("Decommissioned")
w3["A1"] = "Cameras removed from service 2021–2024"; w3["A1"].font = bold
for j, h in enumerate(["Former asset ID", "Location", "Manufacturer", "Model", "Removed", "Reason"], 1):
    c = w3.cell(3, j, h); c.font = white; c.fill = hdrfill
dec = [("SBC-D01", "Brunel Rd depot – yard", "Dahua", "IPC-HFW2431S", "Feb-2023", "Govt guidance / replaced"),
       ("SBC-D02", "Brunel Rd depot – gate", "Dahua", "IPC-HFW2431S", "Feb-2023", "Govt guidance / replaced"),
       ("SBC-D03", "Brunel Rd depot – workshop", "Dahua", "SD49225XA-HNR", "Feb-2023", "Govt guidance / replaced"),
       ("SBC-D04", "Euclid St – rear", "Dahua", "IPC-HDW2431T", "Feb-2023", "Govt guidance / replaced"),
       ("SBC-112", "Commercial Rd", "Pelco", "Spectra IV", "Aug-2021", "End of life"),
       ("SBC-087", "Theatre Sq", "Bosch", "AUTODOME 7000", "Nov-2022", "Vandalised – not replaced")]
for k, row in enumerate(dec, 4):
    for j, v in enumerate(row, 1):
        w3.cell(k, j, v)
for j, wdt in enumerate([16, 28, 14, 16, 11, 28], 1):
    w3.column_dimensions[get_column_letter(j)].width = wdt

# Notes
w4 = wb.create_sheet("Notes")
notes = ["Notes to accompany FOI-2024-0219",
         "",
         "1. The register covers cameras owned and operated by the Council only. Cameras in schools, leisure centres "
         "operated by GLL and housing association blocks are not included.",
         "2. Hikvision cameras remain in service at a number of Council sites. These will be replaced at the end of "
         "their serviceable life; no replacement date has been set.",
         "3. All Dahua equipment (cameras and one DVR) at Brunel Road depot and Euclid Street was removed in February "
         "2023. No Dahua equipment remains in service.",
         "4. Recorder numbers are shown on the Summary sheet for information and are not included in camera totals.",
         "5. 'Live (fault logged)' cameras are counted as live.",
         "",
         "If you are unhappy with this response you may request an internal review within 40 working days by "
         "emailing foi@swindon.gov.uk. You may then complain to the Information Commissioner's Office, Wycliffe House, "
         "Water Lane, Wilmslow SK9 5AF."]
for k, t in enumerate(notes, 1):
    w4.cell(k, 1, t).alignment = Alignment(wrap_text=True, vertical="top")
w4["A1"].font = bold
w4.column_dimensions["A"].width = 110
wb.save(out(N, "xlsx"))
print("cameras", len(regs), "hik", sum(1 for x in regs if x[3] == "HIKVISION"))
add_label(N, "xlsx", "council", "foia", "yes", "no", "answered", [], len(regs),
          "asset register over 4 sheets; totals row on Summary; Dahua only on Decommissioned sheet (removed, none remain); NVR column beside camera totals")
