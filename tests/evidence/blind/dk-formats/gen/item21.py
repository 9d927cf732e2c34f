from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span
from common import out, add_label

doc = OpenDocumentText()
h = Style(name="Head", family="paragraph"); h.addElement(TextProperties(fontsize="15pt", fontweight="bold")); h.addElement(ParagraphProperties(textalign="center"))
c = Style(name="Centre", family="paragraph"); c.addElement(ParagraphProperties(textalign="center"))
b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold"))
for s in (h, c): doc.styles.addElement(s)
doc.automaticstyles.addElement(b)
def para(t, style=None):
    doc.text.addElement(P(stylename=style, text=t) if style else P(text=t))
para("BRACKENBURY TOWN COUNCIL", h)
para("The Town Hall, 2 Sheep Street, Brackenbury, Northants NN14 8QQ", c)
para("Town Clerk: Mrs Linda Faulkner CiLCA   Tel: 01632 960 877   clerk@brackenbury-tc.gov.uk", c)
para("")
para("24th May 2024")
para("")
para("Dear Mr Tillotson,")
p = P(); p.addElement(Span(stylename=b, text="Freedom of Information Request – CCTV")); doc.text.addElement(p)
para("Thank you for your email of 2nd May 2024.")
para("Brackenbury Town Council does not own or operate any CCTV cameras. The cameras in the town centre are owned and operated "
     "by North Nene District Council, and you may wish to direct your request to them at foi@northnene.gov.uk.")
para("As the Town Council has no CCTV, it holds no information in relation to questions 2 to 4 of your request.")
para("If you are unhappy with this response you may ask the Council to review it by writing to the Town Clerk. You also have "
     "the right to complain to the Information Commissioner's Office.")
para("")
para("Yours sincerely,")
para("")
para("Linda Faulkner")
para("Town Clerk & RFO")
doc.save(out("21-reply.odt"))
add_label(path="21-reply.odt", request_file="21-request.txt", format="odt", body_type="council", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=0,
          note="Town council with no CCTV at all (the town-centre cameras are another council's); 'holds no information' on the rest, which SPEC treats as answered with 0.")
