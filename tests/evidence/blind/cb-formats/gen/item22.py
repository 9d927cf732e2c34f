from common import *
from odshelp import *
import random

NN = "22"
write_request(NN, """
Dear Betsi Cadwaladr University Health Board,

1) How many CCTV cameras are installed at each of your hospitals?
2) Of these, how many are made by Hikvision?
3) Are there plans to replace any Hikvision cameras?

Thank you
Osian Roberts
""")
rnd = random.Random(2222)
sites = ["Ysbyty Gwynedd, Bangor", "Ysbyty Glan Clwyd, Bodelwyddan", "Wrexham Maelor Hospital",
         "Llandudno General Hospital", "Abergele Hospital", "Deeside Community Hospital", "Holywell Community Hospital",
         "Ysbyty Alltwen, Tremadog", "Ysbyty Penrhos Stanley, Holyhead", "Ysbyty Cefni, Llangefni",
         "Denbigh Community Hospital", "Chirk Community Hospital", "Ablett Unit (mental health)", "Hergest Unit (mental health)",
         "Heddfan Unit (mental health)", "Carlton Court, St Asaph (HQ)"]
rows = [["BCUHB FOI 24/1368 - CCTV cameras by hospital and manufacturer (as at 30/09/2024)"], [],
        ["Site", "Axis", "Hikvision", "Other", "Total"]]
T = [0, 0, 0, 0]
for s in sites:
    big = s.startswith(("Ysbyty Gwynedd", "Ysbyty Glan", "Wrexham"))
    a = rnd.randint(60, 140) if big else rnd.randint(0, 14)
    h = rnd.randint(0, 9) if not big else rnd.randint(0, 3)
    o = rnd.randint(5, 30) if big else rnd.randint(0, 6)
    rows.append([s, a, h, o, a + h + o]); T = [T[0] + a, T[1] + h, T[2] + o, T[3] + a + h + o]
tr = len(rows)
rows.append(["Total"] + T)
rows += [[], ["'Other' includes legacy analogue cameras of various makes at older sites; the manufacturer is not always identifiable."],
         ["Q3: The Health Board's Estates Strategy includes a programme to replace Hikvision cameras at community hospitals as systems reach end of life; no dates have been set."],
         ["If you are unhappy with this response you may request an internal review - contact the FOI Team, Block 5, Carlton Court, St Asaph Business Park LL17 0JG. You may also contact the Information Commissioner's Office - Wales."]]
f = {(tr, c): (f"of:=SUM([.{col}4:.{col}{tr}])", T[c - 1]) for c, col in zip(range(1, 5), "BCDE")}
add_sheet(doc := new_ods(), "FOI 24-1368", rows, bold_rows=(0, 2, tr), ncols=5, formulas=f)
doc.save(str(OUT / f"{NN}-reply.ods"))
print(T)
label(NN, "ods", "nhs", "foia", "yes", "unknown", "answered", [], T[3],
      "Welsh health board spreadsheet: per-site maker columns (Axis / Hikvision / Other) with a total row; Dahua not asked and hidden in 'Other'.")
