import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "17"
REQ = """
To: Data Protection Officer, Pennine Crest Learning Trust

Under the Freedom of Information Act I would be grateful for:

(1) the total number of CCTV cameras across all academies in the Trust;
(2) the number at each academy;
(3) the manufacturers, including whether any are Hikvision or Dahua;
(4) whether any cameras are in classrooms or toilets.

Regards,
Fiona Gathercole
"""

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Pennine Crest Learning Trust\nAspire • Achieve • Belong"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x68); hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = ("Pennine Crest Learning Trust is a charitable company limited by guarantee registered in England and Wales. "
           "Company No. 08331947. Registered office: Moorside Academy, Halifax Road, Todmorden OL14 5RR")
fp.runs[0].font.size = Pt(7.5)

def p(t="", b=False):
    para = doc.add_paragraph(); r = para.add_run(t); r.bold = b; return para

p("FOI ref: PCLT/FOI/24-25/019\n27 March 2025")
p("Dear Ms Gathercole")
p("Freedom of Information request – CCTV", b=True)
p("Thank you for your request of 26 February 2025.")
p("The Trust comprises seven academies. CCTV at four of our academies was installed before those schools joined the Trust and is managed locally by each academy's site team; the Trust does not hold a central record of those systems. To obtain the information would require staff at each of these academies to physically survey their sites and identify the make of each camera, and we estimate this would take well in excess of 18 hours. The Trust is therefore not obliged to comply with your request under section 12 of the Freedom of Information Act 2000 (cost of compliance exceeds the appropriate limit).")
p("However, in line with our duty to provide advice and assistance, we are able to provide the following information for the three academies whose CCTV is covered by the Trust's central security contract:")
docx_table(doc, [
    ["Academy", "Cameras", "Manufacturer(s)"],
    ["Moorside Academy", "24", "Hikvision"],
    ["Calder Vale Primary Academy", "18", "Avigilon"],
    ["Hebden Royd High School", "31", "Avigilon (19), Hikvision (12)"],
], widths=[7, 2.5, 6])
p("")
p("None of the cameras at these three academies are located in classrooms or toilets. Cameras covering toilet corridors and entrances are positioned so that cubicles and washbasins are not visible.")
p("If you would like to refine your request, for example to the number of cameras at one or two named academies, we would be happy to consider a new request.")
p("If you are dissatisfied with the handling of your request, you may request an internal review by writing to the Trust's Data Protection Officer at dpo@penninecrest.example.org.uk. If you remain dissatisfied, you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.")
p("Yours sincerely")
p("Andrew Lumb\nChief Operating Officer")

write_request(NN, REQ)
doc.save(out(f"{NN}-reply.docx"))
write_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="academy",
            law="foia", hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=["s12"],
            camera_count=None, note="s12 applied for four of seven academies but figures given for three as advice and assistance; the 73 cameras in the table are not the Trust's total, so no count, and the partial maker list cannot rule out Dahua.")
