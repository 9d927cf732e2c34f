"""02: multipart e-mail from an NHS trust; the answers are only in the attached PDF."""
import io
from email.message import EmailMessage
from email.policy import SMTP
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import out, write_request, write_label

write_request("02", """
Dear Freedom of Information Officer,

I would be grateful if you would provide the following under the FOI Act.

1. The total number of CCTV cameras in operation across all Trust hospital sites.
2. The manufacturers of those cameras.
3. Whether any of the cameras are made by Hikvision or Dahua.
4. Whether any of the Trust's CCTV cameras are used with facial recognition software.
5. The annual cost of CCTV maintenance, and the name of the maintenance contractor.

Yours faithfully,

Priya Ramanathan
""")

# ---------- PDF attachment ----------
buf = io.BytesIO()
ss = getSampleStyleSheet()
small = ParagraphStyle("small", parent=ss["Normal"], fontSize=9, leading=11)
norm = ParagraphStyle("n", parent=ss["Normal"], fontSize=10, leading=13)


def letterhead(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#005EB8"))
    c.rect(0, A4[1] - 28 * mm, A4[0], 28 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(18 * mm, A4[1] - 15 * mm, "Northfleet and Medway Valley Hospitals")
    c.setFont("Helvetica", 11)
    c.drawString(18 * mm, A4[1] - 22 * mm, "NHS Foundation Trust")
    c.setFont("Helvetica-Bold", 22)
    c.drawRightString(A4[0] - 18 * mm, A4[1] - 18 * mm, "NHS")
    c.setFillColor(colors.grey)
    c.setFont("Helvetica", 7.5)
    c.drawString(18 * mm, 12 * mm, "Information Governance Department, Trust HQ, Windmill Road, Gillingham ME7 5NY  |  nmvh.foi@nhs.net")
    c.drawRightString(A4[0] - 18 * mm, 12 * mm, f"Page {doc.page}")
    c.restoreState()


story = []
story.append(Spacer(1, 18 * mm))
story.append(Paragraph("<b>Freedom of Information Act 2000 – Response</b>", ss["Heading2"]))
meta = [["Request reference:", "FOI-NMV-25-0412"], ["Date received:", "14 January 2025"],
        ["Date of response:", "10 February 2025"], ["Subject:", "CCTV cameras"]]
t = Table(meta, colWidths=[40 * mm, 110 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9), ("FONT", (1, 0), (1, -1), "Helvetica", 9)]))
story += [t, Spacer(1, 5 * mm)]
story.append(Paragraph("The Trust can confirm that it holds some of the information you have requested. "
                       "Our response to each part of your request is set out in the table below.", norm))
story.append(Spacer(1, 4 * mm))

qa = [
    ("1", "The total number of CCTV cameras in operation across all Trust hospital sites.",
     "Approximately 410 cameras across Medway Valley Hospital, Northfleet Community Hospital and the Gravesend Treatment Centre. "
     "The figure changes as cameras are added or relocated during estates works."),
    ("2", "The manufacturers of those cameras.",
     "The Trust's CCTV estate is made up of cameras from three manufacturers: Avigilon, Axis Communications and Hikvision."),
    ("3", "Whether any of the cameras are made by Hikvision or Dahua.",
     "Yes – please see the response to question 2. The Hikvision cameras are legacy analogue units in the Maternity and "
     "Outpatients blocks and are being replaced under the Trust's security capital programme, due to complete in 2026/27."),
    ("4", "Whether any of the Trust's CCTV cameras are used with facial recognition software.", "No."),
    ("5", "The annual cost of CCTV maintenance, and the name of the maintenance contractor.",
     "The maintenance contract is held with Kentish Fire &amp; Security Systems Ltd. The Trust considers that the annual "
     "contract value is exempt from disclosure under section 43(2) of the FOIA (commercial interests), as the contract "
     "is due to be re-tendered this year and disclosure would be likely to prejudice the Trust's ability to obtain best "
     "value. In applying this exemption we have considered the public interest test and have concluded that the public "
     "interest in maintaining the exemption outweighs the public interest in disclosure."),
]
rows = [[Paragraph("<b>No.</b>", small), Paragraph("<b>Question</b>", small), Paragraph("<b>Trust response</b>", small)]]
for n, q, a in qa:
    rows.append([Paragraph(n, small), Paragraph(q, small), Paragraph(a, small)])
t = Table(rows, colWidths=[10 * mm, 55 * mm, 105 * mm], repeatRows=1)
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story += [t, Spacer(1, 6 * mm)]
story.append(Paragraph("<b>Re-use of information</b>", norm))
story.append(Paragraph("Information supplied by the Trust is subject to copyright and may be re-used under the Open "
                       "Government Licence, unless otherwise stated.", small))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph("<b>Your right to complain</b>", norm))
story.append(Paragraph("If you are dissatisfied with the handling of your request you have the right to ask for an internal "
                       "review. Internal review requests should be submitted within two months of the date of receipt of "
                       "this response and addressed to the Head of Information Governance at the address above. If you are "
                       "not content with the outcome of the internal review, you have the right to apply directly to the "
                       "Information Commissioner for a decision. The Information Commissioner can be contacted at: "
                       "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.", small))
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Freedom of Information Team<br/>Northfleet and Medway Valley Hospitals NHS Foundation Trust", norm))
doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                        title="FOI-NMV-25-0412 response", author="Information Governance")
doc.build(story, onFirstPage=letterhead, onLaterPages=letterhead)
pdf_bytes = buf.getvalue()

# ---------- e-mail ----------
msg = EmailMessage(policy=SMTP)
msg["From"] = "NMVH Freedom of Information <nmvh.foi@nhs.net>"
msg["To"] = "Priya Ramanathan <request-88213-3fa0c1d2@whatdotheyknow.com>"
msg["Subject"] = "FOI-NMV-25-0412 - Response - Freedom of Information request - CCTV cameras"
msg["Date"] = "Mon, 10 Feb 2025 15:32:09 +0000"
msg["Message-ID"] = "<LO2P265MB4471A9@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>"
msg.set_content("""Dear Ms Ramanathan,

Please find attached the Trust's response to your Freedom of Information request, reference FOI-NMV-25-0412.

Kind regards,

Freedom of Information Team
Information Governance
Northfleet and Medway Valley Hospitals NHS Foundation Trust

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.
NHSmail is the secure email and directory service available for all NHS staff in England.
********************************************************************************************************************
""")
msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename="FOI-NMV-25-0412 Response.pdf")
with open(out("02-reply.eml"), "wb") as f:
    f.write(msg.as_bytes())

write_label(path="02-reply.eml", request_file="02-request.txt", format="eml", body_type="nhs", law="foia",
            hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s43"], camera_count=410,
            note="Answers exist only in the attached PDF; 'Yes - see Q2' to a both-makers question, Hikvision being phased out by a future date (still in use), complete maker list excludes Dahua, approx. count, cost withheld s43.")
