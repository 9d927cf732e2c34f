from common import write_request, add_label, out
import random

NN = "09"
write_request(NN, """
Hi,

Under the FOI Act can Wexcombe District Council please send me:

1) How many CCTV cameras the council has
2) The make and model of every camera and recorder
3) Whether you use Hikvision or Dahua equipment

An export of your asset register would be fine.

Cheers
Tom Fairley
""")

random.seed(9)
sites = [
    ("WDC-TC", "Town Centre – Fore Street"), ("WDC-TC", "Town Centre – Church Walk"),
    ("WDC-CP1", "St Mary’s Car Park"), ("WDC-CP2", "Quayside Car Park"),
    ("WDC-CO", "Council Offices, Pennant Road"), ("WDC-DP", "Hollins Depot"),
    ("WDC-LC", "Wexcombe Leisure Centre"), ("WDC-PK", "Victoria Park – Café kiosk"),
]
rows = []
aid = 1000
def add(site, typ, make, model, loc, inst, cost, status="In service"):
    global aid
    aid += 1
    rows.append([f"CC{aid}", site[0], site[1], loc, typ, make, model, inst, cost, status])

tc1, tc2, cp1, cp2, co, dp, lc, pk = sites
for i in range(1, 7):
    add(tc1 if i <= 4 else tc2, "Camera - PTZ", "Axis", "Q6075-E", f"Column {i}", "2020", "£2,840.00")
add(tc2, "Camera - fixed", "Axis", "P1465-LE", "Church Walk arch", "2020", "£865.00")
add(tc1, "NVR", "Axis", "S1148", "Control room rack", "2020", "£6,120.00")
for i in range(1, 7):
    add(cp1, "Camera - fixed", "HIKVISION", "DS-2CD2T46G2-2I", f"Level {i//3} bay {i}", "2017", "£212.50")
add(cp1, "NVR", "HIKVISION", "DS-7616NI-K2/16P", "Pay station cabinet", "2017", "£489.00")
for i in range(1, 5):
    add(cp2, "Camera - fixed", "Hik Vision", "DS-2CD2143G0-I", f"Bay {i}", "2018", "£164.00")
add(cp2, "Camera - fixed", "Hik Vision", "DS-2CD2143G0-I", "Bay 5", "2018", "£164.00", "Removed – vandalised 03/2023")
add(cp2, "DVR", "Hikvision", "DS-7208HQHI-K1", "Kiosk", "2018", "£238.00")
for i, loc in enumerate(["Reception", "Customer service", "Council chamber lobby", "Rear yard", "Staff car park", "Staff car park 2"]):
    add(co, "Camera - fixed", "Hanwha", "XND-6080RV" if i < 3 else "XNO-6080R", loc, "2022", "£410.00")
add(co, "NVR", "Hanwha", "XRN-1610SA", "Comms room", "2022", "£1,980.00")
for i, loc in enumerate(["Gate", "Vehicle wash", "Salt barn", "Fuel tank", "Workshop"]):
    add(dp, "Camera - fixed", "Hanwha", "XNO-6120R", loc, "2021", "£455.00")
add(dp, "Camera - fixed", "Hanwha", "XNO-6120R", "Old skip bay", "2021", "£455.00", "Removed 2024 – bay closed")
for i, loc in enumerate(["Reception", "Pool hall", "Gym", "Car park N", "Car park S", "Plant room"]):
    add(lc, "Camera - fixed", "HIKVISION", "DS-2CD2387G2-LU", loc, "2023", "£298.00")
add(lc, "NVR", "HIKVISION", "DS-7608NXI-K2", "Office", "2023", "£355.00")
add(pk, "Camera - fixed", "Axis", "M3215-LVE", "Kiosk counter", "2024", "£390.00")
add(pk, "Camera - fixed", "Axis", "M3215-LVE", "Play area", "2024", "£390.00")

count = sum(1 for r in rows if r[4].startswith("Camera") and r[9] == "In service")
hdr = ["Asset ID", "Site code", "Site name", "Location", "Asset type", "Manufacturer", "Model",
       "Install year", "Purchase cost (£)", "Status"]
lines = ["Exported from AssetTrack v4.2 – 12/04/2024 14:32;;;;;;;;;", ";".join(hdr)]
for r in rows:
    lines.append(";".join(r))
data = "\r\n".join(lines) + "\r\n"
with open(out(f"{NN}-reply.csv"), "wb") as f:
    f.write(data.encode("cp1252"))
print("camera rows in service", count, "all rows", len(rows))
add_label(NN, "csv", "council", "foia", "yes", "no", "answered", [], count,
          "Bare asset-register export, Windows-1252 and semicolon-separated with a preamble line; the count "
          "must leave out NVR/DVR rows and two removed cameras, and Hikvision is spelt three ways.")
