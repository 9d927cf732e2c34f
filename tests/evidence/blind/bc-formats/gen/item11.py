import csv, io, random
from lib import *

write_text("11-request.txt", """
FOI request - Tamworth Borough Council

Could you please provide:
1) a list of all CCTV equipment (cameras and recorders) owned by the council with make and model
2) the total number of cameras in use
3) confirmation of whether any equipment is made by Hikvision or Dahua

thanks
Ravi Chandarana
""")

random.seed(11)
sites = [("Ankerside Shopping Centre car park", 6), ("Castle Grounds", 4), ("Marmion House (council offices)", 7),
         ("Tamworth Assembly Rooms", 3), ("Riverdrive depot", 5), ("Coton Lane allotments", 2)]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["Asset Ref", "Device Type", "Site", "Make", "Model", "Status", "Status Date"])
n = 0
live = 0
rows = []
for s, k in sites:
    for i in range(k):
        n += 1
        mk, md = random.choice([("Axis", "P3265-LVE"), ("Bosch", "FLEXIDOME IP 5000i"), ("Axis", "M2036-LE")])
        rows.append(["TBC/CCTV/%03d" % n, "Camera", s, mk, md, "In service", ""])
        live += 1
    if s in ("Marmion House (council offices)", "Riverdrive depot", "Ankerside Shopping Centre car park"):
        n += 1
        rows.append(["TBC/CCTV/%03d" % n, "NVR", s, "Hikvision", "DS-7616NI-K2", "In service", ""])
# removed kit
removed = [("Castle Grounds", "Camera", "Dahua", "SD59225U-HNI"), ("Castle Grounds", "Camera", "Dahua", "IPC-HFW5442E-ZE"),
           ("Coton Lane allotments", "Camera", "Dahua", "IPC-HFW1431S"), ("Coton Lane allotments", "DVR", "Dahua", "XVR5108HS"),
           ("Tamworth Assembly Rooms", "Camera", "Dahua", "IPC-HDBW2431E"), ("Riverdrive depot", "Camera", "Axis", "P1435-LE")]
for s, t, mk, md in removed:
    n += 1
    rows.append(["TBC/CCTV/%03d" % n, t, s, mk, md, "Removed", random.choice(["14/03/2023", "02/05/2023", "30/06/2023"])])
rows.sort(key=lambda r: (r[2], r[0]))
for r in rows:
    w.writerow(r)
buf.write("\n")
buf.write("Prepared by Facilities Management for FOI ref 2425-0212. Removed items retained on register for audit purposes.\n")
write_text("11-reply.csv", buf.getvalue())
print("live", live)
add_label(path="11-reply.csv", request_file="11-request.txt", format="csv", body_type="council",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=live, note="Register mixes cameras, in-service Hikvision NVRs and Removed Dahua kit; count is in-service camera rows only, Hikvision only as recorders.")
