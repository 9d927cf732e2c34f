from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P

NN = "25"
write_request(NN, """
Mid and West Wales Fire and Rescue Service – FOI request

Q1: How many CCTV cameras are there at each of your fire stations and at HQ?
Q2: What makes of camera do you use?
Q3: Do you have any Hikvision or Dahua cameras? If yes please say how many of each.

Diolch / Thanks
Huw Prosser
""")
doc = OpenDocumentSpreadsheet()
b = Style(name="B", family="table-cell"); b.addElement(TextProperties(fontweight="bold"))
wide = Style(name="W", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="7cm"))
nar = Style(name="N", family="table-column"); nar.addElement(TableColumnProperties(columnwidth="3cm"))
doc.automaticstyles.addElement(b); doc.automaticstyles.addElement(wide); doc.automaticstyles.addElement(nar)

def row(t, vals, bold=False):
    tr = TableRow()
    for v in vals:
        if isinstance(v, (int, float)):
            c = TableCell(valuetype="float", value=v)
        else:
            c = TableCell(valuetype="string")
        if bold: c.setAttribute("stylename", b)
        c.addElement(P(text=str(v)))
        tr.addElement(c)
    t.addElement(tr)

t1 = Table(name="Response")
t1.addElement(TableColumn(stylename=wide, numbercolumnsrepeated=1))
for line in ["Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru / Mid and West Wales Fire and Rescue Service",
             "FOI Ref: MWWFRS-FOI-0219-24   Date: 08/07/2024", "",
             "Dear Mr Prosser, thank you for your request received 10/06/2024.",
             "Q1 – see sheet 'Cameras by site'.",
             "Q2 and Q3 – see sheet 'Makes'.", "",
             "You have the right to request an internal review within 40 working days (foi@mawwfire.gov.uk) and thereafter to complain to the Information Commissioner's Office, Cardiff.",
             "Information Governance, Service Headquarters, Lime Grove Avenue, Carmarthen SA31 1SP"]:
    row(t1, [line], bold=line.startswith("Gwasanaeth"))
doc.spreadsheet.addElement(t1)

t2 = Table(name="Cameras by site")
t2.addElement(TableColumn(stylename=wide)); t2.addElement(TableColumn(stylename=nar, numbercolumnsrepeated=2))
row(t2, ["Site", "Cameras", "Make"], bold=True)
sites = [("Service HQ, Carmarthen", 31, "Hikvision"), ("Swansea Central", 14, "Hikvision"), ("Morriston", 9, "Hikvision"),
         ("Port Talbot", 8, "Dahau"), ("Neath", 7, "Dahau"), ("Llanelli", 10, "Hikvision"), ("Aberystwyth", 9, "Hikvision"),
         ("Haverfordwest", 8, "Hikvision"), ("Brecon", 6, "Dahau"), ("Newtown", 6, "Hikvision"), ("Pembroke Dock", 7, "Dahau"),
         ("Training & Development Centre, Earlswood", 18, "Hikvision"), ("Fleet workshops, Pontyberem", 12, "Hikvision"),
         ("Retained stations (38 sites, 1–2 cameras each)", 58, "mixed")]
for s in sites: row(t2, list(s))
tot = sum(s[1] for s in sites)
row(t2, ["TOTAL", tot, ""], bold=True)
doc.spreadsheet.addElement(t2)

t3 = Table(name="Makes")
t3.addElement(TableColumn(stylename=wide)); t3.addElement(TableColumn(stylename=nar))
row(t3, ["Manufacturer", "Cameras"], bold=True)
dh = sum(s[1] for s in sites if s[2] == "Dahau")
hk = tot - dh - 58
row(t3, ["Hikvision", hk + 41]); row(t3, ["Dahau", dh + 17])
row(t3, ["Total", tot], bold=True)
doc.spreadsheet.addElement(t3)
doc.save(out(f"{NN}-reply.ods"))
print(tot, hk + 41, dh + 17)
add_label(NN, "ods", "fire", "foia", "yes", "yes", "answered", [], tot,
          "Welsh fire service ODS; Dahua consistently misspelt 'Dahau'; per-site sheet with TOTAL row; makes on a separate sheet.")
