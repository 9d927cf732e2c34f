from common import *
import csv
rows = [
    ["Severnvale Fire and Rescue Service - FOI 24-118 - CCTV at SFRS premises - as at 30/04/2024"],
    [],
    ["Site", "Site type", "External cameras", "Internal cameras", "Camera make", "Recorder make", "Notes"],
    ["Headquarters, Tewkes Road", "HQ / Fire Control", "12", "9", "Axis", "Milestone server", "Includes 2 cameras at Fire Control entrance"],
    ["Severnbridge", "Wholetime", "4", "1", "HIKVISION", "HIKVISION", ""],
    ["Ledworth", "Wholetime", "4", "2", "HIKVISION", "HIKVISION", ""],
    ["Malvern Chase", "Day crewed", "3", "0", "HIKVISION", "HIKVISION", ""],
    ["Upton Ferry", "On-call", "2", "0", "Hik", "Hik", "Yard only"],
    ["Pershore Vale", "On-call", "2", "0", "Hik", "Hik", ""],
    ["Kington Marsh", "On-call", "0", "0", "", "", "No CCTV"],
    ["Brockhill", "On-call", "2", "0", "HIKVISION", "HIKVISION", ""],
    ["Training Centre, Hadley Heath", "Training", "8", "3", "Axis", "Milestone server", "Fire house and drill yard;\nincludes 1 thermal camera on the fire house"],
    ["Fleet Workshops, Droit Lane", "Workshops", "5", "2", "HIKVISION", "HIKVISION", ""],
    ["Total", "", "42", "17", "", "", ""],
    [],
    ["Appliance / vehicle camera systems (recorded on-board, not part of premises CCTV)"],
    ["Vehicle type", "No. of vehicles", "Cameras per vehicle", "Camera make", "Recorder make", "", "Notes"],
    ["Pumping appliance", "24", "4", "Brigade Electronics", "Dahua MDVR", "", "360 degree / reversing"],
    ["Aerial ladder platform", "2", "4", "Brigade Electronics", "Dahua MDVR", "", ""],
    ["Officer car", "18", "0", "", "", "", ""],
]
with open(out("09-reply.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows(rows)
label("09", "csv", "fire", "foia", "yes", "no", "answered", [], 59,
      "Bare CSV with title line, total row split into external 42 + internal 17 (=59) with no grand total; maker spelt HIKVISION/Hik; Dahua appears only as on-board recorders on fire appliances, outside the premises CCTV asked about, and the premises maker list leaves it out.",
      "Fire service CSV: totals row split ext/int (sum 59); second block of vehicle cameras with Dahua MDVRs is outside scope (dahua no for premises).")
