from lib import *
import csv, random
rnd = random.Random(5)
write_request("05", """
Dear Westmarch Fire and Rescue Service,

Please could you provide, for each of your fire stations and other premises:
a) the number of CCTV cameras installed
b) the manufacturer of the cameras

and confirm whether any are made by Hikvision or by Dahua.

A spreadsheet or CSV would be ideal.

Yours faithfully,
Owen Garside
""")
stations = ["Westmarch Central", "Westmarch North", "Ashby Cross", "Bellhaven", "Carrow Bridge", "Dunsley",
            "Elmstead (on-call)", "Fordham (on-call)", "Garnet Hill", "Holbrook (on-call)", "Ivybridge Road",
            "Service Headquarters", "Training Centre, Pitt Lane", "Fleet Workshops", "Fire Control"]
makes = {"Westmarch Central": "Hikvision", "Westmarch North": "Hikvision", "Ashby Cross": "Uniview",
         "Bellhaven": "Dahau", "Carrow Bridge": "Uniview", "Dunsley": "Hikvision", "Elmstead (on-call)": "Dahau",
         "Fordham (on-call)": "Uniview", "Garnet Hill": "Hikvision", "Holbrook (on-call)": "None fitted",
         "Ivybridge Road": "Uniview", "Service Headquarters": "Avigilon", "Training Centre, Pitt Lane": "Hikvision",
         "Fleet Workshops": "Hikvision / Uniview", "Fire Control": "Avigilon"}
rows = []
tot = 0
for s in stations:
    n = 0 if makes[s] == "None fitted" else rnd.randint(2, 12)
    if s == "Service Headquarters":
        n = 21
    ty = "Wholetime station" if "on-call" not in s and s not in ("Service Headquarters", "Training Centre, Pitt Lane", "Fleet Workshops", "Fire Control") else ("On-call station" if "on-call" in s else "Support site")
    rows.append([s, ty, n, makes[s] if n else "-"])
    tot += n
with open(OUT / "05-reply.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Westmarch Fire and Rescue Service - FOI 0412/24 - CCTV cameras by premises (as at 31/07/2024)", "", "", ""])
    w.writerow(["Premises", "Premises type", "No. of CCTV cameras", "Camera manufacturer"])
    for r in rows:
        w.writerow(r)
    w.writerow(["Total", "", tot, ""])
    w.writerow(["", "", "", ""])
    w.writerow(["Notes:", "", "", ""])
    w.writerow(["1. Excludes vehicle mounted cameras on fire appliances and officer cars.", "", "", ""])
    w.writerow(["2. Holbrook on-call station has an intruder alarm only.", "", "", ""])
    w.writerow(["3. Fleet Workshops has a mix of cameras from two manufacturers.", "", "", ""])
print(tot)
label("05", "csv", "fire", "foia", "yes", "yes", "answered", [], tot,
      "Reply is a bare CSV with a title row, a total row and notes rows; Dahua is spelled 'Dahau' and there is no prose answer to the Hikvision/Dahua question.")
