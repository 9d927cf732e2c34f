from common import *

write_text("24-request.txt", """
To: Scottish Government
Subject: FOI request - CCTV on the core estate

Dear Sir/Madam,

Under the Freedom of Information (Scotland) Act 2002, I would like to request:

1. The number of CCTV cameras at each building on the Scottish Government's core estate;
2. The make and model of these cameras;
3. Whether any of them are produced by Hikvision or Dahua, or by companies which sell their products under another brand name.

Please provide the information in a machine-readable format if possible.

Yours faithfully,
Aileen Montgomerie
""")

rows = [
    ["Scottish Government - FOI/202400441902 - Annex A"],
    ["CCTV cameras on the Scottish Government core estate, by building, make and model (as at 1 October 2024)"],
    [],
    ["Building", "Location", "Make", "Model", "Number of cameras"],
    ["Victoria Quay", "Edinburgh", "Axis", "P3265-LVE", 64],
    ["Victoria Quay", "Edinburgh", "Axis", "Q6135-LE", 6],
    ["St Andrew's House", "Edinburgh", "Bosch", "FLEXIDOME IP 5000i", 38],
    ["St Andrew's House", "Edinburgh", "Avigilon", "H5A-DO-IR", 12],
    ["Saughton House", "Edinburgh", "HIKVISION", "DS-2CD2346G2-ISU/SL", 17],
    ["Atlantic Quay", "Glasgow", "Honeywell", "HQA-BD2 (Performance Series)", 22],
    ["Atlantic Quay", "Glasgow", "Axis", "M3215-LVE", 8],
    ["Marine Laboratory", "Aberdeen", "Hikvision", "DS-2CD2T46G2-4I", 9],
    ["Pentland House", "Edinburgh", "Axis", "P3265-LVE", 11],
    ["Leith Walk offices", "Edinburgh", "Avigilon", "H5A-DO-IR", 7],
]
total = sum(r[4] for r in rows[4:])
rows.append(["Total", "", "", "", total])
rows += [[], ["Notes: Excludes cameras operated by landlords in multi-occupancy buildings and cameras at Scottish Government agencies (e.g. Transport Scotland, Disclosure Scotland)."],
         ["Source: Scottish Government Security Branch CCTV asset register."]]
write_csv("24-reply.csv", rows)
print(total)
add_label("24", "csv", "csv", "scottish_gov", "foisa", "yes", "yes", "answered", [], total,
          "CSV annex with title lines, one row per building/make/model and a Total row; Hikvision in two spellings; Dahua only via Honeywell HQA Performance Series cameras (a Dahua-made range), never named as Dahua.")
