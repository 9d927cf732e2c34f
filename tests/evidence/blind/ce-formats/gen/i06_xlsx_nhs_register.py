from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

NN = "06"
write_request(NN, """
NHS Borders
Freedom of Information (Scotland) Act 2002 request

Please supply your CCTV asset register or equivalent, showing for each camera its site, manufacturer and model.
Please also confirm whether NHS Borders uses any cameras manufactured by Hikvision or by Dahua.

Regards,
Morag Elliot
""")

rnd = random.Random(6)
sites = ["Borders General Hospital", "Hay Lodge Hospital, Peebles", "Kelso Community Hospital",
         "Hawick Community Hospital", "Newstead HQ", "Huntlyburn House"]
areas = ["Main entrance", "A&E reception", "Ambulance bay", "Car park P1", "Car park P2", "Pharmacy store",
         "Ward corridor", "Loading bay", "Boiler house", "Rear door", "Reception", "Bike shelter", "Stairwell"]
rows = []
def add(site, make, model, status, n):
    for _ in range(n):
        rows.append([site, rnd.choice(areas), make, model, status])
add("Borders General Hospital", "Axis", "P3245-LVE", "Live", 22)
add("Borders General Hospital", "Axis", "Q6135-LE PTZ", "Live", 3)
add("Borders General Hospital", "Hikvision", "DS-2CD2143G2-I", "Live - replacement planned 2025/26", 9)
add("Borders General Hospital", "Dahua", "IPC-HDW2431T", "Removed Jan 2023", 6)
add("Hay Lodge Hospital, Peebles", "Hikvision", "DS-2CD1043G0-I", "Live", 4)
add("Kelso Community Hospital", "Dahua", "HAC-HFW1200", "Removed Mar 2023", 3)
add("Kelso Community Hospital", "Axis", "M3085-V", "Live", 4)
add("Hawick Community Hospital", "Axis", "M3085-V", "Live", 5)
add("Newstead HQ", "Axis", "P3245-LVE", "Live", 6)
add("Newstead HQ", "Axis", "P3245-LVE", "Planned (Q3 2024)", 4)
add("Huntlyburn House", "Hanwha", "XNV-6081", "Live", 3)
add("Huntlyburn House", "Hanwha", "XNV-6081", "Live (fault logged 02/24)", 1)
rnd.shuffle(rows)
rows.sort(key=lambda r: sites.index(r[0]))

wb = Workbook()
ws = wb.active; ws.title = "CCTV register"
ws.append(["NHS Borders - Estates & Facilities - CCTV asset register (extract) - FOI ref 2024-000318"])
ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Asset ID", "Site", "Location", "Manufacturer", "Model", "Status"])
for c in ws[3]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
for i, r in enumerate(rows, 1):
    ws.append([f"CCTV-{i:04d}"] + r)
for col, w in zip("ABCDEF", [11, 30, 18, 14, 18, 34]):
    ws.column_dimensions[col].width = w
n = wb.create_sheet("Response")
txt = [
    "Response to request for information - reference 2024-000318",
    "",
    "1. The extract from the Estates CCTV register is provided on the tab 'CCTV register'.",
    "   Rows marked as removed are kept on the register for audit purposes.",
    "2. Please refer to the Manufacturer and Status columns of the register.",
    "",
    "Your right to seek a review: if you are dissatisfied with this response you can ask NHS Borders to review it",
    "within 40 working days. If you are still dissatisfied after the review you can apply to the Scottish",
    "Information Commissioner for a decision. Website: www.itspublicknowledge.info",
    "",
    "Freedom of Information Office, NHS Borders, Education Centre, Borders General Hospital, Melrose TD6 9BS",
]
for line in txt:
    n.append([line])
n.column_dimensions["A"].width = 110
wb.save(out(f"{NN}-reply.xlsx"))
live = sum(1 for r in rows if r[4].startswith("Live"))
label(NN, "xlsx", "nhs", "foisa", "yes", "no", "answered", [], live,
      "one row per camera: count only Live rows (one with a fault logged), excluding removed and planned; Dahua rows all removed; Hikvision live but due for replacement")
print(len(rows), live)
