from lib import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter
write_request("12", """
To: West Pennine Transport Executive – Information Governance

Please provide under the FOI Act:
Q1. How many CCTV cameras are installed at WPTE bus stations and interchanges?
Q2. Please list the makes of camera.
Q3. Are any made by Hikvision?
Q4. Are any made by Dahua?
Q5. How long is footage retained?

Regards, Owen Pilling
""")
rnd = random.Random(12)
wb = Workbook()
a = wb.active; a.title = "Answers"
a.column_dimensions["A"].width = 100
for t in ["West Pennine Transport Executive",
          "FOI reference: WPTE/FOI/0431   Date: 9 May 2025",
          "",
          "Dear Mr Pilling, thank you for your request of 11 April 2025. Our answers are below.",
          "Q1 & Q2 - see 'Interchange asset data' tab (one row per site; totals in row 12).",
          "Q3 - None. All Hikvision cameras identified in the 2021 condition survey were replaced during the 2023 refurbishment programme.",
          "Q4 - No.",
          "Q5 - 31 days, except where footage is retained for an investigation.",
          "",
          "If you are dissatisfied you may request an internal review (foi@wpte.org.uk) and thereafter complain to the ICO.",
          "Aled Brereton, Information Governance Officer"]:
    a.append([t])
a["A1"].font = Font(bold=True, size=13)
w = wb.create_sheet("Interchange asset data")
cols = ["Site ID", "Interchange", "Address", "Postcode", "Opened", "Site manager", "Zone",
        "Axis fixed", "Axis PTZ", "Bosch fixed", "Bosch PTZ", "Hanwha fixed", "Hanwha PTZ", "Avigilon fixed",
        "Total cameras", "Monitors", "Recorders (NVR)", "Help points", "PA zones", "Retention (days)",
        "Monitoring", "Maintainer", "Last service", "Next service", "Fibre link", "UPS", "Lighting upgrade", "Notes"]
w.append(cols)
for cc in w[1]: cc.font = Font(bold=True); cc.alignment = Alignment(wrap_text=True)
sites = [("Blackburn Bus Station", "Ainsworth St", "BB1 6AA"), ("Accrington Interchange", "Union St", "BB5 1EA"),
         ("Burnley Bus Station", "Centenary Way", "BB11 1DH"), ("Bolton Interchange", "Newport St", "BL1 1AU"),
         ("Bury Interchange", "Haymarket St", "BL9 0BE"), ("Rochdale Interchange", "Smith St", "OL16 1HE"),
         ("Todmorden Bus Station", "Burnley Rd", "OL14 5LH"), ("Rawtenstall Bus Station", "Bacup Rd", "BB4 7NW"),
         ("Ramsbottom Interchange", "Bridge St", "BL0 9AD"), ("Darwen Circus", "Railway Rd", "BB3 2RJ")]
tot = [0] * 7
for i, (n, st_, pc) in enumerate(sites, 1):
    cams = [rnd.choice([0, 0, 4, 6, 8, 12]), rnd.choice([0, 1, 2]), rnd.choice([0, 6, 10, 14]), rnd.choice([0, 1, 2]),
            rnd.choice([0, 0, 5, 9]), rnd.choice([0, 1]), rnd.choice([0, 0, 0, 7])]
    if sum(cams) == 0: cams[0] = 6
    tot = [x + y for x, y in zip(tot, cams)]
    w.append([f"WP{i:03d}", n, st_, pc, rnd.randint(1979, 2019), rnd.choice(["J. Kay", "S. Ahmed", "R. Booth", "T. Nuttall"]),
              rnd.choice(["North", "South", "East"])] + cams +
             [sum(cams), rnd.randint(1, 6), rnd.randint(1, 3), rnd.randint(1, 8), rnd.randint(2, 10), 31,
              "WPTE Control Centre", "Pennine Integrated Systems Ltd", f"{rnd.randint(1,28):02d}/0{rnd.randint(1,4)}/2025",
              f"{rnd.randint(1,28):02d}/1{rnd.randint(0,2)}/2025", rnd.choice(["Yes", "No"]), rnd.choice(["Yes", "No"]),
              rnd.choice(["2022", "2024", "Planned 2026"]), rnd.choice(["", "", "Refurb 2023", "PTZ faulty - repair booked"])])
# totals row 12
w.append(["", "TOTAL", "", "", "", "", ""] + tot + [sum(tot), "", "", "", "", "", "", "", "", "", "", "", "", ""])
for cc in w[w.max_row]: cc.font = Font(bold=True)
for i in range(1, len(cols) + 1): w.column_dimensions[get_column_letter(i)].width = 14
w.column_dimensions["B"].width = 26
# hidden superseded sheet
h = wb.create_sheet("2021 survey (superseded)")
h.append(["Condition survey 2021 - for reference only"])
h.append(["Interchange", "Make", "Qty"])
for n, *_ in sites[:6]:
    h.append([n, rnd.choice(["Hikvision", "Hikvision", "Bosch", "Axis"]), rnd.randint(3, 14)])
h.sheet_state = "hidden"
wb.save(path("12-reply.xlsx"))
total = sum(tot); print(total, tot)
label(path="12-reply.xlsx", request_file="12-request.txt", format="xlsx", body_type="other", law="foia",
      hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=total,
      note=f"Count is in a 28-column-wide asset sheet (Total cameras column, not monitors/recorders/help points); a hidden superseded 2021 sheet still lists Hikvision, which the answers say were all replaced.")
