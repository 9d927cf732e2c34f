from common import *
import csv, random
rnd = random.Random(19)
bld = {
    "Kelvin Building": ["G", "1", "2", "3"], "Carron Library": ["G", "1", "2"], "Students' Union": ["G", "1"],
    "Sports Centre": ["G"], "Wallace Residences Block A": ["G", "Ext"], "Wallace Residences Block B": ["G", "Ext"],
    "Estates Yard": ["Ext"], "Campus Perimeter": ["Ext"],
}
descs = {"G": ["Main entrance", "Reception desk", "Lift lobby", "Fire exit east"], "1": ["Corridor", "Stairwell north"],
         "2": ["Corridor", "Study area"], "3": ["Server room door"], "Ext": ["Car park", "Bin store", "Approach road\n(looking south)", "Gate"]}
rows = [["AssetTag", "Building", "Floor", "Description", "Manufacturer", "Model", "DeviceClass", "IPAddress", "Commissioned"]]
tag = 4100
cams = 0
for b, floors in bld.items():
    for fl in floors:
        for dsc in rnd.sample(descs[fl], k=min(len(descs[fl]), rnd.randint(1, 3))):
            tag += 1
            if b.startswith("Wallace") or b in ("Estates Yard", "Students' Union"):
                m = rnd.choice(["Hikvision Digital Technology Co., Ltd.", "Hikvision"])
                mod = rnd.choice(["DS-2CD2143G2-I", "DS-2CD2T47G2-L"])
            elif b == "Campus Perimeter":
                m, mod = "Hanwha Vision", "XNP-9300RW"
            else:
                m, mod = "Axis Communications AB", rnd.choice(["P3265-LVE", "M3085-V"])
            cls = "PTZ Camera" if mod.startswith("XNP") else "IP Camera"
            rows.append([f"UFV-CC-{tag}", b, fl, dsc, m, mod, cls, "REDACTED", f"{rnd.randint(2016, 2023)}-{rnd.randint(1,12):02d}"])
            cams += 1
for b, m, mod in [("Kelvin Building", "Axis Communications AB", "S3016 Recorder"),
                  ("Wallace Residences Block A", "Hikvision", "DS-7616NXI-K2"),
                  ("Students' Union", "Hikvision", "DS-7608NXI-K2"),
                  ("Security Control Room, Kelvin Building", "Milestone / Dell", "XProtect Corporate server"),
                  ("Security Control Room, Kelvin Building", "Dell", "Operator workstation\n(2 x 43in monitors)")]:
    tag += 1
    cls = "Workstation" if "workstation" in mod else ("Server" if "server" in mod else "NVR")
    rows.append([f"UFV-CC-{tag}", b, "G", "Recording / control", m, mod, cls, "REDACTED", "2021-09"])
with open(out("19-reply.csv"), "w", newline="", encoding="utf-8-sig") as f:
    csv.writer(f, quoting=csv.QUOTE_ALL).writerows(rows)
print(cams, len(rows) - 1)
label("19", "csv", "university", "foisa", "yes", "no", "answered", [], cams,
      "Raw quoted CSV export with no covering letter, no total and quoted multi-line cells; cameras must be counted by DeviceClass (NVRs, a server and a workstation are listed too); maker spelt two ways; no Dahua in the complete device list.",
      "Scottish university CSV asset export; count camera rows only; BOM + QUOTE_ALL + embedded newlines.")
