from common import write_request, add_label, out
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

NN = "07"
write_request(NN, """
Dear University of Northmoor Information Compliance Office,

Under FOIA 2000 please could you tell me:

1. How many CCTV cameras the University operates across all of its campuses and halls.
2. The manufacturer and model of each camera (a list by building would be ideal).
3. Does the University use any cameras made by Hikvision?
4. Does the University use any cameras made by Dahua?

Thank you,
Dr Fiona Keszthelyi
""")

wb = Workbook()
n = wb.active; n.title = "Notes"
notes = [
    ("University of Northmoor – Information Compliance Office", True),
    ("FOI reference: UNM-FOI-2024-412", False),
    ("Response date: 28 May 2024", False),
    ("", False),
    ("This workbook contains the University's response to your request.", False),
    ("Questions 1 and 2: each campus is shown on a separate tab, listing cameras by building with the "
     "manufacturer, model and number of cameras, and a total for the campus.", False),
    ("Questions 3 and 4: the manufacturers of all cameras in use are shown on the campus tabs.", False),
    ("", False),
    ("Cameras operated by the Students' Union (a separate legal entity) and by retail tenants are not included.", False),
    ("", False),
    ("Right to request an internal review: write to foi@northmoor.ac.uk within 40 working days of this response.", False),
    ("Right of appeal: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", False),
]
for i, (t, b) in enumerate(notes, start=1):
    n.cell(row=i, column=1, value=t).font = Font(bold=b)
n.column_dimensions["A"].width = 110

campuses = {
    "Kingsgate Campus": [
        ("Library & Learning Centre", "Entrances / atrium", "Axis", "P3245-LVE", 9),
        ("Library & Learning Centre", "Levels 1-4", "Axis", "M3086-V", 12),
        ("Sir Walter Benn Building", "Corridors and labs", "Axis", "P3245-LVE", 14),
        ("Chemistry Building", "Stores and loading bay", "Bosch", "FLEXIDOME IP 5000i", 6),
        ("Great Hall", "Foyer", "Axis", "M3086-V", 4),
        ("Estates Yard", "Perimeter", "Bosch", "DINION IP 5000 HD", 5),
        ("Kingsgate multi-storey", "All levels", "Hanwha", "XNV-6081", 18),
    ],
    "Harbourside Campus": [
        ("Business School", "Entrances", "Axis", "P3245-LVE", 6),
        ("Business School", "Lecture theatres", "Axis", "M3086-V", 3),
        ("Marine Science Centre", "Workshop / quay", "Bosch", "DINION IP 5000 HD", 7),
        ("Harbourside Hub", "Ground floor", "Hanwha", "XND-6081V", 5),
    ],
    "Fenwick Park (Sports)": [
        ("Sports Pavilion", "Entrance / reception", "HiWatch", "HWI-D140H", 3),
        ("Sports Pavilion", "Changing area corridors", "HiWatch", "HWI-D140H", 4),
        ("3G pitches", "Floodlight columns", "HiWatch", "HWI-B140H-M", 6),
        ("Car park", "Barrier / pay station", "Axis", "P1465-LE", 2),
    ],
    "Halls of Residence": [
        ("Carrick Hall", "Entrances / bike store", "Hanwha", "XNV-6081", 8),
        ("Dunmore Court", "Entrances / courtyard", "Hanwha", "XNV-6081", 10),
        ("Dunmore Court", "Reception", "Axis", "M3086-V", 2),
        ("Eastwood Village", "Site perimeter and blocks A-F", "Hanwha", "XNO-6080R", 16),
    ],
}
grand = 0
for name, rows in campuses.items():
    ws = wb.create_sheet(name)
    ws["A1"] = f"CCTV cameras – {name}"; ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Building", "Camera location", "Manufacturer", "Model", "No. of cameras"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 4
    for row in rows:
        for j, v in enumerate(row, start=1):
            ws.cell(row=r, column=j, value=v)
        r += 1
    sub = sum(x[4] for x in rows); grand += sub
    ws.cell(row=r, column=4, value="Campus total").font = Font(bold=True)
    ws.cell(row=r, column=5, value=sub).font = Font(bold=True)
    for col, w in zip("ABCDE", [28, 30, 14, 20, 14]):
        ws.column_dimensions[col].width = w

old = wb.create_sheet("Removed 2023")
old["A1"] = "Cameras removed during 2023 refurbishment – NOT IN USE"
old["A3"] = "Building"; old["B3"] = "Manufacturer"; old["C3"] = "Model"; old["D3"] = "No."
for j, v in enumerate(("Great Hall", "Dahua", "IPC-HFW2431S", 4), start=1):
    old.cell(row=4, column=j, value=v)
for j, v in enumerate(("Sir Walter Benn Building", "Dahua", "IPC-HDBW2431E", 3), start=1):
    old.cell(row=5, column=j, value=v)
old.sheet_state = "hidden"
wb.save(out(f"{NN}-reply.xlsx"))
print("grand", grand)
add_label(NN, "xlsx", "university", "foia", "yes", "no", "answered", [], grand,
          "One sheet per campus with only campus subtotals (count is their sum); Hikvision appears only as its "
          "HiWatch brand, and Dahua only on a hidden sheet of cameras removed in 2023.")
