from common import *
from xl import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "06"
write_request(NN, """
Dear Hereford & Worcester Fire and Rescue Service,

Please could you provide the following information:

1) The number of CCTV cameras at each of your fire stations and at your headquarters
2) The make and model of these cameras
3) Whether any are made by Hikvision
4) Whether any are made by Dahua
5) How much has been spent on CCTV installation in each of the last three financial years

Yours faithfully,
Martin Osei
""")

wb = Workbook()
ws = wb.active; ws.title = "Cover"
notes(ws, [
    "HEREFORD & WORCESTER FIRE AND RESCUE SERVICE",
    "Freedom of Information – Response",
    "Request number: HWFRS/FOI/2025/017",
    "Date received: 06/01/2025     Date responded: 29/01/2025",
    "",
    "1) The number of CCTV cameras at each of your fire stations and at your headquarters",
    "Please see tab 'Stations'.",
    "2) The make and model of these cameras",
    "Please see tab 'Models'.",
    "3) Whether any are made by Hikvision",
    "No",
    "4) Whether any are made by Dahua",
    "Please see tab 'Models'.",
    "5) How much has been spent on CCTV installation in each of the last three financial years",
    "Please see tab 'Spend'.",
    "",
    "If you are dissatisfied with the handling of your request you may ask for an internal review. Please contact foi@hwfire.org.uk. If you are still not satisfied you may contact the Information Commissioner.",
], col_width=95)

s = wb.create_sheet("Stations")
title(s, "CCTV cameras by site", 3)
header(s, 2, ["Site", "Crewing", "Cameras"])
data = [("Headquarters, Hindlip Park", "n/a", 14), ("Worcester", "Wholetime", 12), ("Hereford", "Wholetime", 10),
        ("Redditch", "Wholetime", 8), ("Kidderminster", "Wholetime", 8), ("Bromsgrove", "Day crewed", 6),
        ("Evesham", "Day crewed", 6), ("Malvern", "Day crewed", 5), ("Leominster", "On-call", 2),
        ("Ledbury", "On-call", 2), ("Tenbury Wells", "On-call", 2)]
r = 3
for row in data:
    rowvals(s, r, list(row)); r += 1
rowvals(s, r, ["Total", "", sum(x[2] for x in data)], bold=True, fill=TOT)
widths(s, [30, 14, 10])

m = wb.create_sheet("Models")
title(m, "Camera models in use", 4)
header(m, 2, ["Manufacturer", "Model", "Sites", "Qty"])
mrows = [("Hanwha Vision", "XNV-8080R", "HQ, Worcester, Hereford, Redditch", 40),
         ("Vivotek", "IB9389-EH", "Kidderminster, Bromsgrove, Evesham, Malvern, HQ", 29),
         ("Imou", "IPC-F22A (Bullet 2C)", "Leominster, Ledbury, Tenbury Wells", 6)]
r = 3
for row in mrows:
    rowvals(m, r, list(row)); r += 1
rowvals(m, r, ["Total", "", "", sum(x[3] for x in mrows)], bold=True, fill=TOT)
widths(m, [16, 22, 46, 6])

sp = wb.create_sheet("Spend")
title(sp, "CCTV installation spend (capital)", 2)
header(sp, 2, ["Financial year", "Spend (£)"])
for i, row in enumerate([("2021/22", 18420.00), ("2022/23", 6215.50), ("2023/24", 31980.00)]):
    rowvals(sp, 3 + i, list(row)); sp.cell(row=3 + i, column=2).number_format = '£#,##0.00'
widths(sp, [16, 14])
wb.save(OUT / f"{NN}-reply.xlsx")
add_label(NN, "xlsx", "fire", "foia", "no", "yes", "answered", [], 75,
          "Dahua question answered only by pointing to a Models tab where the Dahua consumer brand Imou appears; Hikvision a bare No.")
