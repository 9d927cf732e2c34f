import sys, os, csv, io
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "12"
REQ = """
Dear Medway Council,

Please provide a list of all locations where the council operates CCTV (public space and council buildings), with for each location:
- the number of cameras
- the manufacturer of the cameras

Machine-readable format (CSV) would be ideal.

Thank you,
Dominic Hale
"""

rows = [
    ["MC-PS-001", "Chatham High Street", "Chatham Central", "Public space", 14, "HIKVISION", "Operational"],
    ["MC-PS-002", "Chatham Waterfront bus station", "Chatham Central", "Public space", 9, "HIKVISION", "Operational"],
    ["MC-PS-003", "Rochester High Street", "Rochester West", "Public space", 11, "Axis", "Operational"],
    ["MC-PS-004", "Rochester Castle gardens", "Rochester West", "Public space", 4, "Axis", "Operational"],
    ["MC-PS-005", "Gillingham High Street", "Gillingham North", "Public space", 12, "Dahua Technology", "Operational"],
    ["MC-PS-006", "Strood Commercial Road", "Strood North", "Public space", 7, "Dahua Technology", "Operational"],
    ["MC-PS-007", "Rainham Precinct", "Rainham Central", "Public space", 6, "HIKVISION", "Operational"],
    ["MC-PS-008", "Riverside Country Park", "Rainham North", "Public space", 5, "", "Planned - install Q3 2025"],
    ["MC-PS-009", "Redeployable pool (fly-tipping/ASB)", "Various", "Redeployable", 10, "HIKVISION", "Operational"],
    ["MC-CB-010", "Gun Wharf (council HQ)", "Chatham Central", "Council building", 36, "Axis", "Operational"],
    ["MC-CB-011", "Pentagon Centre car park", "Chatham Central", "Car park", 22, "HIKVISION", "Operational"],
    ["MC-CB-012", "Chatham Central library & Community Hub", "Chatham Central", "Council building", 8, "Axis", "Operational"],
    ["MC-CB-013", "Gillingham library", "Gillingham North", "Council building", 4, "Axis", "Operational"],
    ["MC-CB-014", "Capstone Farm Country Park", "Lordswood & Walderslade", "Council building", 6, "Dahua Technology", "Operational"],
    ["MC-CB-015", "Hoo depot", "Hoo St Werburgh", "Depot", 9, "HIKVISION", "Operational"],
    ["MC-CB-016", "Central Theatre", "Chatham Central", "Council building", 7, "Axis", "Operational"],
    ["MC-CB-017", "Strood Sports Centre", "Strood West", "Council building", 10, "Hikvision", "Operational"],
    ["MC-CB-018", "Medway Park", "Gillingham South", "Council building", 18, "Axis", "Operational"],
    ["MC-CB-019", "Innovation Park Medway", "Rochester South", "Council building", 6, "TBC", "Planned - 2025/26 capital programme"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Site_Ref", "Location", "Ward", "Category", "No_Cameras", "Manufacturer", "Status"])
for r in rows:
    w.writerow(r)
total = sum(r[4] for r in rows if r[6] == "Operational")
write_request(NN, REQ)
write_bytes(f"{NN}-reply.csv", ("\ufeff" + buf.getvalue()).encode("utf-8"))
print("total", total)
write_label(path=f"{NN}-reply.csv", request_file=f"{NN}-request.txt", format="csv", body_type="council",
            law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=total,
            note="Bare CSV (no letter, no total row); count is the sum of operational rows only, two rows are planned sites that must be left out.")
