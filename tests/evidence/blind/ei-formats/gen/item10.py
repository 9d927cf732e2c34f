from common import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.units import cm
from reportlab.lib import colors
import textwrap

req = """
Request under the Freedom of Information Act 2000 - Body Worn Video

Please provide:

- the number of body worn video (BWV) cameras held by Pennine Vale Police
- the manufacturer / supplier of the BWV cameras
- whether any BWV devices are manufactured by Hikvision or Dahua
- how long BWV footage is retained
- the total value of the current BWV contract

Thanks,
S. Marsh
"""
write_request("10", req)

c = canvas.Canvas(p("10-reply.pdf"), pagesize=A4)
c.setTitle("Freedom of Information Request Reference No: 2024/FOI/03318")
W, H = A4
y = H - 2 * cm

def line(txt, font="Times-Roman", size=11.5, gap=15, indent=2.5 * cm, wrap=92):
    global y
    for seg in (textwrap.wrap(txt, wrap) if txt else [""]):
        if y < 2.5 * cm:
            c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, 1.3 * cm, "OFFICIAL")
            c.showPage(); y = H - 2.5 * cm
        c.setFont(font, size); c.drawString(indent, y, seg); y -= gap

c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, H - 1.0 * cm, "OFFICIAL")
c.setFillColor(colors.HexColor("#00205B")); c.rect(2.5 * cm, H - 3.4 * cm, 1.3 * cm, 1.3 * cm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("Times-Bold", 15); c.drawString(4.1 * cm, H - 2.6 * cm, "Pennine Vale Police")
c.setFont("Times-Roman", 9); c.drawString(4.1 * cm, H - 3.1 * cm, "Information Access Team  ·  Force Headquarters  ·  Ladyroyd Lane  ·  Halifax  ·  HX3 7PV")
y = H - 4.5 * cm
line("Freedom of Information Request Reference No: 2024/FOI/03318", "Times-Bold")
line("")
line("I write in connection with your request for information received by Pennine Vale Police on 6 August 2024. "
     "Following receipt of your request, searches were conducted within the Force to locate information relevant to it.")
line("")
line("RESPONSE", "Times-Bold")
line("")
line("The number of body worn video (BWV) cameras held by Pennine Vale Police", "Times-Bold")
line("Pennine Vale Police holds 1,970 BWV devices. 1,850 are personal issue to officers and PCSOs and the remaining "
     "120 are pool devices held at stations for special constables and officers on overtime.")
line("")
line("The manufacturer / supplier of the BWV cameras", "Times-Bold")
line("Motorola Solutions (VB400), with the VideoManager evidence management system.")
line("")
line("Whether any BWV devices are manufactured by Hikvision or Dahua", "Times-Bold")
line("No.")
line("")
line("How long BWV footage is retained", "Times-Bold")
line("Non-evidential footage is automatically deleted after 31 days. Footage marked as evidential is retained in "
     "line with the Management of Police Information (MoPI) guidance and the retention period of the related crime or incident record.")
line("")
line("The total value of the current BWV contract", "Times-Bold")
line("This information is exempt under Section 43(2) Commercial Interests. The contract was awarded through a national "
     "framework and the pricing reflects terms negotiated by the supplier with a number of forces. Disclosure would be "
     "likely to prejudice the commercial interests of the supplier and the Force's ability to obtain value for money at "
     "re-tender. The public interest test has been carried out and favours withholding the figure at this time.")
line("")
line("Please note this response relates to body worn video only and does not cover fixed CCTV at Force premises or in custody.")
line("")
line("COMPLAINT RIGHTS", "Times-Bold")
line("Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the "
     "right to request that Pennine Vale Police review their decision. Prior to lodging a formal complaint you are "
     "welcome to discuss the response with the case officer who dealt with your request. Ask to review our decision "
     "by writing to the Information Access Team within 40 working days. The Information Commissioner: after lodging "
     "a complaint with Pennine Vale Police, if you are still dissatisfied with the decision, you may make application "
     "to the Information Commissioner for an assessment.")
line("")
line("Yours sincerely")
line("")
line("Hannah Booth")
line("Information Access Officer")
c.setFont("Times-Italic", 8); c.drawCentredString(W / 2, 1.3 * cm, "OFFICIAL")
c.save()

add_label(path="10-reply.pdf", request_file="10-request.txt", format="pdf", body_type="police",
          law="foia", hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s43"], camera_count=1970,
          note="Request is about body-worn video only, so the 1,970 BWV devices (1,850 issued + 120 pool) are the count and the bare 'No' to the joint question is 'no' for both; contract value withheld.")
