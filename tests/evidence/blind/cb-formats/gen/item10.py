from common import *
import csv, random

NN = "10"
write_request(NN, """
To: Data Protection / FOI, Ormiston Academies Trust

Please tell me, for each academy in the Trust: how many CCTV cameras there are; the make and model; and whether any of the equipment (cameras or recorders) is made by Hikvision or Dahua. A CSV or spreadsheet is fine.

Thank you
Ravi Chandel
""")
rnd = random.Random(1010)
schools = ["Ormiston Bushfield Academy", "Ormiston Denes Academy", "Ormiston Sandwell Community Academy",
           "Ormiston Venture Academy", "Ormiston Park Academy", "Ormiston Rivers Academy",
           "Ormiston Chadwick Academy", "Ormiston Horizon Academy"]
locs = ["Main entrance", "Reception", "Car park", "Bike shelter", "Canteen", "Sports hall", "Corridor A",
        "Corridor B", "Playground", "Rear gate", "Library", "Science block"]
cam_models = {"Hik Vision": ["DS-2CD1043G2-I", "DS-2CD2143G2-IS", "DS-2CD2T47G2-L"],
              "Uniview": ["IPC2124LB-SF28KM-G", "IPC3614SB-ADF28KM-I0"],
              "Axis": ["M3115-LVE", "P3265-LVE"]}
rows = []
cams = 0
for s in schools:
    mk = rnd.choice(["Hik Vision", "Hik Vision", "Uniview", "Axis"])
    for l in rnd.sample(locs, rnd.randint(5, 9)):
        q = rnd.randint(1, 4)
        rows.append([s, l, "Camera", mk, rnd.choice(cam_models[mk]), q])
        cams += q
    nvr = {"Hik Vision": ("Hik Vision", "DS-7616NI-K2"), "Uniview": ("Uniview", "NVR302-16S"), "Axis": ("Axis", "S3016 Recorder")}[mk]
    rows.append([s, "Server room", "NVR", nvr[0], nvr[1], 1])
with open(OUT / f"{NN}-reply.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Academy", "Location", "Device type", "Make", "Model", "Qty"])
    w.writerows(rows)
print(cams)
label(NN, "csv", "academy", "foia", "yes", "no", "answered", [], cams,
      "Bare CSV export with no covering text: count must be summed from Qty excluding NVR rows; Hikvision spelt 'Hik Vision'.")
