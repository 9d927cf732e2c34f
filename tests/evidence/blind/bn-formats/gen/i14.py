from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle

NN = "14"
write_request(NN, """
To the Headteacher / Governing Body, Thornleigh Park School

Freedom of Information request

1. How many CCTV cameras does the school have?
2. What make are they?
3. Is any of your CCTV equipment (cameras or recorders) made by Hikvision or Dahua?
4. Who installed the system and when?

Thank you
S. Kaur
""")
W, H = A4
c = canvas.Canvas(out(f"{NN}-reply.pdf"), pagesize=A4)
c.setTitle("Thornleigh Park School FOI response")
# letterhead
c.setFillColor(colors.HexColor("#23395d")); c.rect(0, H-38*mm, W, 38*mm, fill=1, stroke=0)
c.setFillColor(colors.HexColor("#f2c14e")); c.circle(28*mm, H-19*mm, 11*mm, fill=1, stroke=0)
c.setFillColor(colors.HexColor("#23395d")); c.setFont("Times-Bold", 14); c.drawCentredString(28*mm, H-21.5*mm, "TPS")
c.setFillColor(colors.white); c.setFont("Times-Bold", 20); c.drawString(45*mm, H-17*mm, "Thornleigh Park School")
c.setFont("Times-Italic", 10.5); c.drawString(45*mm, H-23*mm, "Aspire · Achieve · Belong")
c.setFont("Helvetica", 8.5)
c.drawString(45*mm, H-30*mm, "Thornleigh Road, Bolton BL1 6PQ   Tel 01204 555 318   office@thornleighpark.bolton.sch.uk")
c.drawString(45*mm, H-34*mm, "Headteacher: Mrs J. Holloway BA (Hons) NPQH")
c.setFillColor(colors.black)
st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=15, spaceAfter=9)
S = [Paragraph(t, st) for t in [
 "3 October 2023",
 "Dear S. Kaur,",
 "<b>Freedom of Information request – CCTV</b>",
 "Thank you for your request, which the school received on 12 September 2023.",
 "1. We have 16 internal cameras and 8 external cameras.",
 "2. The cameras do not carry a manufacturer's name and we do not hold any documentation which states their make.",
 "3. The recorder in the server room is a Hikvision DS-7616NI-K2 network video recorder. As explained above we do not know "
 "who made the cameras themselves.",
 "4. The system was installed by Reeve Security (NW) Ltd in the summer of 2019.",
 "If you are unhappy with the way your request has been handled you can ask for a review by writing to the Clerk to the "
 "Governors at the school address. If you remain unhappy you may complain to the Information Commissioner's Office.",
 "Yours sincerely,",
 "<br/>Mrs A. Brennan<br/>School Business Manager",
]]
Frame(25*mm, 25*mm, W-50*mm, H-75*mm, showBoundary=0).addFromList(S, c)
c.setFont("Helvetica", 7); c.setFillColor(colors.grey)
c.drawCentredString(W/2, 12*mm, "Thornleigh Park School is a community school maintained by Bolton Council.")
c.save()
add_label(NN, "pdf", "school", "foia", "yes", "unknown", "partially_answered", [], 24,
          "Letterhead PDF; only the recorder is Hikvision (counts as yes), camera make not held so Dahua unknown; count only as 16 internal + 8 external.")
