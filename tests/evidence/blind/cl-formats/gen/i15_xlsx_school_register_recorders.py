from openpyxl import Workbook
from openpyxl.styles import Font
from common import *

NN = "15"
write_request(NN, """
Hi, FOI request for Oakhurst Community High School:
1) how many CCTV cameras are on the school site
2) are any of them (or the recording equipment) Hikvision or Dahua
3) do any cameras record sound
Thanks
""")
items = [("Camera - internal dome", "Uniview IPC3614SS", "Corridors / atrium", 14),
         ("Camera - external bullet", "Uniview IPC2124LE", "Perimeter, car park", 9),
         ("Camera - external PTZ", "Uniview IPC6312LR", "Playing field", 1),
         ("Camera - fisheye", "Uniview IPC868ER", "Dining hall", 2),
         ("NVR 32ch", "Hikvision DS-7732NI-K4", "Server room", 1),
         ("NVR 16ch", "Hikvision DS-7616NI-K2", "Sports hall office", 1),
         ("Monitor 32in", "Iiyama ProLite", "Reception", 2),
         ("Monitor 24in", "Iiyama ProLite", "Site manager office", 1)]
wb = Workbook()
ws = wb.active
ws.title = "CCTV equipment"
ws.append(["Oakhurst Community High School - CCTV equipment register (extract for FOI 23-11)"])
ws["A1"].font = Font(bold=True)
ws.append(["Item", "Make / model", "Location", "Qty", "Audio"])
for c in ws[2]:
    c.font = Font(bold=True)
for it in items:
    ws.append(list(it) + (["No"] if it[0].startswith("Camera") else ["n/a"]))
tot = sum(i[3] for i in items)
ws.append(["Total items", "", "", tot, ""])
ws[ws.max_row][0].font = Font(bold=True)
ws.append([])
ws.append(["Response provided by the School Business Manager, Mrs K. Ferreira. Queries or requests for review "
           "to the Chair of Governors via office@oakhurst-chs.example.sch.uk. You may also contact the ICO."])
for col, w in zip("ABCDE", [24, 26, 22, 6, 8]):
    ws.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
cams = sum(i[3] for i in items if i[0].startswith("Camera"))
label(NN, f"{NN}-reply.xlsx", "xlsx", "school", "foia", "yes", "no", "answered", [], cams,
      f"Hard: equipment register with NVRs and monitors as rows; 'Total items' {tot} includes them, cameras are {cams}; "
      "Hikvision only as recorders (counts as yes); full register lists makes without Dahua.")
print(cams, tot)
