"""21: NHS trust reply as a CSV export, with installed and planned rows and sub-brand HiLook."""
import csv
from common import out, write_request, write_label

write_request("21", """
Dear Sir/Madam,

Under the Freedom of Information Act 2000 I request:

1. The number of CCTV cameras installed at each of the Trust's sites.
2. The make and model of those cameras.
3. Whether the Trust has any Hikvision cameras.
4. Whether the Trust has any Dahua cameras.

Yours faithfully,
Gwen Talbot
""")

rows = [
    ("Pennine Royal Infirmary", "Main entrance & concourse", "Axis", "P3267-LVE", 14, "Installed"),
    ("Pennine Royal Infirmary", "Emergency Department", "Axis", "M4327-P", 11, "Installed"),
    ("Pennine Royal Infirmary", "Multi-storey car park", "HIKVISION", "DS-2CD2T87G2-L", 26, "Installed"),
    ("Pennine Royal Infirmary", "Pharmacy & stores", "Avigilon", "H5A-BO-IR", 6, "Installed"),
    ("Pennine Royal Infirmary", "Perimeter", "Hikvision", "DS-2CD2T46G2-4I", 18, "Installed"),
    ("Calder Valley Hospital", "Reception", "HiLook", "IPC-T240H", 4, "Installed"),
    ("Calder Valley Hospital", "Car parks", "HiLook", "IPC-B140H", 12, "Installed"),
    ("Calder Valley Hospital", "A&E", "Dahua", "IPC-HDW3849H-AS-PV", 9, "Planned - order placed, install Q3 2025/26"),
    ("Todmorden Health Centre", "Entrance", "Axis", "M3115-LVE", 3, "Installed"),
    ("Hebden Bridge Birth Centre", "Entrance & car park", "Axis", "P3245-LVE", 5, "Installed"),
    ("Pennine Royal Infirmary", "Mental Health Assessment Unit", "Avigilon", "H5A-D-DO-IR", 7, "Installed"),
]
with open(out("21-reply.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Calderdale & Pennine Hospitals NHS Trust - FOI 2025/0781 - CCTV cameras (extract from Estates asset system 02/06/2025)"])
    w.writerow([])
    w.writerow(["Site", "Area", "Make", "Model", "Quantity", "Status"])
    for r in rows:
        w.writerow(r)
    w.writerow([])
    w.writerow(["Notes: Q1 and Q2 - see table. Q3 and Q4 - see Make column. Quantities are cameras only; recorders and servers are not listed."])
    w.writerow(["If you are unhappy with this response you may request an internal review within 40 working days via foi@cph.nhs.uk. You may also complain to the ICO."])
total = sum(r[4] for r in rows if r[5] == "Installed")
print(total)
write_label(path="21-reply.csv", request_file="21-request.txt", format="csv", body_type="nhs", law="foia",
            hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=total,
            note=f"Bare CSV export with a title line; count must be summed from installed rows only ({total}), leaving out 9 Dahua cameras that are only planned; Hikvision spelt three ways incl. sub-brand HiLook; Q3/Q4 answered only via 'see Make column'.")
