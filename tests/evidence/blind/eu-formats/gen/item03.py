import random
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter

rnd = random.Random(303)
wb = Workbook()
ws = wb.active; ws.title = "Response"
txt = [
    "Kingsbridge University – Freedom of Information Response",
    "Ref: FOI-2024-0412     Date of response: 09/09/2024",
    "",
    "Q1  The University's CCTV asset register (extract from Estates CAFM, 02/09/2024) is provided on the following tabs, one per building/zone.",
    "Q2  Please refer to the register. Only items with Status A are currently in operation.",
    "Q3  Please refer to the Model column of the register.",
    "",
    "Status key:  A = active / in service    D = decommissioned (removed from site)    S = spare / held in stock",
    "Serial numbers and IP addresses have been removed from this extract.",
    "",
    "If you are dissatisfied with this response you may request an internal review by writing to the Information Compliance Manager (foi@kingsbridge-uni.example.ac.uk) within 40 working days.",
    "You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
]
for i, t in enumerate(txt, 1):
    ws.cell(i, 1, t)
ws["A1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 140

cams = {
 "axis_fixed": "AXIS P3245-LVE", "axis_ptz": "AXIS Q6075-E", "axis_bullet": "AXIS M2036-LE",
 "hanwha": "XNV-6080R", "hanwha_ptz": "QNP-6230H", "hik1": "DS-2CD2386G2-IU", "hik2": "DS-2CD2143G2-I",
 "dahua_old": "IPC-HDBW2431E-S", "dahua_old2": "IPC-HFW2431S-S-S2",
}
nvr = {"milestone": "Milestone Husky IX2 (HX2-16TB)", "dahua": "NVR5432-4KS2", "hik": "DS-7732NI-K4"}

buildings = {
 "Library": [("axis_fixed", 14, "A"), ("axis_ptz", 2, "A"), ("dahua_old", 6, "D"), ("NVR:dahua", 1, "A")],
 "Students Union": [("hanwha", 11, "A"), ("hanwha_ptz", 1, "A"), ("dahua_old2", 3, "D"), ("axis_bullet", 2, "S"), ("NVR:milestone", 1, "A")],
 "Science Park": [("axis_fixed", 19, "A"), ("axis_bullet", 8, "A"), ("axis_ptz", 3, "A"), ("NVR:milestone", 2, "A")],
 "Brunswick Halls": [("hik1", 16, "A"), ("hik2", 9, "A"), ("hik2", 2, "S"), ("NVR:hik", 2, "A")],
 "Car Parks & Perimeter": [("axis_ptz", 4, "A"), ("axis_bullet", 12, "A"), ("hanwha", 3, "D"), ("hanwha", 5, "A")],
}
locs = ["Entrance foyer", "Stair core B", "Level 1 east", "Level 2 west", "Loading bay", "Corridor G.14", "Cycle store",
        "Lift lobby", "Reception", "Rear fire exit", "Plant room door", "External NE corner", "External SW corner",
        "Bar area", "Shop", "Courtyard", "Kitchen corridor", "Lecture theatre 1", "Study zone", "Bin store",
        "Barrier in", "Barrier out", "Pay station", "Row C", "Row F", "Footpath to halls", "Bus stop"]
active = 0
for b, items in buildings.items():
    sh = wb.create_sheet(b[:31])
    hdr = ["Asset ID", "Building", "Location", "Equipment type", "Model", "Installed", "Status", "Notes"]
    sh.append(hdr)
    for c in range(1, len(hdr)+1):
        sh.cell(1, c).font = Font(bold=True, color="FFFFFF")
        sh.cell(1, c).fill = PatternFill("solid", fgColor="305496")
    n = 1
    rows = []
    for key, qty, status in items:
        for _ in range(qty):
            if key.startswith("NVR:"):
                typ, model = "Recorder", nvr[key[4:]]
                loc = "Comms room " + rnd.choice(["G01", "1.07", "B12", "Ground"])
            else:
                typ = "Camera - PTZ" if "ptz" in key else rnd.choice(["Camera - dome", "Camera - dome", "Camera - bullet"])
                model = cams[key]
                loc = rnd.choice(locs)
                if typ == "Camera - bullet" and "dome" in model.lower():
                    pass
            yr = {"A": rnd.choice([2019, 2020, 2021, 2022, 2023]), "D": rnd.choice([2014, 2015, 2016]), "S": ""}[status]
            note = ""
            if status == "D": note = rnd.choice(["Removed 2023 refurb", "Removed - replaced", "Disposed WEEE 11/23"])
            if status == "S": note = "Stock - Estates store"
            if status == "A" and typ.startswith("Camera") and rnd.random() < 0.08: note = "Image quality poor - reported"
            rows.append([f"{b[:3].upper()}-{n:03d}", b, loc if status != "S" else "", typ, model, yr, status, note])
            if status == "A" and typ.startswith("Camera"): active += 1
            n += 1
    rnd.shuffle(rows)
    rows.sort(key=lambda r: (r[3] == "Recorder", r[0]))
    for r in rows: sh.append(r)
    for c, w in zip("ABCDEFGH", [10, 22, 22, 16, 30, 10, 8, 28]):
        sh.column_dimensions[c].width = w
wb.save(out("03-reply.xlsx"))
print("active cameras", active)

add_label(path="03-reply.xlsx", request_file="03-request.txt", format="xlsx", body_type="university",
          law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=active,
          note="Per-building sheets with model numbers only (DS-2CD..., NVR5432...); count must exclude decommissioned, spare and recorder rows, and the only Dahua kit still active is a recorder.")
