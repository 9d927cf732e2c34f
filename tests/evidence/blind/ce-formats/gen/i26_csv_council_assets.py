from common import *
import csv, random

NN = "26"
write_request(NN, """
Tendring District Council,

Please release your CCTV asset list (cameras and recording equipment) under FOI, including manufacturer.
Also, do you use any equipment made by Dahua or Hikvision?

Thanks
Bev Osei
""")
rnd = random.Random(26)
sites = ["Clacton Town Centre", "Walton Seafront", "Harwich Quay", "Dovercourt High St", "Weeley Council Offices",
         "Clacton Pier Approach", "Brightlingsea Promenade", "Frinton Greensward"]
rows = []
i = 1
def add(site, dtype, make, model, status, n):
    global i
    for _ in range(n):
        rows.append([f"TDC-CCTV-{i:03d}", site, dtype, make, model, status, f"{rnd.randint(2016, 2023)}"])
        i += 1
add("Clacton Town Centre", "Camera", "Axis", "Q6075-E", "In service", 12)
add("Clacton Town Centre", "NVR", "Dahua", "NVR5864-4KS2", "In service", 2)
add("Walton Seafront", "Camera", "Axis", "P1455-LE", "In service", 6)
add("Harwich Quay", "Camera", "Bosch", "AUTODOME IP 5000i", "In service", 4)
add("Harwich Quay", "Camera", "Bosch", "FLEXIDOME 3000i", "Decommissioned", 2)
add("Dovercourt High St", "Camera", "Axis", "Q6075-E", "In service", 5)
add("Weeley Council Offices", "Camera", "Axis", "M3106-L", "In service", 9)
add("Weeley Council Offices", "NVR", "Dahua", "NVR4216-16P", "In service", 1)
add("Clacton Pier Approach", "Camera", "Axis", "P1455-LE", "In service", 3)
add("Brightlingsea Promenade", "Camera", "Bosch", "DINION 5100i", "In service", 4)
add("Frinton Greensward", "Camera", "Axis", "P1455-LE", "Planned", 2)
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Asset ref", "Site", "Device type", "Manufacturer", "Model", "Status", "Year installed"])
    for r in rows:
        if r[5] == "Planned":
            r[6] = ""
        w.writerow(r)
cams = sum(1 for r in rows if r[2] == "Camera" and r[5] == "In service")
label(NN, "csv", "council", "foia", "no", "yes", "answered", [], cams,
      "bare CSV with no letter: Dahua appears only as NVRs (in service = yes); count only in-service camera rows, excluding NVRs, decommissioned and planned; Hikvision 'no' from complete list")
print(len(rows), cams)
