from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, MasterPage, PageLayout, PageLayoutProperties, Footer
from odf.text import P, Span

NN = "18"
write_request(NN, """
Dear Scottish Prison Service,

Please provide for each prison in Scotland:
a) the number of CCTV cameras in operation
b) the manufacturer of the cameras and of the recording equipment
c) whether any Hikvision or Dahua products are used anywhere in the SPS estate

Regards,
Hamish Rennie
""")
doc = OpenDocumentText()
def pstyle(name, **tp):
    s = Style(name=name, family="paragraph")
    s.addElement(TextProperties(fontfamily="Liberation Sans", **tp))
    s.addElement(ParagraphProperties(marginbottom="0.22cm"))
    doc.styles.addElement(s); return s
body = pstyle("BodyX", fontsize="10.5pt")
hd = pstyle("HeadX", fontsize="11pt", fontweight="bold")
big = pstyle("BigX", fontsize="15pt", fontweight="bold", color="#1d3c6e")
small = pstyle("SmallX", fontsize="8.5pt", color="#444444")
pl = PageLayout(name="pl1"); pl.addElement(PageLayoutProperties(margintop="1.8cm", marginbottom="1.5cm", marginleft="2.2cm", marginright="2.2cm"))
doc.automaticstyles.addElement(pl)
mp = MasterPage(name="Standard", pagelayoutname=pl)
ft = Footer(); ft.addElement(P(text="SPS Freedom of Information Unit | Calton House, 5 Redheughs Rigg, Edinburgh EH12 9HW | FOI/SPS/25/0094", stylename=small))
mp.addElement(ft); doc.masterstyles.addElement(mp)
from odf import teletype
def para(t, st=body):
    p = P(stylename=st); teletype.addTextToElement(p, t); doc.text.addElement(p)
para("Scottish Prison Service", big)
para("Seirbheis Phrìosain na h-Alba", small)
para("Mr H Rennie\nBy email: [redacted]", body)
para("Our reference: FOI/SPS/25/0094        Date: 7 February 2025", body)
para("Dear Mr Rennie", body)
para("Your request for information under the Freedom of Information (Scotland) Act 2002", hd)
para("Thank you for your request dated 13 January 2025, which has been handled under the Freedom of Information (Scotland) Act 2002 (FOISA).")
para("Response", hd)
para("Having considered your request, the SPS is withholding all of the information requested in parts (a), (b) and (c) under the following exemptions of FOISA:")
para("• section 35(1)(a), (b) and (f) – law enforcement (prevention or detection of crime; apprehension or prosecution of offenders; maintenance of security and good order in prisons); and")
para("• section 39(1) – health, safety and the environment.")
para("The number, distribution and type of cameras in an establishment, and the equipment on which images are recorded, are integral to the security arrangements of each prison. Disclosure of this information, whether for an individual prison or for the estate as a whole, would allow comparison between establishments and identification of areas of lesser coverage. The SPS considers that this would, or would be likely to, prejudice substantially the maintenance of security and good order in prisons, and would endanger the physical and mental health and safety of those in our care, our staff and visitors.")
para("Likewise, confirming the manufacturers of security equipment in use would provide information of value to those who seek to defeat or interfere with those systems, including through exploitation of known product vulnerabilities.")
para("Public interest test", hd)
para("These exemptions are subject to the public interest test. We recognise the public interest in openness about the use of public funds and in reassurance about the security of equipment procured from particular suppliers. However, there is a greater public interest in ensuring that prisons remain secure and that those who live, work in and visit them are kept safe. Having weighed the competing interests, we have concluded that the public interest in withholding the information outweighs that in disclosure.")
para("Your right to request a review", hd)
para("If you are unhappy with this response, you may ask us to carry out an internal review, by writing to the Head of Corporate Governance at the address below within 40 working days. If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner for a decision. Further information is available at www.foi.scot.")
para("Yours sincerely")
para("Morag Dalgleish\nFOI Officer, Corporate Governance Unit")
doc.save(str(OUT / f"{NN}-reply.odt"))
label(NN, "odt", "scottish_gov", "foisa", "unknown", "unknown", "refused", ["s35", "s39"], None,
      "Legalistic FOISA refusal of all parts under s35 and s39 with public interest test.")
