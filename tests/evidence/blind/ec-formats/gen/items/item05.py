import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

NN = "05"
REQ = """
Dear Thornleigh Park Academy,

Please provide, under the Freedom of Information Act:

- the number of CCTV cameras at the academy
- the make and model of each camera
- where each camera is located (general area is fine, e.g. "main entrance")
- whether any cameras are made by Hikvision or Dahua

If possible please provide the information as a spreadsheet.

Regards
Callum Westerby
"""

active_hik = [
    ("Main reception - inside door", "Hikvision", "DS-2CD2143G2-I", "Dome", "2019-08"),
    ("Main entrance - external", "Hikvision", "DS-2CD2T47G2-L", "Bullet", "2021-07"),
    ("Visitor car park 1", "Hikvision", "DS-2CD2T47G2-L", "Bullet", "2021-07"),
    ("Visitor car park 2", "Hikvision", "DS-2CD2T47G2-L", "Bullet", "2021-07"),
    ("Staff car park", "Hikvision", "DS-2DE4425IW-DE", "PTZ", "2021-07"),
    ("Bike shelter", "HiLook", "IPC-B140H", "Bullet", "2022-08"),
    ("Canteen east", "HiLook", "IPC-T240H", "Turret", "2022-08"),
    ("Canteen west", "HiLook", "IPC-T240H", "Turret", "2022-08"),
    ("Canteen servery", "HiLook", "IPC-T240H", "Turret", "2022-08"),
    ("Corridor A (ground)", "Hikvision", "DS-2CD2143G2-I", "Dome", "2019-08"),
    ("Corridor A (first)", "Hikvision", "DS-2CD2143G2-I", "Dome", "2019-08"),
    ("Corridor B (ground)", "Hikvision", "DS-2CD2143G2-I", "Dome", "2019-08"),
    ("Corridor B (first)", "Hikvision", "DS-2CD2143G2-I", "Dome", "2019-08"),
    ("Science block stairwell", "Hikvision", "DS-2CD2143G2-I", "Dome", "2020-01"),
    ("Sports hall foyer", "HiLook", "IPC-T240H", "Turret", "2022-08"),
    ("Sports hall external rear", "HiLook", "IPC-B140H", "Bullet", "2022-08"),
    ("MUGA / all-weather pitch", "Hikvision", "DS-2CD2T87G2-L", "Bullet", "2023-02"),
    ("Library", "Hikvision", "DS-2CD2143G2-I", "Dome", "2020-01"),
    ("Sixth form common room", "Hikvision", "DS-2CD2143G2-I", "Dome", "2020-01"),
    ("Student toilets - corridor outside (boys)", "HiLook", "IPC-T240H", "Turret", "2023-02"),
    ("Student toilets - corridor outside (girls)", "HiLook", "IPC-T240H", "Turret", "2023-02"),
]
axis = [
    ("Perimeter gate north", "Axis", "P1455-LE", "Bullet", "2023-09"),
    ("Perimeter gate south", "Axis", "P1455-LE", "Bullet", "2023-09"),
    ("Drama studio external", "Axis", "M3106-L Mk II", "Dome", "2023-09"),
    ("DT workshop external", "Axis", "M3106-L Mk II", "Dome", "2023-09"),
    ("Plant room / boiler house", "Axis", "M3106-L Mk II", "Dome", "2023-09"),
]
decom = [
    ("Old hall (demolished 2022)", "Dahua", "IPC-HFW1230S", "Bullet", "2016-03", "Decommissioned"),
    ("Temporary classroom T1", "Dahua", "IPC-HDW1230S", "Dome", "2016-03", "Decommissioned"),
    ("Temporary classroom T2", "Dahua", "IPC-HDW1230S", "Dome", "2016-03", "Decommissioned"),
    ("Rear service road", "Dahua", "IPC-HFW2431S", "Bullet", "2017-05", "Removed 2023 - replaced by Axis unit"),
    ("Reception desk (analogue)", "Samsung", "SCO-2080R", "Box", "2012-09", "Removed"),
]

wb = Workbook()
ws0 = wb.active
ws0.title = "Notes"
notes = [
    "Thornleigh Park Academy - Freedom of Information response",
    "Reference: TPA-FOI-2025-06",
    "Date: 20 May 2025",
    "",
    "Dear Mr Westerby,",
    "Thank you for your request received on 24 April 2025. The academy's CCTV asset register is provided on the 'Asset register' tab.",
    "The register is maintained by the Site Manager and includes equipment that has been taken out of use; the Status column shows the current position.",
    "Locations have been given at the level of general area as you suggested. Recording is to a single NVR in the server room (not listed).",
    "",
    "If you are unhappy with this response you may ask for an internal review by writing to the Clerk to the Trustees, Thornleigh Park Academy, Moor Lane, Bolton BL2 6PJ.",
    "You may also contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
    "",
    "J. Harrop, Business Manager (Data Protection Lead)",
]
for i, t in enumerate(notes, 1):
    ws0.cell(row=i, column=1, value=t)
ws0["A1"].font = Font(bold=True, size=13)
ws0.column_dimensions["A"].width = 120

ws = wb.create_sheet("Asset register")
hdr = ["Asset ID", "Location", "Make", "Model", "Type", "Installed", "Status"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
rows = []
for loc, mk, mdl, typ, inst in active_hik + axis:
    rows.append([loc, mk, mdl, typ, inst, "In use"])
for loc, mk, mdl, typ, inst, stt in decom:
    rows.append([loc, mk, mdl, typ, inst, stt])
# register order: by install date then location, like a real list built over time
rows.sort(key=lambda r: (r[4], r[0]))
for i, r in enumerate(rows, 1):
    ws.append([f"CAM-{i:03d}"] + r)
for col, w in zip("ABCDEFG", [10, 42, 12, 18, 9, 10, 30]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"

write_request(NN, REQ)
wb.save(out(f"{NN}-reply.xlsx"))
n_active = len(active_hik) + len(axis)
print("active", n_active, "rows", len(rows))
write_label(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx", body_type="academy",
            law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=n_active,
            note="Per-camera asset register with no total; count needs only 'In use' rows (26 of 31), and the only Dahua rows are decommissioned/removed; HiLook is a Hikvision brand.")
