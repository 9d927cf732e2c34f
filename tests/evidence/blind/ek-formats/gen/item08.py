from openpyxl import Workbook
from openpyxl.styles import Font
from common import *
NN = "08"
write_request(NN, """
Freedom of Information request to Oxley Vale District Council

1) How many CCTV cameras does the council operate at each of its sites?
2) What is the make of the cameras at each site?
3) Are any of them Hikvision or Dahua products (including products sold under their other brand names)?

Please provide the answer in a spreadsheet if possible.

Dr A. Whitcombe
""")
wb = Workbook()
c = wb.active; c.title = "Read me"
txt = ["OXLEY VALE DISTRICT COUNCIL", "FOI 2024/0619 – CCTV by site", "",
       "Q1 & Q2: one tab per council site is provided. Each tab lists the camera positions, make and quantity.",
       "Q3: The council has checked its purchasing records and has not bought any equipment directly from Hikvision or Dahua. Equipment at the depot and at Marlowe Community Centre was supplied and installed by local contractors.",
       "Sites not listed (e.g. public toilets, allotments) have no CCTV.",
       "", "Response issued 12/11/2024 by the Customer Services & Information Team.",
       "Internal review: foi@oxleyvale.gov.uk within 40 working days. ICO: www.ico.org.uk/make-a-complaint"]
for i, t in enumerate(txt, 1): c.cell(row=i, column=1, value=t)
c["A1"].font = Font(bold=True); c.column_dimensions["A"].width = 120
sites = {
 "Civic Centre": [("Main reception", "Dome", "Axis", 2), ("Staff car park", "Bullet", "Axis", 4),
                  ("Council chamber", "Dome", "Axis", 1), ("Service yard", "Bullet", "Hanwha", 2)],
 "Riverside Depot": [("Vehicle yard", "Bullet", "HiLook", 6), ("Fuel bay", "Turret", "HiLook", 2),
                     ("Workshop", "Turret", "HiLook", 2), ("Main gate", "ANPR-capable bullet", "Hanwha", 1)],
 "Marlowe Comm Centre": [("Main hall", "Indoor wifi", "Imou", 2), ("Entrance", "Indoor wifi", "Imou", 1),
                         ("Car park", "Outdoor bullet", "Imou", 2)],
 "Bellfield Cemetery": [("Main gates", "Bullet", "Vivotek", 2), ("Chapel entrance", "Dome", "Vivotek", 1)],
 "Station Rd Car Park": [("Level 0", "Dome", "Hanwha", 2), ("Level 1", "Dome", "Hanwha", 2),
                         ("Level 2", "Dome", "Hanwha", 2), ("Roof", "PTZ", "Hanwha", 2)],
}
subtotal_on = {"Riverside Depot", "Station Rd Car Park"}
grand = 0
for name, rows in sites.items():
    ws = wb.create_sheet(name)
    ws.append([name]); ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Location", "Camera type", "Make", "Qty"])
    for cell in ws[3]: cell.font = Font(bold=True)
    for r in rows: ws.append(list(r))
    s = sum(r[3] for r in rows); grand += s
    if name in subtotal_on:
        ws.append(["Site total", None, None, s]); ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    if name == "Marlowe Comm Centre":
        ws.append([]); ws.append(["Note: community-run building; cameras monitored by the centre manager, recordings held on a local SD card."])
    for col, w in zip("ABCD", [22, 22, 12, 6]): ws.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
print(grand)
label(NN, "xlsx", "xlsx", "council", "foia", "yes", "yes", "answered", [], grand,
      "One sheet per site, no grand total (two sheets carry site subtotals); Hikvision only as HiLook and Dahua only as Imou, while the cover says nothing was bought directly from either.")
note("08: hikvision/dahua 'yes' because the site tabs list HiLook (Hikvision) and Imou (Dahua) cameras in use; the cover sheet only says none were bought directly from the makers.")
