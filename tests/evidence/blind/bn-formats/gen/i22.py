from common import *
import csv, random

NN = "22"
write_request(NN, """
Dear Harlow Council,

Under the Freedom of Information Act please provide a list of all CCTV cameras operated by the council, showing for each camera its location, manufacturer, model and whether it is currently in use. A CSV or spreadsheet is fine.

Regards,
Wendy Aldous
""")
rnd = random.Random(22)
locs = ["Broad Walk", "Market Square", "Water Gardens", "Harvey Centre entrance", "Staple Tye", "The Stow", "Bush Fair",
        "Old Harlow High St", "Latton Bush", "Civic Centre", "Town Park", "Playhouse Sq", "Terminus St", "Westgate car park",
        "Post Office Rd", "College Sq", "Little Parndon", "Mark Hall"]
rows = []
live = 0
for i in range(1, 53):
    loc = locs[(i * 7) % len(locs)]
    r = rnd.random()
    if i in (5, 11, 19, 27, 33, 41, 46):
        mk, md, st = "Hikvision", "DS-2DE4425IW-DE", "Decommissioned 11/2023"
    elif i in (8, 30):
        mk, md, st = "Vicon", "SVFT-PRS23", "Removed"
    else:
        if r < 0.45:
            mk, md = rnd.choice(["Dahua", "DAHUA", "Dahua ", "Da Hua"]), rnd.choice(["SD6CE245U-HNI", "IPC-HFW5442E-ZE", "SD49425XB-HNR"])
        elif r < 0.8:
            mk, md = "Bosch", rnd.choice(["AUTODOME IP 5000i", "DINION 5100i"])
        else:
            mk, md = "Vicon", rnd.choice(["SVFT-PRS23", "V930D-W311MIR"])
        st = "Live"
        live += 1
    cam_type = "PTZ" if ("SD" in md or "AUTODOME" in md or "DE44" in md) else "Fixed"
    rows.append([f"HC{i:03d}", loc, mk, md, cam_type, st, rnd.choice(["", "", "", "relocated 2021", "new housing 2022"])])
with open(out(f"{NN}-reply.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Camera No", "Location", "Manufacturer", "Model", "Type", "Status", "Comments"])
    w.writerows(rows)
print(live)
add_label(NN, "csv", "council", "foia", "no", "yes", "answered", [], live,
          "Bare CSV export, no letter; count only by counting 'Live' rows; Hikvision rows all decommissioned; Dahua spelt 'DAHUA'/'Da Hua'.")
