from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = "19"
write_request(NN, """
To: Freedom of Information Office, Eleanor & Ravensworth Hospitals NHS Trust

Question 1: What is the total number of CCTV cameras across the Trust?
Question 2: Please provide a breakdown by site, manufacturer and model.
Question 3: Are any of the cameras made by Hikvision or Dahua, including cameras sold under other brand names but manufactured by either company?
Question 4: Who is the Trust's CCTV maintenance contractor and what is the annual contract value?
Question 5: Has the Trust completed a Data Protection Impact Assessment for its CCTV? If so please provide a copy.

Yours faithfully
Nikhil Varma
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8, spaceAfter=4)
cellst = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)


def deco(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#005EB8")); c.rect(13.2 * cm, 27.6 * cm, 5.8 * cm, 1.1 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 15); c.drawRightString(18.7 * cm, 27.95 * cm, "NHS")
    c.setFillColor(colors.HexColor("#005EB8")); c.setFont("Helvetica-Bold", 10)
    c.drawRightString(19 * cm, 27.1 * cm, "Eleanor & Ravensworth Hospitals")
    c.drawRightString(19 * cm, 26.7 * cm, "NHS Trust")
    c.setFillColor(colors.black); c.setFont("Helvetica", 7.5)
    c.drawString(2 * cm, 1.2 * cm, "FOI 24/25-0688  |  Freedom of Information response")
    c.drawRightString(19 * cm, 1.2 * cm, "Page %d" % d.page)
    c.restoreState()


story = []
P = lambda t, s=body: story.append(Paragraph(t, s))
story.append(Spacer(1, 1.2 * cm))
P("Freedom of Information Office<br/>Queen Eleanor Hospital, Harlow Road, Eastwick, EW3 7NA<br/>"
  "Email: ergh.foi@nhs.net")
P("<b>Our reference:</b> FOI 24/25-0688<br/><b>Date:</b> 11 March 2025")
P("Dear Mr Varma")
P("<b>Re: Your request for information under the Freedom of Information Act 2000</b>")
P("Thank you for your request for information received by the Trust on 10 February 2025. I am now able to "
  "provide a response, which is set out below.")
P("Question 1: What is the total number of CCTV cameras across the Trust?", h)
P("Please see the response to question 2.")
P("Question 2: Please provide a breakdown by site, manufacturer and model.", h)

ts = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
                 ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                 ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                 ("FONTSIZE", (0, 0), (-1, -1), 9), ("ALIGN", (2, 0), (2, -1), "RIGHT")])
sites = {
    "Queen Eleanor Hospital, Eastwick": [("Axis", "P3265-LVE", 84), ("Axis", "Q6135-LE", 12),
                                          ("HIKVISION", "DS-2CD2346G2-ISU/SL", 36),
                                          ("Honeywell", "HQA-BF2-2.8 (HQA series)", 22)],
    "Ravensworth Community Hospital": [("Axis", "M3106-L Mk II", 28), ("Honeywell", "HQA-TF2A", 9),
                                       ("Bosch", "FLEXIDOME IP 3000i", 11)],
    "Lyndhurst Treatment Centre": [("Axis", "P3245-V", 17), ("Hanwha", "XNV-6012M", 6)],
}
total = 0
for site, rows in sites.items():
    sub = sum(r[2] for r in rows); total += sub
    data = [["Manufacturer", "Model", "Qty"]] + [[a, b, str(c)] for a, b, c in rows] + [["Site total", "", str(sub)]]
    t = Table(data, colWidths=[4.5 * cm, 7.5 * cm, 2 * cm]); t.setStyle(ts)
    story.append(KeepTogether([Paragraph("<b>%s</b>" % site, body), t, Spacer(1, 8)]))
P("Question 3: Are any of the cameras made by Hikvision or Dahua, including cameras sold under other brand "
  "names but manufactured by either company?", h)
P("The Trust has 36 Hikvision cameras, all located at Queen Eleanor Hospital (multi-storey car park and "
  "external perimeter). The Trust does not hold information on the original manufacturer of products sold "
  "under other brand names; all equipment is listed in the tables above under the name by which it was "
  "procured.")
P("Question 4: Who is the Trust's CCTV maintenance contractor and what is the annual contract value?", h)
P("The Trust's CCTV maintenance contractor is Securitas Technology Ltd. The contract was awarded in 2022 "
  "for a period of three years with an option to extend for a further two years.")
P("The annual contract value is being withheld under section 43(2) of the Freedom of Information Act "
  "(commercial interests). The contract is due to be re-procured during 2025/26 and disclosure of the current "
  "price would be likely to prejudice the Trust's ability to obtain best value in that procurement, and the "
  "commercial interests of the incumbent supplier. The Trust has considered the public interest in "
  "transparency about the use of public funds, but on balance has concluded that the public interest in "
  "maintaining the exemption outweighs the public interest in disclosure at this time.")
P("Question 5: Has the Trust completed a Data Protection Impact Assessment for its CCTV? If so please "
  "provide a copy.", h)
P("Yes. A copy of the Trust's CCTV DPIA (version 2.1, reviewed October 2024) is attached. Names of staff "
  "below Band 8a have been removed.")
P("<b>Review and complaints</b>", h)
P("If you are dissatisfied with the response you have received you may ask the Trust to conduct an internal "
  "review. Please contact the Head of Information Governance, quoting the above reference, within 40 working "
  "days. If you are still dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, "
  "Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk.")
P("Please remember to quote the reference number above in any future communications.")
P("Yours sincerely")
P("<br/>Freedom of Information Team<br/>On behalf of Eleanor &amp; Ravensworth Hospitals NHS Trust")
doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, topMargin=2.6 * cm, bottomMargin=2 * cm,
                        leftMargin=2 * cm, rightMargin=2 * cm, title="FOI 24-25-0688")
doc.build(story, onFirstPage=deco, onLaterPages=deco)
print("total", total)

add_label(dict(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
               body_type="nhs", law="foia", hikvision="yes", dahua="yes", outcome="partially_answered",
               exemptions=["s43"], camera_count=total,
               note="Count only as the sum of three site subtotals; Honeywell HQA-series units are Dahua-made though the reply never says so; s43 for the contract value."))
