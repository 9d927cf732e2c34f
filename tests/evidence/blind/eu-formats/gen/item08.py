from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span

doc = OpenDocumentText()
bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
ital = Style(name="Ital", family="text"); ital.addElement(TextProperties(fontstyle="italic"))
right = Style(name="Right", family="paragraph"); right.addElement(ParagraphProperties(textalign="right"))
head = Style(name="Head", family="paragraph"); head.addElement(ParagraphProperties(textalign="center"))
head.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#1d5b3a"))
for s in (bold, ital): doc.automaticstyles.addElement(s)
for s in (right, head): doc.automaticstyles.addElement(s)

def para(text="", style=None, b=None):
    p = P(stylename=style) if style else P()
    if b:
        p.addElement(Span(stylename=bold, text=b))
    for i, line in enumerate(text.split("\n")):
        if i: 
            from odf.text import LineBreak
            p.addElement(LineBreak())
        p.addText(line)
    doc.text.addElement(p)

para("Cyngor Bwrdeistref Sirol Cwm Aeron\nCwm Aeron County Borough Council", head)
para("Tîm Llywodraethu Gwybodaeth / Information Governance Team\nCanolfan Ddinesig, Stryd y Bont, Aberaeron-Uchaf SA47 9HD\nrhyddid.gwybodaeth@cwmaeron.example.gov.uk", right)
para("")
para("Dyddiad / Date: 19/06/2024\nEin Cyf / Our Ref: RhG/FOI 0873-24\nEich Cyf / Your Ref: —")
para("Mr R Pugh")
para("")
para("Annwyl Mr Pugh / Dear Mr Pugh,")
para("", b="Cais am Wybodaeth / Request for Information – Freedom of Information Act 2000")
para("Thank you for your request for information received on 24/05/2024. Please find the Council's response below. "
     "Mae'r ymateb hwn ar gael yn Gymraeg ar gais / This response is available in Welsh on request.")
para("1. 212 in total – 147 public space and 65 at council buildings (offices, depots, leisure and libraries).")
para("2. Yes.")
para("3. 41.")
para("4. Yes. A DPIA for the public space CCTV system was completed in March 2022 and reviewed in February 2024. "
     "A copy is attached. The names and contact details of junior officers have been redacted under section 40(2) (personal information) of the Act; the remainder of the document is provided in full.")
para("Information provided in response to a request is subject to copyright and may not be re-used for commercial purposes without the permission of the Council.")
para("If you are dissatisfied with the handling of your request you may ask for an internal review. Requests for a review should be made in writing "
     "within 40 working days to the Information Governance Manager at the address above. If you are still dissatisfied you may then contact the "
     "Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (Tel: 0330 414 6421).")
para("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.")
para("Yn gywir / Yours sincerely,")
para("")
para("Sioned Prydderch\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")
doc.save(out("08-reply.odt"))

add_label(path="08-reply.odt", request_file="08-request.txt", format="odt", body_type="welsh_council",
          law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s40"],
          camera_count=212,
          note="Bilingual Welsh letter answering 'Yes' and '41' to a question naming both makers together, so neither maker is known; the 41 is a subset, not the total; only officer names in the DPIA are withheld (s40).")
