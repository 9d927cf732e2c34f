from common import *
import random, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

req = """
Dear NHS Loch Ard and Trossachs,

I am writing under the Freedom of Information (Scotland) Act 2002.

1. Please provide a list of all the CCTV cameras operated by the Board, showing for each camera its location, manufacturer and model.
2. Are any of the Board's CCTV cameras made by Hikvision or Dahua?
3. When was each camera installed?

Many thanks
Fiona Drummond
"""
write_request("07", req)

random.seed(7)
wb = Workbook()
cv = wb.active; cv.title = "Cover"
cover = [
 "NHS Loch Ard and Trossachs – Freedom of Information (Scotland) Act 2002",
 "Our reference: LAT-FOI-2024-0952        Date: 19 August 2024",
 "",
 "Dear Ms Drummond",
 "",
 "Thank you for your request received on 22 July 2024. The Board's Estates department has provided an extract from its CCTV asset register, which is attached as the sheet 'Register' in this workbook and answers questions 1 to 3.",
 "",
 "Please note that camera locations have been given at building / area level only. The precise positioning and field of view of individual cameras is withheld under section 35(1)(a) of FOISA (prejudice to the prevention or detection of crime), as disclosure would identify areas of our sites which are not covered. We have considered the public interest and believe it lies in withholding this detail.",
 "",
 "The register extract includes items which are no longer in service; these are shown with their status for completeness.",
 "",
 "If you are unhappy with this response you may ask the Board to carry out a review by writing to the FOI Officer, NHS Loch Ard and Trossachs, Corporate Services, Carseview House, Callander Road, Stirling FK8 9QJ (lat.foi@nhs.scot) within 40 working days. If you remain dissatisfied after review you may apply to the Scottish Information Commissioner (www.foi.scot/appeal).",
 "",
 "Yours sincerely",
 "Kirsty Lennox, Corporate Records & FOI Officer",
]
cv.column_dimensions["A"].width = 120
for i, t in enumerate(cover, start=1):
    c = cv.cell(row=i, column=1, value=t); c.alignment = Alignment(wrap_text=True, vertical="top")
cv["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("Register")
hdr = ["Asset No", "Site", "Building / Area", "Device Type", "Manufacturer", "Model", "Installed", "Status"]
ws.append(hdr)
sites = {
 "Glenmorie Royal Infirmary": ["Main Entrance", "A&E Ambulance Bay", "A&E Waiting", "Outpatients Atrium", "Multi-storey Car Park L1",
                               "Multi-storey Car Park L2", "Pharmacy Store", "Medical Records", "Mortuary Approach", "Service Yard",
                               "Ward Block B Corridors", "Maternity Entrance", "Helipad Access"],
 "Strathellen Community Hospital": ["Main Entrance", "Car Park", "Day Hospital Corridor", "Kitchen Yard"],
 "Ardlui Health Centre": ["Reception", "Car Park", "Rear Door"],
 "Carseview House (HQ)": ["Reception", "Car Park"],
}
models = {"Axis": ["P3245-LVE", "M3106-L Mk II", "Q6135-LE", "P1455-LE"], "Hanwha": ["XNV-6080R", "QNO-7080R", "XND-8081VZ"]}
rows = []
n = 1
for site, areas in sites.items():
    for area in areas:
        k = 2 if site.startswith("Glenmorie") and area in ("Main Entrance", "A&E Waiting", "Multi-storey Car Park L1", "Multi-storey Car Park L2", "Service Yard") else 1
        for _ in range(k):
            mf = random.choice(["Axis", "Axis", "Hanwha"])
            typ = "Camera – PTZ" if models[mf][0] == "Q6135-LE" else random.choice(["Camera – Dome", "Camera – Bullet", "Camera – Dome"])
            mdl = random.choice(models[mf])
            if mdl in ("Q6135-LE", "XND-8081VZ"):
                typ = "Camera – PTZ" if mdl == "Q6135-LE" else "Camera – Dome"
            yr = random.choice([2019, 2020, 2021, 2022, 2024])
            inst = datetime.date(yr, random.randint(1, 6 if yr == 2024 else 12), random.randint(1, 28))
            rows.append([f"LAT-CCTV-{n:04d}", site, area, typ, mf, mdl, inst, "In service"]); n += 1
# Hikvision legacy devices, all taken out
hik = [("Strathellen Community Hospital", "Main Entrance", "DS-2CD2143G0-I", "Decommissioned 14/11/2023"),
       ("Strathellen Community Hospital", "Car Park", "DS-2CD2T46G2-4I", "Decommissioned 14/11/2023"),
       ("Strathellen Community Hospital", "Kitchen Yard", "DS-2CD2T46G2-4I", "Decommissioned 14/11/2023"),
       ("Ardlui Health Centre", "Reception", "DS-2CD2143G0-I", "Removed – replaced by LAT-CCTV-0023"),
       ("Ardlui Health Centre", "Car Park", "DS-2CD2T46G2-4I", "Removed – replaced"),
       ("Glenmorie Royal Infirmary", "Pharmacy Store", "DS-2CD2387G2-LU", "Decommissioned 02/02/2024")]
for site, area, mdl, status in hik:
    rows.append([f"LAT-CCTV-{n:04d}", site, area, "Camera – Turret" if "2387" in mdl or "2143" in mdl else "Camera – Bullet", "Hikvision", mdl,
                 datetime.date(2017, random.randint(1, 12), random.randint(1, 28)), status]); n += 1
nvr = [("Glenmorie Royal Infirmary", "Security Office", "Hanwha", "WRN-1632S"),
       ("Glenmorie Royal Infirmary", "Comms Room 2", "Hanwha", "WRN-1632S"),
       ("Strathellen Community Hospital", "Admin Office", "Hanwha", "XRN-820S"),
       ("Ardlui Health Centre", "Practice Manager Office", "Hanwha", "XRN-820S")]
for site, area, mf, mdl in nvr:
    rows.append([f"LAT-CCTV-{n:04d}", site, area, "NVR", mf, mdl, datetime.date(2023, 10, random.randint(1, 28)), "In service"]); n += 1
# sort by site then asset so decommissioned rows are interleaved
order = list(sites)
rows.sort(key=lambda r: (order.index(r[1]), r[2], r[0]))
for r in rows:
    ws.append(r)
for r in ws.iter_rows(min_row=2, min_col=7, max_col=7):
    for c in r:
        c.number_format = "dd/mm/yyyy"
widths = [16, 32, 28, 17, 14, 18, 12, 36]
for i, w in enumerate(widths):
    ws.column_dimensions["ABCDEFGH"[i]].width = w
tab = Table(displayName="CCTVRegister", ref=f"A1:H{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
ws.freeze_panes = "A2"
wb.save(p("07-reply.xlsx"))

active = sum(1 for r in rows if r[7] == "In service" and r[3].startswith("Camera"))
print("rows", len(rows), "active cameras", active)
add_label(path="07-reply.xlsx", request_file="07-request.txt", format="xlsx", body_type="nhs",
          law="foisa", hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s35"], camera_count=active,
          note=f"Asset register only: {len(rows)} rows include 6 decommissioned/removed Hikvision cameras and 4 NVRs; only the {active} in-service cameras count and no Hikvision remains; Q2 is never answered in words.")
