from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import out, add_label, pdf_styles

S = pdf_styles()
def header(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#2E7D32")); c.rect(0, A4[1] - 2.2 * cm, A4[0], 2.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 16); c.drawString(2 * cm, A4[1] - 1.4 * cm, "Riverside Learning Trust")
    c.setFont("Helvetica", 8.5); c.drawRightString(19 * cm, A4[1] - 1.4 * cm, "Dunmere Riverside Academy · Castle Hill Academy · Wharfside Academy")
    c.setFillColor(colors.black); c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "Riverside Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 08812345. "
                 "Registered office: Quay Road, Dunmere DN3 5TW")
    c.restoreState()
doc = SimpleDocTemplate(out("10-reply.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=3.2 * cm, bottomMargin=2 * cm)
f = [Paragraph("Ref: RLT-FOI-24-019<br/>12 July 2024", S["base"]),
     Paragraph("Dear J. Whitmore", S["base"]),
     Paragraph("<b>Request for information – CCTV</b>", S["base"]),
     Paragraph("Thank you for your request received on 14 June 2024. I have considered it under the Freedom of Information Act 2000.", S["base"]),
     Paragraph("I can confirm that the Trust does not hold the information you have requested. The buildings at all three of our academies "
               "were provided under the Dunmere Schools PFI contract. CCTV at the academies is installed, owned and maintained by the "
               "PFI facilities management provider, Kestrel Education Partnership Ltd, under the project agreement between the company and "
               "Dunmere City Council. The Trust is not party to that contract and does not hold records of the number, make, cost or "
               "maintenance of the CCTV equipment.", S["base"]),
     Paragraph("You may wish to direct your request to Dunmere City Council, which may hold information under the PFI contract: "
               "foi@dunmere.gov.uk.", S["base"]),
     Paragraph("If you are dissatisfied with this response you may ask for an internal review by writing to the Trust's Data Protection "
               "and FOI Lead at the registered office address or governance@riversidelt.org.uk. If you remain dissatisfied after the review "
               "you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", S["base"]),
     Paragraph("Yours sincerely", S["base"]), Spacer(1, 12),
     Paragraph("Helen Marsh<br/>Governance and Compliance Manager", S["base"])]
doc.build(f, onFirstPage=header, onLaterPages=header)
add_label(path="10-reply.pdf", request_file="10-request.txt", format="pdf", body_type="academy", law="foia",
          hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[], camera_count=None,
          note="Not-held reply: the academies' CCTV belongs to a PFI facilities company, so the Trust holds nothing on counts or makes.")
