import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

NN = "22"
REQ = """
Dear NHS Highland,

Under the Freedom of Information (Scotland) Act 2002, please provide for each hospital and health centre where NHS Highland operates CCTV:

a) the number of cameras (internal and external)
b) the make of the cameras
c) the make of the recording equipment (NVR/DVR)

and confirm whether any of the above equipment is made by Hikvision or Dahua.

Regards
Morag Sutherland
"""

north = [
    ("Raigmore Hospital, Inverness", 64, 118, "Avigilon", "Avigilon NVR4"),
    ("New Craigs Hospital, Inverness", 22, 31, "Axis", "Hikvision DS-9632NI-I8"),
    ("Caithness General Hospital, Wick", 14, 19, "Axis", "Hikvision DS-7716NI-K4"),
    ("Belford Hospital, Fort William", 11, 16, "Vivotek", "HiLook NVR-216MH-C"),
    ("Lawson Memorial Hospital, Golspie", 6, 8, "Vivotek", "HiLook NVR-108MH-C"),
    ("County Community Hospital, Invergordon", 5, 7, "Axis", "Hikvision DS-7608NI-K2"),
    ("Broadford Hospital, Skye", 8, 6, "Axis", "Hikvision DS-7608NI-K2"),
    ("Nairn Town and County Hospital", 4, 6, "Vivotek", "HiLook NVR-108MH-C"),
]
argyll = [
    ("Lorn and Islands Hospital, Oban", 16, 22, "Bosch", "Bosch DIVAR IP 5000"),
    ("Mid Argyll Community Hospital, Lochgilphead", 7, 9, "Bosch", "Bosch DIVAR IP 3000"),
    ("Cowal Community Hospital, Dunoon", 6, 10, "Axis", "Hikvision DS-7616NI-K2"),
    ("Campbeltown Hospital", 5, 7, "Axis", "Hikvision DS-7608NI-K2"),
    ("Victoria Hospital, Rothesay", 4, 6, "Vivotek", "HiLook NVR-108MH-C"),
    ("Islay Hospital", 3, 2, "Vivotek", "HiLook NVR-104MH-C"),
]
total = sum(r[1] + r[2] for r in north + argyll)

wb = Workbook()
ws = wb.active; ws.title = "Note"
for i, t in enumerate([
    "NHS Highland - Freedom of Information (Scotland) Act 2002",
    "Our reference: FOI 25-0214",
    "Response date: 3 April 2025",
    "",
    "Dear Ms Sutherland",
    "Please see the attached worksheets, one for each operational area, which answer parts a), b) and c) of your request.",
    "The information covers all hospital and health centre sites where NHS Highland operates CCTV.",
    "Sites where CCTV is provided by a landlord or PFI partner are not included.",
    "",
    "If you are dissatisfied with this response you may ask NHS Highland to review it within 40 working days (nhshighland.foi@nhs.example.scot).",
    "If you remain dissatisfied you may apply to the Scottish Information Commissioner (www.foi.scot/appeal).",
    "",
    "Information Governance Team, Assynt House, Beechwood Park, Inverness IV2 3BW",
], 1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=12)
ws.column_dimensions["A"].width = 115

def add(name, rows):
    w = wb.create_sheet(name)
    w.append(["Site", "External cameras", "Internal cameras", "Camera make", "Recorder (NVR/DVR)"])
    for c in w[1]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.alignment = Alignment(wrap_text=True)
    for r in rows:
        w.append(list(r))
    for col, wd in zip("ABCDE", [44, 11, 11, 16, 26]):
        w.column_dimensions[col].width = wd

add("North Highland", north)
add("Argyll and Bute", argyll)
write_request(NN, REQ)
wb.save(out(f"{NN}-reply.xlsx"))
print("total", total)
write_label(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx", body_type="nhs",
            law="foisa", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=total,
            note="Per-site sheets for two areas with no totals (internal + external summed across sheets); Hikvision appears only in the recorder column (also as HiLook), never as a camera make; the 'confirm whether' question is never answered in words.")
