from common import *
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

write_request("19", """
Dear Fellgarth National Park Authority,

Please provide the following:

1) How many ANPR cameras do you have in your car parks?
2) What make are the cameras?
3) What is the annual cost of the ANPR / parking enforcement contract?
4) How many parking charge notices were issued in 2023?

Thanks,
Beth Armitage
""")

doc = OpenDocumentSpreadsheet()
bc = Style(name="bc", family="table-cell"); bc.addElement(TextProperties(fontweight="bold"))
bc.addElement(TableCellProperties(backgroundcolor="#C6E0B4")); doc.automaticstyles.addElement(bc)
wr = Style(name="wr", family="table-cell"); wr.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top")); doc.automaticstyles.addElement(wr)
c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="1.5cm")); doc.automaticstyles.addElement(c1)
c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="8cm")); doc.automaticstyles.addElement(c2)
c3 = Style(name="c3", family="table-column"); c3.addElement(TableColumnProperties(columnwidth="14cm")); doc.automaticstyles.addElement(c3)

t = Table(name="EIR 2024-117")
for s in (c1, c2, c3): t.addElement(TableColumn(stylename=s))
def row(vals, style=wr):
    tr = TableRow()
    for v in vals:
        if isinstance(v, int):
            c = TableCell(valuetype="float", value=v, stylename=style)
        else:
            c = TableCell(valuetype="string", stylename=style)
        c.addElement(P(text=str(v))); tr.addElement(c)
    t.addElement(tr)
row(["Fellgarth National Park Authority — Environmental Information Regulations 2004 — request EIR 2024-117 — responded 30/07/2024", "", ""])
row(["", "", ""])
row(["#", "Information requested", "Response"], bc)
row([1, "How many ANPR cameras do you have in your car parks?", "11 – at Scarth Beck, Langmere Foot, Hollow Stones, Kirkby Brow, Eskholme and the Visitor Centre car parks."])
row([2, "What make are the cameras?", "All HIKVISION (DS-TCG406-E). Installed 2022 by our parking contractor."])
row([3, "What is the annual cost of the ANPR / parking enforcement contract?", "Withheld. Reg. 12(5)(e) – confidentiality of commercial information. The contract is a revenue share arrangement and the terms are commercially confidential to the contractor; the public interest in maintaining the exception is considered to outweigh the public interest in disclosure as the contract is due for re-procurement in 2025. Total car park income is published in the Authority's Statement of Accounts."])
row([4, "How many parking charge notices were issued in 2023?", "2,314"])
row(["", "", ""])
row(["Why EIR? Information about car parking and visitor traffic management in the National Park is environmental information (reg. 2(1)(c)).", "", ""])
row(["Internal review: write to the Authority's Data Protection & Information Officer (info@fellgarth-npa.example) within 40 working days. You may then complain to the Information Commissioner.", "", ""])
doc.spreadsheet.addElement(t)
doc.save(out("19-reply.ods"))
label("19", "ods", "ods", "other", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(e)"], 11,
      "ANPR-only request answered in a spreadsheet Q/A grid: ANPR count is the answer, 'All HIKVISION' settles Dahua as no; 12(5)(e) withholds cost")
