import csv, io
from common import *

rows = [
 ("Site ref", "Site type", "District", "No. of cameras", "Camera manufacturer(s)", "Comments"),
 ("S01", "Custody suite", "North", "46", "Bosch", "Custody refurb 2021"),
 ("S02", "Police station", "North", "12", "Bosch", ""),
 ("S03", "Police station", "North", "8", "Axis", ""),
 ("S04", "Police station (front counter closed)", "North", "5", "HIKVISION", "Legacy system - scheduled for review"),
 ("S05", "Custody suite", "Central", "52", "Bosch / Axis", ""),
 ("S06", "Headquarters", "Central", "71", "Axis", "Incl. perimeter + vehicle gates"),
 ("S07", "Police station", "Central", "14", "Axis", ""),
 ("S08", "Police station", "Central", "9", "Hanwha (Samsung)", ""),
 ("S09", "Training centre", "Central", "11", "HIKVISION", ""),
 ("S10", "Vehicle workshop", "Central", "6", "HIKVISION", "Yard & fuel bunker"),
 ("S11", "Police station", "South", "10", "Bosch", ""),
 ("S12", "Custody suite", "South", "38", "Bosch", ""),
 ("S13", "Police station", "South", "7", "Axis", ""),
 ("S14", "Police office (shared with council)", "South", "0", "n/a", "Building CCTV is council's"),
 ("S15", "Police station", "South", "13", "Hanwha (Samsung)", ""),
 ("S16", "Property store", "South", "9", "Axis", ""),
 ("S17", "Dog section / kennels", "East", "4", "HIKVISION", ""),
 ("S18", "Police station", "East", "11", "Axis", ""),
 ("S19", "Police station", "East", "6", "Bosch", ""),
 ("S20", "Firearms range", "East", "8", "Axis", ""),
]
total = sum(int(r[3]) for r in rows[1:])
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows: w.writerow(r)
with open(out("04-reply.csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write(buf.getvalue())
print(total)
add_label(path="04-reply.csv", request_file="04-request.txt", format="csv", body_type="police",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=total,
          note="Bare CSV with anonymised site rows and no total row: the count is the column sum, Dahua 'no' only follows from the complete per-site maker column.")
