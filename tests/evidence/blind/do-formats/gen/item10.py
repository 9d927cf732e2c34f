from common import *
import csv, random

NN = "10"
write_request(NN, """
Dear Kingsmere Borough Council,

FOI request - CCTV asset register

1) Please provide an extract from the council's CCTV asset register showing, for each camera, its location,
   make, model and whether it is currently in use.
2) Are any of the council's CCTV cameras made by Hikvision or Dahua?

A CSV or spreadsheet is fine.

Regards,
Imran Chaudhry
""")

rnd = random.Random(10)
sites = [("TC", "Town Centre", ["High St / Market Pl", "High St o/s No. 44", "Church Walk", "Bus Station Stand A",
                                "Bus Station concourse", "Queens Rd jct Albert St", "Market Hall entrance",
                                "Riverside Walk", "Station Approach", "Victoria Park gates"]),
         ("CP", "Car Parks", ["Brook St MSCP L1", "Brook St MSCP L2", "Brook St MSCP L3", "Brook St MSCP roof",
                              "Tanner Lane surface CP", "Leisure Centre CP", "Cattle Market CP pay station"]),
         ("CO", "Civic Offices", ["Reception", "Rear yard", "Members entrance", "Post room", "Basement car park"]),
         ("DP", "Hollins Rd Depot", ["Gatehouse", "Fuel island", "Vehicle workshop", "Salt barn", "Perimeter N",
                                     "Perimeter S"]),
         ("HW", "Household Waste Site", ["Entrance", "Reuse shop", "Skip bay 1-6", "Weighbridge"])]
rows = []
n = 0
live_models = [("Axis", "P3265-LVE"), ("Axis", "Q6135-LE PTZ"), ("Axis", "M3106-L Mk II"),
               ("Hanwha", "XNV-6081R"), ("Hanwha", "QNO-7082R"), ("Bosch", "AUTODOME IP 5000i"),
               ("DAHUA", "IPC-HFW5442E-ZE"), ("DAHUA", "SD49425XB-HNR")]
for code, site, locs in sites:
    for loc in locs:
        for k in range(rnd.choice([1, 1, 1, 2])):
            n += 1
            ref = f"CCTV-{code}-{n:04d}"
            if code in ("CP", "HW") and rnd.random() < 0.55:
                # old Hikvision unit, replaced
                yr = rnd.choice([2015, 2016, 2017])
                rows.append([ref, site, loc, "Hikvision", rnd.choice(["DS-2CD2143G0-I", "DS-2DE4225IW-DE"]),
                             "Fixed" if rnd.random() < .7 else "PTZ", f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{yr}",
                             "Decommissioned", f"{rnd.randint(1,28):02d}/{rnd.randint(3,11):02d}/2023", "N"])
                n += 1
                ref = f"CCTV-{code}-{n:04d}"
                mk, md = rnd.choice(live_models[:6])
                rows.append([ref, site, loc, mk, md, "PTZ" if "PTZ" in md or "AUTODOME" in md else "Fixed",
                             f"{rnd.randint(1,28):02d}/{rnd.randint(3,11):02d}/2023", "In Service", "", "Y"])
            else:
                mk, md = rnd.choice(live_models)
                yr = rnd.choice([2018, 2019, 2020, 2021, 2022])
                rows.append([ref, site, loc, mk, md,
                             "PTZ" if ("PTZ" in md or "AUTODOME" in md or md.startswith("SD")) else "Fixed",
                             f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{yr}", "In Service", "",
                             "Y" if code in ("TC", "CP") else "N"])
# planned cameras
for loc in ["Station Approach (new)", "Riverside Walk footbridge", "Victoria Park play area"]:
    n += 1
    rows.append([f"CCTV-TC-{n:04d}", "Town Centre", loc, "Axis", "Q6135-LE PTZ", "PTZ", "", "Planned", "", "N"])
# make sure at least one Dahua is live
assert any(r[3] == "DAHUA" and r[7] == "In Service" for r in rows)
assert not any(r[3] == "Hikvision" and r[7] == "In Service" for r in rows)
live = sum(r[7] == "In Service" for r in rows)
hdr = ["Asset Ref", "Site", "Location Description", "Make", "Model", "Camera Type", "Install Date", "Status",
       "Status Date", "Monitored (Y/N)"]
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(hdr)
    w.writerows(rows)
    w.writerow([])
    w.writerow([f"Total records: {len(rows)}"])
print("rows", len(rows), "live", live, "dahua live", sum(r[3] == 'DAHUA' and r[7] == 'In Service' for r in rows),
      "hik", sum(r[3] == 'Hikvision' for r in rows))

add_label(dict(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv",
               body_type="council", law="foia", hikvision="no", dahua="yes", outcome="answered",
               exemptions=[], camera_count=live,
               note="Bare asset-system export: count only the 'In Service' rows; Hikvision rows are all decommissioned and the 'Total records' footer includes removed and planned units."))
