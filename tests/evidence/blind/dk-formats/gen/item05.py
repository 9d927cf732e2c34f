import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from common import out, add_label

rnd = random.Random(5)
sites = ["Civic Offices, Stryd Fawr", "Bus Station", "Market Hall", "Heol y Parc Car Park",
         "Depot, Ffordd Newydd", "Canolfan Hamdden / Leisure Centre"]
live_models = [("Axis", "P3265-LVE", "Dome"), ("Axis", "Q6135-LE", "PTZ"), ("Hanwha Vision", "XNV-8080R", "Dome"),
               ("Hanwha Vision", "XNO-6120R", "Bullet"), ("Bosch", "FLEXIDOME IP 5000i", "Dome"), ("Axis", "M2036-LE", "Bullet")]
rows = []
for i in range(34):
    mk, md, ty = rnd.choice(live_models)
    rows.append([rnd.choice(sites), mk, md, ty, rnd.choice([2017, 2018, 2019, 2020, 2021, 2022, 2023]), "Live", ""])
removed = [("Hikvision", "DS-2CD2143G0-I", "Dome"), ("Hikvision", "DS-2CD2143G0-I", "Dome"), ("Hikvision", "DS-2DE4425IW-DE", "PTZ"),
           ("Hikvision", "DS-2CD2T46G2-2I", "Bullet"), ("Bosch", "DINION IP 4000", "Bullet")]
for mk, md, ty in removed:
    rows.append([rnd.choice(sites[:4]), mk, md, ty, rnd.choice([2015, 2016, 2017]), "Removed", "Decommissioned " + rnd.choice(["Mar 2023", "Jun 2023", "Nov 2023"])])
for mk, md, ty in [("Axis", "P3265-LVE", "Dome"), ("Axis", "M2036-LE", "Bullet"), ("Hanwha Vision", "XNV-8080R", "Dome")]:
    rows.append(["Depot, Ffordd Newydd (stores)", mk, md, ty, 2023, "Spare", "Boxed"])
rnd.shuffle(rows)

wb = Workbook(); ws = wb.active; ws.title = "CCTV Asset Register"
ws["A1"] = "Glanrhyd County Borough Council – CCTV Asset Register"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "FOI ref: FOI/2024/0388   Extract as at 31/01/2024"
hdr = ["Asset ID", "Site", "Manufacturer", "Model", "Camera type", "Year installed", "Status", "Comments"]
ws.append([]); ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
for n, r in enumerate(rows, 1):
    ws.append(["GCBC-CAM-%03d" % (100 + n * 3)] + r)
ws.auto_filter.ref = "A4:H%d" % ws.max_row
for col, w in zip("ABCDEFGH", [15, 34, 16, 22, 13, 14, 10, 24]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A5"
wb.save(out("05-reply.xlsx"))

live = sum(1 for r in rows if r[5] == "Live")
assert live == 34
add_label(path="05-reply.xlsx", request_file="05-request.txt", format="xlsx", body_type="welsh_council", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=34,
          note="Bare asset register, one row per camera: 34 Live rows plus Removed rows (all the Hikvision) and boxed Spare rows; no total and no prose.")
