from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

NN = "05"
req = """FAO Freedom of Information Officer
Hereford & Worcester Fire and Rescue Service

I would like to make a request under the FOI Act 2000.

1) How many CCTV cameras are installed at your fire stations and headquarters?
2) Who manufactures them?
3) Do you use vehicle-mounted cameras on appliances? If so, how many and what make?
4) Are any of your cameras (fixed or vehicle) made by Hikvision or Dahua?

Thank you
Rob Sandercock
"""
write_request(NN, req)

wb = Workbook(); B = Font(bold=True)
ws = wb.active; ws.title = "FOI response"
lines = [
 ["HEREFORD & WORCESTER FIRE AND RESCUE SERVICE"],
 ["Freedom of Information request 2024/112 - CCTV"],
 ["Received 08/07/2024   Responded 31/07/2024"],
 [],
 ["Q", "Answer"],
 ["1", "Please see tab 'Stations'. Stations not listed do not have CCTV."],
 ["2", "Please see tab 'Stations'. Where the manufacturer is shown as 'Not recorded' the system pre-dates our current "
       "asset register and the make of the equipment is not held by the Service."],
 ["3", "Yes - please see tab 'Appliances'."],
 ["4", "Please see tabs."],
 [],
 ["Should you be dissatisfied with this response please contact the Information Governance Officer, HWFRS Headquarters, "
  "Hindlip Park, Worcester WR3 8SP, within 40 working days to request an internal review. You also have the right to "
  "complain to the Information Commissioner."],
 ["Lucy Farrant, Information Governance Officer"],
]
for r in lines: ws.append(r)
ws["A1"].font = Font(bold=True, size=12); ws["A2"].font = B
for c in ws[5]: c.font = B
ws.column_dimensions["A"].width = 8; ws.column_dimensions["B"].width = 110
for row in ws.iter_rows(min_row=6, max_row=9):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")

s = wb.create_sheet("Stations")
s.append(["Station", "No. of CCTV cameras", "Manufacturer", "Recorder"])
stations = [
 ("Hindlip Park (HQ)", 22, "Hik Vision", "Hik Vision NVR"),
 ("Worcester", 8, "Hik Vision", "Hik Vision NVR"),
 ("Hereford", 7, "Hik Vision", "Hik Vision NVR"),
 ("Redditch", 6, "Vista", "Vista QVR"),
 ("Bromsgrove", 4, "Vista", "Vista QVR"),
 ("Kidderminster", 6, "Hik Vision", "Hik Vision NVR"),
 ("Evesham", 4, "Not recorded", "Not recorded"),
 ("Malvern", 3, "Hik Vision", "Hik Vision DVR"),
 ("Leominster", 2, "Not recorded", "Not recorded"),
 ("Ross-on-Wye", 2, "Hik Vision", "Hik Vision DVR"),
 ("Ledbury", 2, "Not recorded", "Not recorded"),
 ("Droitwich", 3, "Vista", "Vista QVR"),
 ("Wyre Forest Training Centre", 5, "Vista", "Vista QVR"),
]
for r in stations: s.append(list(r))
for c in s[1]: c.font = B; c.fill = PatternFill("solid", fgColor="F4B084")
for col, w in zip("ABCD", (30, 20, 16, 18)): s.column_dimensions[col].width = w

a = wb.create_sheet("Appliances")
a.append(["Vehicle type", "No. of vehicles fitted", "Cameras per vehicle", "Make"])
for r in [("Pumping appliance", 38, 4, "Brigade Backeye 360"), ("Aerial ladder platform", 2, 4, "Brigade Backeye 360"),
          ("Rescue tender", 2, 2, "Brigade"), ("Water carrier", 1, 1, "Brigade")]:
    a.append(list(r))
for c in a[1]: c.font = B; c.fill = PatternFill("solid", fgColor="F4B084")
for col, w in zip("ABCD", (26, 22, 20, 22)): a.column_dimensions[col].width = w
out = ROOT / f"{NN}-reply.xlsx"; wb.save(out)
total = sum(r[1] for r in stations)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="xlsx", body_type="fire", law="foia",
    hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=[], camera_count=total,
    note=f"Station counts must be summed ({total}) and vehicle cameras kept out; 'Hik Vision' spelling; makes 'Not recorded' (not held) at three stations so the maker list is incomplete and Dahua stays unknown.")
