import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

N = 16
write_text(f"{N:02d}-request.txt", """
Dear Calderbrook Homes,

As an arm's length management organisation wholly owned by the council you are covered by FOI, so I would like to request:

1. The number of CCTV cameras installed at the blocks and estates you manage, by estate.
2. The make and model of the cameras.
3. Whether any are made by Hikvision or Dahua or by any brand owned by them.
4. Your policy on tenants installing their own doorbell cameras.

Thanks,
Joanna Strzelecka
""")

rnd = random.Random(16)
estates = {
    "Ferncliffe": ("HiLook", ["IPC-B140H", "IPC-T240H", "THC-B120-MC"]),
    "Moorside Towers": ("Hanwha", ["QNV-6012R", "XNO-6080R"]),
    "Stanhope Court": ("HiLook", ["IPC-T240H", "IPC-D140H"]),
    "Brunswick Gardens": ("Bosch", ["FLEXIDOME IP 3000i"]),
    "Tanner's Yard": ("HiLook", ["IPC-B140H"]),
    "Holmewood": ("Hanwha", ["QNO-6012R"]),
}
wb = Workbook()
ws = wb.active
ws.title = "Summary"
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 18
ws.column_dimensions["C"].width = 90
ws["A1"] = "Calderbrook Homes - FOI response CH-FOI-0392"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Date: 17/01/2025"
ws["A4"] = "Q1"; ws["C4"] = "See table below and estate tabs."
ws["A5"] = "Q2"; ws["C5"] = "See estate tabs (Make / Model columns)."
ws["A6"] = "Q3"; ws["C6"] = "See estate tabs."
ws["A7"] = "Q4"; ws["C7"] = ("Tenants must request permission before installing a doorbell camera (Tenancy Handbook s.9.4). Permission is "
                            "normally granted provided the camera does not overlook communal areas or neighbours' property.")
for r in range(4, 8):
    ws[f"A{r}"].font = Font(bold=True)
    ws[f"C{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A9"] = "Estate"; ws["B9"] = "No. cameras"
ws["A9"].font = ws["B9"].font = Font(bold=True, color="FFFFFF")
ws["A9"].fill = ws["B9"].fill = PatternFill("solid", fgColor="00665E")
r = 10
counts = {}
for est, (mk, models) in estates.items():
    n = rnd.randint(24, 71)
    counts[est] = n
    ws.cell(row=r, column=1, value=est)
    ws.cell(row=r, column=2, value=n)
    r += 1
ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
ws.cell(row=r, column=2, value=f"=SUM(B10:B{r-1})").font = Font(bold=True)
total = sum(counts.values())
r += 2
ws.cell(row=r, column=1, value="If you are unhappy with this response you can ask for an internal review by emailing "
        "information@calderbrookhomes.invalid within 40 working days. You can also contact the ICO (ico.org.uk).")
ws.cell(row=r + 1, column=1, value="Information Governance Team, Calderbrook Homes, Aire Street, Calderbrook CB2 7HG")

for est, (mk, models) in estates.items():
    sh = wb.create_sheet(est[:31])
    hdr = ["Block", "Location", "Make", "Model", "Recorder"]
    for j, h in enumerate(hdr, 1):
        c = sh.cell(row=1, column=j, value=h); c.font = Font(bold=True)
    blocks = [f"{est} Block {ch}" for ch in "ABCDEF"[:rnd.randint(2, 5)]]
    for i in range(counts[est]):
        b = rnd.choice(blocks)
        loc = rnd.choice(["Main entrance", "Rear door", "Bin store", "Lift lobby Gnd", "Lift lobby Fl %d" % rnd.randint(1, 12),
                          "Stairwell", "Car park", "Play area", "Drying area", "Cycle store"])
        rec = {"HiLook": "HiLook NVR-108MH-C", "Hanwha": "Hanwha XRN-820S", "Bosch": "Bosch DIVAR IP 3000"}[mk]
        for j, v in enumerate([b, loc, mk, rnd.choice(models), rec], 1):
            sh.cell(row=i + 2, column=j, value=v)
    for col, w in zip("ABCDE", [26, 20, 10, 20, 24]):
        sh.column_dimensions[col].width = w
wb.save(out(f"{N:02d}-reply.xlsx"))
xlsx_cache_formulas(f"{N:02d}-reply.xlsx", {"SUM(B10:B%d)" % (9 + len(estates)): total})
print(total, counts)

label(N, "xlsx", "xlsx", "other", "foia", "yes", "no", "answered", [], total,
      "ALMO workbook; Q3 answered only by 'See estate tabs' where the make is HiLook (a Hikvision brand); per-estate counts on summary with SUM total row")
