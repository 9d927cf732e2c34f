import csv, io, random
from helpers import *

write_text("06-request.txt", """
Hello,

Freedom of Information request to Brackenfield Academy (part of the Meridian Learning Trust).

- Please send me a list of the CCTV cameras at the academy with the location, make and model of each.
- Please also confirm whether any of the cameras are made by Hikvision or by Dahua.

A spreadsheet/csv is fine.

Thanks
Leanne Corrigan
""")

rnd = random.Random(6)
locs = ["Main Gate", "Reception Ext", "Reception Int", "Car Park 1", "Car Park 2", "Bike Shelter",
        "Canteen N", "Canteen S", "Hall", "Corridor A Gnd", "Corridor A 1st", "Corridor B Gnd",
        "Corridor B 1st", "Science Block Ext", "Science Corr", "Sports Hall Ext", "Field Gate",
        "MUGA", "Library", "Sixth Form Common Rm", "Sixth Form Entr", "Rear Gate", "Kitchen Delivery",
        "Boiler House", "DT Workshop", "Art Block Ext", "Staff Car Park", "Drama Studio Ext",
        "Stair Core C", "Playground"]
models = [("Hikvision", "DS-2CD2143G2-IS"), ("Hikvision", "DS-2CD2347G2-LU"),
          ("HiWatch", "HWI-T240H"), ("HiWatch", "HWI-D140H"), ("Uniview", "IPC3614SB-ADF28KM-I0")]
rows = []
for i, l in enumerate(locs, 1):
    mk, md = rnd.choice(models)
    mode = "Motion" if "Ext" in l or "Gate" in l else "Continuous"
    rows.append([i, f"CAM{i:02d} {l}", mk, md, rnd.choice(["V5.7.3", "V5.7.11", "V5.5.0", "2.1.12"]),
                 rnd.choice(["2688x1520", "1920x1080", "2560x1440"]), mode, 30, "Enabled"])
# two channels decommissioned
for idx in (4, 24):
    rows[idx][8] = "Disabled - camera removed"
    rows[idx][4] = ""
buf = io.StringIO()
buf.write("Brackenfield Academy - Device Report\r\n")
buf.write("Exported from Milestone XProtect Essential+ 2023 R2 Management Client,11/03/2024 09:14,user: site.admin\r\n")
buf.write("\r\n")
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Channel", "Camera Name", "Manufacturer", "Model", "Firmware", "Resolution",
            "Recording Mode", "Retention (days)", "Status"])
w.writerows(rows)
with open(out("06-reply.csv"), "w", newline="", encoding="utf-8") as f:
    f.write(buf.getvalue())
live = sum(1 for r in rows if r[8] == "Enabled")
print(live)
label(6, "csv", "academy", "foia", "yes", "no", "answered", [], live,
      "Bare VMS device export with no covering text: count the Enabled channels (two are 'Disabled - camera removed'); Hikvision shown as both 'Hikvision' and its HiWatch brand, no Dahua in a complete list.")
note(6, f"CSV VMS export, academy; no letter, just rows; {live} enabled channels, 2 disabled/removed; makes Hikvision, HiWatch, Uniview. Hard (count from rows, brand).")
