from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import datetime, io
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from common import out

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")

def hf(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#005EB8")); c.rect(13.5 * cm, 27.4 * cm, 5.5 * cm, 1.2 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 20); c.drawString(16.9 * cm, 27.75 * cm, "NHS")
    c.setFillColor(colors.black); c.setFont("Helvetica-Bold", 9)
    c.drawRightString(19 * cm, 27.0 * cm, "Calder and Pennine Community Healthcare")
    c.setFont("Helvetica", 9); c.drawRightString(19 * cm, 26.6 * cm, "NHS Trust")
    c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "Chair: Mrs Alison Keogh   Chief Executive: Dr Rupert Vance   |   Trust Headquarters, Broad Street House, Halifax HX1 2LJ")
    c.drawRightString(19 * cm, 0.8 * cm, "Page %d of 2" % d.page)
    c.restoreState()

buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=4 * cm, bottomMargin=2.2 * cm, leftMargin=2 * cm, rightMargin=2 * cm)
s = [Paragraph("Ms A Shah<br/>Via email", N), Spacer(1, 6),
     Paragraph("Date: 30 January 2025<br/>Our Ref: FOI/CPC/2025/0049", N), Spacer(1, 6),
     Paragraph("Dear Ms Shah", N),
     Paragraph("Re: Freedom of Information Request", B),
     Paragraph("Thank you for your request received on 6 January 2025. The Trust has considered your request and our response is set out in the table below.", N)]
cell = lambda t, st=N: Paragraph(t, st)
rows = [[cell("Question", B), cell("Response", B)],
        [cell("Q1. How many CCTV cameras are in operation at Trust premises?"),
         cell("The Trust does not own or operate any CCTV systems. The Trust occupies buildings owned by NHS Property Services Ltd and "
              "Community Health Partnerships (LIFT), and by Calderdale and Kirklees councils under shared-occupancy arrangements. "
              "Where CCTV is installed at these buildings it is owned, operated and maintained by the landlord. The Trust therefore does "
              "not hold this information.")],
        [cell("Q2. Who manufactures them? In particular are any Hikvision or Dahua?"), cell("Information not held – please see Q1.")],
        [cell("Q3. Who is responsible for the maintenance of these cameras?"), cell("Not held by the Trust. Maintenance is arranged by the relevant landlord.")],
        [cell("Q4. Has a Data Protection Impact Assessment been completed for the CCTV? If so please provide a copy."),
         cell("As the Trust is not the data controller for these systems it has not completed a DPIA, and no information is held.")]]
t = Table(rows, colWidths=[6.5 * cm, 10.5 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE"))]))
s += [t, Spacer(1, 8),
      Paragraph("You may wish to direct your request to NHS Property Services (foi@property.nhs.uk) and Community Health Partnerships "
                "(foi@communityhealthpartnerships.co.uk), who may hold information about the systems at the premises they manage.", N),
      Paragraph("<b>Re-use of Public Sector Information</b>", N),
      Paragraph("Where the Trust is the copyright holder of any information released, you may re-use it under the terms of the Open "
                "Government Licence. This does not apply to information owned by third parties.", N),
      Paragraph("<b>Complaints</b>", N),
      Paragraph("If you are dissatisfied with the Trust's response to your request, you may ask for an internal review. Please write "
                "to the Head of Information Governance, Calder and Pennine Community Healthcare NHS Trust, Broad Street House, Halifax "
                "HX1 2LJ, or email cpc.foi@nhs.net, within 40 working days of the date of this letter.", N),
      Paragraph("If you remain dissatisfied after the internal review, you have the right to apply to the Information Commissioner. "
                "The Information Commissioner's Office can be contacted at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
                "telephone 0303 123 1113, or via www.ico.org.uk.", N),
      Spacer(1, 10), Paragraph("Yours sincerely", N), Spacer(1, 16),
      Paragraph("Information Governance Team<br/>On behalf of Calder and Pennine Community Healthcare NHS Trust", N)]
doc.build(s, onFirstPage=hf, onLaterPages=hf)
pdf = buf.getvalue()

m = EmailMessage()
m["From"] = "CPC FOI (CALDER AND PENNINE COMMUNITY HEALTHCARE NHS TRUST) <cpc.foi@nhs.net>"
m["To"] = "anika.shah.research@gmail.com"
m["Subject"] = "FOI/CPC/2025/0049 - Response"
m["Date"] = formatdate(datetime.datetime(2025, 1, 30, 16, 22, 0).timestamp())
m["Message-ID"] = make_msgid(domain="nhs.net")
m.set_content("""Dear Ms Shah,

Please find attached the Trust's response to your Freedom of Information request.

Kind regards,

Information Governance Team
Calder and Pennine Community Healthcare NHS Trust

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
""")
m.add_attachment(pdf, maintype="application", subtype="pdf", filename="FOI-CPC-2025-0049 Response.pdf")
open(out("10-reply.eml"), "wb").write(bytes(m))
