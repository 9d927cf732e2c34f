from common import *
import random
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

random.seed(3)
REQ = """Dear Harrowfield Borough Council,

I am writing to make a request under the Freedom of Information Act 2000.

(a) Please provide an asset list of the CCTV cameras operated by the Council, giving for each camera its site, make and model.
(b) How many CCTV cameras does the Council currently operate in total?
(c) Are any of the cameras supplied by Hikvision or Dahua, or by companies selling their products under other brand names?
(d) What is the annual cost of maintaining the CCTV system, and who holds the maintenance contract?

Yours faithfully,

Bethany Marsh"""
write_request("03", REQ)

sites = [("Civic Centre", ["Reception", "Main entrance", "Council chamber corridor", "Rear car park", "Post room", "Loading bay"]),
         ("Harrowfield Market Hall", ["Stall aisle A", "Stall aisle B", "North doors", "South doors", "Service yard"]),
         ("Brook Street MSCP", ["Level 0 entry", "Level 0 pay station", "Level 1 ramp", "Level 2 ramp", "Level 3 roof", "Stair core", "Lift lobby L0"]),
         ("Eastfield Depot", ["Gatehouse", "Vehicle wash", "Fuel bunker", "Salt barn", "Perimeter N", "Perimeter S"]),
         ("Kingsmead Leisure Centre", ["Foyer", "Pool viewing", "Car park"]),
         ("Town Centre (public space)", ["High St / Church St", "Bus station stand 4", "Market Place", "Abbey Walk", "Station Rd"])]
makes = {"Civic Centre": ("Axis", ["P3245-V", "P3245-LVE", "M3106-L Mk II"]),
         "Harrowfield Market Hall": ("HiWatch", ["HWI-T241H", "HWI-D140H"]),
         "Brook Street MSCP": ("HiWatch", ["HWI-B140H", "HWI-T221H", "HWI-B140H"]),
         "Eastfield Depot": ("Bosch", ["FLEXIDOME IP 5000i", "DINION IP 5000 HD"]),
         "Kingsmead Leisure Centre": ("AXIS", ["P3265-LVE"]),
         "Town Centre (public space)": ("Bosch", ["AUTODOME IP 5000i", "MIC IP starlight 7000i"])}
wb = Workbook(); ws = wb.active; ws.title = "CCTV Register"
hdr = ["Asset ID", "Site", "Camera location", "Int/Ext", "Make", "Model", "Installed", "Status", "Comments"]
ws.append(["HBC CCTV Asset Register - extract for FOI 24/1193 - as at 05/06/2024"])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(hdr)
for c in ws[3]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
n = 0; live = 0
for site, locs in sites:
    mk, models = makes[site]
    for i, loc in enumerate(locs):
        n += 1
        model = models[i % len(models)]
        ext = "Ext" if any(k in loc for k in ["car park", "Car park", "Perimeter", "yard", "Level", "St", "Rd", "Walk", "Place", "Gatehouse", "wash", "bunker", "barn", "doors", "entrance", "bay", "stand"]) else "Int"
        yr = random.choice([2016, 2017, 2018, 2019, 2021, 2022])
        status, comm = "Live", ""
        if site == "Brook Street MSCP" and loc in ("Level 3 roof", "Lift lobby L0"):
            status, comm = "Removed", "Removed during roof deck works 2023 - not replaced"
        if site == "Town Centre (public space)" and loc == "Station Rd":
            status, comm = "Removed", "Column knocked down RTC Nov-23"
        if site == "Town Centre (public space)" and loc.startswith("Market"):
            comm = "PTZ"
        if status == "Live":
            live += 1
        ws.append([f"HBC-CC-{n:03d}", site, loc, ext, mk, model, f"{random.randint(1,28):02d}/{random.randint(1,12):02d}/{yr}", status, comm])
widths = [12, 26, 26, 8, 10, 24, 11, 9, 44]
for i, w in enumerate(widths):
    ws.column_dimensions["ABCDEFGHI"[i]].width = w
ws.freeze_panes = "A4"

n2 = wb.create_sheet("Notes")
notes = ["FOI 24/1193 - response notes",
         "",
         "(a) See tab 'CCTV Register'. Rows marked Removed are retained on the register for audit purposes.",
         "(b) As per register.",
         "(c) Makes are as shown in column E.",
         "(d) Maintenance is provided by Chroma Vision Security Ltd under a 3 year contract (2022-2025). Annual cost £14,250 exc. VAT. Reactive call-outs are charged separately and are not included.",
         "",
         "If you are unhappy with the way your request has been handled you can ask for a review by writing to foi@harrowfield.gov.uk within 40 working days.",
         "You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (ico.org.uk)."]
for t in notes:
    n2.append([t])
n2["A1"].font = Font(bold=True)
n2.column_dimensions["A"].width = 120
wb.save(p("03-reply.xlsx"))
print("rows", n, "live", live)
add_label("03", "xlsx", "council", "foia", "yes", "no", "answered", [], live,
          "Makers appear only in the Make column of a per-camera register (Hikvision only as its HiWatch brand), there is no total, and removed cameras still listed must be left out of the count.")
