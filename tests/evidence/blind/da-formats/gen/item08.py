from lib import *
from emlhelp import *
import csv, io
nn = "08"
req = """To the FOI team at Pendlebury Town Council... sorry, Pendlebury & Ross District Council

I would like to know how many CCTV cameras the council has, where they are (site level is fine), who manufactured them, and specifically whether you have any made by Hikvision or Dahua. Please also say whether any were removed in the last two years and why.

Regards
Anwen Tudor-Lacey"""
write_request(nn, req)
rows = [
    ("Site", "Manufacturer", "Model", "Qty", "Status", "Notes"),
    ("Ross Town Centre PSS", "Axis", "Q6135-LE", "8", "Live", ""),
    ("Ross Town Centre PSS", "Axis", "P1465-LE", "12", "Live", ""),
    ("Pendlebury High St", "Dahua", "SD49425XB-HNR", "4", "Live", "PTZ"),
    ("Pendlebury High St", "DAHUA", "IPC-HFW3849T1", "6", "Live", ""),
    ("Brookside Depot", "Dahua", "IPC-HDBW2441E", "5", "Live", ""),
    ("Brookside Depot", "Hikvision", "DS-2CD2046G2", "5", "Removed Jun-23", "replaced by Dahua"),
    ("Council Offices, Kings Rd", "Hikvision", "DS-2CD2143G0-I", "9", "Removed Jan-24", "Govt guidance Nov 2022 - sensitive sites"),
    ("Council Offices, Kings Rd", "Hanwha", "XND-6080RV", "9", "Live", ""),
    ("Riverside Car Park", "Axis", "P3245-LVE", "6", "Live", ""),
    ("Cemetery & Crematorium", "Dahua", "IPC-HFW2431S", "3", "Live", ""),
    ("Leisure Centre (managed by Ross Active Ltd)", "", "", "", "Not council", "operator's own system - not held"),
]
buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
live = sum(int(r[3]) for r in rows[1:] if r[4] == "Live")
body = """Dear Ms Tudor-Lacey

Please find our response to your Freedom of Information request (ref. PRDC-FOI-6632) in the attached CSV file.

If you are unhappy with the way we have handled your request you can ask for an internal review by replying to this email within 40 working days. If you remain dissatisfied you can contact the Information Commissioner's Office, www.ico.org.uk.

Kind regards

Shona Gilfillan
FOI & Complaints Officer
Pendlebury & Ross District Council
01749 624 388
"""
make_eml(p(f"{nn}-reply.eml"), "FOI <foi@pendleburyross.gov.uk>", "Anwen Tudor-Lacey <anwen.tl@postbox-mail.co.uk>",
         "Your FOI request PRDC-FOI-6632 - CCTV", dt(2024, 3, 11, 9, 47), body,
         attachments=[("PRDC-FOI-6632 CCTV response.csv", buf.getvalue().encode(), "text", "csv")])
print(live)
label(nn, "eml", "eml", "council", "foia", "no", "yes", "answered", [], live,
      "answer only in attached CSV; Hikvision rows are marked removed (not in use), count = sum of Live rows only; leisure centre row not council")
