from lib import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
from odf.text import P, Span
from odf.table import Table, TableColumn, TableRow, TableCell
write_request("09", """
Dear Headteacher / Business Manager,

Freedom of Information request

Q1. How many CCTV cameras are there on the school site (inside and outside)?
Q2. Are any of the school's CCTV cameras or recorders made by Hikvision?
Q3. Are any made by Dahua?
Q4. Are there cameras in toilets or changing rooms?

Kind regards
Megan Atherley
""")
doc = OpenDocumentText()
bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
cell = Style(name="C", family="table-cell"); cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
right = Style(name="R", family="paragraph"); right.addElement(ParagraphProperties(textalign="right"))
doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(cell); doc.automaticstyles.addElement(right)
def para(txt, b=False, style=None):
    p = P(stylename=style) if style else P()
    if b:
        p.addElement(Span(stylename=bold, text=txt))
    else:
        p.addText(txt)
    doc.text.addElement(p)
para("St Aidan's Church of England High School", b=True)
para("Moor Lane, Thornbury Vale, Lancashire BB9 3JT  |  Tel 01282 611 904  |  office@staidans-thornbury.lancs.sch.uk")
para("")
para("Mrs M Atherley", style=right)
para("11 June 2024", style=right)
para("")
para("Dear Mrs Atherley")
para("Re: Freedom of Information Request (School ref FOI 06/24)", b=True)
para("Thank you for your request received on 15 May 2024. I am able to provide the following information.")
para("Q1", b=True)
para("The number of cameras in each area is shown below.")
rows = [["Area", "Internal", "External", "Total"],
        ["Main building", "10", "4", "14"],
        ["Sports hall / changing block", "2", "3", "5"],
        ["Sixth form block", "3", "1", "4"],
        ["Car park and gates", "0", "5", "5"],
        ["Total", "15", "13", "28"]]
t = Table(name="cams")
t.addElement(TableColumn(numbercolumnsrepeated=4))
for i, r in enumerate(rows):
    tr = TableRow()
    for c in r:
        tc = TableCell(stylename=cell)
        p = P()
        if i in (0, len(rows) - 1):
            p.addElement(Span(stylename=bold, text=c))
        else:
            p.addText(c)
        tc.addElement(p)
        tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
para("The sports hall changing block cameras cover the corridor and entrance doors only.")
para("Q2 and Q3", b=True)
para("Our system was installed by Kestrel Security Systems in August 2020 and uses Hikvision cameras and a Hikvision recorder. We do not have any Dahua equipment.")
para("Q4", b=True)
para("No.")
para("If you are dissatisfied with the handling of your request you can ask for a review by writing to the Chair of Governors at the school address. If you are still not satisfied you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
para("Yours sincerely")
para("")
para("Mr Daniel Kerrigan")
para("School Business Manager (on behalf of the Governing Body)")
doc.save(str(OUT / "09-reply.odt"))
label("09", "odt", "school", "foia", "yes", "no", "answered", [], 28,
      "ODT letter with an internal/external table whose total row and total column both carry sums (28 must not be added again).")
