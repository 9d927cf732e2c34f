from lib import *
import csv
nn = "12"
write_request(nn, """
Dear Broadmere National Park Authority,

Under the Freedom of Information Act, please could you send me a list of the CCTV cameras the Authority operates (at visitor centres, car parks, depots and offices), giving for each location the number of cameras, the manufacturer and model. I would also like to know if any are Hikvision or Dahua products.

A CSV or spreadsheet is fine.

Many thanks
Kit Ambrose-Welland
""")
rows = [
    ["Location", "Camera type", "Manufacturer", "Model", "Quantity"],
    ["Hollowford Visitor Centre", "Dome", "Axis", "M3115-LVE", "6"],
    ["Hollowford Visitor Centre", "Bullet", "", "HWI-B121H", "3"],
    ["Hollowford Car Park", "Bullet", "", "HWI-B121H", "4"],
    ["Scarth Gill Car Park", "Bullet", "", "HWI-B140H", "2"],
    ["Scarth Gill Car Park", "PTZ", "Axis", "M5525-E", "1"],
    ["Ravensdale Depot", "Turret", "", "HWI-T221H", "5"],
    ["Ravensdale Depot", "Bullet", "Axis", "P1455-LE", "2"],
    ["Broadmere HQ, Church Walk", "Dome", "Axis", "M3085-V", "7"],
    ["Tarn Head ranger base", "Turret", "", "HWI-T221H", "2"],
]
with open(p(f"{nn}-reply.csv"), "w", newline="") as f:
    csv.writer(f).writerows(rows)
tot = sum(int(r[4]) for r in rows[1:])
print(tot)
label(nn, "csv", "csv", "other", "foia", "yes", "no", "answered", [], tot,
      "bare CSV with no cover text; Hikvision only identifiable via HiWatch HWI- model numbers with blank manufacturer; no total row")
