from common import *
import csv, random

NN = "20"
write_request(NN, """
Dear Sir or Madam,

Under the Freedom of Information Act 2000, please provide:

a) a list of the CCTV cameras installed at your fire stations and other premises, with the make and model of each;
b) the total number of CCTV cameras at your premises;
c) whether any of these cameras are Hikvision or Dahua products.

An export from your asset system would be fine.

Regards,
Maria Kowalczyk
""")

rnd = random.Random(20)
stations = ["Aldbury", "Bramcote", "Carrow Hill", "Dunsford", "Eastleigh Moor", "Fenham", "Gorsley",
            "Harbour Road", "Service HQ", "Training Centre (Pellworth)", "Workshops (Pellworth)"]
prem_models = [("Dahua", "IPC-HFW3441E-AS"), ("Dahua", "IPC-HDBW3441R-ZS"), ("Dahua", "NVR5216-16P-I"),
               ("Axis", "M3115-LVE"), ("Axis", "P1465-LE")]
veh_models = [("Hikvision", "AE-VC211T-S (forward facing)"), ("Hikvision", "AE-VC122T-ITS (rear)"),
              ("Hikvision", "AE-MD5043-SD (mobile DVR)")]
rows = []
n = 1000
for s in stations:
    # premises CCTV
    k = rnd.randint(2, 6) if "Service HQ" not in s else 12
    for i in range(k):
        n += 1
        mk, md = rnd.choice(prem_models[:2] + prem_models[3:])
        status = "Active" if rnd.random() > 0.08 else "Disposed"
        rows.append([f"WS{n}", "CCTV", "Premises CCTV", s, mk, md,
                     f"20{rnd.randint(18,23)}-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}", status])
    n += 1
    rows.append([f"WS{n}", "CCTV", "Premises CCTV - recorder", s, "Dahua", "NVR5216-16P-I",
                 f"20{rnd.randint(18,23)}-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}", "Active"])
    if s not in ("Service HQ", "Workshops (Pellworth)"):
        for app in range(rnd.randint(1, 2)):
            reg = f"{rnd.choice(['WX','WY','YK','YJ'])}{rnd.choice(['19','69','21','71','23'])} {''.join(rnd.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
            for mk, md in veh_models:
                n += 1
                rows.append([f"WS{n}", "CCTV", "Vehicle CCTV", f"{s} - appliance {reg}", mk, md,
                             f"20{rnd.randint(20,24)}-{rnd.randint(1,12):02d}-{rnd.randint(1,28):02d}", "Active"])
prem_live = sum(1 for r in rows if r[2] == "Premises CCTV" and r[7] == "Active")
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("Report: Asset List by Category\n")
    f.write("Criteria: Category = 'CCTV'; Owner = 'Estates & Fleet'\n")
    f.write("Run by: mthorne on 2024-06-03 10:12\n")
    f.write("\n")
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(["Asset No", "Category", "Sub Category", "Location", "Manufacturer", "Model", "Acquired", "Status"])
    w.writerows(rows)
print("rows", len(rows), "premises live", prem_live,
      "premises disposed", sum(1 for r in rows if r[2] == 'Premises CCTV' and r[7] != 'Active'),
      "vehicle", sum(1 for r in rows if r[2] == 'Vehicle CCTV'),
      "axis", sum(1 for r in rows if r[4] == 'Axis'))

add_label(dict(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv",
               body_type="fire", law="foia", hikvision="no", dahua="yes", outcome="answered",
               exemptions=[], camera_count=prem_live,
               note="Raw asset export with report preamble; mixes premises cameras, Dahua recorders and Hikvision vehicle cameras; count only active premises cameras."))
