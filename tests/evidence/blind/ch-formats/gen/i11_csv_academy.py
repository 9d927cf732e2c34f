import csv
import random
from common import out, write_request, add_label

NN = "11"
write_request(NN, """
To the Oakridge Learning Trust

Freedom of Information request

1) Please list every CCTV camera across the Trust's academies, with location, manufacturer and model.
2) Are any cameras manufactured by Hikvision or Dahua? If so, have you any plans to remove them?
3) Do any cameras record audio?

Thank you,
Bethan Cole
""")

random.seed(11)
academies = ["Oakridge Academy", "Brookfield Primary Academy", "St Wystan's Junior Academy", "Oakridge Sixth Form"]
locs = ["Main entrance", "Reception", "Car park", "Bike shelter", "Playground", "Corridor A", "Corridor B",
        "Sports hall", "Dining hall", "Rear gate", "Science block", "Library"]
rows = []
for a in academies:
    for _ in range(random.randint(5, 13)):
        mk, md = random.choice([("Uniview", "IPC2124LB-SF28KM-G"), ("Vivotek", "FD9389-EHV"),
                                ("Uniview", "IPC3614SB-ADF28KM-I0"), ("Avigilon", "H5A-DO-IR")])
        rows.append([a, random.choice(locs), mk, md, "Live", ""])
    if a in ("Brookfield Primary Academy", "St Wystan's Junior Academy"):
        for _ in range(random.randint(2, 4)):
            rows.append([a, random.choice(locs), "Hikvision", "DS-2CD1043G0-I", "Removed", "Replaced Aug 2023"])
live = sum(1 for r in rows if r[4] == "Live")
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Academy", "Camera location", "Manufacturer", "Model", "Status", "Comments"])
    for r in rows:
        w.writerow(r)
print("live", live, "rows", len(rows))

add_label({"path": f"{NN}-reply.csv", "request_file": f"{NN}-request.txt", "format": "csv",
           "body_type": "academy", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "partially_answered", "exemptions": [], "camera_count": live,
           "note": "bare CSV register only; Hikvision rows all Status=Removed; Uniview (other Chinese maker) distractor; audio question left unanswered"})
