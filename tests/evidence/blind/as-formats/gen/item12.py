from common import *
import openpyxl
from openpyxl.styles import Font
NN = "12"
write_request(NN, """
Hi,
Under FOI could the school please tell me
a) how many CCTV cameras are on the school site and where (e.g. playground, entrance)
b) the make and model of each camera
c) whether any record sound
Thank you
""")
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "CCTV"
ws["A1"] = "St Bede's RC Primary School - CCTV (FOI response 21/11/2023)"; ws["A1"].font = Font(bold=True)
ws.append([])
ws.append(["Cam", "Area", "Camera make/model", "Sound?"])
for c in ws[3]: c.font = Font(bold=True)
rows = [("1", "Main entrance (external)", "HIKVISION DS-2CD1043G0-I", "No"),
        ("2", "Reception lobby", "HIKVISION DS-2CD1343G0-I", "No"),
        ("3", "KS1 playground", "Hikvision DS-2CD2T46G2-2I", "No"),
        ("4", "KS2 playground", "Hikvision DS-2CD2T46G2-2I", "No"),
        ("5", "Car park / gate", "HiWatch HWI-B140H", "No"),
        ("6", "Rear field", "HiWatch HWI-B140H", "No"),
        ("7", "Hall fire exit", "HIKVISION DS-2CD1043G0-I", "No")]
for r in rows: ws.append(list(r))
ws.append([])
ws.append(["Recorder: Hikvision DS-7608NI-K2 8 channel NVR located in the server cupboard. Installed by Northwest Alarm Co. 2020."])
ws.append(["Images retained for 30 days then overwritten automatically."])
for col, w in zip("ABCD", (6, 28, 32, 8)): ws.column_dimensions[col].width = w
wb.save(path(f"{NN}-reply.xlsx"))
add_label(NN, "xlsx", "school", "foia", "yes", "no", "answered", [], 7,
          "one row per camera with no total; Dahua excluded only by the complete per-camera make list; brand spellings vary (HIKVISION, HiWatch)")
