from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from common import out, add_label

wb = Workbook()
ns = wb.active; ns.title = "Notes"
notes = [
    ("Kingsmere University – Response to Freedom of Information request FOI-2425-044", True),
    ("", False),
    ("Notes", True),
    ("1. This workbook is provided in response to your request received on 2 October 2024.", False),
    ("2. Camera numbers are as at 30 September 2024 and include University-managed student residences.", False),
    ("3. Figures exclude premises leased to third parties (e.g. retail units on the Campus Square).", False),
    ("4. The sheet 'Cameras by building' answers questions 1 and 2 (cameras). The sheet 'Recorders' answers question 2 (recording equipment).", False),
    ("5. Questions 3 and 4: please see the sheets referred to above. The University does not operate facial recognition. ANPR is used at the two barrier-controlled car parks (2 cameras, included in the Car parks figure).", False),
    ("", False),
    ("Your rights", True),
    ("If you are dissatisfied with this response you may request an internal review by emailing foi@kingsmere.ac.uk within 40 working days. "
     "If you remain dissatisfied you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", False),
    ("The information supplied is the copyright of Kingsmere University unless otherwise stated.", False),
]
for i, (t, b) in enumerate(notes, 1):
    ns.cell(row=i, column=1, value=t).font = Font(bold=b, size=12 if i == 1 else 11)
    ns.cell(row=i, column=1).alignment = Alignment(wrap_text=True, vertical="top")
ns.column_dimensions["A"].width = 120

cs = wb.create_sheet("Cameras by building")
cs.append(["Building / area", "No. of cameras", "Camera manufacturer"])
for c in cs[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
data = [("Library", 38, "Axis"), ("Students' Union", 42, "Axis"), ("Main Administration Building", 27, "Axis"),
        ("Science Park – Block A", 35, "Hanwha"), ("Science Park – Block B", 29, "Hanwha"), ("Sports Centre", 31, "Avigilon"),
        ("Residences – Beech Court", 56, "Axis"), ("Residences – Elm Court", 48, "Axis"),
        ("Residences – Orchard Village", 61, "Hanwha"), ("Car parks (4)", 44, "Axis"),
        ("Engineering Building", 33, "Avigilon"), ("Medical School", 19, "Axis")]
for r in data:
    cs.append(list(r))
cs.append([]); cs.append([])
cs.append(["Total cameras: 463"])
cs.cell(row=cs.max_row, column=1).font = Font(italic=True)
cs.column_dimensions["A"].width = 34; cs.column_dimensions["B"].width = 16; cs.column_dimensions["C"].width = 22

rs = wb.create_sheet("Recorders")
rs.append(["Location", "Recorder / server", "Quantity"])
for c in rs[1]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
for r in [("Security Control Room (Main Admin)", "Milestone XProtect recording server (Dell PowerEdge R750)", 4),
          ("Science Park comms room", "Milestone XProtect recording server (Dell PowerEdge R650)", 2),
          ("Residences – Orchard Village", "Hikvision DS-9664NI-M8 NVR", 2),
          ("Residences – Beech Court", "Hikvision DS-9664NI-M8 NVR", 1),
          ("Sports Centre", "Avigilon NVR5 Premium", 1)]:
    rs.append(list(r))
rs.column_dimensions["A"].width = 36; rs.column_dimensions["B"].width = 58; rs.column_dimensions["C"].width = 10
wb.save(out("07-reply.xlsx"))

assert sum(d[1] for d in data) == 463
add_label(path="07-reply.xlsx", request_file="07-request.txt", format="xlsx", body_type="university", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=463,
          note="Notes sheet first; cameras per building with the total only as a text footer line; Hikvision appears only as NVRs on a separate Recorders sheet (cameras are Axis/Hanwha/Avigilon).")
