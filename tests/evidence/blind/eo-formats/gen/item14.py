"""14: text PDF letter (FOISA) from a Scottish agency: per-building counts without total, makers withheld (s35, s31),
costs not held (s17 notice), policy provided."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
OUT = os.path.join(os.path.dirname(__file__), '..')
def lh(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor('#0065bd')); c.rect(20 * mm, A4[1] - 30 * mm, 12 * mm, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 9); c.drawCentredString(26 * mm, A4[1] - 25.5 * mm, 'SPEA')
    c.setFillColor(colors.HexColor('#0065bd')); c.setFont('Helvetica-Bold', 13)
    c.drawString(36 * mm, A4[1] - 22 * mm, 'Scottish Public Estates Agency')
    c.setFont('Helvetica', 9); c.drawString(36 * mm, A4[1] - 27 * mm, 'Buidheann Oighreachd Phoblach na h-Alba')
    c.setFillColor(colors.black); c.setFont('Helvetica', 8)
    c.drawRightString(190 * mm, A4[1] - 20 * mm, 'Corporate Services Directorate')
    c.drawRightString(190 * mm, A4[1] - 24 * mm, '2 Canal Basin, Edinburgh EH3 9XQ')
    c.drawRightString(190 * mm, A4[1] - 28 * mm, 'T: 0131 496 0712  E: foi@spea.example.scot')
    c.setFont('Helvetica', 7); c.drawCentredString(A4[0] / 2, 12 * mm, 'INVESTORS IN PEOPLE  |  We welcome calls via Relay UK')
    c.restoreState()
ss = getSampleStyleSheet()
n = ParagraphStyle('n', parent=ss['Normal'], fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=7)
b = ParagraphStyle('b', parent=n, fontName='Helvetica-Bold')
doc = SimpleDocTemplate(os.path.join(OUT, '14-reply.pdf'), pagesize=A4, topMargin=40 * mm, leftMargin=20 * mm, rightMargin=20 * mm)
s = [Paragraph('Ms Fiona MacLeod<br/>By email', n),
     Paragraph('Our ref: FOI/202400399417<br/>19 March 2024', n),
     Paragraph('Dear Ms MacLeod', n),
     Paragraph('REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)', b),
     Paragraph('Thank you for your request dated 20 February 2024 under the Freedom of Information (Scotland) Act 2002. '
               'I have set out each part of your request below with our response.', n),
     Paragraph('1. How many CCTV cameras are installed in the office buildings managed by the Agency?', b),
     Paragraph('The number of cameras in each building is as follows:', n)]
t = Table([['Building', 'CCTV cameras'], ['Canal Basin, Edinburgh', '146'], ['Merchant House, Glasgow', '88'],
           ['Tay Court, Dundee', '61'], ['Harbour Place, Inverness', '39']], colWidths=[90 * mm, 35 * mm])
t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9.5), ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9.5),
                       ('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.HexColor('#0065bd')),
                       ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.lightgrey), ('ALIGN', (1, 0), (1, -1), 'RIGHT')]))
s += [t, Spacer(1, 8),
      Paragraph('2. Which manufacturers supplied these cameras? In particular, are any made by Hikvision or Dahua?', b),
      Paragraph('While our aim is to provide information whenever possible, in this instance we are unable to provide the '
                'information you have requested because exemptions under sections 35(1)(a) and (b) (law enforcement) and '
                '31(1) (national security) of FOISA apply to it. Details of the make and model of security equipment would '
                'enable a person to research known weaknesses in that equipment and to plan to defeat or circumvent it, '
                'which would, or would be likely to, prejudice substantially the prevention and detection of crime at '
                'buildings which accommodate Ministers and officials.', n),
      Paragraph('These exemptions are subject to the public interest test. We recognise the public interest in knowing '
                'whether equipment from particular suppliers is used on the public estate, and we can tell you that all '
                'new security procurement follows the UK Government and Scottish Government guidance on surveillance '
                'equipment. However, we consider that the public interest in maintaining the security of the estate '
                'outweighs this.', n),
      Paragraph('3. How much has been spent on CCTV installation and maintenance in each year from 2020/21 to 2023/24?', b),
      Paragraph('Under section 17(1) of FOISA, I must tell you that the Agency does not hold this information. CCTV '
                'installation and maintenance are delivered as part of the integrated facilities management contract and are '
                'not costed separately. This is a formal notice that we do not have the information you requested.', n),
      Paragraph('4. A copy of your CCTV policy.', b),
      Paragraph('A copy of the Agency\u2019s CCTV Policy (version 3.1, approved November 2022) is enclosed at Annex A.', n),
      Paragraph('<b>Your right to request a review</b>', n),
      Paragraph('If you are unhappy with this response, you may ask us to carry out an internal review, using our '
                'review procedure. You must ask for a review within 40 working days. If you are not satisfied with the '
                'result of the review, you then have the right to make a formal complaint to the Scottish Information '
                'Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS. Our review procedure is explained '
                'in more detail on our website.', n),
      Spacer(1, 6), Paragraph('Yours sincerely', n), Spacer(1, 12),
      Paragraph('Iain Fraser<br/>Information Rights Officer', n)]
doc.build(s, onFirstPage=lh, onLaterPages=lh)
print('wrote 14-reply.pdf')
