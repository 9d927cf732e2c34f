import sys, os, io
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

N = 12
write_text(f"{N:02d}-request.txt", """
Dear Northumbria Marches Constabulary,

Under the Freedom of Information Act 2000 please tell me:

1) How many CCTV cameras are installed at police stations and custody suites operated by the force?
2) Are any of these cameras made by Hikvision or Dahua?
3) Please list the locations within each custody suite where cameras are installed (e.g. cells, booking-in desk, corridors, exercise yard).

Thank you,
Saoirse Pemberton
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=9)
head = ParagraphStyle("h", parent=body, fontName="Times-Bold", fontSize=12)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5)

def deco(c, d):
    c.saveState()
    c.setFont("Times-Bold", 13)
    c.drawString(2.2 * cm, A4[1] - 1.6 * cm, "NORTHUMBRIA MARCHES CONSTABULARY")
    c.setFont("Times-Roman", 9)
    c.drawString(2.2 * cm, A4[1] - 2.1 * cm, "Information Management Unit  \u2022  Force Headquarters  \u2022  Ponteland Cross  \u2022  NM20 0QQ")
    c.setFont("Times-Italic", 8)
    c.drawCentredString(A4[0] / 2, 1.1 * cm, "OFFICIAL")
    c.drawRightString(A4[0] - 2.2 * cm, 1.1 * cm, "Page %d" % d.page)
    c.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, "OFFICIAL")
    c.restoreState()

buf = io.BytesIO()
doc = SimpleDocTemplate(buf, pagesize=A4, topMargin=3 * cm, bottomMargin=2 * cm, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                        title="FOI 2024/01377 response")
S = [
    Paragraph("Freedom of Information Request Reference No: 2024/01377", head),
    Paragraph("Date: 23 September 2024", body),
    Paragraph("I write in connection with your request for information received by Northumbria Marches Constabulary on 27 August 2024. "
              "Following receipt of your request, searches were conducted within the force to locate information relevant to your request.", body),
    Paragraph("<b>Question 1</b> &ndash; There are approximately 1,150 CCTV cameras installed across the force's police stations and custody suites. "
              "This includes cell and detention room cameras.", body),
    Paragraph("<b>Question 2</b> &ndash; No.", body),
    Paragraph("<b>Question 3</b> &ndash; Information relating to the specific locations of cameras within custody suites is exempt by virtue of "
              "section 31(1)(a)(b) Law Enforcement and section 24(1) National Security. These are qualified exemptions and the force is "
              "required to consider the public interest.", body),
    Paragraph("<u>Harm</u>", body),
    Paragraph("Disclosure of the precise positioning of cameras within custody facilities would reveal the extent, and by implication the "
              "limits, of camera coverage. This would enable persons in custody, or those seeking to assist them, to identify areas not "
              "covered and would compromise the safety of detained persons and staff.", body),
    Paragraph("<u>Public interest considerations favouring disclosure</u>: disclosure would provide reassurance that custody suites are "
              "adequately monitored and that the welfare of detainees is protected.", body),
    Paragraph("<u>Public interest considerations favouring non-disclosure</u>: the safety of detainees and staff; the effective running of "
              "custody facilities; the security of the police estate.", body),
    Paragraph("<u>Balance test</u>: the force has concluded that the public interest in maintaining the exemptions outweighs the public "
              "interest in disclosure. We can advise, in general terms, that custody CCTV complies with the Home Office Detention and "
              "Custody Authorised Professional Practice.", body),
    Paragraph("This letter acts as a Refusal Notice in respect of question 3 in accordance with section 17 of the Freedom of Information Act 2000.", body),
    Spacer(1, 6),
    Paragraph("<b>Complaint rights</b>", body),
    Paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with the handling "
              "of your request you may ask for an internal review within 40 working days, by writing to the Information Management Unit at "
              "the address above or foi@nmarches.police.invalid.", body),
    Paragraph("Yours sincerely", body), Spacer(1, 14),
    Paragraph("Disclosure Officer<br/>Information Management Unit", body),
    Spacer(1, 18),
    Paragraph("Copyright: the information provided in this response is subject to Crown copyright and may be re-used under the Open "
              "Government Licence.", small),
]
doc.build(S, onFirstPage=deco, onLaterPages=deco)
pdf = buf.getvalue()

text = """
Dear Ms Pemberton,

Please find attached the response to your Freedom of Information request, reference 2024/01377.

Kind regards

Information Management Unit
Northumbria Marches Constabulary

Please consider the environment before printing this e-mail.

***********************************************************************
This e-mail and any attachments are intended for the named recipient only. The information contained within may be protectively marked. If you have received this e-mail in error please notify the sender and delete it from your system. All e-mails sent or received by Northumbria Marches Constabulary may be monitored and recorded for lawful purposes.
***********************************************************************
"""
eml(f"{N:02d}-reply.eml", "NMC FOI <foi@nmarches.police.invalid>", "Saoirse Pemberton <request-90115-b33c08@whatdotheyknow.invalid>",
    "FOI 2024/01377 - Response [OFFICIAL]", dt(2024, 9, 23, 11, 5), text=text,
    attachments=[("FOI 2024-01377 Response.pdf", pdf, "application/pdf")])

label(N, "eml", "eml", "police", "foia", "no", "no", "partially_answered", ["s24", "s31"], 1150,
      "multipart e-mail whose body only says 'see attached'; answers are in the attached PDF: 'approximately 1,150', bare 'No' to combined Hik/Dahua question, Q3 withheld")
