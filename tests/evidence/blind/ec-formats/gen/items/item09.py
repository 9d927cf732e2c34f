import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell

NN = "09"
REQ = """
Dear Falkirk Council

Under the Freedom of Information (Scotland) Act 2002 I request:

(a) the number of public space CCTV cameras operated by the council, including any redeployable/mobile cameras;
(b) the make of the cameras, and in particular whether any are Hikvision or Dahua;
(c) the location of each camera, including the redeployable ones;
(d) the annual cost of the CCTV service.

Yours faithfully
Euan McKinlay
"""

doc = OpenDocumentText()
bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
hs = Style(name="Hd", family="paragraph"); hs.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
doc.automaticstyles.addElement(hs)
ps = Style(name="Pb", family="paragraph"); ps.addElement(ParagraphProperties(marginbottom="0.2cm"))
ps.addElement(TextProperties(fontsize="11pt", fontname="Arial")); doc.automaticstyles.addElement(ps)

def para(t, b=False):
    p = P(stylename=ps)
    if b:
        p.addElement(Span(stylename=bold, text=t))
    else:
        p.addText(t)
    doc.text.addElement(p)

doc.text.addElement(P(stylename=hs, text="Falkirk Council"))
para("Corporate & Housing Services – Information Management")
para("Municipal Buildings, West Bridge Street, Falkirk FK1 5RS")
para("")
para("Our ref: FOI-FK-25-00762        Date: 9 June 2025")
para("Dear Mr McKinlay")
para("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA) – REQUEST FOR INFORMATION", b=True)
para("Thank you for your request dated 12 May 2025. Our response to each part of your request is set out below.")
para("(a) Number of public space CCTV cameras", b=True)
para("The Council's Community Safety CCTV system comprises 236 fixed public space cameras, together with 12 redeployable cameras which are moved between locations in response to community concerns.")
para("(b) Make of cameras", b=True)
para("The public space CCTV system was upgraded in 2019 by the Council's contractor, which supplied and installs the camera equipment and maintains it under a managed service contract. The Council does not hold a record of the manufacturer of the cameras. In terms of section 17 of FOISA, I must therefore give you notice that the Council does not hold the information you have requested in part (b). You may wish to contact the contractor directly.")
para("(c) Camera locations", b=True)
para("The locations of the fixed public space cameras are published on the Council's website at www.falkirk.example.gov.uk/cctv-locations. As this information is otherwise accessible, it is exempt from disclosure under section 25(1) of FOISA.")
para("The locations of the redeployable cameras are withheld under section 35(1)(a) and (b) of FOISA (prevention or detection of crime, and apprehension or prosecution of offenders). Releasing the current or past locations of redeployable cameras would allow those intending to commit offences to identify where cameras are and are not deployed, and would substantially prejudice the use of those cameras. This exemption is subject to the public interest test. We accept there is a public interest in openness about the use of surveillance, but consider this is outweighed by the public interest in the effective prevention and detection of crime.")
para("(d) Annual cost", b=True)
t = Table(name="Costs")
t.addElement(TableColumn(numbercolumnsrepeated=2))
for a, b_ in [("Item", "2024/25 (£)"), ("Managed service contract", "184,500"), ("Control room staffing", "312,870"),
              ("Fibre / transmission", "41,200"), ("Total", "538,570")]:
    tr = TableRow()
    for v in (a, b_):
        tc = TableCell(); tc.addElement(P(text=v)); tr.addElement(tc)
    t.addElement(tr)
doc.text.addElement(t)
para("")
para("Your right to seek a review", b=True)
para("If you are unhappy with this response, you may ask the Council to review it by writing to the Information Management Team at the address above, or to foi@falkirk.example.gov.uk, within 40 working days. If you remain dissatisfied following the review, you have the right to apply to the Scottish Information Commissioner within six months for a decision. You can apply online at www.foi.scot/appeal or by post to Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS. Should you then wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only.")
para("Yours sincerely")
para("Kirsty Dalgleish")
para("Information Management Officer")

write_request(NN, REQ)
doc.save(out(f"{NN}-reply.odt"))
write_label(path=f"{NN}-reply.odt", request_file=f"{NN}-request.txt", format="odt", body_type="council",
            law="foisa", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s17", "s25", "s35"],
            camera_count=248, note="FOISA reply: makers not held (s17 notice), locations partly s25 (published) and partly s35; count is 236 fixed + 12 redeployable = 248 with no total stated.")
