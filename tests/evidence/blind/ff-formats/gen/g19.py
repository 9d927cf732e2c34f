from helpers import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

write_text("19-request.txt", """
Dear Dunmarsh Fire and Rescue Service,

Under the Freedom of Information Act 2000:

Question 1: How many CCTV cameras does the Service have in total?
Question 2: Are any of your CCTV cameras made by Hikvision or Dahua?
Question 3: How many cameras are at each fire station?
Question 4: Are any of the CCTV cameras thermal cameras?

Kind regards
Owain Reddy
""")

wb = Workbook()
ws = wb.active; ws.title = "Response"
rows = [
    ["Dunmarsh Fire and Rescue Service – FOI Response", None],
    ["Reference", "DFRS FOI 0093/24"],
    ["Date", "16/05/2024"],
    [None, None],
    ["Question", "Response"],
    ["Question 1: How many CCTV cameras does the Service have in total?", "See 'Stations' tab."],
    ["Question 2: Are any of your CCTV cameras made by Hikvision or Dahua?", "Please refer to the Make / Model columns on the 'Stations' tab."],
    ["Question 3: How many cameras are at each fire station?", "See 'Stations' tab."],
    ["Question 4: Are any of the CCTV cameras thermal cameras?", "No. (Thermal imaging cameras carried on appliances are firefighting equipment and are not CCTV.)"],
    [None, None],
    ["If you are dissatisfied with this response you may request an internal review by emailing foi@dunmarshfire.gov.uk within 40 working days. You may subsequently complain to the Information Commissioner's Office.", None],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=12)
for c in ws[5]:
    c.font = Font(bold=True)
ws.column_dimensions["A"].width = 62; ws.column_dimensions["B"].width = 70
for row in ws.iter_rows():
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")

st = wb.create_sheet("Stations")
st.append(["Station", "Cameras - external", "Cameras - internal", "Make", "Model", "Recorder"])
for c in st[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FFD966")
data = [
    ("Dunmarsh (01)", 6, 2, "Honeywell HQA", "HQA-B2T4", "Honeywell HQA 8ch NVR"),
    ("Fenby (02)", 4, 1, "Honeywell HQA", "HQA-B2T4", "Honeywell HQA 8ch NVR"),
    ("Saltfleet (03)", 4, 0, "Honeywell HQA", "HQA-D2V4", "Honeywell HQA 8ch NVR"),
    ("Marsh Chapel (04)", 3, 0, "Honeywell HQA", "HQA-D2V4", "Honeywell HQA 4ch NVR"),
    ("Kelby Bridge (05)", 5, 2, "Honeywell HQA", "HQA-B2T4", "Honeywell HQA 8ch NVR"),
    ("Withern (06) - on-call", 2, 0, "Honeywell HQA", "HQA-D2V4", "Honeywell HQA 4ch NVR"),
    ("Holton Fen (07) - on-call", 2, 0, "Honeywell HQA", "HQA-D2V4", "Honeywell HQA 4ch NVR"),
    ("Service HQ & Control, Marsh Lane", 14, 9, "Axis", "P3245-LVE / M3086-V", "Milestone XProtect server"),
    ("Training Centre, Fenby Moor", 6, 1, "Axis", "P1465-LE", "Milestone XProtect server"),
]
for r in data:
    st.append(list(r))
for col, w in zip("ABCDEF", [34, 18, 18, 16, 22, 26]):
    st.column_dimensions[col].width = w
wb.save(out("19-reply.xlsx"))
total = sum(r[1] + r[2] for r in data)
print(total)
label(19, "xlsx", "fire", "foia", "no", "yes", "answered", [], total,
      "Maker question answered only by 'refer to the Make/Model columns'; stations use Honeywell HQA (a Dahua-made brand) so Dahua is yes; total must be summed from external+internal columns with no total row.")
note(19, f"XLSX fire service; Response tab points to Stations tab; Honeywell HQA (Dahua OEM) at all stations, Axis at HQ -> dahua yes, hik no (complete); count {total} summed ext+int, no total. Hard.")
