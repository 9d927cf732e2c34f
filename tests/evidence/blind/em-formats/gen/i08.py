from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
import random, datetime
random.seed(808)

write_request("08", """
Dear Fenmarsh District Council,

I'd like to request, under the FOI Act, a list of all CCTV cameras operated by the council with, for each camera, its location, make and model, and the date it was installed.

If you hold this as a spreadsheet that would be ideal.

Regards,
Kieran Doyle
""")

locs = {
 "Market Place, Fenmarsh": 9, "Bridge Street, Fenmarsh": 4, "Bus Station, Fenmarsh": 5, "Riverside Car Park": 4,
 "Cattle Market Car Park": 3, "Council Offices, Sedge Lane": 6, "Fenmarsh Leisure Centre": 5,
 "Longdyke Depot": 4, "High Street, Wetherby St Mary": 3, "Quay Road Car Park, Wetherby St Mary": 2,
}
rows = []; n = 1
models_live = [("Axis", "P3265-LVE"), ("Axis", "Q6075-E"), ("Hanwha", "XNV-6081Z"), ("Hanwha", "QNO-7082R"), ("DAHUA", "IPC-HFW5442E-ZE"), ("Dahua", "SD5A425XA-HNR")]
for loc, k in locs.items():
    for i in range(k):
        if loc in ("Longdyke Depot", "Quay Road Car Park, Wetherby St Mary") or (loc == "Riverside Car Park" and i < 2):
            mk = random.choice([("DAHUA", "IPC-HFW5442E-ZE"), ("Dahua", "IPC-HDBW3441E-AS")])
        elif loc in ("Council Offices, Sedge Lane", "Fenmarsh Leisure Centre"):
            mk = random.choice([("Hanwha", "XND-6080RV"), ("Hanwha", "QNV-7082R")])
        else:
            mk = random.choice([("Axis", "P3265-LVE"), ("Axis", "Q6075-E"), ("Axis", "Q6135-LE")])
        typ = "PTZ" if mk[1].startswith(("Q60", "SD5")) else ("Dome" if ("ND" in mk[1] or "HDBW" in mk[1] or "QNV" in mk[1] or "P32" in mk[1]) else "Bullet")
        d = datetime.date(random.choice([2019, 2020, 2021, 2022, 2023]), random.randint(1, 12), random.randint(1, 28))
        rows.append([f"FDC-CCTV-{n:03d}", loc, typ, mk[0], mk[1], d, "Live", ""]); n += 1
# faults (still live)
rows[7][6] = "Live"; rows[7][7] = "Fault logged 12/09/24 – image intermittent, engineer booked"
rows[33][7] = "Lens cleaned 05/2024"
# decommissioned hikvision
for loc, model, when in [("Leisure Centre car park", "DS-2CD2143G2-I", "Aug 2023"), ("Fenmarsh Leisure Centre", "DS-2CD2143G2-I", "Aug 2023"),
                         ("Fenmarsh Leisure Centre", "DS-2CD2T46G2-2I", "Aug 2023"), ("Council Offices, Sedge Lane", "DS-2DE4425IW-DE", "Mar 2023"),
                         ("Council Offices, Sedge Lane", "DS-2CD2143G2-I", "Mar 2023"), ("Longdyke Depot", "DS-7608NI-K2 (NVR)", "Jan 2024")]:
    d = datetime.date(2017, random.randint(1, 12), random.randint(1, 28))
    rows.append([f"FDC-CCTV-{n:03d}", loc, "Dome" if "NVR" not in model else "Recorder", "Hikvision", model, d, "Decommissioned", f"Removed {when} – replaced"]); n += 1
# proposed
for loc in ["Station Approach, Fenmarsh", "Station Approach, Fenmarsh", "Wetherby St Mary Rec Ground"]:
    rows.append([f"FDC-CCTV-{n:03d}", loc, "Bullet", "Axis", "P1465-LE", None, "Proposed", "Subject to 2025/26 capital bid"]); n += 1
# an out-of-service one pending removal? keep register shuffled by ID though
random.shuffle(rows)
rows.sort(key=lambda r: (r[1], r[0]))

wb = Workbook()
cv = wb.active; cv.title = "Cover"
cover = ["Fenmarsh District Council", "Freedom of Information – Ref FOI-4471", "",
         "Response: The information requested is provided on the 'Register' tab. This is an extract of the CCTV asset register maintained by the Community Safety team, as at 30/09/2024.",
         "Columns not relevant to your request (serial numbers, IP addresses, network switch ports) have been removed from the extract.",
         "",
         "If you are unhappy with this response you can request an internal review by emailing foi@fenmarsh.example within 40 working days. You may also complain to the Information Commissioner (www.ico.org.uk)."]
for i, t in enumerate(cover, 1):
    c = cv.cell(row=i, column=1, value=t); c.alignment = Alignment(wrap_text=True)
cv["A1"].font = Font(bold=True, size=13); cv.column_dimensions["A"].width = 100

ws = wb.create_sheet("Register")
hdr = ["Asset ID", "Location", "Type", "Make", "Model", "Installed", "Status", "Comments"]
ws.append(hdr)
for r in rows: ws.append(r)
for c in ws[1]: c.font = Font(bold=True)
for r in ws.iter_rows(min_row=2, min_col=6, max_col=6):
    for c in r: c.number_format = "DD/MM/YYYY"
widths = [14, 38, 10, 12, 22, 12, 16, 55]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
tab = Table(displayName="CCTVRegister", ref=f"A1:H{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab); ws.freeze_panes = "A2"
wb.save(out("08-reply.xlsx"))

live = sum(1 for r in rows if r[6] == "Live")
print(len(rows), live)
label("08", "xlsx", "xlsx", "council", "foia", "no", "yes", "answered", [], live,
      "bare asset register: count only the 'Live' rows (decommissioned Hikvision and proposed Axis rows must be left out); no totals")
