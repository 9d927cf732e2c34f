import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from common import out, write_request, add_label

NN = "02"
write_request(NN, """
FOI request – CCTV at police premises

Q1 How many CCTV cameras are installed at Mercia Vale Police stations, custody suites and other premises?
Q2 Please give the manufacturer of each camera.
Q3 Are any cameras made by Hikvision?
Q4 Are any cameras made by Dahua?
Q5 When were the cameras installed?

Regards
S. Kaur
""")

random.seed(2)
divisions = {"North": ["Kidderstow Police Station", "Kidderstow Custody", "Belbury PS"],
             "South": ["Eveston Police Station", "Eveston Custody Suite", "Pershall PS", "Upton Marsh Section Office"],
             "HQ": ["Headquarters, Hindlow Road", "Vehicle Workshop", "Firearms Range"]}
makers = [("AXIS", ["P3245-LVE", "M3106-L Mk II", "Q6075-E"]),
          ("Hanwha", ["XNV-6080R", "QNO-6012R"]),
          ("Bosch", ["FLEXIDOME IP 5000i", "DINION 5100i"])]
rows = []
n = 0
for div, sites in divisions.items():
    for s in sites:
        for _ in range(random.randint(6, 19)):
            n += 1
            mk, models = random.choice(makers)
            yr = random.randint(2016, 2023)
            rows.append([f"MV-CCTV-{n:04d}", div, s, mk, random.choice(models), yr, "Live"])
# legacy Dahua units, all taken out
for s in ["Kidderstow Custody", "Eveston Custody Suite", "Pershall PS"]:
    for _ in range(random.randint(3, 6)):
        n += 1
        rows.append([f"MV-CCTV-{n:04d}", [d for d, ss in divisions.items() if s in ss][0], s, "Dahua",
                     random.choice(["IPC-HDW2431T-AS", "IPC-HFW1230S"]), random.randint(2014, 2016), "Decommissioned"])
# a few other decommissioned units
for r in random.sample(rows[:n - 12], 5):
    r[6] = "Decommissioned"
rows.sort(key=lambda r: r[0])
live = [r for r in rows if r[6] == "Live"]

wb = Workbook()
ws = wb.active
ws.title = "Response"
txt = ["Mercia Vale Police – Freedom of Information Unit", "Request ref: 2024-00871", "",
       "Please find the information requested on the 'Summary' and 'Estate Register' tabs of this workbook.",
       "The register shows all cameras recorded on the Estates CCTV asset register, including status.",
       "Installation year is given where recorded.", "",
       "Mercia Vale Police holds the copyright in this information. You may request an internal review within",
       "40 working days (foi@merciavale.police.uk). You may also complain to the Information Commissioner.", "",
       "FOI Decision Maker: Gareth Liddle, Information Compliance"]
for i, t in enumerate(txt, 1):
    ws.cell(row=i, column=1, value=t)
ws["A1"].font = Font(bold=True, size=13)
ws.column_dimensions["A"].width = 110

sm = wb.create_sheet("Summary")
sm.append(["Division", "Site", "Live", "Decommissioned"])
for c in sm[1]:
    c.font = Font(bold=True)
tot_l = tot_d = 0
for div, sites in divisions.items():
    for s in sites:
        l = sum(1 for r in rows if r[2] == s and r[6] == "Live")
        d = sum(1 for r in rows if r[2] == s and r[6] != "Live")
        tot_l += l; tot_d += d
        sm.append([div, s, l, d])
sm.append(["Total", "", tot_l, tot_d])
for c in sm[sm.max_row]:
    c.font = Font(bold=True)
sm.column_dimensions["B"].width = 32

reg = wb.create_sheet("Estate Register")
reg.append(["Asset ID", "Division", "Site", "Make", "Model", "Year installed", "Status"])
for c in reg[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
for r in rows:
    reg.append(r)
for col, w in zip("ABCDEFG", [14, 10, 30, 10, 22, 14, 16]):
    reg.column_dimensions[col].width = w
reg.auto_filter.ref = f"A1:G{reg.max_row}"

lk = wb.create_sheet("lists")
lk.append(["Status"]); lk.append(["Live"]); lk.append(["Decommissioned"]); lk.append(["Spare"])
lk.sheet_state = "hidden"
wb.save(out(f"{NN}-reply.xlsx"))

assert len(live) == tot_l
print("live", tot_l, "decom", tot_d)
add_label({"path": f"{NN}-reply.xlsx", "request_file": f"{NN}-request.txt", "format": "xlsx",
           "body_type": "police", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": tot_l,
           "note": "answers only as a register; Dahua rows all Decommissioned; count is the Live total on Summary sheet, not the register row count"})
