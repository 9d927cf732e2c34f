from lib import *
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.pagesizes import A4
write_request("13", """
Dear Wealdmere District Council,

I'd like to know about your CCTV. Specifically: how many cameras you run; where they are; what brand(s) they are, and specifically whether any are Hikvision and whether any are Dahua; whether they are monitored 24/7; and how much the council spent on the CCTV service in each of the last three years.

Thanks,
Nadia Ferreira
""")
ss = rl_styles()
W_, H_ = A4
def header(c, d):
    c.saveState()
    c.setFillColorRGB(0.1, 0.35, 0.2); c.rect(0, H_ - 70, W_, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 18); c.drawString(45, H_ - 42, "Wealdmere District Council")
    c.setFont("Helvetica", 8.5); c.drawString(45, H_ - 58, "Council Offices, Bell Road, Hailsworth, East Sussex TN21 8QW  |  01435 770 200  |  wealdmere.gov.uk")
    c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica", 7.5); c.drawCentredString(W_ / 2, 25, "Wealdmere District Council – Customer Services and Information Governance")
    c.restoreState()
gap = 18; cw = (W_ - 90 - gap) / 2
frames = [Frame(45, 45, cw, H_ - 130, id="L"), Frame(45 + cw + gap, 45, cw, H_ - 130, id="R")]
doc = BaseDocTemplate(path("13-reply.pdf"), pagesize=A4, title="FOI response WDC-7786")
doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=header)])
B = lambda t: Paragraph(t, ss["Body"])
fl = [B("<b>Ms N Ferreira</b><br/>by e-mail"),
      B("Request no: WDC-7786<br/>Date: 30 July 2024<br/>Contact: Ben Hollingsworth<br/>Email: foi@wealdmere.gov.uk"),
      B("Dear Ms Ferreira,"),
      B("<b>Freedom of Information Act 2000</b>"),
      B("Thank you for your request for information received on 2 July 2024. I have set out our response under each of the topics you raised."),
      B("<b>Number of cameras</b>"),
      B("The Council operates approximately 95 public space CCTV cameras across Hailsworth, Crowbridge and Uckfield Lane. This figure changes slightly from month to month as redeployable cameras are moved and faults are repaired."),
      B("<b>Locations</b>"),
      B("A list and map of the locations of public space CCTV cameras is published on the Council's website at wealdmere.gov.uk/cctv-locations. As this information is reasonably accessible to you by other means, it is exempt under section 21 of the Act and we have not reproduced it here."),
      B("<b>Brands</b>"),
      B("The fixed cameras are a mix of Hanwha (formerly Samsung) and Sony units recorded on Dedicated Micros equipment. The Council does not use Hikvision cameras. Similarly, none are Dahua."),
      B("<b>Monitoring</b>"),
      B("Cameras are monitored live between 18:00 and 04:00 Thursday to Saturday and during major events. At other times images are recorded and reviewed on request by Sussex Police or Council officers."),
      B("<b>Expenditure</b>"),
      B("2021/22 – £148,220<br/>2022/23 – £151,906<br/>2023/24 – £163,480<br/>These figures include staffing of the control room, maintenance and transmission costs."),
      B("<b>Your rights</b>"),
      B("If you are unhappy with the way in which your request has been handled, you may ask for an internal review by writing to the Information Governance Manager at the address above within 40 working days."),
      B("If you are still not satisfied, you can complain to the Information Commissioner's Office. Generally, the ICO will not consider a complaint until the internal review process has been exhausted."),
      B("Please note that the information provided is subject to copyright and may not be re-used for commercial purposes without the Council's consent."),
      B("Yours sincerely,"), Spacer(1, 12),
      B("Ben Hollingsworth<br/>Information Governance Officer")]
doc.build(fl)
label(path="13-reply.pdf", request_file="13-request.txt", format="pdf", body_type="council", law="foia",
      hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s21"], camera_count=95,
      note="Two-column PDF where text extraction may interleave columns; approximate count, Dahua denied as 'Similarly, none are Dahua', and locations withheld under s21 as published elsewhere.")
