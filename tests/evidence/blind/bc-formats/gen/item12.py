import csv, io
from lib import *

write_text("12-request.txt", """
To: Sherwood Forest Hospitals NHS Foundation Trust

Freedom of Information request

1. How many CCTV cameras does the Trust have at each of its sites?
2. What manufacturers are the CCTV cameras?
3. Are any of the Trust's CCTV cameras made by Hikvision or Dahua?

Please provide this as a spreadsheet or CSV.

Regards,
Niamh Gallagher
""")

rows = [
    ["Sherwood Forest Hospitals NHS FT - FOI 6731 - CCTV by site (Q1-Q3)", "", "", "", "", ""],
    ["Site", "CCTV internal", "CCTV external", "CCTV manufacturer(s)", "Car park ANPR cameras*", "ANPR supplier"],
    ["King's Mill Hospital", 141, 58, "Axis; Avigilon", 4, "Hikvision (via parking operator)"],
    ["Newark Hospital", 37, 19, "Avigilon", 2, "Hikvision (via parking operator)"],
    ["Mansfield Community Hospital", 22, 11, "Axis; Dahua", "", ""],
    ["Sherwood Birth Centre / other leased sites", 12, 10, "Dahua", "", ""],
    ["TOTAL", 212, 98, "", 6, ""],
    ["", "", "", "", "", ""],
    ["*ANPR cameras in the car parks are owned and operated by the Trust's car parking contractor and are not part of the Trust's CCTV system. They are shown for information only.", "", "", "", "", ""],
    ["If you are dissatisfied with this response please contact sfh-tr.foi.requests@nhs.net to request an internal review. You may also contact the Information Commissioner's Office.", "", "", "", "", ""],
]
assert 141 + 37 + 22 + 12 == 212 and 58 + 19 + 11 + 10 == 98
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
write_text("12-reply.csv", buf.getvalue())
add_label(path="12-reply.csv", request_file="12-request.txt", format="csv", body_type="nhs",
          law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[],
          camera_count=310, note="TOTAL row split into internal/external must be added (310) and not include the ANPR column; Hikvision appears only as the parking contractor's ANPR supplier.")
