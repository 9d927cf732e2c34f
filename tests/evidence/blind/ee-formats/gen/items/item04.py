import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

N = 4
write_text(f"{N:02d}-request.txt", """
Dear University of Northmoor,

I'd be grateful if you could provide the following under the Freedom of Information Act 2000.

1) Approximately how many CCTV cameras does the University operate across its campuses and residences?
2) What makes/manufacturers of camera are used?
3) Are any Hikvision cameras in use?
4) Are any Dahua cameras in use?
5) If any cameras from either company are in use, is there a plan and budget to replace them?

Regards,
Tamsin Okafor
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=colors.grey)

def header(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#4B2E83"))
    c.rect(0, A4[1] - 2.2 * cm, A4[0], 2.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(2 * cm, A4[1] - 1.4 * cm, "UNIVERSITY OF NORTHMOOR")
    c.setFont("Helvetica", 9)
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.4 * cm, "Governance and Legal Services")
    c.setFillColor(colors.grey); c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "University of Northmoor, Kingsgate House, Northmoor NM1 6RE  |  foi@northmoor.ac.invalid  |  Page %d" % d.page)
    c.restoreState()

doc = SimpleDocTemplate(out(f"{N:02d}-reply.pdf"), pagesize=A4, topMargin=3.2 * cm, bottomMargin=2.2 * cm,
                        leftMargin=2.2 * cm, rightMargin=2.2 * cm, title="FOI response NU-FOI-2024-212",
                        author="Governance and Legal Services")
S = []
S += [Paragraph("Ms T Okafor<br/>By email", body), Spacer(1, 6),
      Paragraph("Our reference: NU-FOI-2024-212<br/>Date: 2 May 2024", body), Spacer(1, 6),
      Paragraph("Dear Ms Okafor,", body),
      Paragraph("<b>Request for information under the Freedom of Information Act 2000</b>", body),
      Paragraph("I write in response to your request for information received by the University on 8 April 2024. "
                "The University does hold information falling within the scope of your request, which I provide below.", body)]
qa = [
    ("1) Approximately how many CCTV cameras does the University operate across its campuses and residences?",
     "The University operates approximately 640 CCTV cameras across the Kingsgate and Moor Lane campuses and the "
     "University-managed residences. This figure changes regularly as buildings are refurbished."),
    ("2) What makes/manufacturers of camera are used?",
     "The University's CCTV estate is predominantly Avigilon, managed through the Avigilon Control Center platform. "
     "A number of older Dahua cameras (approximately 30) remain in use in Fenwick Hall and Rowley Court residences, "
     "which were brought into the University's management in 2019."),
    ("3) Are any Hikvision cameras in use?", "No."),
    ("4) Are any Dahua cameras in use?", "Yes. Please see our response to question 2."),
    ("5) If any cameras from either company are in use, is there a plan and budget to replace them?",
     "Yes. The remaining Dahua units are scheduled to be replaced with Avigilon cameras during the summer vacation "
     "period of 2026, when the residences are unoccupied. The budget allocated for this work in the 2025/26 "
     "capital programme is \u00a348,500 (including VAT)."),
]
for q, a in qa:
    S += [Paragraph(q, bold), Paragraph(a, body)]
S += [Spacer(1, 6),
      Paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review by writing "
                "to foi@northmoor.ac.invalid within 40 working days of the date of this letter. If you are not content "
                "with the outcome of the internal review you may apply to the Information Commissioner's Office for a "
                "decision (www.ico.org.uk).", body),
      Paragraph("Yours sincerely,", body), Spacer(1, 18),
      Paragraph("<b>Alasdair Penhaligon</b><br/>Information Compliance Manager<br/>Governance and Legal Services", body),
      Spacer(1, 20),
      Paragraph("The information supplied to you is copyright of the University of Northmoor unless otherwise stated. "
                "You may use it for non-commercial research or private study. Any other re-use requires the permission "
                "of the copyright holder.", small)]
doc.build(S, onFirstPage=header, onLaterPages=header)

label(N, "pdf", "pdf", "university", "foia", "no", "yes", "answered", [], 640,
      "Dahua units in use now but scheduled for replacement in 2026; 'approximately 640'")
