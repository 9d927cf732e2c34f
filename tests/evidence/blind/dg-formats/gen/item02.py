from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

NN = "02"
write_request(NN, """
To the FOI team, Northbrook Hospitals NHS Foundation Trust

I would like to request the following under the FOI Act:

Q1 The total number of CCTV cameras in operation across the Trust's hospital sites.
Q2 For each camera, the manufacturer and model.
Q3 Whether the Trust uses any cameras made by Hikvision or Dahua.
Q4 The number of network video recorders (NVRs) in use.

If it is easier, an extract from your asset register would be fine.

Many thanks
Priya Ramanathan
""")

rnd = random.Random(202)
sites = [("RI", "Royal Infirmary", 31), ("SC", "St Cuthbert's Community Hospital", 15), ("OL", "Orchard Lodge", 11)]
areas = {"RI": ["Main entrance", "ED reception", "ED ambulance bay", "Multi-storey car park L1", "Multi-storey car park L2", "Pharmacy", "Outpatients corridor", "Maternity entrance", "Loading bay", "Staff car park", "Mortuary access", "Main corridor"],
         "SC": ["Reception", "Car park", "Rear service yard", "Ward corridor", "Day unit entrance"],
         "OL": ["Entrance lobby", "Garden perimeter", "Car park", "Corridor A", "Corridor B"]}
makes = [("HIKVISION", "DS-2CD2143G2-I", "Dome"), ("Hik Vision", "DS-2CD2T47G2-L", "Bullet"),
         ("Axis Communications", "P3265-LVE", "Dome"), ("Axis Communications", "Q6075-E", "PTZ"),
         ("Hanwha Vision", "XNV-8080R", "Dome"), ("Hanwha Vision", "QNO-6012R", "Bullet"), ("Hanwha Techwin", "XNF-9010RV", "Fisheye")]
rows = []
n = 0
for code, site, cnt in sites:
    for i in range(cnt):
        n += 1
        if code == "RI":
            mk = makes[rnd.choice([0, 0, 1, 2, 2, 3, 4])]
        elif code == "SC":
            mk = makes[rnd.choice([0, 1, 1, 5])]
        else:
            mk = makes[rnd.choice([4, 5, 6, 2])]
        yr = rnd.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023])
        rows.append([f"NHT-CCTV-{code}-{i+1:03d}", site, rnd.choice(areas[code]), mk[2], mk[0], mk[1], yr, "In service"])
# two removed cameras left on the register
rows.insert(9, ["NHT-CCTV-RI-099", "Royal Infirmary", "Old boiler house", "Bullet", "Dahua", "IPC-HFW2431S", 2015, "Removed (Feb 2024)"])
rows.insert(40, ["NHT-CCTV-SC-098", "St Cuthbert's Community Hospital", "Former pharmacy store", "Dome", "Samsung", "SND-5084", 2013, "Removed (Nov 2023)"])
active = sum(1 for r in rows if r[7] == "In service")
assert active == 57

wb = Workbook()
ws = wb.active; ws.title = "CCTV Asset Register"
ws["A1"] = "Northbrook Hospitals NHS Foundation Trust – Estates & Facilities"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "CCTV camera asset register – extract for FOI 24/1182 (produced 03/12/2024)"; ws["A2"].font = Font(italic=True)
hdr = ["Asset ID", "Site", "Area", "Camera type", "Make", "Model", "Year installed", "Status"]
ws.append([]); ws.append(hdr)
fill = PatternFill("solid", fgColor="DDEBF7")
for c in ws[4]:
    c.font = Font(bold=True); c.fill = fill
for r in rows:
    ws.append(r)
last = ws.max_row
ws.append([])
tr = last + 2
ws.cell(tr, 1, "Total cameras in service").font = Font(bold=True)
ws.cell(tr, 8, f'=COUNTIF(H5:H{last},"In service")').font = Font(bold=True)
for col, w in zip("ABCDEFGH", [20, 32, 26, 13, 22, 18, 14, 20]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"

ws2 = wb.create_sheet("Recorders")
ws2.append(["Site", "Recorder", "Make", "Model", "Channels"])
for c in ws2[1]: c.font = Font(bold=True); c.fill = fill
for r in [["Royal Infirmary", "NVR-RI-01", "Hikvision", "DS-9632NI-M8", 32], ["Royal Infirmary", "NVR-RI-02", "Milestone XProtect server", "Dell PowerEdge R450", 64],
          ["St Cuthbert's Community Hospital", "NVR-SC-01", "Hikvision", "DS-7716NI-K4", 16], ["Orchard Lodge", "NVR-OL-01", "Hanwha Vision", "XRN-1620SB1", 16]]:
    ws2.append(r)
for col, w in zip("ABCDE", [32, 14, 26, 22, 10]):
    ws2.column_dimensions[col].width = w

ws3 = wb.create_sheet("Notes")
ws3["A1"] = "Notes"
ws3["A1"].font = Font(bold=True)
notes = ["Q1 and Q2 – see 'CCTV Asset Register' tab.",
         "Q3 – see Make column.",
         "Q4 – see 'Recorders' tab.",
         "Area descriptions have been generalised. Exact camera positions are not provided.",
         "If you are unhappy with this response you may request an internal review by writing to foi@northbrook.nhs.uk within 40 working days.",
         "You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."]
for i, t in enumerate(notes, start=3):
    ws3.cell(i, 1, t)
ws3.column_dimensions["A"].width = 110
path = out(f"{NN}-reply.xlsx")
wb.save(path)
xlsx_set_cached(path, {"CCTV Asset Register": {f"H{tr}": active}})

add_label(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx", body_type="nhs", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=57,
          note="Asset register, one row per camera, make spelt HIKVISION/Hik Vision; two removed rows (one Dahua) must be excluded; NVRs on a separate tab.")
print(active, tr)
