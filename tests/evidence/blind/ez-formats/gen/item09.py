"""09: university, .ods workbook: cameras by building/make, recorders sheet, notes sheet."""
from common import *
from odf_helpers import *

NN = "09"
write_request(NN, """
Dear University of Eastmere,

Under the FOI Act please could you provide:

(a) the total number of CCTV cameras on the University's campuses;
(b) a breakdown by building and manufacturer;
(c) the number and make of network video recorders;
(d) whether any of the cameras are made by Hikvision or Dahua.

Thank you
S. Adeyemi
""")

cams = [
    ("Library & Learning Centre", "Axis", "P3265-LVE", 22),
    ("Library & Learning Centre", "Axis", "Q1656-LE", 4),
    ("Students' Union", "Avigilon", "H5A Bullet", 18),
    ("Students' Union", "Avigilon", "H5A Dome", 9),
    ("Halls - Fenwick Court", "Hanwha", "XNO-6080R", 26),
    ("Halls - Meridian House", "Hanwha", "XNV-8080R", 31),
    ("Sports Centre", "Uniview", "IPC2124LB-SF28KM-G", 12),
    ("Engineering Building", "Axis", "M3086-V", 15),
    ("Main Admin / Reception", "Axis", "P3268-LVE", 7),
    ("Multi-storey car park", "Avigilon", "H5SL Bullet", 24),
    ("Campus perimeter / roads", "Axis", "Q6225-LE PTZ", 11),
]
total = sum(c[3] for c in cams)
rows = [["Building / area", "Manufacturer", "Model", "Qty"]] + [list(c) for c in cams] + [["TOTAL", "", "", total]]
doc = new_ods()
sheet(doc, "Cameras", rows, widths=["wide", "mid", "wide", "mid"], bold_rows="last")
recs = [["Location", "Make", "Model", "Qty"],
        ["Security Control Room (Estates)", "Avigilon", "NVR5 Premium 96TB", 2],
        ["Security Control Room (Estates)", "Dell / Milestone", "PowerEdge R760 - XProtect Corporate", 1],
        ["Halls comms rooms", "Hanwha", "XRN-3210B4", 2],
        ["Sports Centre", "Uniview", "NVR302-16S", 1]]
sheet(doc, "Recorders", recs, widths=["wide", "mid", "wide", "mid"])
notes = [["Notes"],
         ["FOI ref: FOI-2425-118. Data from Estates security asset register, 14/11/2024."],
         ["(d) None of the University's current cameras are Hikvision or Dahua. The 40 Hikvision cameras previously in the Students' Union and car park were removed and replaced during 2023."],
         ["Cameras operated by third-party tenants (e.g. the retail units on Market Walk) are not included."]]
sheet(doc, "Notes", notes, widths=["wide"])
doc.save(str(ROOT / f"{NN}-reply.ods"))

add_label(path=f"{NN}-reply.ods", request_file=f"{NN}-request.txt", format="ods",
          body_type="university", law="foia", hikvision="no", dahua="no", outcome="answered",
          exemptions=[], camera_count=total,
          note="Spreadsheet with three sheets: count is the TOTAL row on 'Cameras' (not the recorders sheet); Hikvision is mentioned but as removed in 2023.")
print(total)
