from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from common import out

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=8)
B = ParagraphStyle("b", parent=N, fontName="Times-Bold")
def hf(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 15); c.setFillColor(colors.HexColor("#00529B"))
    c.drawString(2 * cm, 27.9 * cm, "NHS Glenburn")
    c.setFont("Helvetica", 8.5); c.setFillColor(colors.black)
    c.drawString(2 * cm, 27.45 * cm, "Corporate Records & Information Governance, Craigmount House, 4 Loanhead Road, Glenburn FK9 4BW")
    c.drawString(2 * cm, 27.1 * cm, "Telephone 01786 555 120   |   glen.foi@nhs.scot")
    c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.1 * cm, "Headquarters: Craigmount House, Glenburn   Chair: Mr Duncan Rennie   Chief Executive: Ms Lorna Haig")
    c.drawRightString(19 * cm, 1.1 * cm, "%d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out("17-reply.pdf"), pagesize=A4, topMargin=3.6 * cm, bottomMargin=2 * cm, leftMargin=2.2 * cm, rightMargin=2.2 * cm)
s = [Paragraph("Ms M Fyfe", N),
     Paragraph("Date: 2 May 2024<br/>Your Ref: -<br/>Our Ref: FOI-24-0388<br/>Enquiries to: Corporate Records & Information Governance", N),
     Paragraph("Dear Ms Fyfe", N),
     Paragraph("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", B),
     Paragraph("Thank you for your request for information dated 3 April 2024, received by NHS Glenburn on 4 April 2024. I have now completed "
               "the search for the information you requested and am able to respond as follows.", N),
     Paragraph("Q1 - How many CCTV cameras does the Board operate at each of its sites?", B),
     Paragraph("The number of CCTV cameras operated by NHS Glenburn, by site, is shown in the table below. Figures are as recorded by "
               "Estates and Facilities on 24 April 2024.", N)]
data = [["Site", "Internal", "External", "Total"],
        ["Glenburn Royal Infirmary", "151", "61", "212"],
        ["Kilbrannan General Hospital", "98", "48", "146"],
        ["Community hospitals (Balfron, Doune, Killin, Strathyre, Callander)", "37", "26", "63"],
        ["Health centres and clinics (17 sites)", "29", "12", "41"],
        ["Craigmount House (Board headquarters)", "11", "7", "18"],
        ["Total", "326", "154", "480"]]
data = [[Paragraph(c, N) if j == 0 else c for j, c in enumerate(r)] for r in data]
t = Table(data, colWidths=[8.6 * cm, 2.5 * cm, 2.5 * cm, 2.4 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE8F3")),
                       ("FONTNAME", (1, 0), (-1, 0), "Times-Bold"), ("FONTNAME", (1, -1), (-1, -1), "Times-Bold"),
                       ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
s += [t, Spacer(1, 10),
      Paragraph("Please note that the Board's premises at Forthbank Primary Care Centre are provided under a hub DBFM contract and the "
                "CCTV at that building is operated by the facilities provider; it is not included above.", N),
      Paragraph("Q2 - Are any of these cameras Hikvision?<br/>Q3 - Are any of these cameras Dahua?", B),
      Paragraph("The cameras in use across the Board are predominantly Hikvision (approximately 60%), with the remainder being mainly "
                "Bosch and Sony units. A small number of other makes are in use at community sites, having been installed before those "
                "buildings transferred to NHS Glenburn.", N),
      Paragraph("Q4 - How much has the Board spent on CCTV (purchase, installation and maintenance) in each of the last five years?", B),
      Paragraph("CCTV purchase and installation is normally undertaken as part of wider capital and refurbishment projects, and "
                "maintenance is included in the Board's integrated security systems contract, which also covers access control and "
                "intruder alarms. Expenditure on CCTV is not recorded separately in the Board's financial systems. Under section 17(1) of "
                "FOISA I must therefore notify you that NHS Glenburn does not hold this information.", N),
      Paragraph("Q5 - Please provide a copy of the Board's DPIA for CCTV.", B),
      Paragraph("The Board's CCTV Data Protection Impact Assessment (v2.1, reviewed October 2023) is published on our website at "
                "www.nhsglenburn.scot/about-us/policies/cctv. As this information is otherwise accessible to you, it is exempt from "
                "disclosure under section 25(1) of FOISA. This is an absolute exemption and is not subject to the public interest test.", N),
      PageBreak(),
      Paragraph("If you are dissatisfied with the way in which NHS Glenburn has dealt with your request, you are entitled to require "
                "NHS Glenburn to review its decision. Please note that in order for a review to take place you are required to submit "
                "your review request within 40 working days of receiving this response, specifying the reason for your dissatisfaction. "
                "Requests for review should be sent to: Head of Information Governance, NHS Glenburn, Craigmount House, 4 Loanhead Road, "
                "Glenburn FK9 4BW, or glen.foi@nhs.scot.", N),
      Paragraph("If, after NHS Glenburn has reviewed its decision, you are still not satisfied, you have the right to apply to the Scottish "
                "Information Commissioner for a decision. The Commissioner can be contacted at: Scottish Information Commissioner, "
                "Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. Telephone: 01334 464610. Web: www.foi.scot/appeal.", N),
      Paragraph("Should you then wish to appeal against the Scottish Information Commissioner's decision, you have the right to appeal "
                "to the Court of Session on a point of law only.", N),
      Paragraph("NHS Glenburn is committed to openness and transparency; responses to FOI requests are published in an anonymised form in "
                "our disclosure log.", N),
      Spacer(1, 12), Paragraph("Yours sincerely", N), Spacer(1, 18),
      Paragraph("Euan McCallum<br/>Information Governance Officer<br/>for and on behalf of NHS Glenburn", N)]
doc.build(s, onFirstPage=hf, onLaterPages=hf)
