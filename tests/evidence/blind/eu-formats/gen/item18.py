from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

N = ParagraphStyle("n", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=7)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
S = ParagraphStyle("s", parent=N, fontSize=8, leading=10)
story = []; A = story.append
A(Table([[Paragraph("<font size=16 color='#2b4c7e'><b>Strathdee Council</b></font><br/><font size=8>Comhairle Shrath Dhè</font>", N),
          Paragraph("Legal &amp; Democratic Services<br/>Council Headquarters<br/>Bridge Street<br/>Kinross-on-Dee<br/>AB36 5RX<br/>foi@strathdee.example.gov.uk", S)]],
        colWidths=[105*mm, 60*mm], style=[("VALIGN", (0,0), (-1,-1), "TOP")]))
A(Spacer(1, 10))
A(Paragraph("Mr Callum Rennie<br/>Via email", N))
A(Paragraph("Date: 21 May 2025<br/>Our ref: FOISA/25/0489<br/>Enquiries to: Morag Sinclair", N))
A(Paragraph("Dear Mr Rennie", N))
A(Paragraph("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", B))
A(Paragraph("I refer to your request for information received on 23 April 2025. I have now completed my search for the "
            "information you requested and my response is set out below.", N))
A(Paragraph("Q1 &amp; Q2", B))
A(Paragraph("The Council's public space CCTV cameras, by manufacturer, are as follows:", N))
t = Table([["Manufacturer", "No. of cameras", "Type"],
           ["Interlogix TruVision", "61", "Fixed dome / bullet"],
           ["Axis Communications", "40", "PTZ and fixed"],
           ["Hanwha (Samsung Wisenet)", "23", "Fixed"],
           ["Dahau", "0", "–"]], colWidths=[60*mm, 32*mm, 45*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "Helvetica", 9.5), ("FONT", (0,0), (-1,0), "Helvetica-Bold", 9.5),
                       ("BOX", (0,0), (-1,-1), 0.7, colors.black), ("INNERGRID", (0,0), (-1,-1), 0.3, colors.grey),
                       ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#dde5f0"))]))
A(t); A(Spacer(1, 8))
A(Paragraph("Q3", B))
A(Paragraph("Please see the table above.", N))
A(Paragraph("Q4", B))
A(Paragraph("The Council has no current plans to replace any of its public space cameras within the next two years. "
            "The system is reviewed on a five-yearly cycle; the next review is due in 2027.", N))
A(Paragraph("Your right to seek a review", B))
A(Paragraph("Should you be dissatisfied with the way in which the Council has dealt with your request, you are entitled to "
            "require the Council to review its decision. Please note that a request for review must be made in writing no later "
            "than 40 working days from the date of receipt of this letter and should be addressed to: Review Officer, Legal &amp; "
            "Democratic Services, Strathdee Council, Bridge Street, Kinross-on-Dee AB36 5RX.", N))
A(Paragraph("If, following a review, you remain dissatisfied, you have the right to make an application to the Scottish "
            "Information Commissioner, Grimond House, 1 Lady's Lane, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal. "
            "An application must normally be made within six months of receiving the review outcome. Thereafter, you may "
            "appeal to the Court of Session on a point of law only.", N))
A(Paragraph("Yours sincerely", N)); A(Spacer(1, 12))
A(Paragraph("Morag Sinclair<br/>Information Officer", N))
SimpleDocTemplate(out("18-reply.pdf"), pagesize=A4, leftMargin=22*mm, rightMargin=22*mm, topMargin=16*mm, bottomMargin=18*mm,
                  title="FOISA/25/0489").build(story)
add_label(path="18-reply.pdf", request_file="18-request.txt", format="pdf", body_type="council",
          law="foisa", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=124,
          note="Scottish council PDF whose Q3 answer is just 'see the table': Hikvision appears only as Interlogix TruVision, Dahua is a misspelt 'Dahau' row with 0, and the total must be summed.")
