from helpers import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

write_text("22-request.txt", """
FAO Freedom of Information Officer, Fellbeck National Park Authority

(a) How many CCTV cameras does the Authority operate?
(b) Are any of them made by Hikvision?
(c) Are any of them made by Dahua?
(d) Do any of your car parks use ANPR cameras?

Regards,
Bryony Tate
""")

doc = OpenDocumentText()
hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", fontfamily="Liberation Sans"))
ns = Style(name="Nm", family="paragraph"); ns.addElement(TextProperties(fontsize="11pt", fontfamily="Liberation Sans")); ns.addElement(ParagraphProperties(marginbottom="0.2cm"))
bs = Style(name="Bd", family="paragraph"); bs.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontfamily="Liberation Sans"))
for s in (hs, ns, bs):
    doc.automaticstyles.addElement(s)
def p(t, s=ns):
    doc.text.addElement(P(stylename=s, text=t))
p("Fellbeck National Park Authority", hs)
p("Fellbeck House, Kirkgate, Sedbury, LA22 9RT  ·  01632 960 880  ·  foi@fellbeck-npa.gov.uk")
p("")
p("Our ref: FNPA/IR/24/019        Date: 2 February 2024")
p("Dear Ms Tate")
p("Request for information – CCTV", bs)
p("Thank you for your email of 10 January 2024. I have set out the Authority's answers below using the lettering in your request.")
p("(a) The Authority has nine CCTV cameras: four at Brackdale Visitor Centre, three at Hollins Moss Visitor Centre and two at the Ridgeway Lane depot.")
p("(b) The cameras at the two visitor centres are EZVIZ wireless cameras, purchased in 2021. The depot cameras are Bosch.")
p("(c) No.")
p("(d) The Authority's car parks are pay and display and none use ANPR.")
p("If you are not happy with this response you can ask for it to be reviewed by writing to the Authority's Monitoring Officer at the address above within 40 working days. If you remain unhappy after that you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).")
p("Yours sincerely")
p("")
p("Ruth Abernethy")
p("Governance Officer")
doc.save(out("22-reply.odt"))
label(22, "odt", "other", "foia", "yes", "no", "answered", [], 9,
      "National park authority; count given in words ('nine') with parts 4+3+2; the Hikvision question is answered only by naming EZVIZ, a Hikvision brand, never saying yes; Dahua a bare 'No'.")
note(22, "ODT, national park authority (other); 'nine' cameras; (b) answered with 'EZVIZ' (Hikvision brand) + Bosch; (c) 'No'. Hard (brand knowledge).")
