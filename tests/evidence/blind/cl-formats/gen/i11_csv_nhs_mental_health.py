import csv
from common import *

NN = "11"
write_request(NN, """
Dear Moorvale Partnership NHS Trust,

FOI request. Please provide, preferably in CSV or spreadsheet form, a list of every site where the Trust has CCTV,
showing for each: the number of cameras and the camera manufacturer. Please also include the recorder make if available.

Thanks,
A. Feeney
""")
rows = [
    ["Site", "Building", "Cameras", "Camera manufacturer", "Recorder"],
    ["Moorvale Hospital", "Ash Ward block", 22, "Hikvision", "Hikvision NVR"],
    ["Moorvale Hospital", "Birch Ward block", 18, "Hikvision", "Hikvision NVR"],
    ["Moorvale Hospital", "Main entrance & car parks", 14, "Axis", "Milestone XProtect"],
    ["The Laurels", "Inpatient unit", 16, "Axis", "Milestone XProtect"],
    ["Kingsmead Centre", "Community hub", 6, "Hanwha", "Hanwha"],
    ["Brookside PICU", "PICU", 12, "Axis", "Milestone XProtect"],
    ["Trust HQ, Elm House", "Offices", 5, "Hanwha", "Hanwha"],
]
with open(out(f"{NN}-reply.csv"), "w", newline="") as f:
    csv.writer(f).writerows(rows)
cnt = sum(r[2] for r in rows[1:])
label(NN, f"{NN}-reply.csv", "csv", "nhs", "foia", "yes", "no", "answered", [], cnt,
      f"Bare CSV with no covering text; count is the sum of the Cameras column ({cnt}); maker column is a complete list without Dahua.")
print(cnt)
