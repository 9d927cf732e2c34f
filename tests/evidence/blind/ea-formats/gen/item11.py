from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NN = "11"
req = """Dear University of Nottingham,

I would like to request the following information under the Freedom of Information Act 2000:

1. Does the University use facial recognition technology on any of its CCTV cameras or other systems (e.g. access control, attendance monitoring)?
2. If so, which supplier provides the software and when was it introduced?
3. Has the University carried out a Data Protection Impact Assessment for facial recognition?

Many thanks,
Dr Helen Okafor
"""
write_request(NN, req)

ss = getSampleStyleSheet()
b = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=8)
bb = ParagraphStyle("bb", parent=b, fontName="Times-Bold")
out = ROOT / f"{NN}-reply.pdf"
doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm,
                        bottomMargin=2 * cm, title="FOI response UoN-FOI-24-1196")
S = []
S.append(Paragraph("<font size=16><b>University of Nottingham</b></font><br/>Governance and Assurance, Trent Building, "
                   "University Park, Nottingham NG7 2RD", b))
S.append(Spacer(1, 10))
S.append(Paragraph("Dr H Okafor<br/>By email<br/><br/>Reference: UoN-FOI-24-1196<br/>21 June 2024", b))
S.append(Paragraph("Dear Dr Okafor", b))
S.append(Paragraph("Request for information under the Freedom of Information Act 2000", bb))
S.append(Paragraph("Thank you for your request received on 24 May 2024. Our response to each part of your request "
                   "is given in the table below.", b))
rows = [
 [Paragraph("<b>Your request</b>", b), Paragraph("<b>Our response</b>", b)],
 [Paragraph("1. Does the University use facial recognition technology on any of its CCTV cameras or other systems "
            "(e.g. access control, attendance monitoring)?", b),
  Paragraph("No. The University does not use facial recognition technology on its CCTV system, which comprises "
            "between 550 and 600 cameras depending on temporary deployments for events and building works, or in "
            "any access control or attendance monitoring system.", b)],
 [Paragraph("2. If so, which supplier provides the software and when was it introduced?", b),
  Paragraph("Not applicable.", b)],
 [Paragraph("3. Has the University carried out a Data Protection Impact Assessment for facial recognition?", b),
  Paragraph("No. As the University does not use facial recognition technology no DPIA has been required.", b)],
]
t = Table(rows, colWidths=[7 * cm, 9 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1"))]))
S.append(t); S.append(Spacer(1, 12))
S.append(Paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review. "
                   "Requests for review should be made in writing within 40 working days to foi@nottingham.ac.uk. "
                   "If you remain dissatisfied you may complain to the Information Commissioner's Office.", b))
S.append(Paragraph("Yours sincerely", b))
S.append(Paragraph("<br/>Rhiannon Asquith<br/>Information Compliance Adviser", b))
doc.build(S)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="pdf", body_type="university", law="foia",
    hikvision="unknown", dahua="unknown", outcome="answered", exemptions=[], camera_count=None,
    note="Request is only about facial recognition, so 'No' says nothing of makers; the camera figure is a range (550-600) and gives no count.")
