from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, MasterPage, PageLayout, PageLayoutProperties, HeaderStyle, HeaderFooterProperties
from odf.text import P, Span, H
from odf.style import Header

NN = "08"
write_request(NN, """
Annwyl Syr/Madam / Dear Sir/Madam,

FOI request - Ceredigion County Council CCTV

1) How many CCTV cameras does the Council currently operate?
2) Are any of the Council's cameras made by Hikvision or Dahua?
3) If yes to 2, how many, and where are they located?
4) Does the Council have plans to replace them?

Diolch,
Gethin Morgan
""")
doc = OpenDocumentText()
bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
grey = Style(name="Grey", family="paragraph"); grey.addElement(TextProperties(fontsize="9pt", color="#555555"))
body = Style(name="Body", family="paragraph"); body.addElement(TextProperties(fontsize="11pt", fontfamily="Arial")); body.addElement(ParagraphProperties(marginbottom="0.2cm"))
title = Style(name="Title1", family="paragraph"); title.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#00573f"))
for s in (bold, grey, body, title): doc.styles.addElement(s)

pl = PageLayout(name="pm1"); pl.addElement(PageLayoutProperties(margintop="1.5cm", marginbottom="1.5cm", marginleft="2cm", marginright="2cm"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
hd = Header()
hd.addElement(P(text="Cyngor Sir Ceredigion / Ceredigion County Council", stylename=grey))
hd.addElement(P(text="Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr, Aberystwyth SY23 3UE", stylename=grey))
mp.addElement(hd)
doc.masterstyles.addElement(mp)

def para(t, st=body):
    doc.text.addElement(P(text=t, stylename=st))

para("Gwasanaethau Democrataidd / Democratic Services", title)
para("Cyf / Ref: FOI2024-1144", body)
para("Dyddiad / Date: 27/08/2024", body)
para("Mr G Morgan", body)
para("Annwyl Mr Morgan,", body)
p = P(stylename=body); p.addElement(Span(text="Deddf Rhyddid Gwybodaeth 2000 / Freedom of Information Act 2000", stylename=bold)); doc.text.addElement(p)
para("Thank you for your request for information received on 30 July 2024. Mae'r ymateb hwn ar gael yn Gymraeg ar gais. "
     "(This response is available in Welsh on request.)")
para("The Council's response is as follows:")
para("1) 71 fixed cameras and 9 PTZ (pan, tilt, zoom) cameras on the town centre systems in Aberystwyth, Cardigan, "
     "Lampeter and New Quay, and 37 cameras at Council buildings and depots. Funding has been approved for a further "
     "12 cameras at Aberaeron harbour which are due to be installed in 2025.")
para("2) No.")
para("3) N/A")
para("4) N/A")
para("Os ydych yn anfodlon â'r ymateb hwn, gallwch ofyn am adolygiad mewnol. / If you are dissatisfied with this "
     "response you may ask for an internal review by contacting the Corporate Lead Officer - Legal & Governance "
     "within 40 working days. You also have the right to complain to the Information Commissioner, Information "
     "Commissioner's Office - Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
para("Yn gywir / Yours sincerely,")
para("Sioned Parry-Jones")
para("Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
doc.save(str(OUT / f"{NN}-reply.odt"))
label(NN, "odt", "welsh_council", "foia", "no", "no", "answered", [], 117,
      "Bilingual ODT letter with terse answers readable only with the request; a bare No to a joint Hikvision-or-Dahua question; count given as parts (71+9+37) beside planned cameras.")
