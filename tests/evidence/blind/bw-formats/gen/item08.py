from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from reportlab.lib.units import mm
from reportlab.lib import colors

N = 8
write_request(N, """
Dear Sir/Madam

Freedom of Information request.

Q1. How many CCTV cameras are installed at your fire stations and other premises?
Q2. What brands are they?
Q3. Do you use any Hikvision or Dahua cameras?
Q4. If yes to Q3, do you have plans to replace them?

Thanks
P. Vanstone
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, textColor=colors.grey)

def letterhead(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#B3001B")); c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, A4[1] - 15 * mm, "Hampshire & Isle of Wight Fire and Rescue Service")
    c.setFont("Helvetica", 9); c.drawString(20 * mm, A4[1] - 22 * mm, "Service Headquarters, Leigh Road, Eastleigh, Hampshire SO50 9SJ")
    c.setFillColor(colors.grey); c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 12 * mm, "Information Governance | foi@hiwfrs.gov.uk | 023 8062 6791")
    c.restoreState()

doc = SimpleDocTemplate(str(out(N, "pdf")), pagesize=A4, topMargin=38 * mm, leftMargin=20 * mm, rightMargin=20 * mm,
                        title="FOI response 2023-0294", author="HIWFRS Information Governance")
st = [Paragraph("Our Ref: FOI 2023-0294<br/>Date: 27 November 2023", body), Spacer(1, 6),
      Paragraph("Dear P Vanstone,", body),
      Paragraph("Thank you for your request for information dated 1 November 2023. I can confirm that Hampshire & "
                "Isle of Wight Fire and Rescue Service (HIWFRS) holds information relevant to your request and I "
                "have set this out below.", body),
      Paragraph("<b>Q1.</b> 86", body),
      Paragraph("<b>Q2.</b> Hanwha Vision (Wisenet) and Bosch.", body),
      Paragraph("<b>Q3.</b> No.", body),
      Paragraph("<b>Q4.</b> N/A", body), Spacer(1, 6),
      Paragraph("If you are dissatisfied with the handling of your request you have the right to ask for an internal "
                "review. Internal review requests should be submitted within two months of the date of receipt of "
                "the response to your original letter and should be addressed to the Information Governance Manager "
                "at the address above.", body),
      Paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly "
                "to the Information Commissioner for a decision. The Information Commissioner can be contacted at: "
                "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", body),
      Spacer(1, 10), Paragraph("Yours sincerely,", body), Spacer(1, 18),
      Paragraph("Megan Trudgeon<br/>Information Governance Officer", body), Spacer(1, 20),
      Paragraph("The information supplied to you is subject to copyright. You may re-use it for your own purposes; any "
                "other re-use, for example commercial publication, requires the permission of the copyright holder.", small)]
doc.build(st, onFirstPage=letterhead, onLaterPages=letterhead)
add_label(N, "pdf", "fire", "foia", "no", "no", "answered", [], 86,
          "terse numbered answers only readable with the request; 'No' to a joint Hikvision-or-Dahua question")
