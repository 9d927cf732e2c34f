from common import *
import random

write_text("02-request.txt", """
Dear Royal United Hospitals Bath NHS Foundation Trust,

I am writing to make a request under the Freedom of Information Act 2000.

1. How many CCTV cameras does the Trust operate across all of its sites?
2. Please provide the make and model of each camera (a spreadsheet/asset list would be ideal).
3. Which company installs and maintains the Trust's CCTV?
4. Are any of the Trust's cameras used for facial recognition?

Many thanks,

Priya Hollingsworth
""")

rnd = random.Random(202)

main_locs = ["Main Entrance Atrium", "Main Entrance external", "ED Ambulance Bay", "ED Waiting Area",
             "ED Majors corridor", "Zone A Level 1 corridor", "Zone B Level 2 lift lobby", "Pharmacy dispensary",
             "Pharmacy goods-in", "Pathology reception", "Medical Records store", "Estates yard",
             "Loading bay 1", "Loading bay 2", "Helipad approach", "Maternity entrance", "Children's ward entrance",
             "Dyson Cancer Centre entrance", "RNHRD entrance", "Mortuary external", "Energy centre",
             "Staff bike store", "Security office", "Cashiers", "Retail concourse", "Restaurant",
             "Outpatients reception", "Day Surgery Unit", "Theatres corridor", "ICU entrance",
             "Zone C stairwell", "Zone D stairwell", "Zone E rear access", "Waste compound",
             "Oxygen compound", "Sterile Services", "Switchboard", "Post room"]
assert len(main_locs) == 38
main_models = ([("Axis", "P3245-LVE", "Dome")] * 20 + [("Axis", "M3106-L Mk II", "Mini dome")] * 8 +
               [("Hanwha Vision", "XNV-6080R", "Dome")] * 7 + [("Hanwha Vision", "XNP-6400RW", "PTZ")] * 3)
rnd.shuffle(main_models)

cp_locs = ["Car Park P1 barrier in", "Car Park P1 barrier out", "Car Park P1 pay station", "Car Park P2 level 0",
           "Car Park P2 level 1", "Car Park P2 level 2", "Car Park P3 staff entry", "Car Park P3 staff exit",
           "Multi-storey stairwell", "Combe Park Road gate", "Weston Lane gate", "Park & Ride stop"]
cp_models = ([("HiWatch", "HWI-B640H-Z", "Bullet")] * 8 + [("Hanwha Vision", "PNM-9000VQ", "Multi-sensor")] * 4)
rnd.shuffle(cp_models)

cs_locs = ["Paulton - reception", "Paulton - rear car park", "Paulton - pharmacy", "Sulis - entrance",
           "Sulis - car park", "Sulis - theatres corridor", "Bath Clinic Hub - reception",
           "Bath Clinic Hub - stair", "Chippenham renal unit - entrance"]
cs_models = ([("Hanwha Vision", "QND-6012R", "Dome")] * 5 + [("HiWatch", "HWI-D121H", "Dome")] * 4)
rnd.shuffle(cs_models)

def site_rows(prefix, locs, models):
    rows = [["Asset ID", "Location", "Make", "Model", "Type", "Year installed", "Notes"]]
    for i, (loc, (mk, md, ty)) in enumerate(zip(locs, models), 1):
        yr = rnd.choice([2016, 2017, 2018, 2019, 2019, 2021, 2022, 2023])
        note = rnd.choice(["", "", "", "IR", "", "Vandal resistant", ""])
        rows.append([f"{prefix}-{i:03d}", loc, mk, md, ty, yr, note])
    return rows

cover = [
    ["Royal United Hospitals Bath NHS Foundation Trust"],
    ["Freedom of Information Act 2000 - Response"],
    [],
    ["FOI reference:", "RUH FOI 24/0388"],
    ["Date of response:", "11/06/2024"],
    [],
    ["Question", "Response"],
    ["1. Number of CCTV cameras", "Please see the site tabs in this workbook. A summary by tab is given below."],
    ["2. Make and model", "Please see the site tabs. Recording equipment is listed separately on the 'Recorders' tab."],
    ["3. Installer / maintainer", "The Trust's CCTV is installed and maintained under contract by Southgate Fire & Security Ltd."],
    ["4. Facial recognition", "No. The Trust does not use facial recognition technology."],
    [],
    ["Tab", "Cameras"],
    ["Main Site", 38],
    ["Car Parks", 12],
    ["Community Sites", 9],
    [],
    ["If you are unhappy with this response you may request an internal review by contacting the FOI Office, RUH, Combe Park, Bath BA1 3NG (ruh-tr.foi@nhs.net) within 40 working days."],
    ["You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."],
]

recorders = [
    ["Recorder", "Location", "Make / platform", "Model", "Channels", "Retention (days)"],
    ["REC-01", "Security office (main)", "Milestone XProtect", "Server - Dell R740", 64, 31],
    ["REC-02", "Security office (main)", "Milestone XProtect", "Server - Dell R740", 64, 31],
    ["REC-03", "Car Park P2 comms room", "Milestone XProtect", "Server - Dell R640", 32, 31],
    ["REC-04", "Paulton comms cupboard", "Dahua", "NVR5216-16P-4KS2E", 16, 30],
    ["REC-05", "Sulis comms room", "Dahua", "NVR5216-16P-4KS2E", 16, 30],
]

write_xlsx("02-reply.xlsx", [
    ("Cover", cover, {"bold_rows": [0, 6, 12], "widths": [34, 95], "wrap_col": "B"}),
    ("Main Site", site_rows("MS", main_locs, main_models), {"bold_rows": [0], "widths": [10, 30, 15, 18, 12, 14, 18], "freeze": "A2"}),
    ("Car Parks", site_rows("CP", cp_locs, cp_models), {"bold_rows": [0], "widths": [10, 30, 15, 18, 12, 14, 18], "freeze": "A2"}),
    ("Community Sites", site_rows("CS", cs_locs, cs_models), {"bold_rows": [0], "widths": [10, 30, 15, 18, 12, 14, 18], "freeze": "A2"}),
    ("Recorders", recorders, {"bold_rows": [0], "widths": [10, 28, 20, 22, 10, 16]}),
])

add_label("02", "xlsx", "xlsx", "nhs", "foia", "yes", "yes", "answered", [], 59,
          "Workbook: cover sheet with per-tab counts but no total (38+12+9=59); Hikvision only as its HiWatch brand in the Make column; Dahua appears only as NVRs on a separate 'Recorders' tab (recorders in use count as Dahua equipment but not as cameras).")
