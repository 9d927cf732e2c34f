from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
wb = Workbook()
ws = wb.active; ws.title = "Response"
lines = [
    ("Calderdown Constabulary - Freedom of Information Unit", True),
    ("Request reference: CC/FOI/2024/00988      Response date: 14/06/2024", False),
    ("", False),
    ("Q1 How many ANPR cameras does the force operate? Please split between fixed sites and vehicle-mounted.", True),
    ("See sheet 'ANPR by district'. Vehicle-mounted figures are numbers of cameras, not vehicles.", False),
    ("Q2 Who manufactures the ANPR cameras?", True),
    ("See sheet 'Manufacturers'.", False),
    ("Q3 Are any of the ANPR cameras made by Hikvision or Dahua?", True),
    ("See sheet 'Manufacturers'.", False),
    ("Q4 Please list the locations of the fixed ANPR cameras.", True),
    ("Exempt - Section 31(1)(a)(b) Law Enforcement. Figures by district are the most detailed that can be released. Explanation of harm and public interest test below.", False),
    ("", False),
    ("Harm: Disclosure of the specific locations of ANPR cameras would allow criminals to plan routes that avoid them, undermining the use of ANPR to prevent and detect crime, including serious and organised crime and terrorism.", False),
    ("Public interest favouring disclosure: transparency about the use of ANPR and the spending of public funds.", False),
    ("Public interest favouring non-disclosure: the effectiveness of ANPR in law enforcement depends on offenders not knowing where cameras are located.", False),
    ("Balance: the public interest favours maintaining the exemption.", False),
    ("", False),
    ("If you are unhappy with this response you may request an internal review within 40 working days by emailing foi@calderdown.police.uk. You may also complain to the Information Commissioner.", False),
]
for i, (t, b) in enumerate(lines, start=1):
    c = ws.cell(i, 1, t); c.font = Font(bold=b); c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 110

sh = wb.create_sheet("ANPR by district")
sh.append(["District", "Category", "Fixed", "Vehicle-mounted", "Total"])
blocks = {
    "Northern": [("Strategic road network", 18, 0), ("Town centres", 12, 0), ("Roads Policing Unit vehicles", 0, 14)],
    "Central": [("Strategic road network", 22, 0), ("Town centres", 16, 0), ("Ring road", 9, 0), ("Roads Policing Unit vehicles", 0, 18)],
    "Southern": [("Strategic road network", 14, 0), ("Port approaches", 6, 0), ("Roads Policing Unit vehicles", 0, 10)],
}
sub_rows = []
gf = gv = 0
for dist, rows in blocks.items():
    f = v = 0
    for cat, a, b in rows:
        sh.append([dist, cat, a or None, b or None, a + b]); f += a; v += b
    sh.append([f"{dist} subtotal", "", f, v, f + v]); sub_rows.append(sh.max_row)
    gf += f; gv += v
sh.append(["GRAND TOTAL", "", gf, gv, gf + gv]); grand = sh.max_row
for r in sub_rows:
    for c in sh[r]:
        c.font = Font(bold=True, italic=True); c.fill = PatternFill("solid", fgColor="F2F2F2")
for c in sh[grand]:
    c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
for c in sh[1]:
    c.font = Font(bold=True)
for col, w in zip("ABCDE", [20, 30, 8, 16, 8]):
    sh.column_dimensions[col].width = w
mf = wb.create_sheet("Manufacturers")
mf.append(["Manufacturer", "Fixed", "Vehicle-mounted"])
mf.append(["HIKVISION", 61, None])
mf.append(["NDI Recognition Systems", 36, None])
mf.append(["Genetec (AutoVu)", None, gv])
for c in mf[1]:
    c.font = Font(bold=True)
mf.column_dimensions["A"].width = 28
assert 61 + 36 == gf, gf
wb.save(out("17-reply.xlsx"))
print(gf, gv, gf + gv)
label("17", "xlsx", "police", "foia", "yes", "no", "partially_answered", ["s31"], gf + gv,
      "ANPR-only request; workbook with per-district rows, italic subtotal rows and a GRAND TOTAL (139) — summing the Total column double counts; makers only on a separate sheet (HIKVISION, NDI, Genetec) so Dahua is no by complete list; locations withheld s31.",
      "Police ANPR .xlsx with subtotals + grand total; makers on third sheet; s31 for locations.")
