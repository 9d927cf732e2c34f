from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

NN = "08"
write_request(NN, """
FOI request to the University of Caldermouth

1. How many CCTV cameras does the university operate, by campus/site?
2. What make are the cameras and recording equipment?
3. Does the University use any Hikvision equipment?
4. Does the University use any Dahua equipment?
5. Who monitors the cameras?
""")

sites = [("Main Campus - Library & Learning Hub", 46, 3, "Axis", "Dahua NVR"),
         ("Main Campus - Science Quarter", 71, 4, "Axis / Hanwha", "Dahua NVR"),
         ("Main Campus - Students' Union", 28, 2, "Hanwha", "Hanwha WRN"),
         ("Northgate Residences", 93, 6, "Hanwha", "Dahua NVR"),
         ("Riverside Sports Park", 19, 2, "Axis", "Axis S30"),
         ("School of Art, Fenwick St", 24, 2, "Hanwha", "Hanwha WRN"),
         ("Medical School (Caldermouth Royal site)", 37, 3, "Axis", "Milestone server")]
cams = sum(s[1] for s in sites)
nvr = sum(s[2] for s in sites)

wb = Workbook()
ws = wb.active
ws.title = "Summary by site"
ws.append(["University of Caldermouth - FOI 2024-077 - CCTV summary by site"])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Site", "Cameras", "Recorders", "Total devices", "Camera make", "Recorder make"])
for c in ws[3]:
    c.font = Font(bold=True)
for s, c, n, mk, rk in sites:
    r = ws.max_row + 1
    ws.append([s, c, n, c + n, mk, rk])
r = ws.max_row + 1
ws.append(["TOTAL", cams, nvr, cams + nvr])
for c in ws[r]:
    c.font = Font(bold=True)
ws.append([])
ws.append(["Q3 - No."])
ws.append(["Q4 - See 'Recorder make' column."])
ws.append(["Q5 - Cameras are monitored 24/7 by the University Security Control Room (in-house)."])
ws.append([])
ws.append(["If you are unhappy with this response you may request an internal review by emailing foi@caldermouth.ac.example. "
           "You may also complain to the Information Commissioner."])
ws.column_dimensions["A"].width = 44
for col in "BCDEF":
    ws.column_dimensions[col].width = 16
wb.save(out(f"{NN}-reply.xlsx"))

label(NN, f"{NN}-reply.xlsx", "xlsx", "university", "foia", "no", "yes", "answered", [], cams,
      f"Hard: per-site summary whose TOTAL row includes a 'Total devices' column with recorders ({cams + nvr}); "
      f"Dahua only as recorders, Q4 answered by pointing at a column.")
print(cams, nvr)
