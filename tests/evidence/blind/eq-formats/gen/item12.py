"""12: university XLSX with merged header cells, sub-columns, a total row and notes."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import out, write_request, write_label

write_request("12", """
Dear Westbury Metropolitan University,

Under the Freedom of Information Act 2000 please provide:

Q1) The number of CCTV cameras at each of your campuses, split between internal, external and PTZ.
Q2) The manufacturer(s) of the cameras at each campus.
Q3) Does the university have any Hikvision or Dahua equipment?
Q4) The precise location of every camera (building, floor, room or external position).

Thank you,
Ravi Chandrakanth
""")

data = [("City Campus", 188, 74, 6, "Axis / Hikvision", 9), ("Harbourside Campus", 96, 41, 3, "Hanwha", 4),
        ("Moorfield Sports Park", 12, 22, 2, "Hikvision", 2), ("School of Art (Carlton St)", 31, 8, 0, "Axis", 1),
        ("Student Village", 64, 57, 4, "Axis / Hikvision", 5)]
wb = Workbook(); ws = wb.active; ws.title = "FOI WMU-2025-114"
thin = Side(style="thin", color="808080"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="D9D9D9")
ws["A1"] = "Campus"; ws.merge_cells("A1:A2")
ws["B1"] = "Number of CCTV cameras"; ws.merge_cells("B1:D1")
ws["B2"] = "Internal"; ws["C2"] = "External"; ws["D2"] = "PTZ"
ws["E1"] = "Manufacturer(s)"; ws.merge_cells("E1:E2")
ws["F1"] = "NVRs / recording servers"; ws.merge_cells("F1:F2")
for row in ws["A1:F2"]:
    for c in row:
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = hdrfill; c.border = bd
r = 3
for campus, i, e, p, mk, nvr in data:
    for col, v in zip("ABCDEF", [campus, i, e, p, mk, nvr]):
        ws[f"{col}{r}"] = v; ws[f"{col}{r}"].border = bd
    r += 1
ws[f"A{r}"] = "Total"; ws[f"A{r}"].font = Font(bold=True)
for col in "BCDF":
    ws[f"{col}{r}"] = sum(ws[f"{col}{k}"].value for k in range(3, r)); ws[f"{col}{r}"].font = Font(bold=True); ws[f"{col}{r}"].border = bd
total_row = r
r += 2
notes = [
    "Q1 & Q2: see table above. Figures as at 31 March 2025.",
    "Q3: Yes, Hikvision cameras are installed at the campuses shown. The University has no Dahua equipment.",
    "Q4: The University estimates that extracting the precise position of each camera from building plans and the VMS would "
    "take in excess of 18 hours (the appropriate limit for universities is £450, or 18 hours at £25 per hour). Section 12 of "
    "the Freedom of Information Act therefore applies to this part of your request. You may wish to narrow this part, for "
    "example to a single building.",
    "Internal review: foi@westburymet.ac.uk within 40 working days. ICO: www.ico.org.uk.",
]
for n in notes:
    ws[f"A{r}"] = n; ws.merge_cells(f"A{r}:F{r}")
    ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[r].height = 45 if len(n) > 120 else 18
    r += 1
for col, w in zip("ABCDEF", [30, 11, 11, 8, 20, 14]):
    ws.column_dimensions[col].width = w
wb.save(out("12-reply.xlsx"))
total = sum(i + e + p for _, i, e, p, _, _ in data)
print(total)
write_label(path="12-reply.xlsx", request_file="12-request.txt", format="xlsx", body_type="university", law="foia",
            hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s12"], camera_count=total,
            note=f"Merged two-row header (Internal/External/PTZ under one merged 'Number of CCTV cameras'); Total row gives Internal, External and PTZ totals separately, so the count ({total}) is their sum, leaving out the NVR column; s12 applied to the locations part only.")
