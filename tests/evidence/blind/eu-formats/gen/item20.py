import csv, io, random
from common import *
rnd = random.Random(2020)
sites = {
 "Ashworth Lodge": [("DH-IPC-HDBW5442R-ASE", 14), ("DH-SD49425XB-HNR", 2), ("DH-IPC-HFW5442E-ZE", 6)],
 "Brackenfield Unit": [("XND-6080RV", 12), ("XNO-6080R", 5), ("DH-IPC-HFW5442E-ZE", 3)],
 "The Willows (PICU)": [("XND-6080RV", 9), ("QNV-6012R", 4)],
 "Harbour House": [("DH-IPC-HDBW5442R-ASE", 8), ("DH-IPC-HFW5442E-ZE", 4)],
}
recorders = {"Ashworth Lodge": "DHI-NVR5832-4KS2", "Brackenfield Unit": "XRN-1610S", "The Willows (PICU)": "XRN-1610S",
             "Harbour House": "DHI-NVR5216-16P-4KS2E"}
areas = ["Main entrance", "Reception", "Corridor", "Day room", "Garden", "Car park", "Airlock", "Ward door", "Dining room",
         "Activity room", "Seclusion corridor", "Staff entrance", "Courtyard", "Laundry", "Visitors room"]
rows = []; connected = 0
for s, groups in sites.items():
    code = "".join(w[0] for w in s.split() if w[0].isalpha()).upper()
    n = 1
    for model, q in groups:
        for _ in range(q):
            status = "Connected"
            rows.append([f"{code}-CAM{n:02d} {rnd.choice(areas)}", s, model, recorders[s], status, f"10.{40+len(rows)%7}.{rnd.randint(1,254)}.xxx"])
            connected += 1; n += 1
    # decommissioned rows still present in the export
    for k in range(2):
        rows.append([f"{code}-CAM{n:02d} (old)", s, "DS-2CD2142FWD-I" if s == "Harbour House" else "SNB-6004", recorders[s],
                     "Decommissioned", ""])
        n += 1
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
buf.write("# Device export - VMS server PW-SEC-VMS01 - generated 12/03/2025 09:14\n")
buf.write("# IP addresses partially masked for FOI release\n")
w.writerow(["Device name", "Site", "Model", "Recording server / NVR", "Status", "IP address"])
for r in rows: w.writerow(r)
with open(out("20-reply.csv"), "w", encoding="utf-8", newline="") as f:
    f.write(buf.getvalue())
print(connected)
add_label(path="20-reply.csv", request_file="20-request.txt", format="csv", body_type="nhs",
          law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=connected,
          note="Raw VMS export with comment lines, makers given only as model numbers (DH-IPC..., XND..., DS-2CD...); the only Hikvision models are on decommissioned rows, which must also be left out of the count.")
