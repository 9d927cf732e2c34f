import sys, os, csv, io, random
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 10
write_text(f"{N:02d}-request.txt", """
Dear Kestleigh District Council,

Under the Freedom of Information Act, please send me a copy of the council's CCTV asset register (or equivalent list) showing for each camera: its location, make, model and whether it is currently in service. A spreadsheet or CSV would be ideal.

I am particularly interested in whether any Hikvision or Dahua equipment is in use, so please make sure the make is included.

Many thanks
Anwen Tregothnan
""")

rnd = random.Random(10)
sites = {
    "Kestleigh Market Place": ["Market Cross N", "Market Cross S", "Butter Market", "Sheep St junction", "Guildhall steps"],
    "Kestleigh Bus Station": ["Stand A", "Stand D", "Concourse", "Toilets entrance", "Taxi rank"],
    "Fore Street MSCP": ["Level 0 entry", "Level 0 exit", "Level 1 ramp", "Level 2 ramp", "Level 3 roof", "Pay machines", "Stair core B"],
    "Riverside Car Park": ["Entrance barrier", "East bays", "West bays"],
    "Council Offices, Abbey Road": ["Reception", "Rear yard", "Members entrance", "Server room corridor", "Cash office"],
    "Depot, Sawmills Lane": ["Gate", "Fuel bay", "Vehicle wash", "Salt barn"],
    "Penmorrow Leisure Centre": ["Foyer", "Car park 1", "Car park 2", "Poolside corridor"],
    "St Budoc's Churchyard": ["Lychgate"],
}
rows = []
aid = 1000
for site, locs in sites.items():
    for loc in locs:
        aid += rnd.randint(1, 4)
        if site in ("Fore Street MSCP", "Riverside Car Park"):
            mk = rnd.choice(["HIKVISION", "Hikvision", "HIKVISION"])
            model = rnd.choice(["DS-2CD2346G2-ISU/SL", "DS-2CD2T47G2-L", "DS-2DE4425IW-DE"])
        elif site == "Depot, Sawmills Lane":
            mk = "HiWatch"; model = "IPC-T240H"
        elif site in ("Council Offices, Abbey Road",):
            mk = "Axis"; model = rnd.choice(["P3265-LVE", "M3086-V"])
        else:
            mk = rnd.choice(["Axis", "Bosch", "Axis"])
            model = {"Axis": rnd.choice(["Q6135-LE", "P1455-LE"]), "Bosch": "AUTODOME IP 5000i"}[mk]
        inst = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023])}"
        rows.append([f"KDC-CCTV-{aid}", site, loc, "PTZ" if "Market" in site and rnd.random() < 0.5 else "Fixed",
                     mk, model, inst, "Live", "Kestleigh CCTV Control Room", ""])
# decommissioned Dahua at leisure centre and bus station
for site, loc in [("Penmorrow Leisure Centre", "Sports hall"), ("Penmorrow Leisure Centre", "Changing village corridor"),
                  ("Kestleigh Bus Station", "Stand B"), ("Kestleigh Bus Station", "Stand C"),
                  ("Penmorrow Leisure Centre", "Reception (old)")]:
    aid += 3
    rows.append([f"KDC-CCTV-{aid}", site, loc, "Fixed", "Dahua", rnd.choice(["IPC-HDW2431T-AS", "IPC-HFW1230S"]),
                 f"{rnd.randint(1,28):02d}/0{rnd.randint(1,9)}/2017", "Decommissioned", "",
                 "Removed Nov 2023 - replaced under leisure refurb"])
# proposed
for site, loc in [("St Budoc's Churchyard", "Tower path"), ("Kestleigh Market Place", "Cornmarket"),
                  ("Riverside Car Park", "Footbridge")]:
    aid += 2
    rows.append([f"KDC-CCTV-{aid}", site, loc, "Fixed", "Axis", "P1465-LE", "", "Proposed", "", "UKSPF funded 2024/25"])
rnd.shuffle(rows)
rows.sort(key=lambda r: r[0])

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Asset ID", "Site", "Location description", "Camera type", "Make", "Model", "Install date", "Status",
            "Monitored by", "Notes"])
for r in rows:
    w.writerow(r)
write_bytes(f"{N:02d}-reply.csv", buf.getvalue().encode("utf-8-sig"))
live = sum(1 for r in rows if r[7] == "Live")
print("live", live, "total rows", len(rows))

label(N, "csv", "csv", "council", "foia", "yes", "no", "answered", [], live,
      "bare CSV asset register, no covering text: count is the Live rows only; Dahua rows all Decommissioned; Hikvision also appears as HiWatch")
