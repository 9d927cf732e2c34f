from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

NN = "10"
write_request(NN, """
FOI request to Hereford & Worcester Fire and Rescue Service

1) How many CCTV cameras are installed at your fire stations and headquarters?
2) Are any of your CCTV cameras or recorders manufactured by Hikvision?
3) Are any of your CCTV cameras or recorders manufactured by Dahua?
4) Which manufacturers supply your CCTV cameras?
5) Do you have any plans to replace or upgrade CCTV in the next two years?

Best wishes,
Jo Marsden
""")
wb = Workbook()
ws = wb.active; ws.title = "Response"
rows = [["Hereford & Worcester Fire and Rescue Service"],
        ["Freedom of Information – response to request HWFRS/FOI/2025/041, dated 3 February 2025"],
        [],
        ["No.", "Response"],
        ["1", "See 'Stations' tab."],
        ["2", "None."],
        ["3", "Please refer to the 'Planned works' tab."],
        ["4", "Hanwha Vision and Axis Communications, plus a small number of older analogue cameras (see 'Planned works')."],
        ["5", "Yes – see 'Planned works'. Programme subject to budget approval."],
        [],
        ["If you are dissatisfied with this response please contact the Information Governance Officer, Headquarters, Hindlip Park, Worcester WR3 8SP, within 40 working days."],
        ["You may also contact the Information Commissioner's Office."]]
for r in rows: ws.append(r)
ws["A1"].font = Font(bold=True, size=13)
for c in ws[4]: c.font = Font(bold=True)
ws.column_dimensions["A"].width = 8; ws.column_dimensions["B"].width = 110

st = wb.create_sheet("Stations")
st.append(["Station", "Fixed", "PTZ", "Total"])
for c in st[1]: c.font = Font(bold=True)
data = [("Headquarters, Hindlip", 14, 2), ("Worcester (Station 21)", 8, 0), ("Hereford (Station 41)", 8, 0),
        ("Redditch (Station 23)", 6, 0), ("Kidderminster (Station 25)", 6, 0), ("Evesham (Station 27)", 5, 0),
        ("Malvern (Station 29)", 5, 0), ("Leominster (Station 43)", 6, 0), ("Ross-on-Wye (Station 47)", 4, 0),
        ("Bromsgrove (Station 22)", 5, 0), ("Droitwich (Station 24)", 4, 0), ("Training Centre, Droitwich", 7, 1)]
for s, f, p in data: st.append([s, f, p, f + p])
tf, tp = sum(d[1] for d in data), sum(d[2] for d in data)
st.append(["Total", tf, tp, tf + tp])
for c in st[st.max_row]: c.font = Font(bold=True)
st.column_dimensions["A"].width = 30

pw = wb.create_sheet("Planned works")
pw.append(["Site", "Current equipment", "Planned work", "Target date", "Status"])
for c in pw[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="C00000")
pw.append(["Leominster (Station 43)", "Dahua XVR5108HS recorder + 6 analogue bullet cameras (2016)",
           "Replace with Hanwha WRN-810S NVR and 6 IP cameras", "Q3 2025/26", "Awaiting budget"])
pw.append(["Headquarters, Hindlip", "Hanwha / Axis IP (2020)", "Add 3 cameras to rear yard (Axis)", "Q1 2026/27", "Proposed"])
pw.append(["Training Centre, Droitwich", "Axis IP (2019)", "Replace PTZ on drill tower", "Q4 2025/26", "Proposed"])
pw.append(["All sites", "—", "Migrate VMS to Hanwha Wisenet WAVE", "2026/27", "Proposed"])
for col, w in zip("ABCDE", [28, 56, 48, 12, 16]): pw.column_dimensions[col].width = w
wb.save(out(f"{NN}-reply.xlsx"))
print(tf + tp)
add_label(NN, "xlsx", "fire", "foia", "no", "yes", "answered", [], tf + tp,
          "Dahua answer only found on a 'Planned works' sheet: a Dahua recorder and analogue cameras still in place, due for replacement at a future date (in use now); planned cameras not counted.")
