import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P
from odf.style import Style, TextProperties, TableColumnProperties

NN = "20"
write_request(NN, """
University of Wexbury - Freedom of Information request

1. Please state the number of CCTV cameras on each of your campuses and in your halls of residence.
2. What manufacturer and model are they?
3. Do you use Hikvision or Dahua cameras?
4. Are any of the cameras capable of facial recognition, and is it used?

Regards
Yusuf Adeyemi
""")

doc = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(bold)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="9cm"))
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="3.5cm"))
doc.automaticstyles.addElement(wide); doc.automaticstyles.addElement(mid)

def sheet(name, rows, widths=("wide", "mid", "mid", "mid"), boldrows=()):
    t = Table(name=name)
    for w in widths:
        t.addElement(TableColumn(stylename=w))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            kw = {"stylename": bold} if i in boldrows else {}
            if isinstance(v, (int, float)):
                c = TableCell(valuetype="float", value=v, **kw)
            else:
                c = TableCell(valuetype="string", **kw)
            c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

sheet("Response", [
    ["University of Wexbury - Information Compliance"],
    ["FOI reference: UW-IC-2025-0417"],
    ["Date: 22 July 2025"],
    [""],
    ["Dear Mr Adeyemi"],
    ["Thank you for your request received 24 June 2025. The information is provided in this workbook."],
    [""],
    ["Q1 & Q2", "See the tabs for each campus and for Halls."],
    ["Q3", "Hikvision - no. Dahua - see Halls tab."],
    ["Q4", "No camera has facial recognition software and the University does not use facial recognition."],
    [""],
    ["If you are dissatisfied with our response you may request an internal review within 40 working days (foi@wexbury.ac.example)."],
    ["You also have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."],
    [""],
    ["Information Compliance Team"],
], widths=("wide", "wide"), boldrows=(0,))

sheet("Northgate Campus", [
    ["Building", "Cameras", "Manufacturer", "Model"],
    ["Library", 14, "Axis", "P3245-LVE"],
    ["Engineering & Computing", 22, "Axis", "P3245-LVE / P1455-LE"],
    ["Student Centre", 18, "Hanwha", "XND-6083RV"],
    ["Estates compound", 6, "Hanwha", "XNO-6083R"],
    ["Subtotal", 60, "", ""],
], boldrows=(0, 5))

sheet("Riverside Campus", [
    ["Building", "Cameras", "Manufacturer", "Model"],
    ["Arts Tower", 9, "Axis", "M3086-V"],
    ["Riverside Hub", 12, "Axis", "M3086-V"],
    ["Boathouse", 3, "Hanwha", "XNO-6083R"],
    ["Riverside car park", 8, "Hanwha", "XNO-6083R"],
    ["Subtotal", 32, "", ""],
], boldrows=(0, 5))

sheet("Halls", [
    ["Hall", "Cameras", "Manufacturer", "Model"],
    ["Weaver House", 10, "Dahua", "IPC-HDW2431T"],
    ["Copperfield Court", 16, "Hanwha", "XND-6083RV"],
    ["Ivy Lodge", 4, "Dahua", "IPC-HFW1431S"],
], boldrows=(0,))

doc.save(reply_path(NN, "ods"))
label(NN, "ods", "university", "foia", "no", "yes", "answered", [], 122,
      "Hard: no grand total anywhere; count = Northgate subtotal 60 + Riverside subtotal 32 + Halls rows (no subtotal) 30, across three sheets; Dahua only via 'see Halls tab'.")
