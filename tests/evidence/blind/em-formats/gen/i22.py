from common import *
import csv, io

write_request("22", """
Dear Wyvern Vale District Council

I request the following under FOIA:

1. A list of the council's CCTV systems by site, with the number of cameras at each site.
2. The make and model of the cameras and recorders at each site.
3. Whether any of the council's cameras are manufactured by Hikvision or Dahua.

Please supply in a machine-readable format (CSV).

Thanks
Imogen Hart
""")

rows = [
 ["Wyvern Vale District Council - FOI/2024/0655 - CCTV systems by site (as at 01/11/2024)", "", "", "", "", ""],
 ["", "", "", "", "", ""],
 ["Site", "Address", "No. of cameras", "Camera make", "Camera model(s)", "Recorder"],
 ["Council Offices", "Abbey Road, Wyvern Vale, WV8 1AB", 24, "Axis", "P3265-LVE; M3086-V", "Milestone XProtect server"],
 ["Wyvern Vale town centre (public space)", "Various - Market St, Church St, Bull Ring", 38, "Axis", "Q6075-E; Q1798-LE", "Milestone XProtect server"],
 ["Stoneleigh town centre (public space)", "Sheep St / High St, Stoneleigh", 11, "Axis", "Q6075-E", "Milestone XProtect server"],
 ["Wyvern Leisure Centre", "Pool Lane, Wyvern Vale", 19, "Honeywell", "HQA-BF2002; HQA-VF2002", "Honeywell HQA-N1016 16ch NVR"],
 ["Abbey Road MSCP", "Abbey Road, Wyvern Vale", 16, "Honeywell", "HQA-BF2002", "Honeywell HQA-N1016 16ch NVR"],
 ["Depot", "Unit 3, Brook Industrial Estate, WV8 4QT", 9, "Honeywell", "HQA-BF2002", "Honeywell HQA-N1008 8ch NVR"],
 ["Greenway Crematorium", "Greenway Lane, Stoneleigh", 7, "Bosch", "FLEXIDOME IP 3000i", "Bosch DIVAR IP 3000"],
 ["Market Hall", "Market St, Wyvern Vale", 6, "Axis", "M3106-L Mk II", "Milestone XProtect server"],
 ["Community Hub (Stoneleigh)", "Bridge St, Stoneleigh", 4, "Bosch", "FLEXIDOME IP 3000i", "Bosch DIVAR IP 3000"],
 ["TOTAL", "", 134, "", "", ""],
 ["", "", "", "", "", ""],
 ["Note: public space cameras are monitored from the control room at the Council Offices, Mon-Sun 07:00-01:00. Internal review requests to foi@wyvernvale.example within 40 working days; you may also complain to the ICO.", "", "", "", "", ""],
]
assert sum(r[2] for r in rows[3:12]) == 134
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for r in rows: w.writerow(r)
open(out("22-reply.csv"), "w", encoding="utf-8-sig", newline="").write(buf.getvalue())
label("22", "csv", "csv", "council", "foia", "no", "yes", "answered", [], 134,
      "bare CSV with title rows and a TOTAL row; Dahua only as Honeywell HQA (a Dahua-made line) and the joint maker question gets no separate answer")
