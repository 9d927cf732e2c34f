import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

N = 21
write_text(f"{N:02d}-request.txt", """
Dear Historic Places Scotland,

I make the following request under FOISA.

(a) How many CCTV cameras do you operate at the properties in your care?
(b) Are any of them made by Hikvision or Dahua?
(c) If so, which of the two manufacturers, how many cameras, and at which properties?
(d) Do you plan to replace them, and by when?

Kind regards,
Isla Drummond-Faye
""")

doc = OpenDocumentSpreadsheet()
hdr = Style(name="hdr", family="table-cell")
hdr.addElement(TextProperties(fontweight="bold", color="#FFFFFF"))
hdr.addElement(TableCellProperties(backgroundcolor="#1B365D", wrapoption="wrap"))
wrap = Style(name="wrap", family="table-cell"); wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
boldc = Style(name="boldc", family="table-cell"); boldc.addElement(TextProperties(fontweight="bold"))
cA = Style(name="cA", family="table-column"); cA.addElement(TableColumnProperties(columnwidth="1.4cm"))
cB = Style(name="cB", family="table-column"); cB.addElement(TableColumnProperties(columnwidth="7.5cm"))
cC = Style(name="cC", family="table-column"); cC.addElement(TableColumnProperties(columnwidth="13cm"))
for s in (hdr, wrap, boldc, cA, cB, cC):
    doc.automaticstyles.addElement(s)

def r(vals, st=None):
    tr = TableRow()
    for v in vals:
        tc = TableCell(valuetype="string")
        if st is not None:
            tc.setAttribute("stylename", st)
        if v:
            for line in v.split("\n"):
                tc.addElement(P(text=line))
        tr.addElement(tc)
    return tr

t = Table(name="FOI 2025-00217")
for s in (cA, cB, cC):
    t.addElement(TableColumn(stylename=s))
t.addElement(r(["Historic Places Scotland - Response to request for information under the Freedom of Information (Scotland) Act 2002", "", ""], boldc))
t.addElement(r(["Our reference: FOI 2025-00217   Date of response: 12 March 2025", "", ""]))
t.addElement(r(["", "", ""]))
t.addElement(r(["Part", "Request", "Response"], hdr))
t.addElement(r(["(a)", "How many CCTV cameras do you operate at the properties in your care?",
                "Approx. 1,100 cameras across 74 staffed properties, depots and offices."], wrap))
t.addElement(r(["(b)", "Are any of them made by Hikvision or Dahua?", "Yes."], wrap))
t.addElement(r(["(c)", "If so, which of the two manufacturers, how many cameras, and at which properties?",
                "Withheld. We consider that this information is exempt from disclosure under sections 31(1) and 35(1)(a) of "
                "FOISA. Identifying the manufacturer, number and location of specific security equipment would reveal "
                "which properties, many of which hold collections of national importance, may be more vulnerable to "
                "attack or intrusion. This would, or would be likely to, prejudice substantially the prevention or "
                "detection of crime.\nThese exemptions are subject to the public interest test. While there is a public "
                "interest in openness about the security of the national heritage estate, we have concluded that the "
                "public interest in maintaining the exemptions outweighs that in disclosure."], wrap))
t.addElement(r(["(d)", "Do you plan to replace them, and by when?",
                "Yes. Replacement is included in the Estate Security Refresh programme and is scheduled for completion by "
                "31 March 2027, subject to funding."], wrap))
t.addElement(r(["", "", ""]))
t.addElement(r(["", "Your right to request a review",
                "If you are unhappy with this response you may ask us to carry out an internal review by writing to "
                "foi@historicplaces.scot.invalid within 40 working days. If you remain dissatisfied you can appeal to the "
                "Scottish Information Commissioner (www.foi.scot/appeal) and thereafter to the Court of Session on a point "
                "of law only."], wrap))
t.addElement(r(["", "Re-use", "Information released under FOISA is Crown copyright and may be re-used under the Open Government Licence."], wrap))
doc.spreadsheet.addElement(t)
doc.save(out(f"{N:02d}-reply.ods"))

label(N, "ods", "ods", "scottish_gov", "foisa", "unknown", "unknown", "partially_answered", ["s31", "s35"], 1100,
      "spreadsheet laid out as a letter; bare 'Yes.' to the combined Hik-or-Dahua question, which maker withheld under FOISA s31/s35; 'Approx. 1,100'")
