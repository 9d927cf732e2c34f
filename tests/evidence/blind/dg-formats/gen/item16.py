from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors

NN = "16"
REQ_ITEMS = ["How many CCTV cameras does the University operate across its campuses?",
             "A breakdown of those cameras by type (fixed, PTZ, etc.).",
             "The manufacturers of the cameras, and the number from each.",
             "Whether any are made by Hikvision, and whether any are made by Dahua.",
             "A list of the locations of all cameras, including in student accommodation.",
             "Whether the University uses any cameras with facial recognition or audio capture."]
write_request(NN, "Dear University of Castlebridge,\n\nPlease could you provide the following information under the Freedom of Information Act 2000:\n\n"
              + "\n".join(f"{i}. {q}" for i, q in enumerate(REQ_ITEMS, 1)) + "\n\nKind regards,\nHarriet Mbeki\n")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
quote = ParagraphStyle("q", parent=body, leftIndent=18, textColor=colors.HexColor("#333333"), fontName="Helvetica-Oblique")

def on_page(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 12); c.setFillColor(colors.HexColor("#7A0019"))
    c.drawString(2.2 * cm, 28.2 * cm, "UNIVERSITY OF CASTLEBRIDGE")
    c.setFont("Helvetica", 8); c.setFillColor(colors.black)
    c.drawString(2.2 * cm, 27.8 * cm, "Governance and Legal Services – Information Compliance Office")
    c.drawRightString(18.8 * cm, 1.2 * cm, f"FOI-2025-0412  |  Page {d.page} of 3")
    c.restoreState()

S = []
S.append(Paragraph("Ms H Mbeki<br/>By email", body))
S.append(Paragraph("Date: 2 July 2025<br/>Reference: FOI-2025-0412", body))
S.append(Paragraph("Dear Ms Mbeki,", body))
S.append(Paragraph("Freedom of Information Act 2000 – response to your request", h2))
S.append(Paragraph("Thank you for your email of 4 June 2025, which the University has handled as a request for information under the Freedom of Information Act 2000 (the Act). Under section 1 of the Act, a public authority is required to confirm whether it holds the information requested and, if so, to communicate that information to the applicant, subject to any exemptions that may apply.", body))
S.append(Paragraph("Your request", h2))
S.append(Paragraph("You asked:", body))
for i, q in enumerate(REQ_ITEMS, 1):
    S.append(Paragraph(f"{i}. {q}", quote))
S.append(Paragraph("How we handled your request", h2))
S.append(Paragraph("To respond to your request the Information Compliance Office consulted Estates and Facilities Management, Campus Security and the Residential Services team. Figures are drawn from the Security Systems asset register maintained by Campus Security and reflect the position on the date your request was received. The University's CCTV estate includes cameras on the Castlebridge city campus, the Kingsholm science park, the Abbeyfields sports ground and in University-managed student residences. Cameras operated by private accommodation providers and by the Students' Union (a separate legal entity) are not included.", body))
S.append(Paragraph("The University publishes its CCTV Code of Practice and its Surveillance Camera Data Protection Impact Assessment on its website. The University's Publication Scheme also contains information about the governance of its security systems and the role of the Surveillance Systems Steering Group, which meets quarterly and reports to the University Executive Board.", body))
S.append(Paragraph("Our response to each question is set out on the following page. Where information has been withheld the relevant exemptions are explained on page 3.", body))
S.append(PageBreak())
S.append(Paragraph("Response", h2))
S.append(Paragraph("<b>1.</b> The University operates 466 CCTV cameras.", body))
S.append(Paragraph("<b>2.</b> Breakdown by type:", body))
t = Table([["Camera type", "Number"], ["Fixed – internal", "251"], ["Fixed – external", "188"], ["PTZ (pan/tilt/zoom)", "27"]], colWidths=[7 * cm, 3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB"))]))
S += [t, Spacer(1, 8)]
S.append(Paragraph("<b>3.</b> Hanwha Vision (including legacy Samsung Techwin models): 291; Axis Communications: 167; Hikvision: 8.", body))
S.append(Paragraph("<b>4.</b> Yes – the 8 Hikvision cameras are located at the Abbeyfields sports ground. The University does not use any Dahua cameras.", body))
S.append(Paragraph("<b>5.</b> The University holds this information, but it is withheld under sections 31(1)(a) (prevention or detection of crime) and 38(1)(b) (health and safety) of the Act. Please see page 3.", body))
S.append(Paragraph("<b>6.</b> No cameras use facial recognition. Audio capture is not enabled on any camera.", body))
S.append(PageBreak())
S.append(Paragraph("Exemptions applied", h2))
S.append(Paragraph("<b>Section 31(1)(a) – law enforcement.</b> Disclosure of a list of the locations of all cameras would, by implication, reveal those areas of campus and of student residences which are not covered by CCTV. This would be likely to prejudice the prevention or detection of crime by assisting those intent on theft, criminal damage or assault to avoid detection.", body))
S.append(Paragraph("<b>Section 38(1)(b) – health and safety.</b> A large part of the information relates to University residences housing approximately 5,400 students, many of whom are under 21. Revealing the gaps in CCTV coverage in and around residences would be likely to endanger the safety of residents.", body))
S.append(Paragraph("<b>Public interest test.</b> Both exemptions are qualified. The University recognises the public interest in transparency about surveillance on its campuses, which it considers is met by the information given in response to questions 1 to 4 and 6 and by its published Code of Practice. The public interest in protecting the safety of students, staff and visitors and in the prevention of crime outweighs the public interest in disclosing camera locations.", body))
S.append(Paragraph("Your rights", h2))
S.append(Paragraph("If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Information Compliance Manager, University of Castlebridge, Castlebridge CB9 1UC or foi@castlebridge.ac.uk. If you remain dissatisfied following the internal review, you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).", body))
S.append(Paragraph("Information released under the Act may be subject to copyright. Re-use for commercial purposes requires the permission of the University.", body))
S.append(Paragraph("Yours sincerely,<br/><br/>Dr Nikhil Sarkar<br/>Information Compliance Officer", body))
SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.6 * cm, bottomMargin=2 * cm,
                  title="FOI-2025-0412 response").build(S, onFirstPage=on_page, onLaterPages=on_page)
add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf", body_type="university", law="foia",
          hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s31", "s38"], camera_count=466,
          note="Three-page PDF whose first page is only preamble and the restated request; the answers are on page 2 and the exemptions on page 3.")
