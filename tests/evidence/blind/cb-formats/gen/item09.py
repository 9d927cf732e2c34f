from common import *
from odshelp import *

NN = "09"
write_request(NN, """
Dear Falkirk Council,

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The number of CCTV cameras operated by the Council, by site.
2. The manufacturer of the cameras at each site.
3. The exact location of each camera.
4. Whether any Hikvision cameras are in use.

Please provide the response as a spreadsheet.

Regards,
Ailsa Brodie
""")
doc = new_ods()
resp = [
    ["Falkirk Council - Freedom of Information (Scotland) Act 2002"],
    ["Our reference: FOI-FC-24-02217"],
    ["Date of response: 05/11/2024"],
    [""],
    ["Question", "Response"],
    ["1. Number of cameras by site", "See sheet 'Cameras by site'."],
    ["2. Manufacturer", "See sheet 'Cameras by site'. Where two makes are shown both are present at the site."],
    ["3. Exact location of each camera", "Site names are given. The precise camera positions for the public space system are withheld under section 35(1)(a) and (b) of FOISA (law enforcement) - see notice below."],
    ["4. Hikvision", "Yes - HiLook branded cameras (a Hikvision product range) are installed at some sites, as shown."],
    [""],
    ["Refusal notice (section 16 FOISA)"],
    ["The Council considers that disclosure of the exact positions of public space cameras would, or would be likely to, prejudice substantially the prevention or detection of crime and the apprehension or prosecution of offenders, by revealing where coverage is absent. The public interest in maintaining the exemption outweighs that in disclosure."],
    [""],
    ["Your right to seek a review"],
    ["If you are dissatisfied you may ask for a review within 40 working days by writing to the Information Governance Manager, Municipal Buildings, West Bridge Street, Falkirk FK1 5RS (foi@falkirk.example.gov.uk). If you remain dissatisfied after the review, you can appeal to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS."],
]
add_sheet(doc, "Response", resp, bold_rows=(0, 4, 10, 13), ncols=2)
sites = [
    ("Public space - Falkirk town centre", 42, "Axis"),
    ("Public space - Grangemouth", 14, "Axis"),
    ("Public space - Bo'ness", 9, "Axis / Hanwha"),
    ("Public space - Denny & Stenhousemuir", 11, "Hanwha"),
    ("Municipal Buildings", 16, "Hanwha"),
    ("Abbotsford House", 12, "Hanwha"),
    ("Earls Road depot (Grangemouth)", 10, "HiLook"),
    ("Kinneil Estate", 4, "HiLook"),
    ("Callendar Park & House", 8, "Axis / HiLook"),
    ("Polmont recycling centre", 5, "HiLook"),
    ("Kinneil recycling centre", 4, "HiLook"),
    ("Housing - multi-storey blocks (various)", 63, "Hanwha"),
]
rows = [["Site", "Cameras", "Manufacturer", "Location"]]
for s, n, m in sites:
    rows.append([s, n, m, "Withheld - s35" if s.startswith("Public space") else "Site perimeter / entrances"])
tot = sum(s[1] for s in sites)
rows.append(["Total", tot, "", ""])
add_sheet(doc, "Cameras by site", rows, bold_rows=(0, len(rows) - 1), formulas={(len(rows) - 1, 1): (f"of:=SUM([.B2:.B{len(rows)-1}])", tot)})
doc.save(str(OUT / f"{NN}-reply.ods"))
print(tot)
label(NN, "ods", "council", "foisa", "yes", "no", "partially_answered", ["s35"], tot,
      "ODS workbook: response sheet points to a per-site sheet with a total row; Hikvision only via HiLook; exact positions withheld under FOISA s35.")
