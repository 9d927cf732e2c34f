from common import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
NN = "11"
write_request(NN, """
Dear FOI Officer,

1. Please provide a breakdown, by site (ambulance stations, hubs, HQ, EOC), of the CCTV cameras in use by the Trust, split into internal and external.
2. Please give the manufacturers and how many of each.
3. Are any of the Trust's CCTV cameras made by Hikvision or Dahua?

Kind regards,
Fiona Latchford
""")
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "Q1 Sites"
b = Side(style="thin"); bd = Border(left=b, right=b, top=b, bottom=b)
ws.merge_cells("A1:A2"); ws["A1"] = "Site"
ws.merge_cells("B1:B2"); ws["B1"] = "Site type"
ws.merge_cells("C1:E1"); ws["C1"] = "CCTV cameras in use"
ws["C2"], ws["D2"], ws["E2"] = "Internal", "External", "Total"
sites = [("Trust HQ, Bristol", "HQ", 14, 12), ("EOC Bristol", "EOC", 9, 4), ("EOC Exeter", "EOC", 7, 5),
         ("Bristol North hub", "Hub", 6, 10), ("Taunton hub", "Hub", 5, 9), ("Plymouth hub", "Hub", 6, 11),
         ("Gloucester station", "Station", 2, 6), ("Swindon station", "Station", 2, 5), ("Yeovil station", "Station", 1, 4),
         ("Truro station", "Station", 2, 4), ("Barnstaple station", "Station", 0, 3), ("Bournemouth hub", "Hub", 7, 12),
         ("Dorchester station", "Station", 1, 3), ("Make Ready Centre, Salisbury", "Make Ready", 4, 17)]
for s in sites:
    ws.append([s[0], s[1], s[2], s[3], s[2] + s[3]])
r = ws.max_row + 1
ws.append(["TOTAL", "", f"=SUM(C3:C{r-1})", f"=SUM(D3:D{r-1})", f"=SUM(E3:E{r-1})"])
tot_i = sum(s[2] for s in sites); tot_e = sum(s[3] for s in sites)
for row in ws.iter_rows(min_row=1, max_row=r, max_col=5):
    for c in row:
        c.border = bd
        if c.row <= 2 or c.row == r: c.font = Font(bold=True)
        if c.row <= 2: c.alignment = Alignment(horizontal="center", vertical="center")
ws.column_dimensions["A"].width = 32; ws.column_dimensions["B"].width = 12
m = wb.create_sheet("Q2 Manufacturers")
m.append(["Manufacturer", "Cameras"])
mk = [("Axis", 87), ("Hanwha Vision", 63), ("HiLook", 21)]
for x in mk: m.append(list(x))
m.append(["Total", sum(x[1] for x in mk)])
for c in m[1]: c.font = Font(bold=True)
m.column_dimensions["A"].width = 20
q3 = wb.create_sheet("Q3")
q3.append(["Q3 - Please refer to the manufacturer breakdown at Q2. The Trust's security team is reviewing the HiLook units as part of the 2025/26 estates programme."])
q3.column_dimensions["A"].width = 140
wb.save(path(f"{NN}-reply.xlsx"))
print(tot_i + tot_e, sum(x[1] for x in mk))
add_label(NN, "xlsx", "nhs", "foia", "yes", "no", "answered", [], tot_i + tot_e,
          "total row is a formula with no cached value; Hikvision only as HiLook and joint question answered by pointing to Q2 list")
