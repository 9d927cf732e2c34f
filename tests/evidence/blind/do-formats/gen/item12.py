from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = "12"
write_request(NN, """
Dear Scottish Government,

Under the Freedom of Information (Scotland) Act 2002, please provide:

1. The number of CCTV cameras in use across the Scottish Government's core Edinburgh and Glasgow estate
   (St Andrew's House, Victoria Quay, Atlantic Quay and Saughton House).
2. Whether any of these cameras are manufactured by Hikvision or Dahua.
3. The location of each camera.
4. The total amount spent on CCTV installation and maintenance in each of the last three financial years.

Yours faithfully,
Callum Reid
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=11, leading=15, spaceAfter=8)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)


def first(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 12); c.drawString(2.2 * cm, 27.6 * cm, "Directorate for Corporate Services")
    c.setFont("Helvetica", 9)
    c.drawString(2.2 * cm, 27.1 * cm, "Workplace Services Division")
    c.drawRightString(19 * cm, 27.6 * cm, "Riaghaltas na h-Alba")
    c.drawRightString(19 * cm, 27.1 * cm, "gov.scot")
    c.setFont("Helvetica", 7.5)
    c.drawString(2.2 * cm, 1.4 * cm, "Victoria Quay, Edinburgh EH6 6QQ")
    c.drawRightString(19 * cm, 1.4 * cm, "www.gov.scot")
    c.restoreState()


def later(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawCentredString(10.5 * cm, 1.3 * cm, str(d.page)); c.restoreState()


story = []
P = lambda t, s=body: story.append(Paragraph(t, s))
P("Mr Callum Reid<br/>request-118204-5f2a9c1e@whatdotheyknow.com", body)
P("Our ref: FOI/202400438112<br/>21 June 2024", ParagraphStyle("r", parent=body, alignment=2))
P("Dear Mr Reid")
P("<b>REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)</b>")
P("Thank you for your request dated 24 May 2024 under the Freedom of Information (Scotland) Act 2002 "
  "(FOISA) for the following information:")
P("<i>1. The number of CCTV cameras in use across the Scottish Government's core Edinburgh and Glasgow "
  "estate (St Andrew's House, Victoria Quay, Atlantic Quay and Saughton House). 2. Whether any of these "
  "cameras are manufactured by Hikvision or Dahua. 3. The location of each camera. 4. The total amount spent "
  "on CCTV installation and maintenance in each of the last three financial years.</i>")
P("<b>Response to your request</b>", h)
P("I enclose a copy of some of the information you requested. While our aim is to provide information "
  "whenever possible, in this instance the Scottish Government is unable to provide some of the information "
  "you have requested, for the reasons set out below.")
P("<b>Question 1</b>", h)
P("There are currently 286 CCTV cameras in use across the four buildings, as set out in the table below.")
t = Table([["Building", "Internal", "External", "Total"],
           ["St Andrew's House, Edinburgh", "49", "25", "74"],
           ["Victoria Quay, Edinburgh", "71", "27", "98"],
           ["Atlantic Quay, Glasgow", "44", "17", "61"],
           ["Saughton House, Edinburgh", "35", "18", "53"],
           ["Total", "199", "87", "286"]], colWidths=[7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                       ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
story += [t, Spacer(1, 10)]
P("<b>Question 2</b>", h)
P("I can confirm that none of the CCTV cameras currently in use on the core estate are manufactured by "
  "Hikvision or Dahua. Following the UK Government's announcement in November 2022, a review of devices was "
  "carried out and a small number of cameras at Atlantic Quay were replaced in 2023.")
P("<b>Question 3</b>", h)
P("The locations of individual cameras are being withheld. An exemption under section 35(1)(a) of FOISA "
  "(prevention or detection of crime) applies, and also section 31(1) (national security). Disclosure of the "
  "positions of cameras within Scottish Government buildings would reveal areas which are not covered and "
  "would assist anyone seeking to gain unauthorised access to, or cause damage within, buildings in which "
  "Ministers and officials work.")
P("These exemptions are subject to the 'public interest test'. Taking account of all the circumstances of "
  "this case, we have concluded that, on balance, the public interest in disclosing the information is "
  "outweighed by the public interest in applying the exemptions. We recognise that there is some public "
  "interest in release as part of open, transparent and accountable government. However, there is a greater "
  "public interest in maintaining the security of the Scottish Government estate and of those who work in "
  "and visit it.")
P("<b>Question 4</b>", h)
P("Under section 17(1) of FOISA, I must tell you that the Scottish Government does not have the information "
  "you have requested. CCTV installation and maintenance are delivered as part of the integrated facilities "
  "management contract and are not separately costed within the contract price. The contract does not "
  "require the supplier to provide a breakdown of costs by service line.")
P("<b>Your right to request a review</b>", h)
P("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review "
  "of the response, by writing to Director of Corporate Services, Victoria Quay, Edinburgh EH6 6QQ or "
  "foi@gov.scot. Your review request should explain why you are dissatisfied with this response, and should "
  "be made within 40 working days from the date when you received this letter. We will complete the review "
  "and tell you the result, within 20 working days from the date when we receive your review request.")
P("If you are not satisfied with the result of the review, you then have the right to make a formal "
  "complaint to the Scottish Information Commissioner within 6 months of receiving our review response. You "
  "can apply online, by email to enquiries@foi-scotland.org or by post to Scottish Information Commissioner, "
  "Kinburn Castle, Doubledykes Road, St Andrews, Fife, KY16 9DS.")
P("Should you then wish to appeal against the Commissioner's decision, there is an appeal to the Court of "
  "Session on a point of law only.")
P("As part of our commitment to demonstrating openness and transparency in the public services, we will "
  "publish the information we have released to you on our website. This will be published shortly after "
  "this response.")
P("Yours sincerely")
P("<br/>Fiona McAteer<br/>Workplace Security Manager")
doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, topMargin=3.2 * cm, bottomMargin=2.2 * cm,
                        leftMargin=2.2 * cm, rightMargin=2 * cm, title="FOI/202400438112")
doc.build(story, onFirstPage=first, onLaterPages=later)

add_label(dict(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
               body_type="scottish_gov", law="foisa", hikvision="no", dahua="no",
               outcome="partially_answered", exemptions=["s35", "s31", "s17"], camera_count=286,
               note="FOISA letter mixing disclosure, exemptions and a s17 not-held notice; mentions replaced cameras without naming them."))
