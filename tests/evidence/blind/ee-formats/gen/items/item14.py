import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

N = 14
write_text(f"{N:02d}-request.txt", """
Dear NHS Clydeforth,

Freedom of Information (Scotland) Act 2002 request

Question 1: How many CCTV cameras are in use across the Board's hospitals and health centres?
Question 2: Which manufacturers supply these cameras?
Question 3: Are any of the cameras manufactured by Hikvision or Dahua?
Question 4: What has the Board spent on CCTV installation and maintenance in each of the last five financial years?

Thank you
Fraser Lindqvist
""")

ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
bb = ParagraphStyle("bb", parent=b, fontName="Helvetica-Bold")
body = ParagraphStyle("body", parent=b, fontSize=10, leading=13.5, spaceAfter=7)

def deco(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#005EB8"))
    c.setFont("Helvetica-Bold", 18)
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.7 * cm, "NHS")
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 2.25 * cm, "Clydeforth")
    c.setFillColor(colors.black); c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "NHS Clydeforth, Corporate Records & FOI, Carrick House, Westburn Road, Dunbrae DB4 2NH  |  Page %d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out(f"{N:02d}-reply.pdf"), pagesize=A4, topMargin=3.1 * cm, bottomMargin=2.2 * cm,
                        leftMargin=2 * cm, rightMargin=2 * cm, title="FOI response CF-FOI-24-0761")
S = [
    Paragraph("Mr F Lindqvist<br/>[via email]", body),
    Paragraph("Date: 14 November 2024<br/>Our Ref: CF-FOI-24-0761<br/>Enquiries to: Corporate Records &amp; FOI Team<br/>"
              "Email: clydeforth.foi@nhs.scot.invalid", body),
    Paragraph("Dear Mr Lindqvist", body),
    Paragraph("<b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA) &ndash; REQUEST FOR INFORMATION</b>", body),
    Paragraph("I refer to your request for information which was received on 18 October 2024. NHS Clydeforth has now considered "
              "your request and the response is detailed in the table below.", body),
]
Q = [
    ("Question 1: How many CCTV cameras are in use across the Board's hospitals and health centres?",
     "There are c. 900 CCTV cameras in use across NHS Clydeforth. This includes internal and external cameras at Dunbrae "
     "Royal Infirmary, Westburn General Hospital, Strathcarron Community Hospital and the Board's health centres and clinics. "
     "The number changes as areas are refurbished."),
    ("Question 2: Which manufacturers supply these cameras?",
     "The majority of cameras are Bosch and Axis. Vivotek cameras are used at a number of health centres. "
     "Installation and maintenance is carried out by the Board's security systems contractor."),
    ("Question 3: Are any of the cameras manufactured by Hikvision or Dahua?",
     "No. Estates and Facilities have confirmed there are no cameras or recording equipment manufactured by Hikvision or "
     "Dahua in use within NHS Clydeforth."),
    ("Question 4: What has the Board spent on CCTV installation and maintenance in each of the last five financial years?",
     "CCTV works are not recorded under a separate cost code and are included within wider capital projects, minor works "
     "orders and the planned preventative maintenance contract for building services. To identify CCTV-related spend "
     "would require manual review of several thousand invoices and project records across five years. We estimate that "
     "this would cost well in excess of \u00a3600. Under section 12(1) of FOISA the Board is not obliged to comply with "
     "this part of your request as the cost of doing so would exceed the upper cost limit set out in the Freedom of "
     "Information (Fees for Required Disclosure) (Scotland) Regulations 2004. If you were to narrow this part of your "
     "request, for example to a single financial year and a single site, we may be able to help. This is in line with "
     "our duty under section 15 of FOISA to provide advice and assistance."),
]
data = [[Paragraph("<b>Request</b>", b), Paragraph("<b>NHS Clydeforth Response</b>", b)]]
for q, a in Q:
    data.append([Paragraph(q, bb), Paragraph(a, b)])
t = Table(data, colWidths=[6.3 * cm, 10.7 * cm])
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
]))
S += [t, Spacer(1, 10)]
S += [
    Paragraph("If you are dissatisfied with the way in which NHS Clydeforth has dealt with your request, you are entitled to "
              "require us to review our decision. Please note that in order for a review to take place you are required to "
              "submit your request within 40 working days of receiving this response. Requests for review should be sent to the "
              "Head of Corporate Records, at the address above.", body),
    Paragraph("If you are not satisfied with the outcome of the review you have the right to apply to the Scottish Information "
              "Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information "
              "Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.", body),
    Paragraph("NHS Clydeforth publishes responses to FOI requests in its disclosure log. Your personal details will not be published.", body),
    Paragraph("Yours sincerely", body), Spacer(1, 14),
    Paragraph("Morag Kilbride<br/>FOI Officer, Corporate Records &amp; FOI Team", body),
]
doc.build(S, onFirstPage=deco, onLaterPages=deco)

label(N, "pdf", "pdf", "nhs", "foisa", "no", "no", "partially_answered", ["s12"], 900,
      "PDF two-column request/response table with long wrapped cells; 'c. 900'; FOISA s12 cost limit for one part (s15 advice not an exemption)")
