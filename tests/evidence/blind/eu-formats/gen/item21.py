from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span, LineBreak, List, ListItem

doc = OpenDocumentText()
bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#005eb8"))
doc.automaticstyles.addElement(big)
sm = Style(name="Sm", family="paragraph"); sm.addElement(TextProperties(fontsize="8.5pt")); sm.addElement(ParagraphProperties(textalign="right"))
doc.automaticstyles.addElement(sm)

def para(text="", style=None, boldlead=None):
    p = P(stylename=style) if style else P()
    if boldlead: p.addElement(Span(stylename=bold, text=boldlead))
    for i, line in enumerate(text.split("\n")):
        if i: p.addElement(LineBreak())
        p.addText(line)
    doc.text.addElement(p)

para("NHS Forth Glen", big)
para("Information Governance\nGlenbervie House, Larbert Road\nFalhaven FK5 4QR\nforthglen.foi@nhs.example.scot\n\nDate: 07/08/2025\nOur Ref: FOI-FG-25-0937", sm)
para("Ms K Dunbar")
para("Dear Ms Dunbar")
para("", boldlead="Freedom of Information (Scotland) Act 2002 – Response")
para("I refer to your request received on 10 July 2025. I have taken your request as four questions and have responded to each below.")
para("1. Number of CCTV cameras", boldlead="")
para("NHS Forth Glen operates approximately 1,200 CCTV cameras across its acute hospitals, community hospitals and health centres. "
     "This figure does not include cameras in GP practices, which are independent contractors, or cameras operated by the PFI "
     "provider at Falhaven Royal Infirmary.")
para("2. and 3. Manufacturers / Hikvision and Dahua")
para("NHS Forth Glen holds this information. However, we are withholding it under the following exemptions in FOISA:")
para("section 35(1)(a) – disclosure would, or would be likely to, prejudice substantially the prevention or detection of crime; and\n"
     "section 39(1) – disclosure would, or would be likely to, endanger the physical or mental health or the safety of an individual.")
para("Identifying the manufacturers of the security equipment protecting our sites, including secure mental health units, "
     "pharmacy stores and maternity units, would make it easier for individuals to identify and exploit vulnerabilities in the "
     "equipment, for example to disable cameras or gain access to footage. These exemptions are subject to the public interest "
     "test. We accept that there is a public interest in knowing whether public bodies use equipment from particular suppliers. "
     "However, we consider that the public interest in protecting the security of patients, staff and our premises outweighs "
     "the public interest in disclosure in this case.")
para("4. Review since November 2022")
para("Yes. In 2023 the Board's Digital & eHealth and Estates & Facilities directorates jointly reviewed all internet-connected "
     "surveillance equipment on the Board's networks against the UK and Scottish Government guidance, and an action plan was "
     "agreed by the Information Governance and Cyber Security Group in October 2023.")
para("If you are unhappy with our response to your request, you do have the right to request us to review it. Your request should be "
     "made within 40 working days of receipt of this letter, and we will reply within 20 working days of receipt. If our decision "
     "is unchanged following a review and you remain dissatisfied with this, you then have the right to make a formal complaint "
     "to the Scottish Information Commissioner within 6 months of receipt of our review response. You can do this by using the "
     "Scottish Information Commissioner's Office online appeals service at www.foi.scot/appeal.")
para("If you are not content with the outcome of the review process, you can ask for a review by writing to: Director of Public Health and Policy, Glenbervie House, Larbert Road, Falhaven FK5 4QR.")
para("Our response to your request will be published on our website after 7 days, as part of our FOI disclosure log. Your personal information will be removed.")
para("Yours sincerely")
para("\nEuan Dalgleish\nFreedom of Information Officer\nNHS Forth Glen")
doc.save(out("21-reply.odt"))
add_label(path="21-reply.odt", request_file="21-request.txt", format="odt", body_type="nhs",
          law="foisa", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s35", "s39"],
          camera_count=1200,
          note="Scottish health board ODT: 'approximately 1,200' cameras given, makers withheld under FOISA s35(1)(a) and s39(1), and a 'Yes' to the review question that says nothing about makers.")
