import random
from lib import *
from xlsxlib import *
NN = "13"
write_request(NN, """Dear North East Lincolnshire Council

(a) Please provide a copy of your CCTV asset register or equivalent, showing for each camera its location, make and model.
(b) How many cameras are there in total?
(c) Do you have any cameras from Hikvision or Dahua?
(d) Which of your cameras are capable of ANPR?

Regards
Stuart Penney
""")
random.seed(13)
sites = [("Grimsby Town Centre", ["Victoria St North", "Victoria St South", "Old Market Place", "Bethlehem St", "Riverhead Sq", "Freeman St market", "Top Town bus station"]),
         ("Cleethorpes", ["Sea Road", "Central Prom", "Alexandra Rd", "Pier gardens", "Market Place"]),
         ("Immingham", ["Kennedy Way", "Civic Centre car park"]),
         ("Car Parks", ["Garth Lane MSCP L1", "Garth Lane MSCP L3", "Abbey Walk", "Osborne St", "Sea View St (Cleethorpes)"]),
         ("Municipal Offices", ["Reception", "Council Chamber lobby", "Rear yard"])]
makes_live = [("HIKVISION", "DS-2DE4425IW-DE", "PTZ"), ("Hik Vision", "DS-2CD2T46G2-4I", "Bullet"),
              ("Hikvision", "DS-2CD2146G2-ISU", "Dome"), ("AXIS", "Q6075-E", "PTZ"), ("Axis", "P3265-LVE", "Dome")]
rows = [["Cam ID", "Area", "Location", "Type", "Make", "Model", "Status", "ANPR", "Last service"]]
n = 0; live = 0
for area, locs in sites:
    for loc in locs:
        k = 2 if area in ("Grimsby Town Centre", "Car Parks") and random.random() < 0.5 else 1
        for _ in range(k):
            n += 1
            cid = f"NEL-{n:03d}"
            if area == "Car Parks" and loc.startswith("Garth"):
                mk, md, ty = "Dahau", "DH-IPC-HFW2431S", "Bullet"
                st = "Decommissioned"
            elif area == "Municipal Offices":
                mk, md, ty = "Axis", "M3106-L Mk II", "Dome"
                st = "Live"
            else:
                mk, md, ty = random.choice(makes_live)
                st = "Live"
            anpr = "Y" if loc in ("Kennedy Way", "Osborne St") else "N"
            svc = "" if st == "Decommissioned" else f"{random.randint(1,28):02d}/{random.choice(['09','10','11'])}/2024"
            rows.append([cid, area, loc, ty, mk, md, st, anpr, svc])
            live += st == "Live"
# add replacement cameras at Garth Lane
for loc in ["Garth Lane MSCP L1", "Garth Lane MSCP L3"]:
    n += 1
    rows.append([f"NEL-{n:03d}", "Car Parks", loc, "Bullet", "Axis", "P1465-LE", "Live", "N", "14/11/2024"]); live += 1
wb = Workbook()
ws0 = wb.active
ws0.title = "Response"
ws0["A1"] = "FOI 9087 - CCTV"
ws0["A1"].font = BOLD
ws0["A3"] = "(a) See tab 'Register' (export from CCTV maintenance system, 02/12/2024)."
ws0["A4"] = "(b) See register - totals at bottom of sheet."
ws0["A5"] = "(c) See Make column."
ws0["A6"] = "(d) Column H. ANPR at these locations is used for the Council's traffic / car park management, not for enforcement."
ws0["A8"] = "Information Governance & Security, North East Lincolnshire Council, Municipal Offices, Town Hall Square, Grimsby DN31 1HU - foi@nelincs.gov.uk"
ws0["A9"] = "Internal review: write to the above within 40 working days. ICO: www.ico.org.uk"
ws0.column_dimensions["A"].width = 110
ws = wb.create_sheet("Register")
end = write_rows(ws, rows, widths=[9, 20, 26, 8, 11, 18, 15, 6, 12])
dec = (len(rows) - 1) - live
ws.cell(row=end + 1, column=6, value="Live").font = BOLD
ws.cell(row=end + 1, column=7, value=live)
ws.cell(row=end + 2, column=6, value="Decommissioned").font = BOLD
ws.cell(row=end + 2, column=7, value=dec)
ws.cell(row=end + 3, column=6, value="Total on register").font = BOLD
ws.cell(row=end + 3, column=7, value=live + dec)
ws.auto_filter.ref = f"A1:I{end-1}"
wb.save(path(f"{NN}-reply.xlsx"))
print(live, dec)
append_label(NN, "xlsx", "council", "foia", "yes", "no", "answered", [], live,
             "Per-camera register with misspelt makes where the only Dahua ('Dahau') units are decommissioned, and the footer gives live, decommissioned and total-on-register figures of which only the live one is the count.")
