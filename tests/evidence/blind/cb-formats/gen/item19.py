from common import *
import csv, random

NN = "19"
write_request(NN, """
Dear Coventry City Council

Q1. Please provide a list of all public space CCTV cameras operated by the council, with the ward, camera type and manufacturer of each.
Q2. Do you use any Hikvision cameras?
Q3. Do you use any Dahua cameras?

A CSV file would be ideal.

Jas Bhamra
""")
rnd = random.Random(1919)
wards = ["St Michael's", "Foleshill", "Earlsdon", "Lower Stoke", "Radford", "Whoberley", "Wyken", "Henley",
         "Binley and Willenhall", "Longford", "Holbrook", "Upper Stoke", "Westwood", "Cheylesmore"]
streets = ["Broadgate", "Hertford St", "Far Gosford St", "Foleshill Rd", "Earlsdon St", "Walsgrave Rd",
           "Radford Rd", "Holbrooks Lane", "Tile Hill Lane", "Bell Green Rd", "Jardine Crescent", "Corporation St",
           "Trinity St", "Smithford Way", "Market Way", "Primrose Hill St", "Ball Hill", "Daventry Rd",
           "Ansty Rd", "Longford Rd", "Station Sq", "Greyfriars Green", "Spon End", "Allesley Old Rd"]
rows = []
n = 0
for i in range(1, 93):
    status = "Live"
    mk = rnd.choice(["Axis", "Axis", "Axis", "Bosch", "Dahau", "Hanwha"])
    if i in (7, 22, 23, 51, 66):
        mk, status = "Hikvision", "Decommissioned"
    elif i in (88, 89, 90):
        mk, status = "Axis", "Proposed"
    elif i in (40, 41):
        status = "Live - fault reported"
    typ = rnd.choice(["PTZ", "PTZ", "Fixed", "Fixed", "Multi-sensor"]) 
    rows.append([f"CCC{i:03d}", rnd.choice(wards), rnd.choice(streets), typ, mk, status])
    if status.startswith("Live"): n += 1
with open(OUT / f"{NN}-reply.csv", "w", newline="", encoding="utf-8") as f:
    f.write("Coventry City Council - Public Space CCTV - export from asset system 03/12/2024 - FOI ref FOI/24/5521\n")
    f.write("\n")
    w = csv.writer(f)
    w.writerow(["Camera No", "Ward", "Location", "Type", "Manufacturer", "Status"])
    w.writerows(rows)
dahua_live = sum(1 for r in rows if r[4] == "Dahau" and r[5].startswith("Live"))
print(n, dahua_live)
label(NN, "csv", "council", "foia", "no", "yes", "answered", [], n,
      "CSV export with a preamble line; Dahua spelt 'Dahau'; Hikvision only on Decommissioned rows and Proposed rows to exclude; Q2/Q3 answered only by the data.")
