from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell
from odf.text import P
from common import *

NN = "10"
write_request(NN, """
Dear Glenarden Council,

Under the Freedom of Information (Scotland) Act 2002 I would like:

a) the number of public space CCTV cameras the council operates, by town;
b) the manufacturer of the cameras in each town;
c) the installation cost of each camera;
d) the name of the company that monitors them.

Regards
Callum Dewar
""")

def row(t, vals):
    tr = TableRow()
    for v in vals:
        if isinstance(v, (int, float)):
            c = TableCell(valuetype="float", value=v)
            c.addElement(P(text=str(v)))
        else:
            c = TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
        tr.addElement(c)
    t.addElement(tr)

doc = OpenDocumentSpreadsheet()
t1 = Table(name="Response")
for l in [
    "Glenarden Council - Freedom of Information (Scotland) Act 2002",
    "Request ID: 101004598721",
    "Response date: 28/11/2023",
    "",
    "a) and b) Please see the sheet 'Cameras by town'.",
    "c) Glenarden Council does not hold this information. Cameras were installed in phases under larger "
    "regeneration contracts and a per-camera cost was not recorded. In terms of section 17 of FOISA this "
    "letter serves as a notice that the information is not held.",
    "d) Monitoring is carried out by Council staff at the Glenarden CCTV Control Centre, Burnside Road. No "
    "external company is used.",
    "",
    "If you are unhappy with this response you may ask us to carry out a review within 40 working days, by "
    "writing to the FOI Officer, Glenarden Council, Council Buildings, Market Street, Glenarden G77 4LT.",
    "If you remain dissatisfied you may apply to the Scottish Information Commissioner (www.itspublicknowledge.info).",
]:
    row(t1, [l])
doc.spreadsheet.addElement(t1)

t2 = Table(name="Cameras by town")
row(t2, ["Town", "No. of cameras", "Manufacturer", "Notes"])
data = [("Glenarden", 38, "Hanwha", ""), ("Kilbride Mains", 17, "Hanwha", ""),
        ("Port Annan", 12, "Vicon", "Harbour cameras"), ("Drumcairn", 9, "Vicon", ""),
        ("Kirkton", 6, "Hanwha", "Planned - installation due spring 2024"),
        ("Strathmore Park", 4, "Axis", "Redeployable units")]
for d in data:
    row(t2, list(d))
doc.spreadsheet.addElement(t2)
doc.save(out(f"{NN}-reply.ods"))
cnt = sum(d[1] for d in data if d[0] != "Kirkton")
label(NN, f"{NN}-reply.ods", "ods", "council", "foisa", "no", "no", "partially_answered", ["s17"], cnt,
      f"Hard: per-town table with no total; the Kirkton row is planned and excluded ({cnt}); costs not held under FOISA s17; "
      "makers by a complete per-town list without Hikvision/Dahua.")
print(cnt)
