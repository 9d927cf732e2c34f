from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm

NN = "12"
write_request(NN, """
Dear Sir or Madam,

I'm writing under the Freedom of Information Act 2000. Please tell me:

1. Approximately how many CCTV cameras Wyre Forest District Council operates.
2. Are any of your cameras made by Hikvision or Dahua?
3. For each camera, the make and model number.
4. The cost of the council's CCTV control room in 2023/24.

Yours faithfully,
Nadia Shah
""")
W, H = A4
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=6)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")

def first(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 16); c.drawString(20*mm, H-22*mm, "Wyre Forest District Council")
    c.setFont("Helvetica", 8.5)
    c.drawString(20*mm, H-28*mm, "Wyre Forest House, Finepoint Way, Kidderminster DY11 7WF  |  01562 732928  |  foi@wyreforestdc.gov.uk")
    c.line(20*mm, H-31*mm, W-20*mm, H-31*mm)
    c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 10*mm, f"FOI ref WFDC/FOI/4412 – page {d.page}")
    c.restoreState()

gap = 8*mm; colw = (W - 40*mm - gap) / 2
top = H - 36*mm; hgt = top - 18*mm
frames = [Frame(20*mm, 18*mm, colw, hgt, id="c1"), Frame(20*mm + colw + gap, 18*mm, colw, hgt, id="c2")]
doc = BaseDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, title="FOI response WFDC/FOI/4412")
doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=first)])
S = []
P = lambda t, s=body: S.append(Paragraph(t, s))
P("Ms N. Shah<br/>By email")
P("Our ref: WFDC/FOI/4412<br/>Date: 7 August 2024")
P("Dear Ms Shah,")
P("Freedom of Information Act 2000 – CCTV", bold)
P("Thank you for your request for information received on 10 July 2024. I have set out the Council's response to each of "
  "your questions below.")
P("<b>1.</b> The Council's CCTV control room monitors c. 230 cameras across Kidderminster, Stourport-on-Severn and Bewdley, "
  "including those at Council-owned car parks and leisure facilities.")
P("<b>2.</b> Yes.")
P("<b>3.</b> The Council does not hold a single asset list recording the make and model of each camera. Cameras have been "
  "installed in phases since 2004 by several contractors, and to answer this question officers would need to examine "
  "installation records for each of the phases and, in a large number of cases, visit the camera positions to read the "
  "labels on the housings. We estimate this would take in excess of 40 hours.")
P("Section 12 of the Act allows a public authority to refuse a request where the cost of compliance would exceed the "
  "appropriate limit, which for local authorities is £450 (equivalent to 18 hours of officer time at £25 per hour). "
  "The Council is therefore not obliged to answer question 3 and this letter acts as a refusal notice for that part "
  "of your request under section 17(5).")
P("In accordance with section 16 of the Act, you may wish to narrow your request, for example to the cameras at a single "
  "site or installed in a particular year, which we may be able to answer within the limit.")
P("<b>4.</b> The running cost of the CCTV control room in 2023/24 was £187,640. This includes staffing, maintenance and "
  "line rental.")
P("The information supplied to you continues to be protected by the Copyright, Designs and Patents Act 1988. You are "
  "free to use it for your own purposes, including private study and non-commercial research.")
P("<b>Your right to complain</b>")
P("If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Requests "
  "should be made within 40 working days to the Information Governance Officer at the address above. If you are not "
  "content with the outcome of the internal review, you may apply directly to the Information Commissioner's Office, "
  "Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
P("Yours sincerely,")
P("Lewis Dunmore<br/>Information Governance Officer<br/>Wyre Forest District Council")
doc.build(S)
add_label(NN, "pdf", "council", "foia", "unknown", "unknown", "partially_answered", ["s12"], 230,
          "Two-column layout; bare 'Yes' to a question naming both Hikvision and Dahua; 'c. 230'; s12 cost limit applied to one part only.")
