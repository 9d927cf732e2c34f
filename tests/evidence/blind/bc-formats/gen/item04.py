import random
from lib import *

write_text("04-request.txt", """
FOI request to Northern Lincolnshire and Goole NHS Foundation Trust

1) How many CCTV cameras are in operation across the Trust's hospital sites?
2) For each camera, the manufacturer and model.
3) Does the Trust use any cameras made by Hikvision or Dahua (or their subsidiary brands)?

If it is easier, an export of your CCTV asset register would be fine.

Many thanks
Jonas Ebdon
""")

random.seed(404)
sites = {
    "DPOW": ["Main Entrance", "A&E Ambulance Bay", "A&E Waiting", "Pharmacy Store", "Car Park 3", "Car Park 5",
              "Maternity Entrance", "Medical Records Corridor", "Loading Bay", "Outpatients Reception"],
    "SGH": ["Main Entrance", "ED Majors", "ED Reception", "Multi-storey Lvl 1", "Multi-storey Lvl 2",
             "Pharmacy Dispensary", "Renal Unit Entrance", "Porters Lodge"],
    "GDH": ["Front Entrance", "Car Park", "Minor Injuries Unit", "Service Yard"],
}
live_models = [("Axis", "P3245-LVE"), ("Axis", "Q6075-E"), ("Hanwha Wisenet", "XNV-6080R"),
               ("Hanwha Wisenet", "QNO-6012R"), ("HiWatch", "HWI-B140H")]
rows = [["Asset No", "Site", "Location", "Make", "Model", "Type", "Installed", "Status", "Comments"]]
n = 0
live = 0
for site, locs in sites.items():
    for loc in locs:
        k = 2 if loc.startswith(("Car Park", "Multi", "ED", "A&E", "Main")) else 1
        for j in range(k):
            n += 1
            make, model = random.choice(live_models)
            if site == "GDH":
                make, model = ("HiWatch", "HWI-B140H") if j == 0 else ("Axis", "P3245-LVE")
            typ = "PTZ" if model == "Q6075-E" else "Fixed dome" if "QNO" not in model else "Bullet"
            yr = random.choice([2017, 2018, 2019, 2020, 2021, 2022])
            rows.append(["CCTV-%04d" % (1000 + n), site, loc + ("" if k == 1 else " (%d)" % (j + 1)), make, model,
                         typ, "%02d/%d" % (random.randint(1, 12), yr), "Live", ""])
            live += 1
# decommissioned rows, interleaved by site
decom = [
    ("DPOW", "Car Park 3", "Dahua", "IPC-HFW2431S", "Bullet", "03/2016", "Decommissioned", "Removed Oct 2022 - replaced by Axis"),
    ("DPOW", "Loading Bay", "Dahua", "IPC-HDW2431T", "Fixed dome", "03/2016", "Decommissioned", "Removed Oct 2022"),
    ("SGH", "Multi-storey Lvl 1", "Dahua", "SD49225XA", "PTZ", "07/2015", "Decommissioned", "Removed - contract 22/114"),
    ("SGH", "Porters Lodge", "Dahua", "IPC-HDW2431T", "Fixed dome", "07/2015", "Decommissioned", ""),
    ("SGH", "Renal Unit Entrance", "Dahua", "IPC-HDW2431T", "Fixed dome", "07/2015", "Decommissioned", ""),
    ("GDH", "Car Park", "Dahua", "IPC-HFW1230S", "Bullet", "11/2014", "Decommissioned", "Removed Jan 2023"),
    ("DPOW", "Maternity Entrance", "Samsung", "SNV-6084", "Fixed dome", "05/2013", "Decommissioned", "Failed - not replaced"),
]
body = rows[1:]
for d in decom:
    n += 1
    r = ["CCTV-%04d" % (1000 + n), d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]]
    # insert next to its site's rows
    idx = max(i for i, x in enumerate(body) if x[1] == d[0]) + 1
    body.insert(random.randint(max(0, idx - 5), idx), r)
rows = [rows[0]] + body

cover = [
    ["Northern Lincolnshire and Goole NHS Foundation Trust"],
    ["Freedom of Information – Response"],
    [""],
    ["Reference:", "FOI 24-0391"],
    ["Date of response:", "19/06/2024"],
    ["Requester:", "Mr J Ebdon"],
    [""],
    ["Question", "Response"],
    ["1) How many CCTV cameras are in operation across the Trust's hospital sites?", "Please see tab 'CCTV Register'. DPOW = Diana, Princess of Wales Hospital, Grimsby; SGH = Scunthorpe General Hospital; GDH = Goole & District Hospital."],
    ["2) For each camera, the manufacturer and model.", "Please see tab 'CCTV Register'."],
    ["3) Does the Trust use any cameras made by Hikvision or Dahua (or their subsidiary brands)?", "Please see tab 'CCTV Register'."],
    [""],
    ["The register is an extract from the Estates & Facilities asset management system and is provided as held."],
    ["If you are unhappy with this response you may request an internal review by contacting nlg-tr.foi@nhs.net within 40 working days. You also have the right to complain to the Information Commissioner's Office (www.ico.org.uk)."],
]
write_bytes("04-reply.ods", ods_bytes([("Response", cover), ("CCTV Register", rows)]))
print("live", live, "total rows", len(rows) - 1)

add_label(path="04-reply.ods", request_file="04-request.txt", format="ods", body_type="nhs",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=live, note="Per-camera register with no total; Dahua appears only in Decommissioned rows and Hikvision only under its HiWatch brand.")
