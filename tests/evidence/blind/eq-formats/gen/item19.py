"""19: council EIR reply about fly-tipping cameras, as an OpenDocument text (.odt)."""
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span, List, ListItem
from common import out, write_request, write_label

write_request("19", """
Dear Shepway Marsh District Council,

Please could you supply the following information about the cameras the council uses to catch fly-tippers:

a) How many fly-tipping cameras does the council currently have?
b) Where are they currently deployed?
c) What make and model are they?
d) How many fixed penalty notices and prosecutions for fly-tipping resulted from camera evidence in 2024?

Thank you.
Kwame Asante
""")

doc = OpenDocumentText()
b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
h = Style(name="Head", family="paragraph"); h.addElement(TextProperties(fontsize="15pt", fontweight="bold", color="#2E5E1E"))
sm = Style(name="Small", family="paragraph"); sm.addElement(TextProperties(fontsize="8.5pt", color="#555555"))
for s in (b, h, sm):
    doc.automaticstyles.addElement(s)


def para(text="", style=None):
    p = P(stylename=style) if style else P()
    if text:
        p.addText(text)
    doc.text.addElement(p)


def bpara(lead, rest):
    p = P(); sp = Span(stylename=b, text=lead); p.addElement(sp); p.addText(rest); doc.text.addElement(p)

para("Shepway Marsh District Council", h)
para("Environmental Enforcement | Council Offices, Castle Hill Avenue, Folkestone CT20 2QY", sm)
para()
para("Your request: EIR 25/1044")
para("Date: 30 April 2025")
para()
para("Dear Mr Asante")
bpara("Environmental Information Regulations 2004", "")
para("Thank you for your request received on 1 April 2025. As your request concerns measures to prevent the unlawful deposit "
     "of waste, the Council has dealt with it under the Environmental Information Regulations 2004 (EIR) rather than the "
     "Freedom of Information Act.")
bpara("a) ", "The Council currently has 12 rapid-deployment cameras for fly-tipping enforcement.")
bpara("b) ", "The Council will not disclose where the cameras are deployed. Regulation 12(5)(b) of the EIR allows a public "
      "authority to refuse to disclose information where disclosure would adversely affect the course of justice or the "
      "ability of a public authority to conduct an inquiry of a criminal or disciplinary nature. Publishing the locations "
      "would allow offenders to avoid monitored sites and undermine ongoing investigations. We have applied the presumption "
      "in favour of disclosure under regulation 12(2) and considered the public interest, and concluded that it favours "
      "maintaining the exception.")
bpara("c) ", "Hikvision DS-2XS6A25G0-I/CH20S40 solar 4G cameras (8) and Reolink Go Plus 4G cameras (4).")
bpara("d) ", "In calendar year 2024, 17 fixed penalty notices were issued and 3 prosecutions were brought in which camera "
      "evidence was used.")
para("Please note that the Council's public space CCTV scheme (approximately 90 cameras in Folkestone and Hythe town centres) "
     "is run by Community Safety and is not used for fly-tipping enforcement; it is not included above.")
para()
para("If you are unhappy with the way we have handled your request you may ask for a reconsideration under regulation 11 of "
     "the EIR within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office, "
     "Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
para()
para("Yours sincerely")
para()
para("Marcus Ellery")
para("Environmental Enforcement Team Leader")
doc.save(out("19-reply.odt"))
write_label(path="19-reply.odt", request_file="19-request.txt", format="odt", body_type="council", law="eir",
            hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["EIR 12(5)(b)"], camera_count=12,
            note="EIR reply about fly-tipping cameras only: the count is 12 (8 Hikvision + 4 Reolink), not the separately mentioned ~90 town-centre CCTV cameras; complete make list for the equipment asked about leaves out Dahua; locations withheld under EIR 12(5)(b), while reg 11 and 12(2) are not exceptions.")
