import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

NN = "10"
REQ = """
Dear Wolverhampton Homes,

I understand Wolverhampton Homes is subject to FOI as a company wholly owned by the City of Wolverhampton Council. Please could you tell me:

1. How many CCTV cameras are installed on the blocks and estates you manage?
2. Could you list these by block/estate?
3. What make are the cameras? Are any made by Hikvision or Dahua (or their other brands such as EZVIZ or Imou)?

Thanks
Nadia Farouk
"""

blocks = [
    # area, block, cameras, make, notes
    ("North", "Graiseley Court", 24, "Hanwha Wisenet", "Entrance, lifts, bin store"),
    ("North", "Heath Town - Longfield House", 31, "Hanwha Wisenet", ""),
    ("North", "Heath Town - Chervil Rise", 18, "Hanwha Wisenet", ""),
    ("North", "Wednesfield Tower", 22, "Hikvision", "Replaced 2022"),
    ("North", "Ashmore Park sheltered scheme", 6, "Imou", "Door entry cameras"),
    ("North", "Low Hill community centre", 8, "Hikvision", ""),
    ("Central", "Brockfield House", 26, "Hanwha Wisenet", ""),
    ("Central", "Campion House", 26, "Hanwha Wisenet", ""),
    ("Central", "Boscobel House", 20, "Hikvision", ""),
    ("Central", "Whitmore Reans - Dunstall Court", 14, "Hikvision", ""),
    ("Central", "Blakenhall Gardens sheltered", 5, "Imou", "Door entry cameras"),
    ("South", "Bilston - Bert Williams House", 19, "Hikvision", ""),
    ("South", "Bilston - Etheridge Court", 17, "Hikvision", ""),
    ("South", "Ettingshall Park estate (redeployable)", 4, "Hikvision", "Mobile units"),
    ("South", "Spring Vale multi-storey", 28, "Hanwha Wisenet", ""),
    ("South", "Parkfields sheltered scheme", 6, "Imou", "Door entry cameras"),
    ("South", "Lanesfield estate office", 3, "Hikvision", ""),
    ("East", "New Park Village - Corbyn Court", 22, "Hanwha Wisenet", ""),
    ("East", "Bushbury Hill estate office", 4, "Hikvision", ""),
]
total = sum(b[2] for b in blocks)

doc = OpenDocumentSpreadsheet()
bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
doc.automaticstyles.addElement(bold)
wide = Style(name="wide", family="table-column"); wide.addElement(TableColumnProperties(columnwidth="9cm"))
doc.automaticstyles.addElement(wide)

def cell(v, b=False):
    kw = {"stylename": bold} if b else {}
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v, **kw)
    else:
        c = TableCell(valuetype="string", **kw)
    c.addElement(P(text=str(v)))
    return c

def sheet(name, rows, header=True):
    t = Table(name=name)
    t.addElement(TableColumn(stylename=wide))
    t.addElement(TableColumn(numbercolumnsrepeated=4))
    for i, r in enumerate(rows):
        tr = TableRow()
        for v in r:
            tr.addElement(cell(v, b=(header and i == 0)))
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

sheet("Cover note", [
    ["Wolverhampton Homes - response to Freedom of Information request WH-FOI-0419"],
    ["Date of response: 16 January 2025"],
    [""],
    ["Dear Ms Farouk,"],
    ["The information you asked for is set out on the following tabs of this spreadsheet."],
    ["'Summary' gives the number of cameras in each housing area. 'By block' lists each block, estate or site with the camera make."],
    ["Cameras at the Council's civic buildings are operated by the City of Wolverhampton Council and are not included."],
    [""],
    ["If you are not happy with our response you can ask for a review by emailing information.governance@wolverhamptonhomes.example.org.uk."],
    ["You can also complain to the Information Commissioner's Office (www.ico.org.uk)."],
    [""],
    ["Information Governance Team, Wolverhampton Homes, 1 Wednesfield Road, Wolverhampton WV10 0DZ"],
], header=False)

areas = {}
for a, _, n, _, _ in blocks:
    areas.setdefault(a, [0, 0]); areas[a][0] += 1; areas[a][1] += n
srows = [["Area", "Sites", "Cameras"]] + [[a, v[0], v[1]] for a, v in areas.items()] + [["Total", len(blocks), total]]
sheet("Summary", srows)
sheet("By block", [["Area", "Block / estate", "No. of cameras", "Make", "Notes"]] + [list(b) for b in blocks])

write_request(NN, REQ)
doc.save(out(f"{NN}-reply.ods"))
print("total", total)
write_label(path=f"{NN}-reply.ods", request_file=f"{NN}-request.txt", format="ods", body_type="other",
            law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=total,
            note="Three-sheet spreadsheet (cover note, summary with total, per-block list); Dahua only appears as its consumer brand Imou at sheltered schemes.")
