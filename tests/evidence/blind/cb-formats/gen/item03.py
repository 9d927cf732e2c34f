from common import *
import random, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter

NN = "03"
write_request(NN, """
Dear North Somerset Council

Please supply, in spreadsheet format if possible, your CCTV asset register showing for each camera: site, location, make, model and installation date.

Please also confirm (a) the total number of CCTV cameras currently operated by the council and (b) whether any are made by Hikvision or Dahua.

Thanks
D. Moorcroft
""")
rnd = random.Random(303)
sites = {
    "Weston-super-Mare Town Centre": ["High St / Regent St", "Italian Gardens", "Grove Park gate", "Boulevard junction",
                                      "Alexandra Parade", "Sovereign Centre link", "Walliscote Rd", "Seafront - Marine Pde",
                                      "Seafront - Knightstone", "Big Lamp Corner", "Station approach", "Meadow St"],
    "Clevedon": ["Triangle", "Old Church Rd", "Pier approach", "Hill Rd"],
    "Portishead": ["High St", "Wyndham Way", "Marina walkway"],
    "Nailsea": ["Crown Glass Place", "Somerset Square"],
    "Town Hall (WsM)": ["Reception", "Rear yard", "Members' entrance", "Post room", "Car park"],
    "Castlewood (Clevedon)": ["Atrium", "Loading bay", "Car park N", "Car park S"],
    "Oldmixon Depot": ["Gate", "Fuel bay", "Salt barn", "Workshop"],
    "Bridge Farm Recycling Centre": ["Entrance", "Weighbridge", "Skip bays"],
}
models = {
    "Axis": ["Q6075-E", "P3245-LVE", "M3106-L Mk II", "Q1798-LE"],
    "Hanwha": ["XNP-6400RW", "XND-8082RV", "QNV-6012R"],
    "Hikvision": ["DS-2CD2346G2-I", "DS-2DE4425IW-DE"],
    "Dahua": ["IPC-HFW2431S", "SD49225XA-HNR"],
    "Bosch": ["AUTODOME IP 5000i", "FLEXIDOME IP 3000i"],
}
rows = []
cid = 1000
for site, locs in sites.items():
    for loc in locs:
        n = rnd.choice([1, 1, 1, 2, 2, 3]) if site.startswith(("Weston", "Clevedon", "Portishead", "Nailsea")) else rnd.choice([1, 1, 2])
        for k in range(n):
            cid += 1
            if site.startswith(("Weston", "Clevedon", "Portishead", "Nailsea")):
                make = rnd.choice(["Axis", "Axis", "Bosch", "Hanwha"])
            else:
                make = rnd.choice(["Hikvision", "Hanwha", "Axis", "Hikvision"])
            model = rnd.choice(models[make])
            inst = datetime.date(rnd.randint(2013, 2023), rnd.randint(1, 12), rnd.randint(1, 28))
            rows.append([f"NSC-CCTV-{cid}", site, loc, make, model, "PTZ" if model.startswith(("Q60", "SD4", "AUTODOME", "DS-2DE")) else "Fixed",
                         inst, "Operational", ""])
# removed rows (Dahua and an older Hikvision)
for site, loc, make, model, note in [
    ("Bridge Farm Recycling Centre", "Skip bays (old)", "Dahua", "IPC-HFW2431S", "Removed Jan 2024 - replaced"),
    ("Bridge Farm Recycling Centre", "Entrance (old)", "Dahua", "IPC-HFW2431S", "Removed Jan 2024 - replaced"),
    ("Oldmixon Depot", "Yard PTZ", "Dahua", "SD49225XA-HNR", "Removed Jan 2024 - replaced"),
    ("Weston-super-Mare Town Centre", "Orchard St", "Bosch", "AUTODOME IP 5000i", "Column removed - redevelopment"),
]:
    cid += 1
    rows.append([f"NSC-CCTV-{cid}", site, loc, make, model, "Fixed", datetime.date(2016, 5, 11), "Removed", note])
for site, loc, make, model in [
    ("Portishead", "Lake Grounds", "Axis", "Q6075-E"),
    ("Portishead", "Lake Grounds 2", "Axis", "P3245-LVE"),
    ("Nailsea", "Station Rd", "Hanwha", "XNP-6400RW"),
]:
    cid += 1
    rows.append([f"NSC-CCTV-{cid}", site, loc, make, model, "PTZ", None, "Planned 2024/25", "Subject to funding"])
rnd.shuffle(rows)
rows.sort(key=lambda r: (r[1], r[0]))

wb = Workbook()
ws0 = wb.active; ws0.title = "Summary"
reg = wb.create_sheet("Asset Register")
hdr = ["Asset ID", "Site", "Location", "Make", "Model", "Type", "Install date", "Status", "Comments"]
reg.append(hdr)
for c in reg[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
for r in rows:
    reg.append(r)
for i, w in enumerate([18, 30, 24, 12, 22, 8, 13, 16, 30], 1):
    reg.column_dimensions[get_column_letter(i)].width = w
for row in reg.iter_rows(min_row=2, min_col=7, max_col=7):
    for c in row: c.number_format = "DD/MM/YYYY"
reg.auto_filter.ref = f"A1:I{len(rows)+1}"
reg.freeze_panes = "A2"

op = [r for r in rows if r[7] == "Operational"]
ws0["A1"] = "North Somerset Council - CCTV Asset Register (extract for FOI 24-1209)"; ws0["A1"].font = Font(bold=True, size=13)
ws0["A2"] = "Extract date: 21/06/2024"
ws0.append([])
ws0.append(["Status", "Count"])
for c in ws0[4]: c.font = Font(bold=True)
n = len(rows) + 1
ws0.append(["Operational", f'=COUNTIF(\'Asset Register\'!H2:H{n},"Operational")'])
ws0.append(["Planned 2024/25", f'=COUNTIF(\'Asset Register\'!H2:H{n},"Planned 2024/25")'])
ws0.append(["Removed", f'=COUNTIF(\'Asset Register\'!H2:H{n},"Removed")'])
ws0.append(["All records", f"=SUM(B5:B7)"])
ws0.append([])
ws0.append(["Operational cameras by make", ""])
ws0["A10"].font = Font(bold=True)
r0 = 11
for mk in ["Axis", "Bosch", "Hanwha", "Hikvision"]:
    ws0.append([mk, f'=COUNTIFS(\'Asset Register\'!D2:D{n},"{mk}",\'Asset Register\'!H2:H{n},"Operational")'])
ws0.append([])
ws0.append(["Notes:"])
ws0.append(["Planned cameras are shown for information and are not yet installed. Removed assets are retained on the register for audit purposes."])
ws0.append(["Dahua units at Bridge Farm and Oldmixon were replaced in January 2024 under the depot security upgrade."])
ws0.column_dimensions["A"].width = 34; ws0.column_dimensions["B"].width = 12
# cached values are not computed by openpyxl; we also add static literal column for readers without calc
ws0["C4"] = "(value at extract)"; ws0["C4"].font = Font(italic=True)
ws0["C5"] = len(op)
ws0["C6"] = sum(1 for r in rows if r[7].startswith("Planned"))
ws0["C7"] = sum(1 for r in rows if r[7] == "Removed")
ws0["C8"] = len(rows)
for i, mk in enumerate(["Axis", "Bosch", "Hanwha", "Hikvision"]):
    ws0.cell(row=r0 + i, column=3, value=sum(1 for r in op if r[3] == mk))

lk = wb.create_sheet("lists")
lk.append(["Status values"]); [lk.append([s]) for s in ["Operational", "Faulty", "Planned 2024/25", "Removed"]]
lk.sheet_state = "hidden"
wb.save(OUT / f"{NN}-reply.xlsx")
print(len(op), {m: sum(1 for r in op if r[3] == m) for m in models})
label(NN, "xlsx", "council", "foia", "yes", "no", "answered", [], len(op),
      "Spreadsheet only, no letter: summary sheet counts by status (formulas plus extract values); Dahua appears only in rows marked Removed, planned rows must be excluded from the count.")
