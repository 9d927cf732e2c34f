from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from common import out, Cache

C = Cache()
wb = Workbook()
r = wb.active; r.title = "Response"
eq = wb.create_sheet("Equipment")
dep = wb.create_sheet("Deployments by year")
enf = wb.create_sheet("Enforcement outcomes")
b = Font(bold=True); fill = PatternFill("solid", fgColor="E2EFDA")

txt = [
    ["Brackenshire County Council - Environmental Information Regulations 2004"],
    ["Request reference: EIR-2024-0455   |   Response date: 09/09/2024   |   Service: Waste & Environmental Enforcement"],
    [],
    ["Your request has been considered under the Environmental Information Regulations 2004 (EIR) as it relates to measures affecting the state of the land (waste and fly-tipping)."],
    [],
    ["Part", "Response"],
    ["a) How many cameras do you currently have for fly-tipping enforcement?", "Please see the 'Equipment' tab (total in service)."],
    ["b) The make and model of each camera.", "Please see the 'Equipment' tab."],
    ["c) The locations where cameras were deployed during 2023.",
     "Withheld. The Council considers that disclosure of deployment locations would adversely affect the course of justice and the Council's ability to conduct investigations of a criminal nature, and is therefore excepted under regulation 12(5)(b) EIR. Disclosure would allow offenders to identify where cameras have been used and avoid those locations, reducing the effectiveness of the cameras as an enforcement tool. The Council has applied the presumption in favour of disclosure at regulation 12(2) and considered the public interest; while there is a public interest in transparency about the use of surveillance, this is outweighed by the public interest in effective enforcement against fly-tipping. The number of deployments per year is provided on the 'Deployments by year' tab."],
    ["d) The number of fines (FPNs) and prosecutions resulting from camera evidence in each of the last three years.", "Please see the 'Enforcement outcomes' tab."],
    [],
    ["If you are dissatisfied with this response you may request a review under regulation 11 EIR by writing to the Information Governance Team, County Hall, Brackenbridge BK1 2XA (infogov@brackenshire.gov.uk) within 40 working days. If you remain dissatisfied you may contact the Information Commissioner's Office, www.ico.org.uk."],
]
for row in txt: r.append(row)
r["A1"].font = Font(bold=True, size=12); r["A6"].font = b; r["B6"].font = b
r.column_dimensions["A"].width = 55; r.column_dimensions["B"].width = 95
for row in r.iter_rows(min_row=4):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")

eq.append(["Camera type", "Manufacturer", "Model", "Connectivity", "Status", "Quantity"])
for c in eq[1]: c.font = b; c.fill = fill
items = [("Solar 4G bullet camera", "Hikvision", "DS-2XS6A46G0-I/CH20S40", "4G", "In service", 8),
         ("Covert trail camera", "Spypoint", "LINK-MICRO-LTE", "4G", "In service", 6),
         ("Re-deployable mini dome", "WCCTV", "4G Mini Dome", "4G", "In service", 3),
         ("Re-deployable PTZ", "Dahua", "SD5A425XA-HNR (4G pack)", "4G", "Disposed (2022)", 4),
         ("Covert trail camera", "Bushnell", "Core DS-4K", "None (SD card)", "Disposed (2023)", 5)]
for it in items: eq.append(list(it))
n = len(items) + 1
eq.cell(row=n + 2, column=5, value="Total in service").font = b
C.f(eq, "F%d" % (n + 2), '=SUMIF(E2:E%d,"In service",F2:F%d)' % (n, n), sum(i[5] for i in items if i[4] == "In service"))
eq.cell(row=n + 3, column=5, value="Total disposed").font = b
C.f(eq, "F%d" % (n + 3), '=SUMIF(E2:E%d,"Disposed*",F2:F%d)' % (n, n), sum(i[5] for i in items if i[4].startswith("Disposed")))
for col, w in zip("ABCDEF", [26, 14, 26, 16, 18, 10]): eq.column_dimensions[col].width = w

dep.append(["Year", "Number of deployments", "Cameras used (max at any one time)", "Average deployment length (days)"])
for c in dep[1]: c.font = b; c.fill = fill
for y in [(2021, 64, 22, 18), (2022, 71, 20, 16), (2023, 88, 17, 14)]: dep.append(list(y))
C.f(dep, "B5", "=SUM(B2:B4)", 64 + 71 + 88); dep["A5"] = "Total"; dep["A5"].font = b
for col, w in zip("ABCD", [10, 22, 32, 30]): dep.column_dimensions[col].width = w

enf.append(["Year", "FPNs issued (camera evidence)", "Prosecutions (camera evidence)"])
for c in enf[1]: c.font = b; c.fill = fill
for y in [(2021, 37, 4), (2022, 52, 6), (2023, 61, 9)]: enf.append(list(y))
enf["A5"] = "Total"; enf["A5"].font = b
C.f(enf, "B5", "=SUM(B2:B4)", 150); C.f(enf, "C5", "=SUM(C2:C4)", 19)
enf["A7"] = "FPN = fixed penalty notice under s33ZA Environmental Protection Act 1990. Prosecutions are cases heard in the 2021-2023 calendar years."
for col, w in zip("ABC", [10, 30, 32]): enf.column_dimensions[col].width = w
C.save(wb, out("21-reply.xlsx"))
