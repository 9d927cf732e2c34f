from common import *
from docx import Document
from docx.shared import Pt

d = Document()
d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "London Borough of Thamesreach  |  Information Governance  |  Town Hall, Reach Road, London SE28 4TR"
sec.header.paragraphs[0].runs[0].font.size = Pt(8)

def p(t="", b=False):
    para = d.add_paragraph(); r = para.add_run(t); r.bold = b; return para

p("Ms N Ferreira\nnadia.ferreira@mailbox.example.org")
p("Reference: LBT/IG/FOI/10562\n16 April 2025")
p("Dear Ms Ferreira,")
p("Freedom of Information request: body-worn video", b=True)
p("Thank you for your request which we received on 19 March 2025. I have set out our response below. I am sorry that this response is later than the 20 working days allowed by the Act.")
p("We currently have 38 body-worn cameras issued to Civil Enforcement Officers in the Parking Service and a further 7 used by the "
  "Neighbourhood Warden team. Housing officers and other council staff are not issued with body-worn cameras. All of the devices "
  "are Motorola Solutions VB400 units, which were purchased in 2022 under the Crown Commercial Service framework.")
p("None of the council's body-worn cameras are made by either of the manufacturers you mention.")
p("Footage is uploaded automatically when the devices are docked and is stored on Motorola's VideoManager EL, hosted in the UK. "
  "Footage that is not required as evidence is automatically deleted after 31 days. Footage retained as evidence for a "
  "Penalty Charge Notice appeal or a criminal investigation is kept until the case is closed and for 6 months afterwards.")
p("For your information, the council's public space CCTV system, which is mostly Hikvision equipment, is managed by the "
  "Community Safety team and is not within the scope of your request. Information about public space CCTV was published "
  "in response to an earlier request and can be found in our disclosure log (reference LBT/IG/FOI/09877).")
p("If you are dissatisfied with this response, you may request an internal review within 40 working days by writing to "
  "foi@thamesreach.example.gov.uk. If you remain dissatisfied after the internal review, you may complain to the "
  "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
p("Yours sincerely,")
p("\nDevendra Solanki\nInformation Governance Officer\nLondon Borough of Thamesreach")
d.save(out("19-reply.docx"))
add_label(path="19-reply.docx", request_file="19-request.txt", format="docx", body_type="council",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=45,
          note="Body-worn-only request: 38 + 7 devices with no total, makers denied as 'either of the manufacturers you mention', and an out-of-scope aside that public space CCTV is mostly Hikvision.")
