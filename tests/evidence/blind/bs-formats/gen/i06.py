from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
nn = "06"
request(nn, """
Hello,

Under FOI could Lancashire Fire and Rescue Service please provide:

1. The number of CCTV cameras currently in operation at fire stations and other LFRS premises.
2. The make and model of each camera.
3. Whether LFRS has any Hikvision cameras.
4. Whether LFRS has any Dahua cameras.

If it is easier, an extract from your asset register would be fine.

Thanks
Gareth Lomax
""")
rnd = random.Random(6)
stations = ["Preston", "Blackburn", "Burnley", "Lancaster", "Chorley", "Fleetwood", "Skelmersdale", "SHQ Fulwood", "Training Centre Euxton"]
models = {"Dahua": ["IPC-HFW2431S-S-S2", "IPC-HDW2431T-AS", "SD49225XA-HNR"],
          "Axis": ["M3106-L Mk II", "P3245-LVE"], "Hikvision": ["DS-2CD2143G0-I", "DS-2CE16D0T-IRF"],
          "Bosch": ["FLEXIDOME IP 3000i"]}
rows = []
def add(n, make, status, stns=None):
    for _ in range(n):
        s = rnd.choice(stns or stations)
        rows.append([None, s, make, rnd.choice(models[make]), rnd.choice(["Internal", "External", "Appliance bay", "Yard", "Entrance"]), status])
add(34, "Dahua", "Live")
add(11, "Bosch", "Live")
add(6, "Dahua", "Spare")
add(9, "Hikvision", "Removed", ["Preston", "Blackburn", "Burnley"])
add(5, "Axis", "Planned", ["Training Centre Euxton"])
add(2, "Bosch", "Removed")
rnd.shuffle(rows)
rows.sort(key=lambda r: r[1])
for i, r in enumerate(rows, 1): r[0] = f"LFRS-CCTV-{i:04d}"
wb = Workbook(); ws = wb.active; ws.title = "CCTV asset register"
hdr = ["Asset ID", "Site", "Manufacturer", "Model", "Position", "Status", "Install / change date"]
ws.append(hdr)
for c in ws[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="C00000")
for r in rows:
    y = {"Live": rnd.choice([2019, 2020, 2021, 2022]), "Spare": 2022, "Removed": 2023, "Planned": 2025}[r[5]]
    ws.append(r + [f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{y}"])
for col, w in zip("ABCDEFG", (16, 24, 14, 22, 14, 10, 18)): ws.column_dimensions[col].width = w
ws.auto_filter.ref = f"A1:G{len(rows)+1}"
n = wb.create_sheet("Notes")
for l in ["Lancashire Fire and Rescue Service – FOI/LFRS/2024/118",
          "Extract from Estates CCTV asset register, run 04/06/2024.",
          "Status key: Live = installed and recording; Spare = held in stores; Removed = decommissioned; Planned = approved, not yet installed.",
          "Questions 3 and 4 can be answered from the Manufacturer and Status columns.",
          "Internal review / ICO rights are set out in the covering e-mail."]:
    n.append([l])
n.column_dimensions["A"].width = 120
wb.save(outpath(nn, "xlsx"))
live = sum(1 for r in rows if r[5] == "Live")
label(nn, "xlsx", "fire", "foia", "no", "yes", "answered", [], live,
      "asset register, one camera per row: only 'Live' rows count; all Hikvision rows are 'Removed' and Dahua rows are Live and Spare")
print(live)
