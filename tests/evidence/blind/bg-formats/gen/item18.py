from common import *
from xl import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "18"
write_request(NN, """
Avon and Somerset Police - body worn video

1. How many body-worn video cameras does the force currently have?
2. Which manufacturer(s) supply them?
3. Are any of the force's body-worn cameras made by Hikvision or Dahua?
4. What was the total contract value for the current body-worn video contract?

Regards
Kieran Doyle
""")
wb = Workbook(); ws = wb.active; ws.title = "Response"
notes(ws, [
    "AVON AND SOMERSET CONSTABULARY – FREEDOM OF INFORMATION",
    "Ref: 1503/24     Date: 11 November 2024",
    "",
    "Q1 – please see sheet 'BWV devices'.",
    "Q2 – Motorola Solutions (VB400). Please also see sheet 'BWV devices'.",
    "Q3 – No.",
    "Q4 – The force holds this information. It is exempt under section 43(2) (Commercial interests) of the Freedom of Information Act 2000. The contract is subject to a live procurement exercise for the replacement of the BWV estate and disclosure of the current value would be likely to prejudice the force's commercial position in that process. The public interest in maintaining the exemption outweighs the public interest in disclosure.",
    "",
    "Complaint rights: you may request an internal review within 40 working days of receiving this response by emailing freedomofinformation@avonandsomerset.police.uk. If you remain dissatisfied you may apply to the Information Commissioner.",
], col_width=105)
s = wb.create_sheet("BWV devices")
title(s, "Body-worn video – devices in service (31/10/2024)", 5)
s.merge_cells("B2:C2"); s["B2"] = "Cameras"; s["B2"].font = Font(bold=True); s["B2"].alignment = Alignment(horizontal="center")
s["D2"] = "Ancillary"; s["D2"].font = Font(bold=True)
header(s, 3, ["Area / department", "Personal issue", "Pool", "Docking stations", "Total units"])
data = [("Bristol", 1140, 160, 96), ("North Somerset & South Glos", 620, 90, 58),
        ("Somerset East", 410, 60, 40), ("Somerset West", 390, 55, 36), ("Roads Policing & Ops", 210, 20, 18)]
r = 4
for row in data:
    rowvals(s, r, list(row) + [sum(row[1:])]); r += 1
r += 1
tot = [sum(x[i] for x in data) for i in (1, 2, 3)]
rowvals(s, r, ["Total"] + tot + [sum(tot)], bold=True, fill=TOT)
widths(s, [30, 15, 10, 17, 12])
n = wb.create_sheet("Notes")
notes(n, ["Notes",
          "All BWV cameras are Motorola Solutions VB400.",
          "Docking stations are the charging/upload units and are not cameras.",
          "Custody suite CCTV (212 cameras) is outside the scope of this request and is not included.",
          "A pilot of 40 next-generation devices is planned for 2025 as part of the re-procurement."])
wb.save(OUT / f"{NN}-reply.xlsx")
add_label(NN, "xlsx", "police", "foia", "no", "no", "partially_answered", ["s43"], 3155,
          "Request is about body-worn video only, so the BWV count (2770+385=3155) is the answer, not 'Total units' 3403 (includes docking stations) nor the 212 custody CCTV in the notes; bare 'No' to a both-makers question.")
