from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

NN = "11"
write_request(NN, """
To the Freedom of Information Officer, Fenwick Marsh University

Please provide:
1. The total number of CCTV cameras operated by the University;
2. The manufacturer and model of each camera;
3. Whether any of the cameras use facial recognition;
4. The building in which each camera is located.

Thanks very much,
Aoife Brennan
""")

rnd = random.Random(11)
campuses = {
    "City Campus": (["Library", "Students' Union", "Kelvin Building", "Harcourt Building", "Atrium",
                     "Estates Yard", "Multi-storey car park"], [("Axis", "P3245-LVE"), ("Axis", "M4308-PLE"),
                                                                 ("Hanwha", "XND-6080RV"), ("Axis", "Q6075-E")]),
    "Marsh Lane Campus": (["Marsh Lane Halls Block A", "Marsh Lane Halls Block B", "Marsh Lane Halls Block C",
                           "Nursing & Midwifery", "Marsh Lane Gatehouse"],
                          [("Dahua", "IPC-HDW2431T-AS"), ("Dahua", "IPC-HFW2441S-S"), ("Axis", "P3245-LVE")]),
    "Sports Village": (["Sports Hall", "3G Pitches", "Pavilion"], [("Hanwha", "XNO-6080R"), ("Hanwha", "XNV-8081Z")]),
}
rows = []
i = 0
for campus, (blds, models) in campuses.items():
    for b in blds:
        for _ in range(rnd.randint(3, 9)):
            i += 1
            mk, md = rnd.choice(models)
            st = "Live"
            x = rnd.random()
            if x < 0.05:
                st = "Spare - in store"
            elif x < 0.09:
                mk, md, st = "Sony", "SNC-EB600", "Removed"
            rows.append([f"FMU-CAM-{i:04d}", campus, b, mk, md,
                         rnd.choice(["Internal", "External"]), rnd.choice([2017, 2018, 2019, 2020, 2021, 2022, 2023]), st])

wb = Workbook()
ws = wb.active; ws.title = "Response"
ws["A1"] = "FENWICK MARSH UNIVERSITY - FREEDOM OF INFORMATION RESPONSE"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Ref: FMU/FOI/2024/388      Date: 15 July 2024"
qa = [("1. The total number of CCTV cameras operated by the University", "Please see 'Summary' tab"),
      ("2. The manufacturer and model of each camera", "Please see 'Camera register' tab"),
      ("3. Whether any of the cameras use facial recognition", "No"),
      ("4. The building in which each camera is located", "Please see 'Camera register' tab")]
for r, (q, a) in enumerate(qa, start=4):
    ws.cell(r, 1, q); ws.cell(r, 2, a)
ws.column_dimensions["A"].width = 62; ws.column_dimensions["B"].width = 36
ws["A10"] = ("If you are not satisfied with this response you may ask for an internal review within 40 working "
             "days by emailing foi@fenwickmarsh.ac.uk. You may then contact the Information Commissioner.")
ws["A11"] = "Records & Information Compliance, Fenwick Marsh University"

ws2 = wb.create_sheet("Summary")
ws3 = wb.create_sheet("Camera register")
hdr = ["Asset ID", "Campus", "Building", "Manufacturer", "Model", "Int/Ext", "Year installed", "Status"]
ws3.append(hdr)
for c in range(1, 9):
    ws3.cell(1, c).font = Font(bold=True, color="FFFFFF"); ws3.cell(1, c).fill = PatternFill("solid", fgColor="5B2C6F")
for r in rows:
    ws3.append(r)
last = len(rows) + 1
ws3.auto_filter.ref = f"A1:H{last}"
ws3.auto_filter.add_filter_column(1, ["City Campus"])
for rr in range(2, last + 1):
    if ws3.cell(rr, 2).value != "City Campus":
        ws3.row_dimensions[rr].hidden = True
for col, w in zip("ABCDEFGH", [14, 20, 26, 14, 18, 10, 14, 18]):
    ws3.column_dimensions[col].width = w
ws3.freeze_panes = "A2"

ws2.append(["Campus", "Live cameras"])
ws2["A1"].font = Font(bold=True); ws2["B1"].font = Font(bold=True)
cache = {}
for k, campus in enumerate(campuses, start=2):
    ws2.cell(k, 1, campus)
    ws2.cell(k, 2, f"=COUNTIFS('Camera register'!$B$2:$B${last},A{k},'Camera register'!$H$2:$H${last},\"Live\")")
    cache[f"B{k}"] = sum(1 for r in rows if r[1] == campus and r[7] == "Live")
t = len(campuses) + 2
ws2.cell(t, 1, "Total"); ws2.cell(t, 1).font = Font(bold=True)
ws2.cell(t, 2, f"=SUM(B2:B{t-1})"); ws2.cell(t, 2).font = Font(bold=True)
total = sum(1 for r in rows if r[7] == "Live")
cache[f"B{t}"] = total
ws2.cell(t + 2, 1, "Excludes cameras removed or held as spares.")
ws2.column_dimensions["A"].width = 24; ws2.column_dimensions["B"].width = 14
wb.active = 0
dest = out(f"{NN}-reply.xlsx")
wb.save(dest)
xlsx_cache_values(dest, {2: cache})
print(cache, "rows", len(rows), "visible", sum(r[1] == 'City Campus' for r in rows),
      "dahua live", sum(r[3] == 'Dahua' and r[7] == 'Live' for r in rows))

add_label(dict(path=f"{NN}-reply.xlsx", request_file=f"{NN}-request.txt", format="xlsx",
               body_type="university", law="foia", hikvision="no", dahua="yes", outcome="answered",
               exemptions=[], camera_count=total,
               note="Register left filtered to City Campus: the live Dahua cameras are in hidden rows; total is a COUNTIFS formula on the Summary tab."))
