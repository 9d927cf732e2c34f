from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
from common import out, add_label, pdf_styles

S = pdf_styles()
def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 1.2 * cm, "Glenardoch Council, Council Offices, Burnside Street, Ardoch PH9 3QL  ·  www.glenardoch.gov.uk")
    c.restoreState()
doc = SimpleDocTemplate(out("08-reply.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                        title="FOISA response 101002345678", author="Glenardoch Council")
f = []
f.append(Paragraph("Glenardoch Council", S["h"]))
f.append(Paragraph("Corporate Services – Information Governance<br/>Direct line: 01632 960 550<br/>Email: foi@glenardoch.gov.uk", S["right"]))
f.append(Paragraph("Ms C MacLeod<br/>By email", S["base"]))
f.append(Paragraph("Our Ref: 101002345678<br/>Date: 19 June 2024", S["base"]))
f.append(Paragraph("Dear Ms MacLeod", S["base"]))
f.append(Paragraph("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", S["bold"]))
f.append(Paragraph("Thank you for your request dated 24 May 2024. I can now respond as follows.", S["base"]))
qa = [("1) How many public space CCTV cameras does the council operate?",
       "The Council operates 94 public space CCTV cameras across Ardoch, Kilbride Mains and Portlaw town centres."),
      ("2) Are any of them made by Hikvision?", "No."),
      ("3) Are any of them made by Dahua?", "No."),
      ("4) Who monitors the cameras and during what hours?",
       "The cameras are monitored from the Council's CCTV control room at Ardoch Police Office by Council employees. "
       "The control room is staffed 18:00 to 04:00 seven days a week, with additional cover on public holidays and major events.")]
for q, a in qa:
    f.append(Paragraph("<i>%s</i>" % q, S["base"]))
    f.append(Paragraph(a, S["ind"]))
f.append(Spacer(1, 6))
f.append(Paragraph("<b>Your right to seek a review</b>", S["base"]))
f.append(Paragraph("If you are dissatisfied with the way in which we have dealt with your request, you can ask us to review our actions "
                   "and decisions. Your request must be made in writing within 40 working days of receipt of this letter and should be "
                   "addressed to the Information Governance Manager at the address below or foi@glenardoch.gov.uk.", S["base"]))
f.append(Paragraph("If you are dissatisfied with the outcome of the review, you have the right to apply to the Scottish Information "
                   "Commissioner for a decision. You can contact the Commissioner at: Scottish Information Commissioner, Kinburn Castle, "
                   "Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.itspublicknowledge.info/Appeal. "
                   "You must appeal to the Commissioner within six months of receiving the review outcome.", S["base"]))
f.append(Paragraph("Yours sincerely", S["base"]))
f.append(Spacer(1, 14))
f.append(Paragraph("Euan Rutherford<br/>Information Governance Assistant", S["base"]))
doc.build(f, onFirstPage=footer, onLaterPages=footer)

add_label(path="08-reply.pdf", request_file="08-request.txt", format="pdf", body_type="council", law="foisa",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=94,
          note="Ordinary Scottish council FOISA letter in a text PDF; separate bare 'No.' answers to the Hikvision and Dahua questions.")
