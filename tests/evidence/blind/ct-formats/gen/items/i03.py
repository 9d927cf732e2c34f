import os
from lib import *

REQUEST = """
FAO Freedom of Information Officer, Wealdbridge and Ashcombe Hospitals NHS Foundation Trust

I am writing to request the following information under the FOI Act:

Q1. The total number of CCTV cameras in use across the Trust's hospital sites.
Q2. Whether any of those cameras are Hikvision products.
Q3. Whether any of those cameras are Dahua products.
Q4. Whether the Trust uses facial recognition software with its CCTV.
Q5. Whether any cameras record audio.
Q6. The name of the company that maintains the Trust's CCTV system.

Regards,
Dr Hannah Oduya
"""

LABEL = dict(format="pdf", body_type="nhs", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=640,
             note="Word-to-PDF two-column Q/A table; approximate total; Hikvision units due for replacement later are still in use")


def build(out):
    body = pstyle("b", 10)
    small = pstyle("s", 8.5)
    h = pstyle("h", 15, bold=True)
    cell = pstyle("c", 9.5, space_after=2)
    cellb = pstyle("cb", 9.5, bold=True, space_after=2)
    f = []
    f.append(Paragraph("Wealdbridge and Ashcombe Hospitals", h))
    f.append(Paragraph("NHS Foundation Trust", pstyle("h2", 11, bold=True)))
    f.append(Paragraph("Information Governance Office, Level 2 Admin Block, Wealdbridge General Hospital, Ashcombe Road, Wealdbridge TN31 8PZ", small))
    f.append(Spacer(1, 14))
    f.append(Paragraph("Freedom of Information Request Ref: FOI 2024-1562", pstyle("r", 10, bold=True)))
    f.append(Paragraph("Date received: 02 September 2024 &nbsp;&nbsp;&nbsp; Date of response: 27 September 2024", body))
    f.append(Spacer(1, 6))
    f.append(Paragraph("Thank you for your request for information under the Freedom of Information Act 2000. Please find the Trust's response below.", body))
    f.append(Spacer(1, 6))
    rows = [
        [Paragraph("Request", cellb), Paragraph("Trust response", cellb)],
        [Paragraph("Q1. The total number of CCTV cameras in use across the Trust's hospital sites.", cell),
         Paragraph("There are approximately 640 internal and external cameras in use across Wealdbridge General Hospital, Ashcombe Community Hospital, the Orchard Wing and Linton Lodge.", cell)],
        [Paragraph("Q2. Whether any of those cameras are Hikvision products.", cell),
         Paragraph("Yes. A proportion of the older external cameras at Wealdbridge General are Hikvision. These are included in the Estates capital programme for replacement during 2025/26.", cell)],
        [Paragraph("Q3. Whether any of those cameras are Dahua products.", cell), Paragraph("No", cell)],
        [Paragraph("Q4. Whether the Trust uses facial recognition software with its CCTV.", cell), Paragraph("No – the Trust does not use facial recognition.", cell)],
        [Paragraph("Q5. Whether any cameras record audio.", cell), Paragraph("No camera on the Trust's CCTV system records audio.", cell)],
        [Paragraph("Q6. The name of the company that maintains the Trust's CCTV system.", cell),
         Paragraph("Sentinel Fire &amp; Security Ltd (contract managed by Estates &amp; Facilities).", cell)],
    ]
    t = Table(rows, colWidths=[7.3 * cm, 9.3 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
    ]))
    rows[0][0].style = ParagraphStyle("w", parent=cellb, textColor=colors.white)
    rows[0][1].style = ParagraphStyle("w2", parent=cellb, textColor=colors.white)
    f.append(t)
    f.append(Spacer(1, 10))
    for txt in [
        "This information is provided under the Freedom of Information Act 2000 and is correct at the date of response. The information may be subject to copyright; re-use for commercial purposes requires the permission of the Trust.",
        "If you are dissatisfied with the response you may ask for an internal review by contacting the Head of Information Governance at waht.foi@nhs.net within 40 working days.",
        "If you remain dissatisfied after the internal review, you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113.",
        "Yours sincerely,", "Freedom of Information Team<br/>Wealdbridge and Ashcombe Hospitals NHS Foundation Trust"]:
        f.append(Paragraph(txt, body))
    name = "03-reply.pdf"
    build_pdf(os.path.join(out, name), f, title="FOI 2024-1562 response", author="waht.foi",
              footer="Wealdbridge and Ashcombe Hospitals NHS Foundation Trust - FOI 2024-1562")
    return name
