from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors

NN = "15"
write_request(NN, """
To: Scottish Public Estates Agency

I am requesting the following information under FOISA:

Q1 How many CCTV cameras does the Agency operate at its offices?
Q2 Are any of them manufactured by Hikvision?
Q3 Are any of them manufactured by Dahua?
Q4 What manufacturers are used?
Q5 Do any of the cameras use facial recognition?

Thank you
Morag Lindsay
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=7)
cellst = ParagraphStyle("c", parent=body, spaceAfter=0)
hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=12)

story = [Paragraph("Scottish Public Estates Agency", ParagraphStyle("t", parent=hd, fontSize=16, textColor=colors.HexColor("#005EB8"))),
         Paragraph("Victoria Quay Annexe, Leith, Edinburgh EH6 6ZZ  |  foi@spea.gov.scot", ParagraphStyle("s", parent=body, fontSize=8)),
         Spacer(1, 14),
         Paragraph("Ms M Lindsay", body),
         Paragraph("Our reference: FOI/202500118764<br/>29 January 2025", body),
         Spacer(1, 6),
         Paragraph("Dear Ms Lindsay", body),
         Paragraph("<b>Request under the Freedom of Information (Scotland) Act 2002 (FOISA)</b>", body),
         Paragraph("Thank you for your request dated 6 January 2025. Our response to each of your questions is provided in the table below.", body)]
rows = [["Question", "Response"],
        ["Q1 How many CCTV cameras does the Agency operate at its offices?", "One hundred and twelve cameras across our nine offices."],
        ["Q2 Are any of them manufactured by Hikvision?", "No"],
        ["Q3 Are any of them manufactured by Dahua?", "No"],
        ["Q4 What manufacturers are used?", "Avigilon and Axis"],
        ["Q5 Do any of the cameras use facial recognition?", "No"]]
data = [[Paragraph(("<b>%s</b>" % a) if i == 0 else a, cellst), Paragraph(("<b>%s</b>" % b) if i == 0 else b, cellst)] for i, (a, b) in enumerate(rows)]
t = Table(data, colWidths=[8.3 * cm, 8.3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
story += [t, Spacer(1, 12)]
for txt in ["<b>Your right to request a review</b>",
            "If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Head of Information Governance, Scottish Public Estates Agency, Victoria Quay Annexe, Leith, Edinburgh EH6 6ZZ. Your review request must explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.",
            "If you are not satisfied with the result of the review, you then have 6 months in which to apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.",
            "Should you then wish to appeal against the Commissioner's decision, you have the right to appeal to the Court of Session on a point of law only.",
            "Yours sincerely",
            "Iain Cruickshank<br/>Information Governance Team"]:
    story.append(Paragraph(txt, body))
SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                  title="FOI/202500118764").build(story)
add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf", body_type="scottish_gov", law="foisa",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=112,
          note="Two-column question/response table in a PDF; count written in words ('One hundred and twelve').")
