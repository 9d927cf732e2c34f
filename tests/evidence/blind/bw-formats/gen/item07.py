from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

N = 7
write_request(N, """
FOI request - Ceredigion County Council / Cyngor Sir Ceredigion

1. How many CCTV cameras does the Council own or operate, by town?
2. Are any of these made by Hikvision?
3. Are any of these made by Dahua?
4. Are there plans to install further cameras? If so how many and where?

Diolch,
Gethin ap Rhys
""")

wb = Workbook()
b = Font(bold=True); fill = PatternFill("solid", fgColor="C6E0B4")
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
sites = [("Aberystwyth", "Promenâd / Promenade", 11, 0, "Hikvison"), ("Aberystwyth", "Stryd y Bont / Bridge St", 6, 0, "Hikvison"),
         ("Aberystwyth", "Canolfan Rheidol offices", 9, 0, "Axis"), ("Aberteifi / Cardigan", "Stryd Fawr / High St", 5, 2, "Hikvison"),
         ("Aberteifi / Cardigan", "Maes parcio / car park", 3, 0, "Hikvison"), ("Llanbedr Pont Steffan / Lampeter", "Stryd y Coleg", 4, 0, "Axis"),
         ("Aberaeron", "Penmorfa offices", 7, 0, "Axis"), ("Aberaeron", "Harbwr / Harbour", 0, 4, "TBC"),
         ("Tregaron", "Sgwâr / Square", 2, 0, "Hikvison"), ("Llandysul", "Depot", 3, 0, "Axis")]
ws = wb.active; ws.title = "Crynodeb - Summary"
ws.merge_cells("A1:E1"); ws["A1"] = "Cyngor Sir Ceredigion / Ceredigion County Council"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Cais Rhyddid Gwybodaeth / Freedom of Information request  FOI2024-118"
ws.merge_cells("A4:A5"); ws["A4"] = "Tref / Town"
ws.merge_cells("B4:C4"); ws["B4"] = "Camerâu / Cameras"
ws["B5"] = "Presennol / Existing"; ws["C5"] = "Arfaethedig / Planned 2024-25"
ws.merge_cells("D4:D5"); ws["D4"] = "Gwneuthurwr / Manufacturer"
for row in ws["A4:D5"]:
    for c in row: c.font = b; c.fill = fill; c.border = box; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
towns = []
for s in sites:
    if s[0] not in towns: towns.append(s[0])
r = 6
for t in towns:
    rows = [s for s in sites if s[0] == t]
    mk = ", ".join(sorted({s[4] for s in rows if s[4] != "TBC"})) or "—"
    vals = [t, sum(s[2] for s in rows), sum(s[3] for s in rows), mk]
    for j, v in enumerate(vals, 1): ws.cell(r, j, v).border = box
    r += 1
ex = sum(s[2] for s in sites); pl = sum(s[3] for s in sites)
for j, v in enumerate(["Cyfanswm / Total", ex, pl, ""], 1):
    c = ws.cell(r, j, v); c.font = b; c.border = box
for col, w in zip("ABCD", [34, 20, 24, 26]): ws.column_dimensions[col].width = w
w2 = wb.create_sheet("Safleoedd - Sites")
for j, h in enumerate(["Tref / Town", "Safle / Site", "Presennol / Existing", "Arfaethedig / Planned", "Gwneuthurwr / Manufacturer"], 1):
    c = w2.cell(1, j, h); c.font = b; c.fill = fill; c.border = box
for i, s in enumerate(sites, 2):
    for j, v in enumerate(s, 1): w2.cell(i, j, v).border = box
for col, w in zip("ABCDE", [34, 30, 20, 20, 26]): w2.column_dimensions[col].width = w
w3 = wb.create_sheet("Nodiadau - Notes")
for k, t in enumerate([
    "Nodiadau / Notes",
    "C2: Ydy / Yes – see manufacturer column.",
    "C3: Nac ydy / No. The Council has no Dahua equipment.",
    "C4: Four cameras are planned for Aberaeron harbour and two for Cardigan High Street, subject to funding from the Shared Prosperity Fund. Manufacturer not yet decided.",
    "Mae gennych hawl i ofyn am adolygiad mewnol. / You have the right to request an internal review. Please write to the Data Protection Officer, Canolfan Rheidol, Aberystwyth SY23 3UE within 40 working days. You may then complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.",
], 1):
    w3.cell(k, 1, t).alignment = Alignment(wrap_text=True)
w3["A1"].font = b; w3.column_dimensions["A"].width = 115
wb.save(out(N, "xlsx"))
print(ex, pl)
add_label(N, "xlsx", "welsh_council", "foia", "yes", "no", "answered", [], ex,
          "bilingual sheets; Existing and Planned columns side by side (planned excluded); maker spelt 'Hikvison'; Q2/Q3 answers only in Notes sheet")
