import csv, random, io
from common import *
NN = "21"
write_request(NN, """
Dear Greyfriars Borough Council,

Under the FOI Act please send me:

* a list of all the CCTV cameras the council operates, showing the site, manufacturer and model of each;
* whether the council uses any Hikvision or Dahua equipment (including recorders).

A CSV or spreadsheet would be ideal.

Thanks,
Rob Tennant
""")
random.seed(2121)
sites = {"Greyfriars House (HQ)": [("AXIS", ["P3248-LVE", "M4216-LV"]), ("Hanwha", ["XND-6080RV"])],
         "Abbey Walk Car Park": [("HIKVISION", ["DS-2CD2347G2-LU", "DS-2CD2T87G2-L"]), ("Hik Vision", ["DS-2CD1043G2-I"])],
         "Priory Leisure Centre": [("HIKVISION", ["DS-2CD2143G2-IS"]), ("AXIS", ["M3086-V"])],
         "Friars Wharf Depot": [("Hanwha", ["XNO-6083R", "QNO-6012R"])],
         "Greyfriars Crematorium": [("AXIS", ["P3245-LVE"])],
         "Town Centre (public space)": [("Hanwha", ["XNP-6320H", "XNO-8080R"]), ("AXIS", ["Q6075-E"])]}
rows = []
ncam = 0
for site, opts in sites.items():
    code = "".join(w[0] for w in site.replace("(", "").split())[:3].upper()
    n = random.randint(3, 9)
    for i in range(1, n + 1):
        make, models = random.choice(opts)
        model = random.choice(models)
        typ = "PTZ" if model.startswith(("Q6", "QNO", "XNP")) else random.choice(["Dome", "Bullet", "Turret"])
        rows.append([site, f"{code}-C{i:02d}", make, model, typ, random.choice(["Y", "Y", "N"])]); ncam += 1
    # recorder rows
    if "Car Park" in site or "Leisure" in site:
        rows.append([site, f"{code}-NVR1", "HIKVISION", "DS-7732NI-K4", "NVR (recorder)", "n/a"])
    elif "HQ" in site or "Town Centre" in site:
        rows.append([site, f"{code}-SRV1", "Milestone", "XProtect Corporate server", "VMS server", "n/a"])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Site", "Asset ref", "Manufacturer", "Model", "Type", "Live monitored (Y/N)"])
w.writerows(rows)
open(out(f"{NN}-reply.csv"), "w", encoding="utf-8-sig", newline="").write(buf.getvalue())
print(ncam, len(rows))
label(NN, "csv", "csv", "council", "foia", "yes", "no", "answered", [], ncam,
      "Bare CSV export with no letter and no total: count is camera rows only (recorder and VMS server rows excluded); Hikvision spelled 'HIKVISION' and 'Hik Vision'.")
