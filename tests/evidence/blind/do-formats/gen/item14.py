from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

NN = "14"
write_request(NN, """
Dear Strathallan Council,

I am making a request under the Freedom of Information (Scotland) Act 2002.

1. How many CCTV cameras does the council operate? Please break this down by council service.
2. Who is the manufacturer of the cameras at each site?
3. Are any of the council's cameras manufactured by Hikvision or Dahua?

Regards,
Kirsty Mowat
""")

doc = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="7cm"))
mid = Style(name="mid", family="table-column"); mid.addElement(TableColumnProperties(columnwidth="3cm"))
for s in (bold, wide, mid):
    doc.automaticstyles.addElement(s)


def cell(v, style=None):
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v)
    else:
        c = TableCell(valuetype="string")
    if style:
        c.setAttribute("stylename", style)
    c.addElement(P(text=str(v)))
    return c


def sheet(name, rows, cols=(wide, mid, wide), header=True):
    t = Table(name=name)
    for s in cols:
        t.addElement(TableColumn(stylename=s))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            tr.addElement(cell(v, bold if (header and i == 0) else None))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)


sheet("Response", [
    ["Strathallan Council - Freedom of Information (Scotland) Act 2002"],
    ["Our reference: FOI-SC-24-01872"],
    ["Date: 12 September 2024"],
    [""],
    ["Q1", "See service tabs (Housing, Roads & Transport, Leisure & Culture, Corporate Property)"],
    ["Q2", "See service tabs - manufacturer column"],
    ["Q3", "Yes - see manufacturer column"],
    [""],
    ["If you are dissatisfied with this response you may ask for a review within 40 working days by writing to "
     "the Information Governance Team, Strathallan Council, Council Offices, Bridge Street, Dunmarnock DK8 1AB "
     "(foi@strathallan.gov.uk). If you remain dissatisfied you may apply to the Scottish Information "
     "Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS."],
], cols=(mid, wide, wide), header=False)

housing = [["Site", "No. of cameras", "Manufacturer"],
           ["Craigbank Court (multi-storey)", 14, "Hikvison"],
           ["Wellmeadow Tower (multi-storey)", 16, "Hikvison"],
           ["Lindores Court (multi-storey)", 12, "Axis"],
           ["Sheltered housing - Ashgrove", 6, "Vicon"],
           ["Sheltered housing - Braehead", 4, "Vicon"]]
roads = [["Site", "No. of cameras", "Manufacturer"],
         ["Dunmarnock town centre", 31, "Axis"],
         ["Kilbrannan town centre", 18, "Axis"],
         ["Station Road park & ride", 5, "Hanwha"],
         ["Burnside bus station", 7, "Hanwha"]]
leisure = [["Site", "No. of cameras", "Manufacturer"],
           ["Strathallan Leisure Centre", 22, "Hikvison"],
           ["Kilbrannan Swimming Pool", 9, "Hikvison"],
           ["Dunmarnock Library & Museum", 8, "Axis"]]
corp = [["Site", "No. of cameras", "Manufacturer"],
        ["Council Offices, Bridge Street", 19, "Axis"],
        ["Burnbrae Depot", 11, "Hanwha"],
        ["Records store, Mill Road", 3, "Vicon"]]
for name, rows in [("Housing", housing), ("Roads & Transport", roads), ("Leisure & Culture", leisure),
                   ("Corporate Property", corp)]:
    sheet(name, rows)
total = sum(r[1] for rows in (housing, roads, leisure, corp) for r in rows[1:])
print("total", total)
doc.save(out(f"{NN}-reply.ods"))

add_label(dict(path=f"{NN}-reply.ods", request_file=f"{NN}-request.txt", format="ods",
               body_type="council", law="foisa", hikvision="yes", dahua="no", outcome="answered",
               exemptions=[], camera_count=total,
               note="No total anywhere: the count is the sum over four service tabs; maker spelt 'Hikvison'; Dahua absent from a complete per-site maker list."))
