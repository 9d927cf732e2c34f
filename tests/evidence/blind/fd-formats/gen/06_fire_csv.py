"""06: fire and rescue service CSV export - metadata rows on top, notes rows at bottom, no total."""
import csv
from common import out

rows = [
    ["Calderbrook Fire and Rescue Service - FOI CFRS/FOI/2023/188 - CCTV by premises", "", "", "", "", ""],
    ["Prepared by Property Services 17/11/2023. Response to G Pryce.", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["Premises", "Type", "Internal cameras", "External cameras", "Make", "Notes"],
    ["Service Headquarters, Lindley Road", "HQ / Control", "14", "9", "Hanwha", "Includes fire control room"],
    ["Calderbrook Central", "Wholetime", "2", "6", "Hanwha", ""],
    ["Brighouse Lane", "Wholetime", "1", "4", "HIKVISION", ""],
    ["Elland", "Day crewed", "0", "4", "HIKVISION", ""],
    ["Hebden Vale", "On-call", "0", "2", "Hikvision", "Installed 2019"],
    ["Todworth", "On-call", "0", "2", "Hikvision", ""],
    ["Rastrick", "Wholetime", "2", "5", "Axis", ""],
    ["Sowerby Moor", "On-call", "0", "0", "", "No CCTV"],
    ["Mytholm", "On-call", "0", "1", "Hikvision", "Covers appliance bay doors"],
    ["Northowram", "Wholetime", "1", "4", "Axis", ""],
    ["Stainland", "On-call", "0", "0", "", "No CCTV"],
    ["Ovenden", "Day crewed", "0", "3", "Hanwha", ""],
    ["Workshops & Stores, Bankfield", "Support", "3", "8", "Hanwha", ""],
    ["Training Centre, Ripley Moor", "Training", "", "", "", "Site shared with Calderbrook Police; CCTV owned and operated by the Police. Not included."],
    ["", "", "", "", "", ""],
    ["Notes", "", "", "", "", ""],
    ["No Dahua equipment is in use.", "", "", "", "", ""],
    ["Cameras on fire appliances (vehicle/dash cameras) are excluded.", "", "", "", "", ""],
    ["Right of review: write to foi@calderbrookfire.example.gov.uk within 40 working days; ICO: www.ico.org.uk", "", "", "", "", ""],
]
tot = sum(int(r[2] or 0) + int(r[3] or 0) for r in rows[4:18])
print("total", tot)
with open(out("06-reply.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerows(rows)
