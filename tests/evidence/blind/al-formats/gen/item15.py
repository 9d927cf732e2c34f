from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

REQ = """FOI request to Fenbridge Partnership NHS Trust (mental health and community services)

Q1. Please list each Trust site with CCTV and the number of cameras at each (internal, external, PTZ).
Q2. How many of these cameras are made by Hikvision?
Q3. How many are made by Dahua?
Q4. What make is the recording equipment at each site?
Q5. Are there cameras in patient bedrooms or seclusion rooms?

Thank you,
Rebecca Llewellyn"""
write_request("15", REQ)

rows = [("Ashworth Lodge (adult acute inpatient)", 34, 12, 1, 20, "Hikvision"),
        ("The Willows (PICU)", 18, 6, 0, 24, "Hikvision"),
        ("Fenbridge Community Hub", 7, 4, 0, 0, "Avigilon"),
        ("Marsh Road Clinic", 3, 2, 0, 5, "Hikvision"),
        ("Hollybank (older adults)", 12, 5, 0, 0, "Avigilon"),
        ("St Ives Road Resource Centre", 4, 3, 0, 0, "Avigilon"),
        ("Trust HQ, Riverside House", 6, 4, 1, 0, "Avigilon")]
wb = Workbook(); ws = wb.active; ws.title = "Q1-Q4"
ws.append(["FOI 2025/0094 - CCTV by site"]); ws["A1"].font = Font(bold=True, size=12)
ws.append([])
hdr = ["Site", "Internal", "External", "PTZ", "Of which Hikvision", "Recorder (make)"]
ws.append(hdr)
for c in ws[3]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA"); c.alignment = Alignment(wrap_text=True)
for r in rows:
    ws.append(list(r))
for col, w in zip("ABCDEF", [40, 10, 10, 7, 12, 16]):
    ws.column_dimensions[col].width = w

n = wb.create_sheet("Notes")
for t in ["Notes",
          "Q3 - Nil. There is no Dahua equipment on any Trust site.",
          "Q5 - Seclusion rooms at Ashworth Lodge and The Willows have a camera for observation purposes; these are included in the internal figures. There are no cameras in patient bedrooms.",
          "Hikvision cameras at Ashworth Lodge and The Willows are included in the 2025/26 estates capital bid for replacement. No decision has been made.",
          "Community team bases located in GP practices and local authority buildings are not included; any CCTV at those locations belongs to the building owner.",
          "",
          "If you are unhappy with this response you may request an internal review from the Trust's Information Governance Manager (fpt.foi@nhs.net). You may also contact the Information Commissioner's Office (ico.org.uk)."]:
    n.append([t])
n["A1"].font = Font(bold=True)
n.column_dimensions["A"].width = 140
wb.save(p("15-reply.xlsx"))
total = sum(r[1] + r[2] + r[3] for r in rows)
print(total, sum(r[4] for r in rows))
add_label("15", "xlsx", "nhs", "foia", "yes", "no", "answered", [], total,
          "No total row: the count is the sum of internal, external and PTZ columns across sites while a neighbouring 'Of which Hikvision' column must not be added in, and the Dahua answer is only on the Notes sheet.")
