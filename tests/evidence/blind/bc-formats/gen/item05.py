from lib import *

write_text("05-request.txt", """
Dear Sir/Madam

Freedom of Information request - Medway Council CCTV

Please provide the following:
 - the number of CCTV cameras the council currently operates, broken down by site if possible
 - the manufacturer(s) of those cameras
 - whether any are supplied by Hikvision
 - whether any are supplied by Dahua
 - details of any planned new CCTV installations in the current financial year

Please send the information in a spreadsheet format if possible.

Kind regards
Aleksandra Nowicka
""")

sites = [
    ("Chatham High Street", 24, 6, 0),
    ("Rochester High Street", 14, 3, 0),
    ("Gillingham High Street", 12, 2, 0),
    ("Strood Retail Park", 0, 0, 9),
    ("Pentagon Bus Station", 10, 4, 0),
    ("Gun Wharf (Council offices)", 0, 18, 11),
    ("Medway Park Leisure Centre", 0, 0, 16),
    ("Splashes Leisure Centre", 0, 0, 8),
    ("Capstone Farm Country Park", 0, 5, 0),
    ("Chatham Waterfront car park", 6, 0, 0),
]
cur = [["Site", "Axis", "Hanwha (Samsung)", "Hikvision", "Total"]]
r0 = 2
for i, (s, a, h, hk) in enumerate(sites):
    r = r0 + i
    cur.append([s, a or "", h or "", hk or "", ("formula", "of:=SUM([.B%d:.D%d])" % (r, r), a + h + hk)])
last = r0 + len(sites) - 1
ta = sum(x[1] for x in sites); th = sum(x[2] for x in sites); tk = sum(x[3] for x in sites)
cur.append(["TOTAL", ("formula", "of:=SUM([.B2:.B%d])" % last, ta), ("formula", "of:=SUM([.C2:.C%d])" % last, th),
            ("formula", "of:=SUM([.D2:.D%d])" % last, tk), ("formula", "of:=SUM([.E2:.E%d])" % last, ta + th + tk)])
total = ta + th + tk
cur.append([])
cur.append(["Note: Hikvision cameras at Gun Wharf and the leisure centres are connected to Hikvision NVRs on site. Figures exclude 2 redeployable cameras which are currently in storage."])

planned = [
    ["Planned installations 2024/25 (subject to budget approval)"],
    ["Location", "Manufacturer", "No. of cameras", "Est. cost", "Status"],
    ["Rainham Precinct", "Dahua", 8, "£14,200", "Quote received"],
    ["Hoo St Werburgh village centre", "Dahua", 4, "£7,950", "Quote received"],
    ["Strood Riverside", "Axis", 6, "£21,600", "Awaiting ward member approval"],
    ["Total", "", ("formula", "of:=SUM([.C3:.C5])", 18), "£43,750", ""],
]

resp = [
    ["Medway Council – Information Governance"],
    ["FOI ref:", "FOI-11803"],
    ["Date:", "04 Dec 2024"],
    [],
    ["Your request", "Our response"],
    ["Number of CCTV cameras, by site", "See sheet 'Current estate'"],
    ["Manufacturer(s)", "See sheet 'Current estate'"],
    ["Hikvision", "See sheet 'Current estate'"],
    ["Dahua", "See sheet 'Current estate'"],
    ["Planned installations", "See sheet 'Planned 2024-25'"],
    [],
    ["Information provided by Medway Council is subject to copyright. If you are not satisfied with this response you can request an internal review within 40 working days; thereafter you may contact the ICO."],
]
write_bytes("05-reply.ods", ods_bytes([("Response", resp), ("Current estate", cur), ("Planned 2024-25", planned)]))
print("total", total)
add_label(path="05-reply.ods", request_file="05-request.txt", format="ods", body_type="council",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=total, note="Makers are columns with a TOTAL row (no double counting); Dahua appears only on the planned-installs sheet.")
