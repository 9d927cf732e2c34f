from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
R = ParagraphStyle("r", parent=N, alignment=2, fontSize=9, leading=11)
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=15, textColor=colors.HexColor("#b3121b"))

def hdrftr(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.drawString(20*mm, 12*mm, "Severn & Wye Fire and Rescue Service  |  Service Headquarters, Forge Road, Bromsgate BR4 7TU  |  www.swfire.example.gov.uk")
    c.drawRightString(190*mm, 12*mm, f"Page {doc.page}")
    c.restoreState()

s = []
s.append(Paragraph("Severn &amp; Wye Fire and Rescue Service", H))
s.append(Paragraph("Information Governance<br/>Service Headquarters<br/>Forge Road<br/>Bromsgate<br/>BR4 7TU<br/>foi@swfire.example.gov.uk", R))
s.append(Paragraph("R. Okonjo<br/>[by email]", N))
s.append(Paragraph("Date: 22 January 2025<br/>Our reference: FOI 2025/009", N))
s.append(Spacer(1, 4))
s.append(Paragraph("Dear R. Okonjo", N))
s.append(Paragraph("Request for information – Freedom of Information Act 2000", B))
s.append(Paragraph("Thank you for your request which we received on 2 January 2025. Severn &amp; Wye Fire and Rescue Service "
                   "holds information relevant to your request. Our response to each question is set out below.", N))
s.append(Paragraph("1. How many CCTV cameras are installed at the Service's fire stations, headquarters and other premises?", B))
s.append(Paragraph("The number of CCTV cameras installed across the Service's estate is shown below.", N))
data = [["Premises type", "No. of sites", "No. of cameras"],
        ["Wholetime fire stations", "12", "38"],
        ["On-call (retained) fire stations", "9", "18"],
        ["Service Headquarters incl. Control", "1", "14"],
        ["Training Centre", "1", "9"],
        ["Fleet Workshops", "1", "8"],
        ["Total", "24", "87"]]
t = Table(data, colWidths=[80*mm, 30*mm, 35*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 10),
    ("FONT", (0,0), (-1,0), "Helvetica-Bold", 10), ("FONT", (0,-1), (-1,-1), "Helvetica-Bold", 10),
    ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e6e6e6")),
    ("GRID", (0,0), (-1,-1), 0.5, colors.grey), ("ALIGN", (1,0), (-1,-1), "CENTER")]))
s.append(t); s.append(Spacer(1, 8))
s.append(Paragraph("2. Who manufactures these cameras?<br/>3. Specifically, are any of the cameras made by Hikvision or Dahua Technology?", B))
s.append(Paragraph("The Service holds this information. However, we consider it to be exempt from disclosure under section 24(1) "
                   "(National security) and section 31(1)(a) (Law enforcement – the prevention or detection of crime) of the Act.", N))
s.append(Paragraph("Fire and rescue services are part of the UK's critical national infrastructure. Disclosing the make of the "
                   "security systems protecting our premises, including Service Control, would enable those with criminal or "
                   "hostile intent to identify known vulnerabilities in specific equipment and to target our sites. When combined "
                   "with information already in the public domain about the location of our stations, this would increase the "
                   "risk of unauthorised access and of disruption to our emergency response.", N))
s.append(Paragraph("Both exemptions are qualified and we have therefore considered the public interest. We recognise the public "
                   "interest in transparency and in the ongoing national debate about the use of equipment from certain suppliers "
                   "on the public sector estate. We can confirm that the Service is aware of the Government's statement of "
                   "24 November 2022 and has reviewed its estate in light of it. However, we consider that the public interest in "
                   "protecting the security of our premises and our ability to respond to emergencies outweighs the public interest "
                   "in disclosure of the manufacturers of our equipment.", N))
s.append(Paragraph("This letter therefore acts as a refusal notice under section 17 of the Act in respect of questions 2 and 3.", N))
s.append(Paragraph("4. What is the annual cost of maintaining the CCTV system, and which company holds the contract?", B))
s.append(Paragraph("Maintenance of CCTV is included in the Service's integrated security systems maintenance contract with "
                   "Castlegate Security Systems Ltd. The element attributable to CCTV for 2024/25 is £11,480 (excluding VAT).", N))
s.append(Paragraph("Your right to complain", B))
s.append(Paragraph("If you are unhappy with the way we have handled your request you may ask for an internal review. Please contact "
                   "the Information Governance Manager at the address above within 40 working days of the date of this letter. "
                   "If you remain dissatisfied following the internal review, you have the right to apply to the Information "
                   "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).", N))
s.append(Paragraph("Yours sincerely", N)); s.append(Spacer(1, 14))
s.append(Paragraph("Hannah Delacroix<br/>Information Governance Officer", N))
doc = SimpleDocTemplate(out("05-reply.pdf"), pagesize=A4, leftMargin=20*mm, rightMargin=20*mm, topMargin=18*mm, bottomMargin=20*mm,
                        title="FOI 2025/009 response", author="SWFRS Information Governance")
doc.build(s, onFirstPage=hdrftr, onLaterPages=hdrftr)

add_label(path="05-reply.pdf", request_file="05-request.txt", format="pdf", body_type="fire",
          law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31"],
          camera_count=87,
          note="Text PDF with a per-premises table and total row; makers withheld under s24/s31 while the s17 refusal-notice mention must not be listed.")
