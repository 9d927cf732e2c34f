import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Border, Side
from common import out, add_label

wb = Workbook(); ws = wb.active; ws.title = "Summary"
ws["A1"] = "Wealdshire Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "FOI 24-117  |  CCTV at Service premises  |  Prepared by Property Services, 06/03/2024"
ws.append([])
hdr = ["Premises", "Internal cameras", "External cameras", "Total", "Manufacturer"]
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="F4B084")
data = [("Service HQ, Maidbury", 14, 12, "Avigilon"), ("Training Centre, Ridley Cross", 6, 9, "Avigilon"),
        ("Maidbury Fire Station", 3, 6, "Dahua"), ("Tenholt Fire Station", 2, 4, "Dahua"),
        ("Cranfold Fire Station", 2, 4, "Dahua"), ("Ashdown Road Fire Station", 2, 5, "Bosch"),
        ("Fellcombe Fire Station", 1, 4, "Dahua"), ("Stonebridge Fire Station (on-call)", 0, 3, "Dahua"),
        ("Marsh Green Fire Station (on-call)", 0, 2, "Dahua"), ("Fleet Workshops, Ridley Cross", 3, 5, "Bosch")]
start = 5
for i, (n, a, b, m) in enumerate(data):
    r = start + i
    ws.append([n, a, b, a + b, m])
end = start + len(data) - 1
ws.append(["TOTAL", sum(d[1] for d in data), sum(d[2] for d in data), sum(d[1] + d[2] for d in data), ""])
for c in ws[ws.max_row]:
    c.font = Font(bold=True); c.border = Border(top=Side(style="thin"), bottom=Side(style="double"))
for col, w in zip("ABCDE", [38, 17, 17, 9, 16]):
    ws.column_dimensions[col].width = w

# Fleet sheet
vs = wb.create_sheet("Vehicle CCTV")
vs["A1"] = "Vehicle-mounted CCTV (fleet)"; vs["A1"].font = Font(bold=True, size=12)
vs.append([])
vs.append(["Fleet no.", "Vehicle type", "Base", "System", "Cameras per vehicle"])
for c in vs[3]:
    c.font = Font(bold=True)
rnd = random.Random(6)
bases = [d[0] for d in data if "Station" in d[0]]
for i in range(38):
    vs.append(["WF%03d" % (201 + i), rnd.choice(["Rescue Pump", "Rescue Pump", "Water Carrier", "Aerial Ladder Platform", "Rescue Support Unit"]),
               rnd.choice(bases), "Hikvision Mobile MDVR AE-MD5043 (4ch)", 4])
for col, w in zip("ABCDE", [10, 24, 36, 38, 20]):
    vs.column_dimensions[col].width = w
wb.save(out("06-reply.xlsx"))

tot = sum(a + b for _, a, b, _ in data)
assert tot == 87, tot
add_label(path="06-reply.xlsx", request_file="06-request.txt", format="xlsx", body_type="fire", law="foia",
          hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=87,
          note="Summary sheet with internal/external/total columns and a TOTAL row (87), makes Avigilon/Dahua/Bosch; a second sheet lists Hikvision vehicle-mounted MDVR systems, outside the premises CCTV asked about.")
