from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Header, Footer)
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from common import out

doc = OpenDocumentText()
bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
pn = Style(name="Body", family="paragraph"); pn.addElement(TextProperties(fontsize="11pt", fontfamily="Arial"))
pn.addElement(ParagraphProperties(marginbottom="0.2cm")); doc.styles.addElement(pn)
ph = Style(name="Head", family="paragraph"); ph.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
ph.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm")); doc.styles.addElement(ph)
small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt")); doc.styles.addElement(small)
right = Style(name="Right", family="paragraph"); right.addElement(ParagraphProperties(textalign="end")); right.addElement(TextProperties(fontsize="11pt")); doc.styles.addElement(right)
cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm")); doc.automaticstyles.addElement(cellst)
colA = Style(name="ColA", family="table-column"); colA.addElement(TableColumnProperties(columnwidth="7cm")); doc.automaticstyles.addElement(colA)
colB = Style(name="ColB", family="table-column"); colB.addElement(TableColumnProperties(columnwidth="4cm")); doc.automaticstyles.addElement(colB)

pl = PageLayout(name="PL"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header(); hd.addElement(P(stylename=small, text="Glenmorven Council  |  Corporate Services – Information Governance  |  Council Headquarters, Argyll Street, Lochgarry PA31 8RS"))
mp.addElement(hd)
ft = Footer(); ft.addElement(P(stylename=small, text="Glenmorven Council – Comhairle Ghleann Mhorbhairne   |   FOI ref 101-004427-2024   |   OFFICIAL"))
mp.addElement(ft)
doc.masterstyles.addElement(mp)

def para(t, st=pn):
    doc.text.addElement(P(stylename=st, text=t))

def q(t):
    p = P(stylename=pn); p.addElement(Span(stylename=bold, text=t)); doc.text.addElement(p)

para("Our Ref: 101-004427-2024", right)
para("Date: 11 March 2024", right)
para("Mr I Mackenzie")
para("Dear Mr Mackenzie")
para("REQUEST FOR INFORMATION – FREEDOM OF INFORMATION (SCOTLAND) ACT 2002", ph)
para("I refer to your request for information dated 14 February 2024 which was received by Glenmorven Council on the same day. "
     "I have set out the information requested below.")
q("1. The number of public space CCTV cameras operated by the Council.")
para("The Council operates 238 public space CCTV cameras across Lochgarry, Inveraray Road, Dunmore and Portbeag. These are monitored from the Community Safety Hub in Lochgarry.")
q("2. Are any of them made by Hikvision or Dahua?")
para("Yes – please see response to question 3.")
q("3. A breakdown of the cameras by manufacturer.")
tbl = Table(name="Makers")
tbl.addElement(TableColumn(stylename=colA)); tbl.addElement(TableColumn(stylename=colB))
for i, (a, b) in enumerate([("Manufacturer", "Number of cameras"), ("Axis", "140"), ("Bosch", "60"), ("Dahua", "38"), ("Total", "238")]):
    tr = TableRow()
    for v in (a, b):
        tc = TableCell(stylename=cellst)
        p = P(stylename=pn)
        if i in (0, 4): p.addElement(Span(stylename=bold, text=v))
        else: p.addText(v)
        tc.addElement(p); tr.addElement(tc)
    tbl.addElement(tr)
doc.text.addElement(tbl)
para("")
q("4. The annual cost of maintaining the public space CCTV system in each of the last three financial years.")
para("The maintenance of the public space CCTV system is carried out under the Council's wider electrical and "
     "mechanical maintenance contract and the cost attributable to CCTV is not separately recorded. In terms of "
     "section 17(1) of the Freedom of Information (Scotland) Act 2002, I must therefore inform you that the Council "
     "does not hold the information you have requested for this part of your request.")
para("YOUR RIGHT TO SEEK A REVIEW", ph)
para("If you are dissatisfied with the way in which the Council has dealt with your request, you are entitled to require "
     "the Council to review its decision. Please note that in order for a review to take place you are required to submit "
     "your request within 40 working days of receiving this response, specifying the reason for your dissatisfaction. "
     "Requests for review should be sent to: The Information Governance Manager, Glenmorven Council, Argyll Street, "
     "Lochgarry PA31 8RS or foi@glenmorven.gov.uk.")
para("If, after the Council has reviewed its decision, you are still not satisfied, you have the right to apply to the "
     "Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to: "
     "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.")
para("Should you wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only.")
para("Yours sincerely")
para("Fiona Stewart")
para("Information Governance Officer")
doc.save(out("05-reply.odt"))
