from common import *
import csv, random

NN = "09"
write_request(NN, """
FAO Information Requests, Harrowdale National Park Authority

Under the Freedom of Information Act, please send me:

- a list of all CCTV cameras operated by the Authority (visitor centres, car parks, offices, depots), with the manufacturer and model of each
- whether any of them are made by Hikvision or Dahua
- the date each was installed, if held

A spreadsheet or CSV export is fine.

Thanks
R. Scanlon
""")

rnd = random.Random(9)
sites = [("Visitor centre", "Harrowdale Bridge Visitor Centre", 9), ("Car park", "Harrowdale Bridge car park", 6),
         ("Car park", "Scarth Head car park", 4), ("Car park", "Low Fell car park", 3), ("Car park", "Mardale End car park", 3),
         ("Visitor centre", "Kirkby Moss Centre", 6), ("Office", "Park Office, Station Yard", 5), ("Depot", "Thornsgill Depot", 5)]
mk_by_type = {"Visitor centre": [("Axis Communications AB", "P3245-LVE"), ("Axis Communications AB", "M3085-V"), ("Dahua Technology", "IPC-HDW3441TM-AS")],
              "Car park": [("Dahua Technology", "IPC-HFW5442E-ZE"), ("DAHUA", "IPC-HFW3849T1-AS-PV"), ("Dahua Technology", "IPC-HFW3441E-AS")],
              "Office": [("Axis Communications AB", "M3106-L Mk II"), ("Hanwha Vision", "QND-6012R")],
              "Depot": [("Dahua Technology", "IPC-HFW2441S-S"), ("Imou", "Bullet 3 5MP")]}
rows = []
i = 0
for stype, site, n in sites:
    for k in range(n):
        i += 1
        mk, md = rnd.choice(mk_by_type[stype])
        rows.append([f"HNPA-CAM-{i:04d}", site, stype, mk, md, f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{rnd.choice([2018,2019,2020,2021,2022,2023])}", "Live"])
rows.append(["HNPA-CAM-0042", "Thornsgill Depot (stores)", "Depot", "Dahua Technology", "IPC-HFW2441S-S", "", "Spare - in store, not installed"])
rows.append(["HNPA-CAM-0043", "Thornsgill Depot (stores)", "Depot", "Axis Communications AB", "P3245-LVE", "", "Spare - in store, not installed"])
live = sum(1 for r in rows if r[6] == "Live")
assert live == 41
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Asset Ref", "Site", "Site Type", "Manufacturer", "Model", "Install Date", "Status"])
    for r in rows:
        w.writerow(r)
add_label(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv", body_type="other", law="foia",
          hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=41,
          note="Bare CSV export, no letter; camera count is the number of Live rows (two spares in store excluded); Dahua spelt 'Dahua Technology'/'DAHUA' plus Imou; Hikvision absent from a complete list.")
