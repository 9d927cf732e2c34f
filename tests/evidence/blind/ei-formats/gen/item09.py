from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

req = """
Dear Castlegate University,

I would like to request the following under FOIA:

1) The total number of CCTV cameras on University campuses.
2) Are any of the University's cameras produced by Hikvision or Dahua?
3) Please list the manufacturers of the University's cameras and the number of cameras from each.
4) Does the University use facial recognition or automatic number plate recognition (ANPR)?
5) What was the University's spend on CCTV in 2023/24?

Kind regards,
Elena Vasquez-Hart
"""
write_request("09", req)

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=14, spaceAfter=7)
q = ParagraphStyle("q", parent=body, fontName="Helvetica-Bold", spaceAfter=3, textColor=colors.HexColor("#7A0026"))
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=colors.grey)

def header(canvas, doc):
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#7A0026"))
    canvas.rect(0, A4[1] - 2.2 * cm, A4[0], 2.2 * cm, fill=1, stroke=0)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 16); canvas.drawString(2 * cm, A4[1] - 1.4 * cm, "CASTLEGATE UNIVERSITY")
    canvas.setFont("Helvetica", 9); canvas.drawRightString(A4[0] - 2 * cm, A4[1] - 1.4 * cm, "Information Compliance Office")
    canvas.setFillColor(colors.grey); canvas.setFont("Helvetica", 8)
    canvas.drawString(2 * cm, 1.2 * cm, "Castlegate University, Registry Building, Minster Row, Castlegate CG1 2UY  |  foi@castlegate.ac.uk")
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()

s = []
s.append(Spacer(1, 1.2 * cm))
s.append(Paragraph("Ms E Vasquez-Hart<br/>By email", body))
s.append(Paragraph("Our reference: FOI-CU-2024-318<br/>Date: 30 October 2024", body))
s.append(Paragraph("<b>Request for information under the Freedom of Information Act 2000</b>", body))
s.append(Paragraph("Dear Ms Vasquez-Hart,", body))
s.append(Paragraph("Thank you for your request, received on 2 October 2024. We have now completed our search for the "
                   "information you asked for, and our response to each of your questions is given below.", body))
qa = [
 ("1) The total number of CCTV cameras on University campuses.",
  "University Security Services operate approx. 650 cameras across the Minster Row, Riverside and Hallam Medical "
  "School campuses. Student accommodation at Riverside Village and Tannery Court is owned and managed by our "
  "accommodation partner, Campus Living Partnerships Ltd; cameras at those residences belong to that company and are "
  "not included."),
 ("2) Are any of the University's cameras produced by Hikvision or Dahua?",
  "The University does have some Hikvision cameras, mainly at the Hallam sports grounds and in older buildings on the "
  "Riverside campus. A phased replacement programme began in April 2024 and is expected to be completed in summer 2026."),
 ("3) Please list the manufacturers of the University's cameras and the number of cameras from each.",
  "We are withholding this information under section 31(1)(a) of the Act (prevention or detection of crime). A "
  "breakdown by manufacturer and quantity, read together with published information about known vulnerabilities in "
  "particular camera models, would assist anyone seeking to compromise the University's security systems. While we "
  "recognise the public interest in transparency about how the University spends public money on security, we "
  "consider that the public interest in maintaining the exemption outweighs it. We also considered whether section 43(2) "
  "(commercial interests) applied to this information but concluded that it does not."),
 ("4) Does the University use facial recognition or automatic number plate recognition (ANPR)?",
  "The University does not use facial recognition. ANPR is used at the entry barriers of the Riverside and Minster "
  "Row multi-storey car parks (4 ANPR cameras, which are not part of the CCTV figure in question 1)."),
 ("5) What was the University's spend on CCTV in 2023/24?",
  "£127,300 (maintenance contract £84,500; new and replacement equipment £42,800)."),
]
for qq, aa in qa:
    s.append(Paragraph(qq, q)); s.append(Paragraph(aa, body))
s.append(Spacer(1, 6))
s.append(Paragraph("<b>Your right to complain</b>", body))
s.append(Paragraph("If you are dissatisfied with this response you may ask for an internal review by contacting the "
                   "Information Compliance Manager at foi@castlegate.ac.uk within 40 working days of the date of this "
                   "letter. If you remain dissatisfied following the review, you may complain to the Information "
                   "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).", body))
s.append(Paragraph("Yours sincerely,", body))
s.append(Spacer(1, 14))
s.append(Paragraph("Dr Owain Llewellyn-Burke<br/>Information Compliance Manager", body))
s.append(Spacer(1, 14))
s.append(Paragraph("Copyright in the information supplied belongs to Castlegate University unless otherwise stated. "
                   "Supply of the information does not give an automatic right to re-use it in a way that would infringe copyright.", small))
doc = SimpleDocTemplate(p("09-reply.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.6 * cm, bottomMargin=2 * cm,
                        title="FOI-CU-2024-318 response", author="Information Compliance Office")
doc.build(s, onFirstPage=header, onLaterPages=header)

add_label(path="09-reply.pdf", request_file="09-request.txt", format="pdf", body_type="university",
          law="foia", hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=["s31"], camera_count=650,
          note="Hikvision in use but being replaced by 2026 (still yes); joint question so Dahua stays unknown with the maker list withheld; s43 considered but not applied; ANPR cameras excluded; 'approx. 650'.")
