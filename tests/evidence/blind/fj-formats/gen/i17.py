from lib import *
import csv, random
rnd = random.Random(17)
write_request("17", """
Hi,

Could Oakhurst City Council please send me, under FOIA:
- the number of public space CCTV cameras the council runs
- the manufacturer of each camera
- the postcode/location of each camera site

A spreadsheet or CSV export from your asset system is fine.

cheers
Lewis Brennan
""")
streets = ["High Street", "Market Place", "Queen Street", "Station Approach", "Bridge Street", "Castle Walk", "Victoria Road",
           "Albion Street", "Kings Square", "Canal Basin", "Mill Lane", "Church Gate", "North Parade", "Bus Interchange",
           "Riverside Walk", "Union Street", "Oak Lane shops", "Forest Road parade", "Gaol Street", "Park Row"]
makes = ["Dahua", "Dahua", "Hanwha", "Hanwha", "Axis", "Imou"]
live = 0
with open(OUT / "17-reply.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["AssetRef", "SiteName", "Postcode", "CameraQty", "Manufacturer", "Model", "Status", "CommissionDate"])
    for i, s in enumerate(streets, 1):
        mk = rnd.choice(makes)
        model = {"Dahua": "SD49425XB-HNR", "Hanwha": "XNP-6400RW", "Axis": "Q6135-LE", "Imou": "IPC-F42P"}[mk]
        if mk == "Imou":
            mk = "IMOU"
        q = rnd.randint(1, 4)
        status = "LIVE"
        date = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.choice([2016, 2018, 2019, 2021, 2022, 2023])}"
        if i in (6, 14, 18):
            status, mk, model, date = "PLANNED", "Axis", "Q6135-LE", ""
        else:
            live += q
        w.writerow([f"OCC-PS-{1000 + i}", s, f"OK{rnd.randint(1, 9)} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXY')}{rnd.choice('ABDEFGHJLNPQRSTUWXY')}", q, mk, model, status, date])
    for j, s in enumerate(["Redeployable unit 1", "Redeployable unit 2", "Redeployable unit 3"], 1):
        w.writerow([f"OCC-RD-{j:03d}", s, "VARIOUS", 1, "Dahua", "RDC-4G-MAST", "LIVE", "03/04/2023"])
        live += 1
print(live)
label("17", "csv", "council", "foia", "no", "yes", "answered", [], live,
      "Raw asset-system CSV export with no covering text and no total: the count is the sum of CameraQty over LIVE rows only (PLANNED rows excluded); Dahua also appears as IMOU.")
