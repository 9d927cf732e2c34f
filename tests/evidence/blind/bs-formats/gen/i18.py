from common import *
import csv, random
nn = "18"
request(nn, """
Dear Rushmoor Borough Council,

Please provide, in a spreadsheet or CSV format, a list of every CCTV camera the council operates, giving for each: location, manufacturer, model, whether it is PTZ or fixed, and whether it is currently in service.

Please also confirm whether any are Hikvision or Dahua.

Thanks
Olu Adeyemi
""")
rnd = random.Random(18)
locs = ["Union Street, Aldershot", "Wellington Avenue", "Victoria Road", "Queensmead, Farnborough", "Kingsmead car park",
        "High Street MSCP", "Council Offices, Farnborough Road", "Aldershot Crematorium", "Princes Hall", "Manor Park"]
spec = [("HIKVISION", "DS-2DE4425IW-DE", "PTZ", "In Service", 9), ("HIKVISION", "DS-2CD2T46G2-2I", "Fixed", "In Service", 17),
        ("Axis", "Q6075-E", "PTZ", "In Service", 11), ("Axis", "P1455-LE", "Fixed", "In Service", 14),
        ("Bosch", "AUTODOME 7100i", "PTZ", "Decommissioned", 4), ("Samsung", "SNP-6320", "PTZ", "Decommissioned", 3)]
rows = []
for make, model, kind, status, n in spec:
    for _ in range(n): rows.append([rnd.choice(locs), make, model, kind, status])
rnd.shuffle(rows)
with open(outpath(nn, "csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["CameraRef", "Location", "Manufacturer", "Model", "Type", "Status", "LastServiced"])
    for i, r in enumerate(rows, 1):
        last = "" if r[4] == "Decommissioned" else f"2024-{rnd.randint(1,9):02d}-{rnd.randint(1,28):02d}"
        w.writerow([f"RBC{i:03d}"] + r + [last])
live = sum(1 for r in rows if r[4] == "In Service")
label(nn, "csv", "council", "foia", "yes", "no", "answered", [], live,
      "bare CSV export with no covering text: count = 'In Service' rows only; makers from the Manufacturer column (complete list, no Dahua)")
print(live)
