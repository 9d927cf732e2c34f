from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

doc = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(bold)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="6cm"))
doc.automaticstyles.addElement(wide)

def cell(v, st=None):
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v)
    else:
        c = TableCell(valuetype="string")
    if st: c.setAttribute("stylename", st)
    c.addElement(P(text=str(v)))
    return c

def sheet(name, rows, boldrows=()):
    t = Table(name=name)
    for _ in range(5): t.addElement(TableColumn(stylename=wide))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            tr.addElement(cell(v, bold if i in boldrows else None))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

sheet("Read me", [
    ["Riverbend Learning Trust - FOI response RLT/FOI/25-03"],
    ["Date: 27 March 2025"],
    [""],
    ["The number and make of CCTV cameras at each academy is shown on the academy tabs."],
    ["None of the Trust's academies has CCTV in toilets or changing areas. Cameras in corridors outside toilets do not view the inside of the facilities."],
    [""],
    ["If you are unhappy with this response you may request an internal review by writing to the Trust's Data Protection Lead, Riverbend Learning Trust, Oakfield Road, Thornbury Vale TV6 2LP."],
    ["You may also contact the Information Commissioner's Office: www.ico.org.uk"],
], boldrows=(0,))

H = ["Area", "Location", "No. of cameras", "Manufacturer", "Notes"]
schools = {
 "Oakfield Academy": [
    ("Internal", "Corridors", 14, "Axis", ""), ("Internal", "Canteen", 4, "Axis", ""),
    ("Internal", "Library", 2, "Axis", ""), ("Internal", "ICT suites", 3, "Axis", ""),
    ("SUB", "Internal subtotal", 23),
    ("External", "Perimeter", 10, "Hanwha", ""), ("External", "Staff car park", 4, "Hanwha", "ANPR not enabled"),
    ("External", "Sports pitches / MUGA", 3, "Hanwha", ""),
    ("SUB", "External subtotal", 17),
    ("TOT", "Academy total", 40)],
 "Brook Lane Primary": [
    ("Internal", "Reception", 2, "Hikvision", ""), ("Internal", "Hall", 1, "Hikvision", ""),
    ("SUB", "Internal subtotal", 3),
    ("External", "Playground", 4, "Hikvision", ""), ("External", "Front gates", 2, "Hikvision", "Linked to door entry"),
    ("SUB", "External subtotal", 6),
    ("TOT", "Academy total", 9)],
 "Meadowside Primary": [
    ("Internal", "Reception", 1, "Axis", ""),
    ("SUB", "Internal subtotal", 1),
    ("External", "Perimeter", 6, "Axis", "Previously Hikvision - replaced with Axis summer 2024"),
    ("SUB", "External subtotal", 6),
    ("TOT", "Academy total", 7)],
 "Riverside Primary": [
    ("Internal", "Entrance lobby", 2, "Bosch", ""),
    ("SUB", "Internal subtotal", 2),
    ("External", "Playground & field", 3, "Bosch", ""), ("External", "Nursery gate", 2, "Bosch", ""),
    ("SUB", "External subtotal", 5),
    ("TOT", "Academy total", 7)],
}
grand = 0
for name, rows in schools.items():
    out_rows = [[name], H]; b = [0, 1]
    for r in rows:
        if r[0] in ("SUB", "TOT"):
            out_rows.append(["", r[1], r[2], "", ""]); b.append(len(out_rows) - 1)
            if r[0] == "TOT": grand += r[2]
        else:
            out_rows.append(list(r))
    sheet(name, out_rows, boldrows=b)
doc.save(out("09-reply.ods"))
print(grand)
add_label(path="09-reply.ods", request_file="09-request.txt", format="ods", body_type="academy",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=grand,
          note="Sheet per academy with internal/external subtotal rows and academy totals but no grand total, so naive summing double-counts; a notes cell mentions Hikvision replaced at one school while another still lists Hikvision.")
