"""05: multi-academy trust, .csv one row per device with status; NVR rows; removed Dahua; HiLook and bare model numbers."""
import csv, random
from common import *

NN = "05"
write_request(NN, """
Dear Kestrel Learning Trust

Please could you tell me under the FOI Act:

1) how many CCTV cameras are installed across the trust's academies
2) the make and model of each camera and recorder
3) whether any of the equipment is made by Hikvision or Dahua
4) whether each camera is currently in use

Regards
Megan Lloyd
""")

rnd = random.Random(5)
rows = []
hdr = ["Academy", "Ref", "Device type", "Location", "Make", "Model", "Connected to", "Status", "Comments"]
locs_sec = ["Main entrance", "Reception", "Car park N", "Car park S", "Bike shelter", "Canteen", "Corridor B1",
            "Corridor B2", "Sports hall ext", "Field gate", "Science block ext", "Library", "Atrium", "Bus bay",
            "Toilet corridor (outside)", "Drama studio ext", "Plant room", "Bin store", "Main gate", "Staff car park"]
locs_pri = ["Front gate", "Reception", "Playground 1", "Playground 2", "Nursery gate", "Hall ext", "Car park"]


def add(school, prefix, n, make, model, nvr, status="In use", comment="", locs=None):
    for i in range(n):
        ref = f"{prefix}-C{len([r for r in rows if r[1].startswith(prefix + '-C')]) + 1:02d}"
        rows.append([school, ref, "Camera", (locs or locs_sec)[rnd.randrange(len(locs or locs_sec))],
                     make, model, nvr, status, comment])

# Oakridge Academy (secondary)
rows.append(["Oakridge Academy", "OAK-R1", "NVR", "Server room", "Hikvision", "DS-7732NI-K4", "", "In use", "32ch"])
add("Oakridge Academy", "OAK", 14, "HiLook", "IPC-B140H", "OAK-R1")
add("Oakridge Academy", "OAK", 6, "HiLook", "IPC-T240H", "OAK-R1")
add("Oakridge Academy", "OAK", 4, "", "DS-2CD1143G0-I", "OAK-R1")
add("Oakridge Academy", "OAK", 2, "HiLook", "IPC-B140H", "OAK-R1", status="Not in use - awaiting removal",
    comment="Old sports hall - building closed")
# Saltmarsh Primary Academy
rows.append(["Saltmarsh Primary Academy", "SAL-R1", "NVR", "Office cupboard", "HiLook", "NVR-108MH-C", "", "In use", ""])
add("Saltmarsh Primary Academy", "SAL", 6, "HiLook", "IPC-T240H", "SAL-R1", locs=locs_pri)
rows.append(["Saltmarsh Primary Academy", "SAL-R0", "DVR", "Office cupboard", "Dahua", "XVR5108HS", "",
             "Removed 07/2023", "Replaced with HiLook NVR"])
add("Saltmarsh Primary Academy", "SAL", 4, "Dahua", "HAC-HFW1200T", "SAL-R0", status="Removed 07/2023",
    comment="Replaced", locs=locs_pri)
# Kestrel Park Academy (secondary)
rows.append(["Kestrel Park Academy", "KPA-R1", "NVR", "IT office", "Axis", "S3016", "", "In use", ""])
add("Kestrel Park Academy", "KPA", 12, "Axis", "M3115-LVE", "KPA-R1")
add("Kestrel Park Academy", "KPA", 5, "Axis", "P1455-LE", "KPA-R1")
add("Kestrel Park Academy", "KPA", 3, "Hikvision", "DS-2CD2347G2-LU", "KPA-R1", comment="ColorVu - added 2024")

live = sum(1 for r in rows if r[2] == "Camera" and r[7] == "In use")
with open(ROOT / f"{NN}-reply.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(hdr)
    w.writerows(rows)

add_label(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv",
          body_type="academy", law="foia", hikvision="yes", dahua="no", outcome="answered",
          exemptions=[], camera_count=live,
          note="Bare CSV, one row per device: count only 'In use' camera rows (not NVR/DVR rows, not removed or awaiting-removal); Dahua rows all removed; Hikvision via HiLook and bare DS- model numbers.")
print(live)
