from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

NN = "07"
write_request(NN, """
Cleveland Police - FOI request

1. How many CCTV cameras does Cleveland Police operate at its own premises (stations, custody suites, HQ)?
2. How many covert or tactically deployable cameras does the force hold?
3. Are any of the force's cameras manufactured by Hikvision or Dahua?
4. Who manufactures the force's custody suite CCTV?

Thanks
R Dunn
""")

detail = {
    "Custody": [("Middlesbrough Custody Suite", 58, "Bosch"), ("Hartlepool Custody Suite", 31, "Bosch")],
    "Stations": [("Middlesbrough (Hemlington)", 16, "Axis"), ("Hartlepool", 12, "Axis"),
                 ("Stockton", 14, "Axis"), ("Redcar", 9, "Axis"), ("Guisborough", 4, "Axis"),
                 ("Billingham", 5, "Axis")],
    "HQ & support": [("Force HQ, Ladgate Lane", 27, "Axis"), ("Vehicle workshop", 6, "Axis"),
                     ("Property store", 8, "Bosch")],
}
wb = Workbook()
ws = wb.active; ws.title = "Summary"
ws["A1"] = "Cleveland Police - Freedom of Information Unit"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "FOI reference 2024/0455 - response dated 18 April 2024"
ws["A4"] = "Question"; ws["B4"] = "Response"
ws["A4"].font = ws["B4"].font = Font(bold=True)
rows = [
    ("Q1 - overt CCTV at force premises", "See totals below and detail tabs"),
    ("Custody", sum(x[1] for x in detail["Custody"])),
    ("Stations", sum(x[1] for x in detail["Stations"])),
    ("HQ & support", sum(x[1] for x in detail["HQ & support"])),
    ("TOTAL", sum(x[1] for v in detail.values() for x in v)),
    ("Q2 - covert / deployable", "Cleveland Police can neither confirm nor deny whether it holds information relevant to this part of your request, by virtue of Sections 23(5), 24(2) and 31(3) of the Freedom of Information Act 2000. A full explanation is given on the 'Notice' tab."),
    ("Q3 - Hikvision or Dahua", "No"),
    ("Q4 - custody CCTV manufacturer", "Bosch"),
]
for i, (a, b) in enumerate(rows, 5):
    ws.cell(row=i, column=1, value=a); ws.cell(row=i, column=2, value=b)
    ws.cell(row=i, column=2).alignment = Alignment(wrap_text=True, vertical="top")
ws["A9"].font = Font(bold=True); ws["B9"].font = Font(bold=True)
ws.column_dimensions["A"].width = 36; ws.column_dimensions["B"].width = 90
for name, items in detail.items():
    s = wb.create_sheet(name)
    s.append(["Site", "Cameras", "Manufacturer"])
    for c in s[1]: c.font = Font(bold=True)
    for it in items: s.append(list(it))
    s.column_dimensions["A"].width = 34
n = wb.create_sheet("Notice")
notice = [
    "Section 17 of the Act requires the force, when refusing to provide information, to provide a notice which states the exemption and why it applies.",
    "Section 23(5) - Information supplied by, or concerning, certain security bodies. This is an absolute class-based exemption.",
    "Section 24(2) - National Security. Section 31(3) - Law Enforcement. These are prejudice-based qualified exemptions.",
    "Confirming or denying the existence of covert or tactical camera assets would reveal policing capability to those intent on",
    "evading detection. The balance of the public interest lies in neither confirming nor denying.",
    "",
    "Complaint rights: you may request an internal review within 40 working days via foi@cleveland.example.police.uk.",
    "If you remain dissatisfied you may contact the Information Commissioner, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
]
for l in notice: n.append([l])
wb.save(out(f"{NN}-reply.xlsx"))
total = sum(x[1] for v in detail.values() for x in v)
label(NN, "xlsx", "police", "foia", "no", "no", "partially_answered", ["s23", "s24", "s31"], total,
      "total on the summary sheet among part-totals, detail on other tabs; covert part NCND; joint Hikvision/Dahua 'No'")
print(total)
