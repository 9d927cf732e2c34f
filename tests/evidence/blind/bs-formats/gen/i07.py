from common import *
from openpyxl import Workbook
from openpyxl.styles import Font
nn = "07"
request(nn, """
Annwyl Cyngor Sir Ceredigion / Dear Ceredigion County Council,

Q1. How many CCTV cameras does the Council operate, by location?
Q2. What makes of camera are used, and how many of each?
Q3. Are any of the cameras produced by Hikvision or Dahua?

Diolch,
Owain Pryce
""")
wb = Workbook(); ws = wb.active; ws.title = "Q1 Lleoliadau - Locations"
ws.append(["Cyngor Sir Ceredigion County Council – FOI 2024-0377"]); ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Lleoliad / Location", "Nifer / Number"]); 
for c in ws[3]: c.font = Font(bold=True)
sites = [("Aberystwyth town centre", 21), ("Aberystwyth harbour & promenade", 9), ("Cardigan / Aberteifi town centre", 8),
         ("Lampeter / Llanbedr Pont Steffan", 5), ("Canolfan Rheidol (offices)", 12), ("Penmorfa, Aberaeron (offices)", 7),
         ("Glanyrafon depot", 5)]
for s in sites: ws.append(list(s))
ws.append(["Cyfanswm / Total", sum(s[1] for s in sites)])
ws.cell(row=ws.max_row, column=1).font = Font(bold=True); ws.cell(row=ws.max_row, column=2).font = Font(bold=True)
ws.append([])
ws.append(["Arfaethedig 2024/25 / Planned 2024/25: Aberaeron harbour", 4])
ws.column_dimensions["A"].width = 55; ws.column_dimensions["B"].width = 16
w2 = wb.create_sheet("Q2 Gwneuthurwyr - Makes")
w2.append(["Gwneuthurwr / Manufacturer", "Nifer / Number"])
for c in w2[1]: c.font = Font(bold=True)
for r in [("Axis", 44), ("Hikvison", 14), ("Mobotix", 9)]: w2.append(list(r))
w2.append(["Cyfanswm / Total", 67])
w2.column_dimensions["A"].width = 32
w3 = wb.create_sheet("Q3")
w3.append(["Gweler Q2 / See Q2."])
wb.save(outpath(nn, "xlsx"))
label(nn, "xlsx", "welsh_council", "foia", "yes", "no", "answered", [], 67,
      "bilingual sheets; Hikvision misspelt 'Hikvison' on makes sheet; Q3 just says 'See Q2'; planned cameras listed below the total row")
