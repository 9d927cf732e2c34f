from common import *
import csv, io

NN = "21"
req = """To: Wakefield Council, Information Governance

I would like to request the following information about the cameras the council uses to catch fly-tippers:

1. How many deployable or covert cameras does the council use for fly-tipping enforcement?
2. The make and model of each camera
3. Are any of them made by Hikvision or Dahua?
4. How many fixed penalty notices or prosecutions resulted from camera evidence in 2023/24?

Thanks,
Harriet Lomax
"""
write_request(NN, req)

rows = [
 ["Wakefield Council - Request ref EIR/24/1893 - Environmental enforcement deployable cameras (Q1 to Q3)"],
 ["Q4: not held in a reportable form. Regulation 12(4)(a) EIR applies - see covering email."],
 [],
 ["Asset No", "Camera type", "Manufacturer", "Model", "Status", "Date acquired", "Notes"],
]
for i in range(1, 7):
    rows.append([f"ENV-{i:02d}", "Deployable 4G dome", "WCCTV", "4G Mini Dome", "Live", "14/06/2021", ""])
for i in range(7, 10):
    rows.append([f"ENV-{i:02d}", "Covert trail camera", "Reconyx", "HyperFire 2 Covert", "Live", "03/03/2022", ""])
rows.append(["ENV-10", "Solar 4G bullet", "HIKVISION", "DS-2XS6A25G0-I/CH20S40", "Live", "19/09/2023", "Solar kit"])
rows.append(["ENV-11", "Solar 4G bullet", "HIKVISION", "DS-2XS6A25G0-I/CH20S40", "Live", "19/09/2023", "Solar kit"])
rows.append(["ENV-12", "Wifi bullet", "Dahau (Imou)", "Cruiser IPC-S42FP", "Disposed 02/2023", "11/01/2020", "Unreliable on 4G router"])
rows.append(["ENV-13", "Covert trail camera", "Reconyx", "HyperFire 2 Covert", "Lost/stolen 08/2023", "03/03/2022", "Reported to police"])
rows.append(["ENV-14", "Deployable 4G dome", "WCCTV", "4G Mini Dome", "Written off 11/2023", "14/06/2021", "Vandalised"])
rows.append([])
rows.append(["Total units on register: 14"])
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
for r in rows: w.writerow(r)
out = ROOT / f"{NN}-reply.csv"; out.write_text(buf.getvalue(), encoding="utf-8-sig")
live = sum(1 for r in rows if len(r) > 4 and r[4] == "Live")
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="csv", body_type="council", law="eir",
    hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["EIR 12(4)(a)"], camera_count=live,
    note=f"Bare CSV asset list: only {live} rows are Live while the footer total (14) includes disposed/lost/written-off units; the misspelt 'Dahau (Imou)' unit is disposed; Q4 not held under EIR 12(4)(a).")
