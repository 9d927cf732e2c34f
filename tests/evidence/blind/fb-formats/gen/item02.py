from common import *
import random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape

rnd = random.Random(2)
resp = [
    ["FOI ref", "WVH/FOI/24/1183", ""],
    ["Date", "04/11/2024", ""],
    ["", "", ""],
    ["No.", "Question", "Response"],
    ["Q1", "The total number of CCTV cameras installed across Trust sites.", "See tab 'Asset register'"],
    ["Q2", "A copy of your CCTV asset register or equivalent list showing manufacturer and model for each device.",
     "See tab 'Asset register'. Location descriptions have been shortened."],
    ["Q3", "Does the Trust use any equipment made by Hikvision or Dahua?",
     "Recording equipment only - see register. No Dahua"],
    ["Q4", "Do any cameras record audio?", "No"],
    ["Q5", "Does the Trust use facial recognition with its CCTV?", "No"],
    ["", "", ""],
    ["", "If you are unhappy with this response you may request an internal review by writing to foi.office@wessexvale.nhs.uk within 40 working days. You may also contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).", ""],
]
sites = {
    "St Aldhelm's Hospital": ["Main entrance canopy looking towards drop-off bays and taxi rank",
        "ED ambulance bay", "ED waiting area (adult)", "ED waiting area (paeds)", "Pharmacy dispensary counter",
        "Level 2 link corridor to Maternity block", "Maternity entrance door entry", "Car park A barrier",
        "Car park A pay machines", "Car park B north fence line", "Mortuary external door",
        "Medical records store", "Loading bay / FM yard", "Staff multi-storey level 1", "Staff multi-storey level 2",
        "Staff multi-storey level 3", "Cycle shelter (Estates)", "Oncology day unit reception",
        "Outpatients hall 1", "Outpatients hall 2", "Restaurant & WRVS shop", "Boiler house perimeter"],
    "Wyvern Community Hospital": ["Main reception", "Front car park", "Rear car park / staff entrance",
        "Minor injuries unit entrance", "Ward corridor (Clover ward)", "Ward corridor (Heather ward)",
        "Pharmacy store", "Generator compound"],
    "Harbour Road Clinic": ["Reception", "Entrance lobby", "Car park", "Rear fire exit"],
}
makes = [("Axis", ["P3245-LVE", "M3106-L Mk II", "Q6075-E", "P1455-LE"]),
         ("Avigilon", ["H5A-DO-IR", "H5A-BO-IR"]),
         ("Vivotek", ["FD9380-H", "IB9380-H"])]
rows = [["Asset No", "Site", "Location", "Manufacturer", "Model", "Device type", "Installed", "Status"]]
n = 1000
live_cams = 0
for site, locs in sites.items():
    code = "".join(w[0] for w in site.split()[:2]).upper()
    if site == "Harbour Road Clinic":
        mk = [("Vivotek", ["FD9380-H"])]
    else:
        mk = makes
    for loc in locs:
        n += rnd.randint(1, 4)
        m, models = rnd.choice(mk)
        status = "Live"
        yr = rnd.choice([2017, 2018, 2019, 2021, 2022, 2023])
        rows.append([f"CCTV-{code}-{n}", site, loc, m, rnd.choice(models), "Camera", f"{rnd.randint(1,28):02d}/{rnd.randint(1,12):02d}/{yr}", status])
        live_cams += 1
# decommissioned and recorders
rows.insert(9, ["CCTV-SA-0871", "St Aldhelm's Hospital", "ED ambulance bay (old)", "Axis", "P3224-LVE", "Camera", "14/03/2014", "Decommissioned 2023"])
rows.insert(27, ["CCTV-SA-0644", "St Aldhelm's Hospital", "Outpatients hall 2 (old)", "Axis", "M3004-V", "Camera", "02/06/2013", "Decommissioned 2022"])
rows.append(["CCTV-SA-2001", "St Aldhelm's Hospital", "Security control room rack 1", "Hikvision", "DS-9632NI-I8", "NVR", "11/02/2021", "Live"])
rows.append(["CCTV-SA-2002", "St Aldhelm's Hospital", "Security control room rack 1", "Hikvision", "DS-9632NI-I8", "NVR", "11/02/2021", "Live"])
rows.append(["CCTV-WC-2003", "Wyvern Community Hospital", "Comms room G.14", "Hikvision", "DS-7732NI-K4", "NVR", "19/09/2022", "Live"])
rows.append(["CCTV-HR-2004", "Harbour Road Clinic", "Reception back office", "Vivotek", "ND9541P", "NVR", "05/05/2019", "Live"])
rows.append(["CCTV-SA-2005", "St Aldhelm's Hospital", "Security control room", "Axis", "T8508 PoE switch", "Network", "11/02/2021", "Live"])
print("live cameras", live_cams, "rows", len(rows))
c = canvas.Canvas(out("02-reply.pdf"), pagesize=landscape(A4))
c.setTitle("FOI 1183 CCTV response.xlsx"); c.setAuthor("Security Services")
c.setCreator("Microsoft® Excel® for Microsoft 365")
sheet_print(c, [
    dict(name="FOI Response", widths=[50, 300, 300], rows=resp, header_rows=0, wrap_cols={1, 2},
         bold_rows={3}),
    dict(name="Asset register", widths=[78, 120, 170, 70, 90, 62, 58, 110], rows=rows, header_rows=1),
], landscape(A4), size=8, row_h=14, file_label=None)
c.save()
import json; json.dump(live_cams, open("/tmp/fbf02.json", "w"))
label("02", "pdf", "nhs", "foia", "yes", "no", "answered", [], live_cams,
      "Spreadsheet printed to PDF: count only by counting live 'Camera' rows across pages (decommissioned cameras and NVRs listed too, no total); Hikvision only as NVRs ('Recording equipment only'), 'No Dahua' terse.",
      "NHS trust workbook printed to PDF (response tab + multi-page asset register, header not repeated, clipped cells); must count live camera rows only, excluding 2 decommissioned cameras and NVRs/switch; Hikvision NVRs = yes.")
