import random
from helpers import *

write_text("23-request.txt", """
Dear Aldenham Borough Council,

1) Please provide a list of the CCTV cameras in the council's parks, open spaces and cemeteries, with the location and make of each.
2) Are any of these cameras made by Hikvision or Dahua?
3) Are there any plans to replace or add cameras?

Thank you,
Rhys Okonjo-Bell
""")

rnd = random.Random(23)
sites = {
    "Victoria Park": ["Main gates", "Bandstand", "Play area N", "Play area S", "Tennis courts", "Cafe", "Lake path", "Car park"],
    "Jubilee Park": ["Skate park", "Pavilion", "Car park", "Splash pad"],
    "Aldenham Rec": ["Entrance", "MUGA", "Changing rooms ext"],
    "Northfield Cemetery": ["Gate lodge", "Chapel", "Memorial garden", "Rear gate"],
    "St Botolph's Gardens": ["Fountain", "Toilets ext"],
    "Riverside Walk": ["Footbridge", "Boat slipway", "Weir", "Kiosk"],
    "Coldharbour Allotments": ["Gate", "Store"],
    "Manor Farm Country Park": ["Visitor centre", "Car park 1", "Car park 2", "Play trail", "Barn cafe", "Events field"],
    "Southgate Cemetery": ["Main gate", "Crematorium forecourt", "Office"],
    "Kingsway Open Space": ["Underpass N", "Underpass S", "Path junction"],
}
make_for = {"Victoria Park": "Axis", "Jubilee Park": "Dahau", "Aldenham Rec": "Dahau",
            "Northfield Cemetery": "Hanwha", "St Botolph's Gardens": "Axis", "Riverside Walk": "Hikvision",
            "Coldharbour Allotments": "Dahau", "Manor Farm Country Park": "Axis", "Southgate Cemetery": "Hanwha",
            "Kingsway Open Space": "Axis"}
model_for = {"Axis": ["P3265-LVE", "Q6075-E"], "Dahau": ["IPC-HFW2441S-S", "SD49425XB-HNR"],
             "Hanwha": ["XNV-6081Z"], "Hikvision": ["DS-2DE4A425IWG-E", "DS-2CD2T47G2-L"]}
rows = [["Aldenham Borough Council - EIR 2024/1187 - Parks, open spaces and cemeteries CCTV", None, None, None, None, None],
        [None] * 6,
        ["Ref", "Site", "Location", "Make", "Model", "Status"]]
n = 0
for s, locs in sites.items():
    for l in locs:
        n += 1
        mk = make_for[s]
        st = "Operational - scheduled for replacement by end Q1 2026" if mk == "Hikvision" else "Operational"
        rows.append([f"PK{n:03d}", s, l, mk, rnd.choice(model_for[mk]), st])
# planned
rows.append(["-", "Jubilee Park", "Skate park (2nd camera)", "TBC", None, "Planned - install 2025/26"])
rows.append(["-", "Victoria Park", "Lake path east", "TBC", None, "Planned - install 2025/26"])
rows.append([None] * 6)
rows.append(["Total operational cameras", None, None, n, None, None])
rows.append([None] * 6)
rows.append(["Q2 - see Make column above.", None, None, None, None, None])
rows.append(["Q3 - Riverside Walk cameras to be replaced with Axis units by end Q1 2026. Two additional cameras planned (see above).", None, None, None, None, None])
rows.append(["Handled under the Environmental Information Regulations 2004. If you are dissatisfied you may request an internal review (reg. 11) by emailing eir@aldenham.gov.uk within 40 working days.", None, None, None, None, None])
total_idx = len(rows) - 5
pdf_sheet(out("23-reply.pdf"), rows, [20, 52, 50, 26, 42, 80], header="EIR 2024-1187 Parks CCTV.xlsx",
          footer="Page {page} of {pages}", bold_rows=(0, 2, total_idx), rows_per_page=32)
print(n)
label(23, "pdf", "council", "eir", "yes", "yes", "answered", [], n,
      f"Spreadsheet printed to PDF over two pages (header row not repeated); makes only in a column, Dahua misspelt 'Dahau'; Hikvision units due for replacement by 2026 still in use; planned 'TBC' rows excluded from the {n} total.")
note(23, f"PDF printed from spreadsheet (2pp), council EIR parks CCTV; 'Dahau' misspelling; Hikvision at Riverside Walk to be replaced by Q1 2026 (still yes); 2 planned rows; 'Total operational cameras' {n}. Hard.")
