from common import *
B = lambda v: ("__bold__", v)
rows = [[B("Cam"), B("Location"), B("Make"), B("Model"), B("Status"), B("Notes")]]
inuse = [
    ("Main gate", "Dahua", "DH-IPC-HFW2431S"), ("Staff car park", "Dahua", "DH-IPC-HFW2431S"),
    ("Bus bay", "Dahua", "DH-IPC-HFW2431S"), ("Reception lobby", "Dahua", "DH-IPC-HDW2431T"),
    ("Main corridor ground floor", "Dahua", "DH-IPC-HDW2431T"), ("Main corridor first floor", "Dahua", "DH-IPC-HDW2431T"),
    ("Science block entrance", "Dahua", "DH-IPC-HDW2431T"), ("Canteen", "Dahua", "DH-IPC-HDW2431T"),
    ("Sports hall foyer", "Dahua", "DH-IPC-HDW2431T"), ("Rear playground", "Dahua", "DH-IPC-HFW2431S"),
    ("Field gate", "Dahua", "DH-IPC-HFW2431S"), ("Bike shelter", "Dahua", "DH-IPC-HFW2431S"),
    ("Sixth form centre entrance", "Axis", "M3115-LVE"), ("Sixth form common room", "Axis", "M3115-LVE"),
    ("Library", "Axis", "M3115-LVE"), ("Server room", "Axis", "M1135 Mk II"),
]
removed = [
    ("Main gate", "DS-2CD2042WD-I"), ("Staff car park", "DS-2CD2042WD-I"), ("Bus bay", "DS-2CD2042WD-I"),
    ("Reception lobby", "DS-2CD2142FWD-I"), ("Main corridor ground floor", "DS-2CD2142FWD-I"),
    ("Canteen", "DS-2CD2142FWD-I"), ("Rear playground", "DS-2CD2042WD-I"), ("Field gate", "DS-2CD2042WD-I"),
    ("Science block entrance", "DS-2CD2142FWD-I"),
]
n = 0
for loc, mk, mod in inuse:
    n += 1; rows.append([f"C{n:02d}", loc, mk, mod, "In use", ""])
for loc, mod in removed:
    n += 1; rows.append([f"C{n:02d}", loc, "Hikvision", mod, "Removed", "Replaced Aug 2023"])
for loc in ["Drama studio", "Music block", "Art corridor"]:
    n += 1; rows.append([f"C{n:02d}", loc, "Axis", "M3115-LVE", "Planned", "Summer 2025 subject to budget"])
notes = [
    [B("Thornbury Vale School - FOI 2024/07")],
    ["Response date: 22 February 2024"],
    [],
    ["Number of cameras / makes / Hikvision or Dahua: see 'CCTV' sheet."],
    ["Spend on CCTV in 2023: £14,250.00 (camera replacement, August 2023)."],
    [],
    ["If you are not happy with this response please contact the Clerk to the Governors, Thornbury Vale School, Ridgeway Road, Thornbury Vale TV9 9RS within 40 working days. You may also complain to the ICO."],
]
write_ods(out("18-reply.ods"), [("Response", notes), ("CCTV", rows)],
          col_widths={"CCTV": ["1.4cm", "5.5cm", "2.5cm", "4cm", "2.2cm", "5.5cm"], "Response": ["16cm"]})
label("18", "ods", "school", "foia", "no", "yes", "answered", [], len(inuse),
      "Spreadsheet asset list with a Status column and no total: 16 'In use' (Dahua and Axis), 9 Hikvision rows all 'Removed' (so Hikvision is no) and 3 'Planned'; counting all rows gives 28, wrong.",
      "School .ods asset list; count only 'In use' rows (16); all Hikvision removed Aug 2023 -> no; Dahua in use; run-on paragraph request.")
