import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
EXT = "xlsx"
REQUEST = """
To: dcft.foi@nhs.net
Subject: FOI request - CCTV estate

Dear FOI Team,

Please treat this as a request under the Freedom of Information Act 2000.

Q1. How many CCTV cameras does the Trust operate across all of its sites?
Q2. Please give a breakdown of cameras by site and by manufacturer/model.
Q3. Does the Trust use any CCTV equipment (cameras or recording equipment such as NVRs/DVRs) made by Hikvision or Dahua? If so, please say which and how many.
Q4. Who installs and maintains the Trust's CCTV?

I would be happy to receive the information as a spreadsheet.

Kind regards,
Alison Trevelyan
"""
LABEL = dict(body_type="nhs", law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[],
             camera_count=58,
             note="answer only in the workbook tabs: camera register lists only Axis/Hanwha (Wisenet), Dahua appears only as NVRs on the Recorders tab, Hikvision only on a Decommissioned tab; count is the sum of a per-site summary without a total row")

SITES = [("DCH-MAIN", "Dorset County Hospital - main site", 36),
         ("SWH", "South Walks House", 9),
         ("KCC", "Kingfisher Children's Centre", 5),
         ("DRCP", "Damers Road staff car park", 8)]
LOCS = {"DCH-MAIN": ["Main entrance", "ED ambulance bay", "ED waiting", "ED corridor", "North wing entrance", "Outpatients reception",
                     "Pharmacy dispensary", "Pharmacy store", "Maternity entrance", "Maternity lift lobby", "Fortuneswell ward corridor",
                     "Lifts lobby L1", "Lifts lobby L2", "Loading bay", "Mortuary approach", "Estates yard", "Energy centre",
                     "Helipad approach", "Multi-storey P1", "Multi-storey P2", "Multi-storey P3", "Pay station", "Cycle store",
                     "Restaurant", "Retail concourse", "Theatres corridor", "Sterile services", "Medical records", "IT hub",
                     "Switchboard", "Staff entrance", "Bus stop", "Williams Avenue gate", "Renal unit", "Day surgery", "Chapel corridor"],
        "SWH": ["Reception", "Ground floor lobby", "Rear door", "Car park N", "Car park S", "Stairwell A", "Stairwell B", "Server room", "Post room"],
        "KCC": ["Entrance", "Play area", "Reception", "Car park", "Rear gate"],
        "DRCP": ["Entry barrier", "Exit barrier", "Row A-C", "Row D-F", "Row G-J", "Pedestrian gate", "Pay machine", "Bike shelter"]}

def build(path):
    rnd = random.Random(2)
    wb = Workbook()
    ws = wb.active
    ws.title = "Response"
    lines = [
        ("Dorset County Hospital NHS Foundation Trust", True),
        ("Freedom of Information Act 2000 - Response", True),
        ("", False),
        ("FOI reference:", False, "DCH-FOI-2024-0871"),
        ("Date received:", False, "02/09/2024"),
        ("Date of response:", False, "27/09/2024"),
        ("", False),
        ("Question", True, "Response"),
        ("Q1. How many CCTV cameras does the Trust operate across all of its sites?", False, "Please see 'Summary by site' tab."),
        ("Q2. Please give a breakdown of cameras by site and by manufacturer/model.", False, "Please see 'Camera register' tab."),
        ("Q3. Does the Trust use any CCTV equipment (cameras or recording equipment such as NVRs/DVRs) made by Hikvision or Dahua? If so, please say which and how many.", False,
         "Please see the 'Camera register' and 'Recorders' tabs. Equipment removed from service is shown separately on the 'Decommissioned' tab for completeness."),
        ("Q4. Who installs and maintains the Trust's CCTV?", False, "Installation and maintenance is carried out by Chubb Fire & Security Ltd under a contract managed by the Trust's Estates department."),
        ("", False),
        ("If you are unhappy with the way your request has been handled, you may ask for an internal review by writing to the Head of Information Governance at dcft.foi@nhs.net within 40 working days.", False),
        ("If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).", False),
        ("", False),
        ("Information Governance Team", False),
    ]
    r = 1
    for ln in lines:
        ws.cell(r, 1, ln[0]).font = Font(bold=ln[1])
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        if len(ln) > 2:
            ws.cell(r, 2, ln[2]).font = Font(bold=ln[1])
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 70

    s = wb.create_sheet("Summary by site")
    s.append(["Site code", "Site", "No. of cameras"])
    for c, n, q in SITES:
        s.append([c, n, q])
    for c in "ABC":
        s.column_dimensions[c].width = 36
    for cell in s[1]:
        cell.font = Font(bold=True)

    reg = wb.create_sheet("Camera register")
    reg.append(["Asset ID", "Site code", "Location", "Manufacturer", "Model", "Type", "Install year", "Status"])
    models = [("Axis", "P3265-LVE", "Dome"), ("Axis", "Q6135-LE", "PTZ"), ("Axis", "M3106-L Mk II", "Mini dome"),
              ("Hanwha Vision", "XNV-6081R", "Dome"), ("Hanwha Techwin", "XNO-6120R", "Bullet"), ("Wisenet", "QNV-7012R", "Dome")]
    n = 1
    for code, name, q in SITES:
        for i in range(q):
            if code == "DCH-MAIN":
                mk = models[rnd.choice([0, 0, 0, 1, 2, 3])]
            else:
                mk = models[rnd.choice([3, 4, 5, 4])]
            reg.append(["CCTV-%04d" % (1000 + n), code, LOCS[code][i], mk[0], mk[1], mk[2], rnd.choice([2019, 2020, 2021, 2022, 2023]), "In service"])
            n += 1
    for c, w in zip("ABCDEFGH", [12, 10, 30, 16, 16, 10, 12, 12]):
        reg.column_dimensions[c].width = w
    for cell in reg[1]:
        cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="DDE4EE")
    reg.freeze_panes = "A2"

    rec = wb.create_sheet("Recorders")
    rec.append(["Asset ID", "Site code", "Manufacturer", "Model", "Channels", "Storage", "Status"])
    rec.append(["REC-01", "DCH-MAIN", "Dell (Milestone XProtect server)", "PowerEdge R550", 64, "48TB", "In service"])
    rec.append(["REC-02", "DCH-MAIN", "Dell (Milestone XProtect failover)", "PowerEdge R550", 64, "48TB", "In service"])
    rec.append(["REC-03", "SWH", "Dahua", "DHI-NVR5216-16P-I", 16, "8TB", "In service"])
    rec.append(["REC-04", "KCC", "Dahua", "DHI-NVR4108-8P-4KS2", 8, "4TB", "In service"])
    rec.append(["REC-05", "DRCP", "Hanwha Vision", "XRN-1620SB1", 16, "12TB", "In service"])
    for cell in rec[1]:
        cell.font = Font(bold=True)
    for c in "ABCDEFG":
        rec.column_dimensions[c].width = 26

    dec = wb.create_sheet("Decommissioned")
    dec.append(["Asset ID", "Site code", "Location", "Manufacturer", "Model", "Removed"])
    for i, loc in enumerate(["Multi-storey P1", "Multi-storey P2", "Pay station", "Bus stop", "Williams Avenue gate", "Cycle store"]):
        dec.append(["CCTV-%04d" % (870 + i), "DCH-MAIN", loc, "Hikvision", "DS-2CD2143G0-I", "Nov 2022"])
    dec.append(["REC-OLD-1", "DCH-MAIN", "Multi-storey", "Hikvision", "DS-7616NI-K2 (NVR)", "Nov 2022"])
    for cell in dec[1]:
        cell.font = Font(bold=True)
    for c in "ABCDEF":
        dec.column_dimensions[c].width = 22
    wb.save(path)
