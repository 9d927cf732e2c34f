from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors

NN = "03"
write_request(NN, """
Dear Wessex Vale Police,

Please provide the following information under the Freedom of Information Act:

1) How many CCTV cameras does the force operate at its police stations and custody suites?
2) The location (station/custody suite) of each camera.
3) Are any of these cameras manufactured by Hikvision?
4) Are any of these cameras manufactured by Dahua?
5) What was the annual maintenance cost of this CCTV in 2023/24?

Thank you,
D. Llewellyn
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=8)
bold = ParagraphStyle("bb", parent=body, fontName="Times-Bold")
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10, textColor=colors.HexColor("#444444"))
right = ParagraphStyle("r", parent=body, alignment=2)

def on_page(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 15); c.setFillColor(colors.HexColor("#0B2A4A"))
    c.drawString(2.2 * cm, 28 * cm, "WESSEX VALE POLICE")
    c.setFont("Helvetica", 8.5); c.setFillColor(colors.black)
    c.drawString(2.2 * cm, 27.5 * cm, "Freedom of Information Unit, Police Headquarters, Brookfield Road, Kingsmere KM2 7PQ")
    c.line(2.2 * cm, 27.3 * cm, 18.8 * cm, 27.3 * cm)
    c.setFont("Helvetica", 7.5)
    c.drawString(2.2 * cm, 1.3 * cm, "OFFICIAL")
    c.drawRightString(18.8 * cm, 1.3 * cm, f"Page {d.page}")
    c.restoreState()

story = []
story.append(Paragraph("Our Reference: FOI 2024/03318<br/>Date: 22 August 2024", right))
story.append(Paragraph("D. Llewellyn<br/>Via e-mail", body))
story.append(Spacer(1, 6))
story.append(Paragraph("Dear D. Llewellyn,", body))
story.append(Paragraph("FREEDOM OF INFORMATION ACT 2000 – REQUEST REFERENCE FOI 2024/03318", bold))
story.append(Paragraph("I write in connection with your request for information which was received by Wessex Vale Police on 25 July 2024. I note you seek access to the following information: CCTV cameras at police stations and custody suites (your questions are set out below).", body))
story.append(Paragraph("Following receipt of your request, searches were conducted within Wessex Vale Police to locate information relevant to your request. I can confirm that the information you have requested is held, in part, by Wessex Vale Police. Some of the information is exempt from disclosure and the relevant exemptions are explained below.", body))
qa = [
 ("1) How many CCTV cameras does the force operate at its police stations and custody suites?",
  "Wessex Vale Police operates 94 CCTV cameras across its police stations and custody suites."),
 ("2) The location (station/custody suite) of each camera.",
  "This information is exempt by virtue of sections 24(1) National Security and 31(1)(a)(b) Law Enforcement. Please see the explanation at the end of this letter."),
 ("3) Are any of these cameras manufactured by Hikvision?", "No."),
 ("4) Are any of these cameras manufactured by Dahua?",
  "Yes. 22 cameras, located within custody, are manufactured by Dahua Technology."),
 ("5) What was the annual maintenance cost of this CCTV in 2023/24?",
  "£38,412.60 (excluding VAT)."),
]
for q, a in qa:
    story.append(Paragraph(f"<b>{q}</b>", body))
    story.append(Paragraph(a, body))
story.append(Paragraph("<b>Reasons for decision</b>", body))
story.append(Paragraph("Section 17 of the Freedom of Information Act 2000 requires Wessex Vale Police, when refusing to provide information by way of exemption, to provide you with a notice which: (a) states that fact, (b) specifies the exemption in question and (c) states (if that would not otherwise be apparent) why the exemption applies.", body))
story.append(Paragraph("Sections 24(1) and 31(1)(a)(b) are prejudice based qualified exemptions and there is a requirement to evidence the harm and consider the public interest. Disclosure of the precise locations of CCTV cameras within police premises would identify areas that are not covered, which would be of use to individuals intent on committing crime or on attacking police premises. The force considers that the public interest in maintaining the security of police buildings and detained persons outweighs the public interest in disclosure of the locations, and the exemptions have therefore been applied.", body))
story.append(Paragraph("<b>Complaint Rights</b>", body))
story.append(Paragraph("If you are dissatisfied with this response you may ask for an internal review within 40 working days of the date of this letter by writing to the Freedom of Information Unit at the address above or foi@wessexvale.police.uk. If you remain dissatisfied following the internal review, you have the right to complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", body))
story.append(Spacer(1, 10))
story.append(Paragraph("Yours sincerely,", body))
story.append(Spacer(1, 18))
story.append(Paragraph("Sarah Etheridge<br/>Disclosure Officer<br/>Freedom of Information Unit", body))
story.append(Spacer(1, 10))
story.append(Paragraph("The information provided in this response is accurate as of the date of this letter. Information released under the Freedom of Information Act is released to the world at large. Copyright in the information remains with Wessex Vale Police.", small))

doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=3.2 * cm, bottomMargin=2 * cm,
                        title="FOI 2024/03318 Response", author="Wessex Vale Police")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf", body_type="police", law="foia",
          hikvision="no", dahua="yes", outcome="partially_answered", exemptions=["s24", "s31"], camera_count=94,
          note="Formal police letter; locations withheld under s24/s31 while count and makers given; Dahua written 'Dahua Technology'.")
