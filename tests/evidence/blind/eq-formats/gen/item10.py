"""10: NHS trust CCTV asset register (XLSX) with live, decommissioned and spare rows plus NVRs."""
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from common import out, write_request, write_label

write_request("10", """
Dear FOI Team

Please could you provide:
1) A copy of the Trust's CCTV asset register, or a list of its CCTV cameras showing make, model, location and status.
2) The number of CCTV cameras currently operational.
3) Are any of the Trust's CCTV cameras or recorders made by Hikvision?
4) Are any made by Dahua?

Thank you
Dr L. Achebe
""")

random.seed(1010)
sites = {"Royal Wessex Hospital": ["Main Entrance", "A&E Ambulance Bay", "A&E Waiting", "Pharmacy", "Car Park P1",
                                   "Car Park P2", "Ward 7 Corridor", "Mortuary Entrance", "Loading Bay", "Maternity Entrance"],
         "St Cuthbert's Community Hospital": ["Reception", "Rear Car Park", "Outpatients Corridor", "Generator House"],
         "Ashdown Mental Health Unit": ["Courtyard", "Main Door Airlock", "Section 136 Suite Exterior", "Staff Car Park"]}
live_models = [("Axis", "P3265-LVE"), ("Axis", "M3106-L Mk II"), ("Axis", "Q6135-LE"), ("Hanwha", "XNV-8080R"),
               ("Hanwha", "QNO-6012R")]
rows = []
aid = 1001
def add(site, loc, typ, make, model, status, inst, notes=""):
    global aid
    rows.append([f"CCTV-{aid}", site, loc, typ, make, model, status, inst, notes]); aid += 1

for site, locs in sites.items():
    for loc in locs:
        for _ in range(random.choice([1, 2, 2, 3])):
            mk, md = random.choice(live_models)
            add(site, loc, "Camera", mk, md, "In service", random.choice(["2019", "2020", "2021", "2022", "2023"]))
# HiWatch cameras still live at St Cuthbert's
add("St Cuthbert's Community Hospital", "Bike Shelter", "Camera", "HiWatch", "HWI-B121H", "In service", "2018")
add("St Cuthbert's Community Hospital", "Rear Car Park", "Camera", "HiWatch", "HWI-T240H", "In service", "2018")
add("St Cuthbert's Community Hospital", "Comms Room", "NVR", "HiWatch", "HWN-4108MH", "In service", "2018")
# Dahua all decommissioned
for loc in ["Car Park P1", "Car Park P2", "Loading Bay", "Main Entrance"]:
    add("Royal Wessex Hospital", loc, "Camera", "Dahua", "IPC-HFW2431S-S-S2", "Decommissioned", "2017", "Removed Oct 2024 - replaced by Axis")
add("Royal Wessex Hospital", "Security Office", "NVR", "Dahua", "NVR5216-16P-4KS2E", "Decommissioned", "2017", "Removed Oct 2024")
# Other NVRs / VMS
add("Royal Wessex Hospital", "Security Office", "Server/VMS", "Milestone", "XProtect Professional+ (Dell R650)", "In service", "2021")
add("Ashdown Mental Health Unit", "Plant Room", "NVR", "Hanwha", "XRN-1610S", "In service", "2020")
# Spares
for md in ["P3265-LVE", "P3265-LVE", "M3106-L Mk II"]:
    add("Royal Wessex Hospital", "Estates Stores", "Camera", "Axis", md, "Spare - not installed", "", "Held for breakdown replacement")
# A faulty-but-installed one is still In service; one removed Axis
add("Ashdown Mental Health Unit", "Courtyard", "Camera", "Axis", "P1455-LE", "Decommissioned", "2016", "Removed during courtyard refurbishment")
random.shuffle(rows)
rows.sort(key=lambda r: (r[1], r[2]))

wb = Workbook()
cov = wb.active; cov.title = "Response"
cov["A1"] = "Wessex Downs NHS Trust – Freedom of Information response"; cov["A1"].font = Font(bold=True, size=13)
cov["A2"] = "Ref: WDT FOI 24-1187     Date: 09/12/2024"
qa = [("1", "Please see the 'Asset Register' tab. This is the register maintained by Estates Security as at 30/11/2024."),
      ("2", "Please see the 'Asset Register' tab. Operational cameras are those with status 'In service'."),
      ("3", "Please see the 'Asset Register' tab."),
      ("4", "Please see the 'Asset Register' tab.")]
cov["A4"] = "Q"; cov["B4"] = "Answer"
cov["A4"].font = cov["B4"].font = Font(bold=True)
for i, (q, a) in enumerate(qa, start=5):
    cov[f"A{i}"] = q; cov[f"B{i}"] = a
cov["A11"] = ("If you are dissatisfied with this response you may request an internal review within 40 working days by emailing "
              "wdt.foi@nhs.net. You may also complain to the Information Commissioner's Office.")
cov.column_dimensions["B"].width = 100
reg = wb.create_sheet("Asset Register")
hdr = ["Asset ID", "Site", "Location", "Asset type", "Make", "Model", "Status", "Year installed", "Notes"]
reg.append(hdr)
for c in reg[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
for r in rows:
    reg.append(r)
reg.auto_filter.ref = f"A1:I{len(rows)+1}"
reg.freeze_panes = "A2"
for col, w in zip("ABCDEFGHI", [11, 32, 26, 12, 11, 36, 22, 14, 40]):
    reg.column_dimensions[col].width = w
wb.save(out("10-reply.xlsx"))

live_cams = sum(1 for r in rows if r[3] == "Camera" and r[6] == "In service")
print(len(rows), "rows;", live_cams, "live cameras")
write_label(path="10-reply.xlsx", request_file="10-request.txt", format="xlsx", body_type="nhs", law="foia",
            hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=live_cams,
            note=f"Every answer is 'see the Asset Register tab': the count ({live_cams}) must be computed from {len(rows)} register rows, excluding NVRs/VMS, decommissioned and spare units; Hikvision only via live HiWatch rows; every Dahua row is decommissioned (removed Oct 2024) in a complete register, so Dahua is no.")
