from common import *
from xl import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "24"
write_request(NN, """
To Thurrock Council

Re: fly-tipping CCTV

a) How many cameras does the council deploy to monitor fly-tipping hotspots?
b) What make and model are they?
c) Are any Hikvision or Dahua products?
d) Where are they currently deployed?
e) How many fixed penalty notices or prosecutions have resulted from the cameras in 2023/24?

A Kaur
""")
wb = Workbook(); ws = wb.active; ws.title = "Response"
notes(ws, [
    "THURROCK COUNCIL – INFORMATION REQUEST 8821/24",
    "Response date: 20 May 2024",
    "",
    "We have handled your request under the Environmental Information Regulations 2004 (EIR), as the information relates to measures affecting the state of the land (waste).",
    "",
    "a) and b) See tab 'Deployable cameras'.",
    "c) See tab 'Deployable cameras'. No Dahua products are used.",
    "d) Withheld – see tab 'Locations'.",
    "e) 2023/24: 61 fixed penalty notices issued and 9 prosecutions where camera evidence was used.",
    "",
    "If you are unhappy with this response you may request an internal review within 40 working days (regulation 11). You may then complain to the Information Commissioner.",
    "",
    "Information Governance, Thurrock Council, Civic Offices, New Road, Grays RM17 6SL",
], col_width=100)
d = wb.create_sheet("Deployable cameras")
title(d, "Re-deployable fly-tipping cameras (Environmental Enforcement)", 5)
d.merge_cells("A2:B2"); d["A2"] = "Equipment"; d["A2"].font = Font(bold=True); d["A2"].alignment = Alignment(horizontal="center")
d.merge_cells("C2:E2"); d["C2"] = "Units"; d["C2"].font = Font(bold=True); d["C2"].alignment = Alignment(horizontal="center")
header(d, 3, ["Make", "Model", "Deployed", "In store / charging", "Total"])
rows = [("WCCTV", "4G Mini Dome", 4, 2), ("Hikvision", "DS-2XS6A25G0-I/CH20S40 (solar 4G kit)", 4, 1),
        ("EZVIZ", "BC1C battery camera", 2, 1)]
r = 4
for row in rows:
    rowvals(d, r, list(row) + [row[2] + row[3]]); r += 1
r += 1
rowvals(d, r, ["Total", "", sum(x[2] for x in rows), sum(x[3] for x in rows), sum(x[2] + x[3] for x in rows)], bold=True, fill=TOT)
widths(d, [14, 40, 11, 20, 8])
l = wb.create_sheet("Locations")
notes(l, ["Current deployment locations",
          "Withheld under regulation 12(5)(b) EIR (the course of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature). Disclosing where cameras are currently deployed would allow offenders to avoid them and would undermine ongoing investigations. We have considered the presumption in favour of disclosure (regulation 12(2)) and the public interest, and concluded that the public interest favours withholding."])
n = wb.create_sheet("Notes")
notes(n, ["Notes", "Cameras are moved between hotspots roughly every 4-6 weeks.",
          "The council's town centre public space CCTV is a separate system and is not included here."])
wb.save(OUT / f"{NN}-reply.xlsx")
add_label(NN, "xlsx", "council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)"], 14,
          "EIR workbook about fly-tipping cameras: count is deployed plus in-store units (14, not the 10 deployed); Hikvision by name and EZVIZ brand only in the table; locations withheld under EIR 12(5)(b); reg 11/12(2) not exemptions.")
