from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
write_request("11", """
Dear North Riding Constabulary,

FOI request:
(a) How many CCTV cameras are there at each police building, split between internal and external cameras?
(b) What make are they?
(c) Are any made by Hikvision or Dahua?
(d) What recording / video management system is used?

Thanks,
P. Galloway
""")
wb = Workbook(); ws = wb.active; ws.title = "FOI 2025-00311"
hdr = ["NORTH RIDING CONSTABULARY - FREEDOM OF INFORMATION",
       "Request ref: 2025-00311   Received: 03/03/2025   Responded: 27/03/2025",
       "",
       "Questions (a), (b) and (d) - see table below. Internal = cameras inside the building incl. custody; External = perimeter, yards and car parks.",
       "Question (c) - Neither.",
       ""]
for i, t in enumerate(hdr, 1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=12)
ws.append(["Site", "Internal", "External", "Camera make", "VMS / recorder"])
for cc in ws[7]: cc.font = Font(bold=True)
rows = [("Northgate Police Station", "18", "9", "Bosch", "Genetec"),
        ("Southbank Custody Centre", "46", "12 ", "Bosch", "Genetec"),
        ("Ashby Road Police Station", " 7", "5", "Hanwha", "Hanwha Wisenet WAVE"),
        ("Firth Lane Police Office", "0", "3", "Hanwha", "Hanwha Wisenet WAVE"),
        ("Force Headquarters, Newby Wiske", "34", "21", "Bosch / Axis", "Genetec"),
        ("Roads Policing Unit, J14", "4", "6", "Axis", "Milestone XProtect")]
for r in rows:
    ws.append(list(r))
    for col in (2, 3):
        c = ws.cell(row=ws.max_row, column=col); c.number_format = "@"; c.alignment = Alignment(horizontal="left")
ws.append([])
ws.append(["Locations of cameras within buildings are not disclosed - s.24(1) and s.31(1)(a) considered; location detail was not requested and has not been provided."])
ws.append([])
ws.append(["You have the right to request an internal review within 40 working days. Write to: Information Rights Unit, NRC HQ, Newby Wiske, DL7 9HA. You may then complain to the ICO."])
for col, w in zip("ABCDE", (38, 10, 10, 16, 24)): ws.column_dimensions[col].width = w
wb.save(path("11-reply.xlsx"))
label(path="11-reply.xlsx", request_file="11-request.txt", format="xlsx", body_type="police", law="foia",
      hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=165,
      note="Internal/external columns with numbers stored as text (some with stray spaces) and no total row (109+56=165); 'Neither' to a joint maker question; s24/s31 only mentioned as considered, not applied.")
