from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from common import out

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=13, spaceAfter=10)

def hf(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 12); c.setFillColor(colors.HexColor("#0B2A5B"))
    c.drawString(2 * cm, 28 * cm, "WESSEX VALE POLICE")
    c.setFont("Helvetica", 8); c.setFillColor(colors.black)
    c.drawString(2 * cm, 27.55 * cm, "Information Management Unit, Force Headquarters, Kingsbury Road, Devizeford, SN10 2EH")
    c.drawRightString(19 * cm, 28 * cm, "OFFICIAL")
    c.line(2 * cm, 27.35 * cm, 19 * cm, 27.35 * cm)
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 1.3 * cm, "FOI Ref: 002817/24")
    c.drawRightString(19 * cm, 1.3 * cm, "Page %d" % d.page)
    c.drawCentredString(10.5 * cm, 1.3 * cm, "OFFICIAL")
    c.restoreState()

doc = SimpleDocTemplate(out("03-reply.pdf"), pagesize=A4, topMargin=3.2 * cm, bottomMargin=2.2 * cm,
                        leftMargin=2 * cm, rightMargin=2 * cm, title="FOI 002817/24 Response")
s = []
s += [Paragraph("Mr T Wrobel<br/>By e-mail", N),
      Paragraph("Date: 9th September 2024", N),
      Paragraph("FREEDOM OF INFORMATION REQUEST REFERENCE NO: 002817/24", H),
      Paragraph("I write in connection with your request for information received by Wessex Vale Police on 12th August 2024. "
                "Please find below the response to your request.", N),
      Paragraph("Wessex Vale Police has located information relevant to your request. However, some of the information "
                "is exempt from disclosure and the force is also neither confirming nor denying whether it holds some of "
                "the information you have requested. The relevant sections are set out below with the reasons they apply.", N),
      Paragraph("Q1 How many CCTV cameras are installed at police buildings (stations, custody suites, offices) operated by the force?", B),
      Paragraph("The table below shows the number of internal and external CCTV cameras at force premises, by policing area.", N)]
data = [["Policing area", "Custody suites", "Stations / offices", "Total"],
        ["North", "96", "188", "284"], ["South", "124", "203", "327"], ["East", "88", "175", "263"],
        ["West", "102", "196", "298"], ["Force HQ & Training Centre", "0", "112", "112"],
        ["Total", "410", "874", "1,284"]]
t = Table(data, colWidths=[6 * cm, 3.5 * cm, 3.8 * cm, 2.7 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
s += [t, Spacer(1, 10),
      Paragraph("Please note these figures do not include Automatic Number Plate Recognition (ANPR) cameras, body worn video, "
                "in-vehicle cameras or covert equipment.", N),
      Paragraph("Q2 Are any of these cameras manufactured by Hikvision?<br/>Q3 Are any of these cameras manufactured by Dahua?<br/>"
                "Q4 Please list the manufacturers of the cameras.", B),
      Paragraph("Wessex Vale Police can neither confirm nor deny that it holds information relevant to questions 2 and 3 by virtue "
                "of the following exemptions:", N),
      Paragraph("Section 24(2) – National Security<br/>Section 31(3) – Law Enforcement", N),
      Paragraph("In addition, the information requested at question 4 is exempt by virtue of sections 24(1) and 31(1)(a)(b) of the Act.", N),
      Paragraph("Sections 24 and 31 are prejudice based qualified exemptions. This means that the force is required to "
                "articulate the harm that would be caused by confirmation or denial, or by disclosure, and to carry out a public "
                "interest test.", N),
      Paragraph("<b>Harm</b>", N),
      Paragraph("To confirm or deny whether cameras of a particular manufacturer are in use at police premises, or to publish a list "
                "of the manufacturers of the force's security systems, would provide information to those intent on committing "
                "crime or disrupting policing about the vulnerabilities of the equipment protecting police buildings. Known "
                "weaknesses in specific product ranges are widely published. Responses under FOI are disclosures to the world "
                "at large, and when taken together with responses from other forces a mosaic could be built up identifying "
                "which forces are more vulnerable than others.", N),
      PageBreak(),
      Paragraph("<b>Public Interest Test</b>", N)]
pit = [["Factors favouring confirmation / disclosure", "Factors against confirmation / disclosure"],
       [Paragraph("Confirmation would promote openness and transparency regarding the procurement of security equipment and the use of public funds.", N),
        Paragraph("Confirmation would identify the security equipment used to protect custody suites and operational buildings, enabling offenders to target known weaknesses.", N)],
       [Paragraph("There is public debate about equipment produced by particular manufacturers, and disclosure would inform that debate.", N),
        Paragraph("The security of the police estate, and of the staff, detainees and members of the public within it, would be compromised.", N)],
       [Paragraph("Disclosure would allow the public to be reassured that the force has considered Government guidance on the security of surveillance equipment.", N),
        Paragraph("The force's ability to prevent and detect crime and to apprehend offenders would be undermined.", N)]]
t2 = Table(pit, colWidths=[8.5 * cm, 8.5 * cm])
t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                        ("FONTSIZE", (0, 0), (-1, 0), 9.5)]))
s += [t2, Spacer(1, 10),
      Paragraph("<b>Balance Test</b>", N),
      Paragraph("The Police Service will not divulge information if to do so would place the security of its premises, or the "
                "safety of any individual, at risk. Whilst there is a public interest in the transparency of policing and in the "
                "appropriate use of public funds, there is a very strong public interest in safeguarding the integrity of the police "
                "estate. On balance the force considers that the public interest favours neither confirming nor denying whether "
                "the information at Q2 and Q3 is held and withholding the information at Q4.", N),
      Paragraph("None of the above can be viewed as an inference that the information requested does or does not exist.", N),
      Paragraph("Q5 Do any of the cameras have facial recognition capability, and is it used?", B),
      Paragraph("The CCTV systems at force premises do not have facial recognition software installed and no facial recognition "
                "is carried out using these cameras.", N),
      Spacer(1, 8),
      Paragraph("<b>Complaint Rights</b>", N),
      Paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with "
                "the handling of your request you can ask for an internal review within 40 working days by writing to the "
                "Information Management Unit at the address above or foi@wessexvale.police.uk. If, after internal review, "
                "you remain dissatisfied you may apply to the Information Commissioner (www.ico.org.uk).", N),
      Paragraph("Yours sincerely,", N),
      Paragraph("Gemma Pritchard<br/>Freedom of Information Officer<br/>Information Management Unit", N),
      PageBreak(),
      Paragraph("YOUR RIGHT TO REQUEST A REVIEW OF REFUSAL", H),
      Paragraph("Are you unhappy with how your request has been handled or do you think the decision is incorrect?", B),
      Paragraph("You have the right to require Wessex Vale Police to review their decision. Prior to lodging a formal complaint you "
                "are welcome to discuss the response with the case officer who dealt with your request.", N),
      Paragraph("Ask for an internal review by writing to: The Information Manager, Information Management Unit, Force "
                "Headquarters, Kingsbury Road, Devizeford, SN10 2EH. Your request will be acknowledged and you will be informed "
                "of the date by which the review will be completed, normally within 20 working days.", N),
      Paragraph("If, after lodging a complaint with Wessex Vale Police, you are still unhappy with the outcome, you may make an "
                "application to the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", N)]
doc.build(s, onFirstPage=hf, onLaterPages=hf)
