import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = "24"
REQ = """
Dear Merseytravel,

Under the Freedom of Information Act please provide:

1. The number of CCTV cameras operated by Merseytravel, broken down by type of location (bus stations, rail stations, tunnels, ferry terminals, offices).
2. The manufacturers of those cameras.
3. Specifically, does Merseytravel use any cameras made by Hikvision?
4. Specifically, does Merseytravel use any cameras made by Dahua?
5. Any plans for new CCTV installations in the next two years.

Regards,
Stephen Kirkby
"""

base, bold, small, head = pdf_styles()
S = []
S.append(Paragraph("Merseytravel", head))
S.append(Paragraph("Freedom of Information &middot; No 1 Mann Island &middot; Liverpool L3 1BP", small))
S.append(Spacer(1, 0.4 * cm))
S.append(Paragraph("Reference: FOI/MT/2025/0593<br/>Date: 25 June 2025", base))
S.append(Paragraph("Dear Mr Kirkby", base))
S.append(Paragraph("Thank you for your request for information, which we received on 28 May 2025. We have considered your request under the Freedom of Information Act 2000 and our response is as follows.", base))
S.append(Paragraph("<b>1. Number of CCTV cameras by type of location</b>", base))
data = [["Location type", "No. of sites", "Cameras"],
        ["Bus stations and interchanges", "17", "412"],
        ["Rail stations (Merseytravel-owned)", "66", "836"],
        ["Mersey Tunnels (Queensway and Kingsway)", "2", "388"],
        ["Mersey Ferries terminals", "3", "134"],
        ["Offices and depots", "6", "100"],
        ["Total", "94", "1,870"]]
t = Table(data, colWidths=[8 * cm, 3 * cm, 3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#FFD200")),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                       ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
S.append(t)
S.append(Spacer(1, 0.4 * cm))
S.append(Paragraph("<b>2. Manufacturers</b>", base))
S.append(Paragraph("Cameras at bus stations, rail stations and offices are predominantly Dahau and Honeywell, installed under the "
                   "2019-2024 CCTV framework. Cameras in the Mersey Tunnels are Axis and Bosch. The ferry terminals use "
                   "a mixture of Axis and Hanwha.", base))
S.append(Paragraph("<b>3. Hikvision</b>", base))
S.append(Paragraph("We have no Hikvision cameras.", base))
S.append(Paragraph("<b>4. Dahua</b>", base))
S.append(Paragraph("See response to question 2.", base))
S.append(Paragraph("<b>5. Planned installations</b>", base))
S.append(Paragraph("The new Liverpool Baltic station, due to open in 2026, will have approximately 60 cameras. A further 140 cameras "
                   "are planned as part of the bus station refurbishment programme. The supplier for these has not yet been "
                   "appointed and the procurement will be carried out in line with Procurement Policy Note 08/23.", base))
S.append(Paragraph("If you are unhappy with the way we have handled your request, you may ask for an internal review by writing "
                   "to the Information Governance Manager at the address above within 40 working days. If you are not content "
                   "with the outcome of the review, you may apply to the Information Commissioner's Office, Wycliffe House, "
                   "Water Lane, Wilmslow, Cheshire SK9 5AF.", base))
S.append(Paragraph("Yours sincerely", base))
S.append(Paragraph("Lydia Brennan<br/>Information Governance Officer<br/>Liverpool City Region Combined Authority / Merseytravel", base))
pdf = pdf_story(S, footer="Merseytravel is the operating name of the Liverpool City Region Combined Authority transport function   |   Page {page}")

BODY = """Dear Mr Kirkby,

Apologies for the short delay. Please find attached our response to your Freedom of Information request FOI/MT/2025/0593.

Many thanks,

Information Governance Team
Merseytravel
No 1 Mann Island, Liverpool L3 1BP
"""
msg = email_base("Merseytravel FOI <foi@merseytravel.example.gov.uk>", "Stephen Kirkby <skirkby@example.net>",
                 "Your FOI request FOI/MT/2025/0593", dt(2025, 6, 25, 13, 42), "<FOI-MT-2025-0593@merseytravel.example.gov.uk>")
msg.set_content(BODY)
attach(msg, pdf, "FOI-MT-2025-0593 response.pdf")
write_request(NN, REQ)
save_eml(f"{NN}-reply.eml", msg)
write_label(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml", body_type="other",
            law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[], camera_count=1870,
            note="Transport body; answer in an attached PDF with a table total '1,870'; Dahua is misspelt 'Dahau' and Q4 is answered only by cross-reference; planned cameras (60 + 140) are not in the count.")
