from common import *
from xl import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "04"
write_request(NN, """
FOI request - CCTV equipment

1. How many CCTV cameras does North Tyneside Council operate?
2. Please list the make and model of all CCTV cameras and recording equipment (NVRs/DVRs).
3. Does the council use any equipment made by Hikvision or Dahua?

A spreadsheet would be ideal if you hold it in that form.

Regards,
Callum Fenwick
""")

wb = Workbook()
ws = wb.active; ws.title = "Response"
notes(ws, [
    "NORTH TYNESIDE COUNCIL – FREEDOM OF INFORMATION RESPONSE",
    "Reference: FOI-2024-5521      Date of response: 08/10/2024",
    "",
    "Dear Mr Fenwick, thank you for your request received 11/09/2024. The information you requested is provided in this workbook, which is an extract from the CCTV asset register maintained by the Security & CCTV Control Room.",
    "",
    "Q1 How many CCTV cameras does North Tyneside Council operate?",
    "Please see the 'Summary' sheet.",
    "",
    "Q2 Please list the make and model of all CCTV cameras and recording equipment (NVRs/DVRs).",
    "Please see the sheets 'Town Centres', 'Car Parks' and 'Depots & Offices'.",
    "",
    "Q3 Does the council use any equipment made by Hikvision or Dahua?",
    "Please refer to the make and model sheets.",
    "",
    "If you are not satisfied with this response you may request an internal review by writing to the Information Governance Team, Quadrant, The Silverlink North, Cobalt Business Park, NE27 0BY within 40 working days. If you remain dissatisfied you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "",
    "The information supplied is subject to copyright and may be re-used under the Open Government Licence.",
    "",
    "Information Governance Team",
])

s = wb.create_sheet("Summary")
title(s, "CCTV equipment by location (as at 30/09/2024)", 5)
s.merge_cells("B2:C2"); s["B2"] = "Cameras"; s["B2"].font = Font(bold=True); s["B2"].alignment = Alignment(horizontal="center")
s.merge_cells("D2:E2"); s["D2"] = "Other"; s["D2"].font = Font(bold=True); s["D2"].alignment = Alignment(horizontal="center")
header(s, 3, ["Location", "Fixed", "PTZ", "Recorders (NVR/DVR)", "Total devices"])
data = [("Town Centres (Wallsend, North Shields, Whitley Bay)", 38, 12, 3),
        ("Car Parks", 27, 2, 4),
        ("Depots & Offices", 19, 0, 2)]
r = 4
for loc, f, p, rec in data:
    rowvals(s, r, [loc, f, p, rec, f + p + rec]); r += 1
r += 1  # spacer
tt = [sum(x[i] for x in data) for i in (1, 2, 3)]
rowvals(s, r, ["TOTAL", tt[0], tt[1], tt[2], sum(tt)], bold=True, fill=TOT)
widths(s, [48, 10, 10, 20, 14])

def detail(name, rows):
    d = wb.create_sheet(name)
    title(d, f"{name} – make and model", 5)
    header(d, 2, ["Site / position", "Device", "Manufacturer", "Model", "Qty"])
    rr = 3
    for i, row in enumerate(rows):
        if row is None:
            rr += 1; continue
        rowvals(d, rr, list(row)); rr += 1
    rr += 1
    rowvals(d, rr, ["Total", "", "", "", sum(x[4] for x in rows if x)], bold=True, fill=TOT)
    widths(d, [34, 14, 18, 22, 7])

detail("Town Centres", [
    ("Wallsend – Forum", "Fixed camera", "Axis", "P1455-LE", 14),
    ("North Shields – Bedford St", "Fixed camera", "Axis", "P1455-LE", 13),
    ("Whitley Bay – Promenade", "Fixed camera", "Axis", "M2036-LE", 11),
    None,
    ("All town centres", "PTZ camera", "Bosch", "AUTODOME IP 5100i", 12),
    None,
    ("Control room", "NVR", "Bosch", "DIVAR IP all-in-one 7000", 3),
])
detail("Car Parks", [
    ("Multi-storey, Northumberland Sq", "Fixed camera", "Hanwha", "XNO-6080R", 15),
    ("Surface car parks (various)", "Fixed camera", "Hanwha", "XNV-6022R", 12),
    ("Multi-storey, Northumberland Sq", "PTZ camera", "Axis", "Q6075-E", 2),
    None,
    ("Car park comms cabinets", "NVR", "Dahua", "DHI-NVR5432-4KS2", 4),
])
detail("Depots & Offices", [
    ("Killingworth Depot", "Fixed camera", "HiLook", "IPC-B140H", 11),
    ("Quadrant (HQ)", "Fixed camera", "HiLook", "IPC-T240H", 8),
    None,
    ("Killingworth Depot / Quadrant", "NVR", "HiLook", "NVR-108MH-C", 2),
])
n = wb.create_sheet("Notes")
notes(n, [
    "NOTES",
    "1. Figures are taken from the asset register and exclude body-worn cameras used by Civil Enforcement Officers.",
    "2. 'Total devices' on the Summary sheet counts every recorded asset, i.e. cameras and recorders.",
    "3. Cameras at schools and leisure centres operated by third parties are not included.",
    "4. PTZ = pan, tilt, zoom.",
])
wb.save(OUT / f"{NN}-reply.xlsx")
add_label(NN, "xlsx", "council", "foia", "yes", "yes", "answered", [], 98,
          "Totals row 'Total devices' (107) includes 9 recorders; cameras are 84 fixed + 14 PTZ = 98; Dahua only as NVRs, Hikvision only as HiLook; Q3 answer just points at the sheets.")
