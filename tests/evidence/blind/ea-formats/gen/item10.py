from common import *
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

NN = "10"
req = """Dear Staffordshire Police,

Under the Freedom of Information Act 2000 I request:

1) The total number of CCTV cameras at police stations, custody suites and other force premises
2) Are any of these cameras made by Hikvision?
3) Are any made by Dahua?
4) If yes to 2 or 3, at which premises?
5) Does the force have plans to remove them?

Thank you,
Imran Bashir
"""
write_request(NN, req)

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=15, textColor="#002F6C")

def footer(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(2 * cm, 1.2 * cm, "OFFICIAL")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Page %d" % d.page)
    c.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, "OFFICIAL")
    c.restoreState()

out = ROOT / f"{NN}-reply.pdf"
doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                        bottomMargin=2 * cm, title="FOI 8841/24 Response", author="Staffordshire Police")
S = []
P = lambda t, s=body: S.append(Paragraph(t, s))
P("Staffordshire Police", title)
P("Freedom of Information Unit, Police Headquarters, Weston Road, Stafford ST18 0YY")
P("Freedom of Information Request Reference No: 8841/24<br/>Date: 30/09/2024")
P("Dear Mr Bashir")
P("I write in connection with your request for information which was received by Staffordshire Police on "
  "03/09/2024. I note you seek access to the following information:")
for q in ["1) The total number of CCTV cameras at police stations, custody suites and other force premises",
          "2) Are any of these cameras made by Hikvision?", "3) Are any made by Dahua?",
          "4) If yes to 2 or 3, at which premises?", "5) Does the force have plans to remove them?"]:
    P("<i>%s</i>" % q)
P("Response", hd)
P("Following receipt of your request, searches were conducted within Staffordshire Police. I can confirm that the "
  "information you have requested is held in part.")
P("In response to question 1, there are currently 1,204 CCTV cameras installed across the Staffordshire Police "
  "estate, including custody suites.")
P("In relation to questions 2 to 5, Staffordshire Police can neither confirm nor deny that it holds the "
  "information you have requested by virtue of the following exemptions:")
P("Section 24(2) - National Security<br/>Section 31(3) - Law Enforcement")
P("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to evidence the harm in "
  "confirming or denying that any other information is held, as well as considering the public interest test.")
P("Harm in confirming or denying that information is held", hd)
P("Confirming or denying the make of security equipment used at specific police premises would allow those "
  "intent on criminal or terrorist activity to build a picture of the force's security arrangements and of any "
  "vulnerabilities in them. Any information identifying the focus of policing activity or the security of police "
  "buildings could be used to the advantage of offenders. Modern-day policing is intelligence led and this is "
  "particularly relevant to national security, where the threat from terrorism cannot be ignored.")
P("Public interest considerations", hd)
P("<b>Factors favouring confirmation or denial - Section 24:</b> the public are entitled to know how public funds are "
  "spent and that the security of police premises is appropriately managed. <b>Factors against:</b> confirming or "
  "denying the use of particular equipment would render security measures less effective and could assist those "
  "intent on compromising police systems.")
P("<b>Factors favouring confirmation or denial - Section 31:</b> better public awareness may reduce crime or lead to "
  "more information from the public. <b>Factors against:</b> confirmation or denial would allow offenders to identify "
  "weaknesses, compromising law enforcement and increasing the risk of harm to staff and detained persons.")
P("Consideration was also given to section 38 (Health and Safety). However, Staffordshire Police does not consider "
  "that section 38 is engaged in this instance.")
P("Balance test", hd)
P("The security of the country is of paramount importance and the Police Service will not divulge whether "
  "information is or is not held if to do so would place the safety of individuals at risk or undermine national "
  "security. Whilst there is a public interest in transparency, there is a very strong public interest in "
  "safeguarding both national security and the integrity of police investigations and operations. The balance "
  "therefore lies in favour of neither confirming nor denying that any other information is held.")
P("No inference can be taken from this refusal that the information you have requested does or does not exist.")
P("This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000 for questions 2 to 5.")
P("Complaint Rights", hd)
P("If you are dissatisfied with this response you may request an internal review within 40 working days by "
  "writing to the Freedom of Information Unit at the address above or foi@staffordshire.police.uk. If you remain "
  "dissatisfied you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
  "Cheshire SK9 5AF.")
P("Yours sincerely")
P("<br/>Hayley Ormerod<br/>Freedom of Information Officer<br/>Information Compliance Unit")
doc.build(S, onFirstPage=footer, onLaterPages=footer)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="pdf", body_type="police", law="foia",
    hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31"], camera_count=1204,
    note="Count with thousands separator given, makers NCND under s24(2)/s31(3); s38 considered but not engaged must not be listed; s17 refusal-notice wording is not an exemption.")
