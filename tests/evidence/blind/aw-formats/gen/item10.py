from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
write_request("10", """
Dear Sir/Madam

Please could you provide the following information under FOI.

1. Total number of CCTV cameras across all Trust sites, broken down by site and area
2. Manufacturers of the cameras
3. Are any cameras manufactured by Hikvision or Dahua (including their subsidiary brands)?
4. Are any cameras in patient areas capable of recording audio?

Many thanks
Charlotte Dunmore
""")
wb = Workbook()
r = wb.active; r.title = "Response"
r.column_dimensions["A"].width = 12; r.column_dimensions["B"].width = 95
r.append(["South Pennine Healthcare NHS Trust - FOI 25-0147"]); r["A1"].font = Font(bold=True, size=13)
r.append(["Date of response: 21 February 2025"])
r.append([])
r.append(["Question", "Trust response"])
for cc in r[4]: cc.font = Font(bold=True)
for q, a in [("1", "See 'Site breakdown' tab."), ("2", "See 'Site breakdown' tab, column D."),
             ("3", "See 'Site breakdown' tab, column D."),
             ("4", "No. Audio recording is disabled on all cameras.")]:
    r.append([q, a])
for row in r.iter_rows(min_row=5):
    for cc in row: cc.alignment = Alignment(wrap_text=True, vertical="top")
r.append([])
r.append(["", "If you are dissatisfied with the handling of your request you can ask for an internal review by emailing sphnt.foi@nhs.net. If you remain dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."])
r["B11"].alignment = Alignment(wrap_text=True)
s = wb.create_sheet("Site breakdown")
s.append(["Site", "Area", "No. cameras", "Make"])
for cc in s[1]: cc.font = Font(bold=True, color="FFFFFF"); cc.fill = PatternFill("solid", fgColor="005EB8")
grey = PatternFill("solid", fgColor="E7E6E6")
def block(site, items):
    first = True
    for area, n, make in items:
        s.append([site if first else "", area, n, make]); first = False
    s.append(["", f"Sub-total {site}", sum(n for _, n, _ in items), ""])
    for cc in s[s.max_row]: cc.font = Font(bold=True, italic=True); cc.fill = grey
    return sum(n for _, n, _ in items)
tot = 0
tot += block("Ravenscroft General Hospital", [("Emergency Department", 24, "Axis"), ("Wards & corridors", 61, "Axis"),
                                              ("Main entrances", 12, "Axis"), ("Car parks A-D", 30, "Hik Vision")])
tot += block("Hallam Community Hospital", [("Entrances", 8, "Honeywell HQA"), ("Corridors", 14, "Honeywell HQA"),
                                           ("Car park", 6, "Honeywell HQA")])
tot += block("Larchwood Mental Health Unit", [("Ward communal areas", 22, "Avigilon"), ("External perimeter", 9, "Avigilon")])
s.append(["GRAND TOTAL", "", tot, ""])
for cc in s[s.max_row]: cc.font = Font(bold=True)
s.append([])
s.append(["Other devices (not included above)"]); s.cell(row=s.max_row, column=1).font = Font(bold=True)
s.append(["Security team", "Body worn video", 15, "Reveal"])
s.append(["Ravenscroft General Hospital", "Car park ANPR (operated by Parking Solutions Ltd)", 4, "n/k"])
for col, w in zip("ABCD", (32, 48, 14, 18)): s.column_dimensions[col].width = w
wb.save(path("10-reply.xlsx"))
assert tot == 186
label(path="10-reply.xlsx", request_file="10-request.txt", format="xlsx", body_type="nhs", law="foia",
      hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=186,
      note="Per-site sheet with per-area sub-totals and a grand total (sub-totals must not be added again); 'Hik Vision' spelling and Honeywell HQA (a Dahua-made brand); body-worn and ANPR rows below are not CCTV.")
