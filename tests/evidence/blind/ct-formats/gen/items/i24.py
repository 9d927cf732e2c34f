import os
from lib import *

REQUEST = """
To: Scottish Canals and Waterways Agency

Request under FOISA:

Q1 How many CCTV cameras does the Agency operate (locks, bridges, offices, depots)?
Q2 Who manufactures them?
Q3 Are any of them Hikvision or Dahua?
Q4 Please provide a list of camera locations.

Regards
Ewan Tulloch
"""

LABEL = dict(format="pdf", body_type="scottish_gov", law="foisa", hikvision="yes", dahua="no",
             outcome="partially_answered", exemptions=["s35"], camera_count=120,
             note="FOISA PDF with question numbers on their own lines; 'around 120'; Hikvision cameras being replaced by a future date are still in use; locations withheld under s35")


def build(out):
    body = pstyle("b", 10.5, leading=14)
    ind = pstyle("i", 10.5, leading=14, indent=22)
    num = pstyle("n", 10.5, bold=True, space_after=1)
    f = []
    f.append(Paragraph("Scottish Canals and Waterways Agency", pstyle("h", 15, bold=True)))
    f.append(Paragraph("Buidheann Chanàlan is Slighean-uisge na h-Alba", pstyle("g", 9.5)))
    f.append(Paragraph("Canal House, 8 Lochrin Basin, Edinburgh EH3 9QA", pstyle("a", 8.5)))
    f.append(Spacer(1, 12))
    f.append(Paragraph("Mr E Tulloch<br/>via email", body))
    f.append(Paragraph("Our reference: SCWA/FOI/2024/214 &nbsp;&nbsp; 12 December 2024", body))
    f.append(Paragraph("Dear Mr Tulloch", body))
    f.append(Paragraph("<b>Request for information under the Freedom of Information (Scotland) Act 2002 (FOISA)</b>", body))
    f.append(Paragraph("Thank you for your request dated 18 November 2024. Our response to each question follows.", body))
    qa = [
        ("Q1", "The Agency operates around 120 CCTV cameras at locks, swing bridges, marinas, offices and depots. The number changes slightly from month to month as cameras are added, moved or replaced."),
        ("Q2", "Our cameras are made by Axis Communications and Hikvision. Around a third of the estate is Hikvision; these cameras are being replaced with Axis models under a rolling programme that is due to be finished by 31 March 2026."),
        ("Q3", "Please see our answer to Q2."),
        ("Q4", "We are withholding the locations of our cameras under section 35(1)(a) of FOISA (prevention and detection of crime). Canal infrastructure has been subject to repeated vandalism, metal theft and interference with lock gear, and releasing a list of camera locations would substantially prejudice our ability to deter and detect these crimes. This exemption is subject to the public interest test. We accept there is a public interest in openness about surveillance in public places, but we consider that this is outweighed by the public interest in protecting the safety of canal users and the integrity of the network."),
    ]
    for q, a in qa:
        f.append(Paragraph(q, num))
        f.append(Paragraph(a, ind))
    f.append(Spacer(1, 6))
    f.append(Paragraph("<b>Your right to request a review</b>", body))
    f.append(Paragraph("If you are unhappy with this response you may ask us to carry out an internal review by writing to foi@scwa.scot within 40 working days. If you remain dissatisfied you have the right to apply to the Scottish Information Commissioner for a decision (www.foi.scot/appeal). Should you wish to appeal against the Commissioner's decision, you can appeal to the Court of Session on a point of law only.", body))
    f.append(Paragraph("Yours sincerely", body))
    f.append(Paragraph("Kirsteen Abernethy-Moir<br/>Information and Records Officer", body))
    name = "24-reply.pdf"
    build_pdf(os.path.join(out, name), f, title="SCWA FOI 2024-214", author="kabernethy-moir", footer="SCWA/FOI/2024/214")
    return name
