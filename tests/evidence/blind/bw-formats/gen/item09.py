from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak
from reportlab.lib.units import mm
from reportlab.lib import colors

N = 9
write_request(N, """
Dear Scottish Prison Service

Under the Freedom of Information (Scotland) Act 2002 I would like to know:

1. How many CCTV cameras are in operation across the SPS estate?
2. How many of these are manufactured by Hikvision?
3. How many are manufactured by Dahua?
4. Which establishments have Hikvision or Dahua cameras?
5. What is the timetable for replacing any such cameras?

Yours
Eilidh MacAskill
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=5, alignment=4)
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6, alignment=0, textColor=colors.HexColor("#003366"))
W, H = A4
gap = 8 * mm; lm = 18 * mm; colw = (W - 2 * lm - gap) / 2
top = Frame(lm, H - 70 * mm, W - 2 * lm, 45 * mm, id="top", showBoundary=0)
c1 = Frame(lm, 20 * mm, colw, H - 92 * mm, id="c1")
c2 = Frame(lm + colw + gap, 20 * mm, colw, H - 92 * mm, id="c2")
c1b = Frame(lm, 20 * mm, colw, H - 45 * mm, id="c1b")
c2b = Frame(lm + colw + gap, 20 * mm, colw, H - 45 * mm, id="c2b")

def deco(c, d):
    c.saveState(); c.setFont("Helvetica-Bold", 13); c.setFillColor(colors.HexColor("#003366"))
    c.drawString(lm, H - 17 * mm, "Scottish Prison Service")
    c.setFont("Helvetica", 8.5); c.setFillColor(colors.black)
    c.drawString(lm, H - 22 * mm, "Communications Branch, Calton House, 5 Redheughs Rigg, Edinburgh EH12 9HW")
    c.drawRightString(W - lm, H - 17 * mm, "FOI Ref: FOI-24-00861")
    c.line(lm, 16 * mm, W - lm, 16 * mm); c.setFont("Helvetica", 7.5)
    c.drawString(lm, 12 * mm, "www.sps.gov.uk   Page %d" % d.page); c.restoreState()

doc = BaseDocTemplate(str(out(N, "pdf")), pagesize=A4, title="FOI-24-00861 response")
doc.addPageTemplates([PageTemplate("first", [top, c1, c2], onPage=deco), PageTemplate("later", [c1b, c2b], onPage=deco)])
from reportlab.platypus import NextPageTemplate
st = [NextPageTemplate("later"),
      Paragraph("Ms E MacAskill<br/><br/>17 May 2024", body),
      Paragraph("Dear Ms MacAskill", body),
      Paragraph("Thank you for your request dated 19 April 2024 under the Freedom of Information (Scotland) Act 2002 "
                "(FOISA). Our response to each question is given below.", body), FrameBreak(),
      Paragraph("1. Number of cameras", head),
      Paragraph("There are currently 4,870 CCTV cameras in operation across the SPS estate of fifteen establishments, "
                "the Scottish Prison Service College and headquarters buildings.", body),
      Paragraph("2. Hikvision", head),
      Paragraph("612 cameras across the estate are Hikvision products. These were installed under a framework which "
                "has now expired.", body),
      Paragraph("3. Dahua", head),
      Paragraph("None.", body),
      Paragraph("4. Establishments", head),
      Paragraph("SPS considers that the information you have requested at question 4 is exempt from disclosure under "
                "section 35(1)(a) and (f) of FOISA (law enforcement). Disclosure of the make of the security systems "
                "at individual establishments would, or would be likely to, prejudice substantially the prevention of "
                "crime and the maintenance of security and good order in prisons. This exemption is subject to the "
                "public interest test. While there is a public interest in openness about the procurement of security "
                "equipment, we consider that the public interest is outweighed by the public interest in maintaining the "
                "security of the prison estate.", body),
      Paragraph("5. Replacement", head),
      Paragraph("A replacement programme has been approved and all Hikvision units are scheduled to be replaced by March "
                "2027 as part of the wider Electronic Security Systems refresh. Replacement will be prioritised at "
                "establishments where cameras are at end of life.", body),
      Paragraph("Your right to request a review", head),
      Paragraph("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal "
                "review of the response, by writing to the Chief Executive, Scottish Prison Service, Calton House, "
                "5 Redheughs Rigg, Edinburgh EH12 9HW or gaolinfo@sps.pnn.gov.uk. Your review request should explain "
                "why you are dissatisfied with this response, and should be made within 40 working days from the date "
                "when you received this letter.", body),
      Paragraph("If you are not satisfied with the result of the review, you then have the right to make a formal "
                "complaint to the Scottish Information Commissioner. More detailed information on your appeal rights "
                "is available on the Commissioner's website: www.foi.scot/appeal.", body),
      Spacer(1, 8), Paragraph("Yours sincerely<br/><br/>Alasdair Dunnet<br/>FOI Unit", body)]
doc.build(st)
add_label(N, "pdf", "scottish_gov", "foisa", "yes", "no", "partially_answered", ["s35"], 4870,
          "two-column layout; Hikvision subset (612) beside total; still in use pending replacement by 2027; locations withheld s35")
