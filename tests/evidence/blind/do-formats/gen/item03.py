from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

NN = "03"
write_request(NN, """
Dear Sir/Madam,

Please treat this as a request under the Freedom of Information Act.

1) How many CCTV cameras does the force operate at its police stations and custody suites?
2) Who manufactures those cameras?
3) Are any of them manufactured by Hikvision or Dahua?
4) If so how many, and at which stations?
5) Has the force carried out any security assessment of these cameras since the government's 2022
   announcement about Chinese surveillance equipment on sensitive sites? If so please provide a copy.

Thanks
Marcus Ebdon
""")

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)


def on_page(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 13); c.setFillColor(colors.HexColor("#0B2A4A"))
    c.drawString(2 * cm, 28 * cm, "MERCIA DOWNS CONSTABULARY")
    c.setFont("Helvetica", 8.5); c.setFillColor(colors.black)
    c.drawString(2 * cm, 27.5 * cm, "Freedom of Information Unit, Force Headquarters, Gallows Hill, Ledworth, LW2 8QP")
    c.line(2 * cm, 27.3 * cm, 19 * cm, 27.3 * cm)
    c.setFont("Helvetica", 8)
    c.drawCentredString(10.5 * cm, 1.3 * cm, "OFFICIAL  -  Page %d" % d.page)
    c.restoreState()


story = []
P = lambda t, s=body: story.append(Paragraph(t, s))
P("Mr M Ebdon<br/>By e-mail")
P("Reference No: FOI/0772/24<br/>Date: 8 August 2024", ParagraphStyle("r", parent=body, alignment=2))
P("Dear Mr Ebdon,")
P("<b>FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION</b>")
P("I write in connection with your request for information dated 11 July 2024 concerning CCTV cameras at "
  "police stations and custody suites. I note you seek access to the following information:")
for q in ["1) How many CCTV cameras does the force operate at its police stations and custody suites?",
          "2) Who manufactures those cameras?",
          "3) Are any of them manufactured by Hikvision or Dahua?",
          "4) If so how many, and at which stations?",
          "5) Has the force carried out any security assessment of these cameras since the government's "
          "2022 announcement about Chinese surveillance equipment on sensitive sites? If so please provide a copy."]:
    P("<i>%s</i>" % q)
P("Following receipt of your request, searches were conducted within Mercia Downs Constabulary to locate "
  "information relevant to your request. I can confirm that the information you have requested is held in "
  "part by the force.")
P("<b>DECISION</b>", h)
P("I have today decided to disclose some of the requested information. Some of the information is exempt "
  "and is not provided, and in respect of questions 3 and 4 the force neither confirms nor denies that it "
  "holds the information. This letter serves as a Refusal Notice under section 17 of the Act.")
P("<b>Question 1</b>", h)
P("The force currently operates 684 CCTV cameras across its police stations and custody suites. A breakdown "
  "by policing division is given below.")
t = Table([["Division", "Premises", "Cameras"], ["Northern", "11", "212"], ["Central", "9", "268"],
           ["Southern", "11", "204"], ["Total", "31", "684"]], colWidths=[6 * cm, 3 * cm, 3 * cm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                       ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
                       ("FONTSIZE", (0, 0), (-1, -1), 10)]))
story.append(t); story.append(Spacer(1, 8))
P("<b>Question 2</b>", h)
P("The identity of the manufacturers of the force's CCTV equipment is exempt by virtue of sections 24(1) "
  "(National Security) and 31(1)(a)(b) (Law Enforcement).")
P("<b>Questions 3 and 4</b>", h)
P("Mercia Downs Constabulary can neither confirm nor deny that it holds any information relevant to these "
  "questions by virtue of the following exemptions: Section 24(2) National Security; Section 31(3) Law "
  "Enforcement.")
P("<b>Question 5</b>", h)
P("I can confirm that a review of the force's physical security estate, including CCTV, was commissioned by "
  "the Force Information Security Officer in 2023. The report is exempt in full under sections 24(1) and "
  "31(1)(a)(b).")
P("<b>Harm</b>", h)
P("Modern-day policing is intelligence led and the force shares information with other law enforcement "
  "agencies as part of its investigative process. To confirm or deny whether equipment from any named "
  "manufacturer is present within the police estate would allow individuals intent on criminal or terrorist "
  "activity to build a picture of the vulnerabilities of particular premises. In November 2022 the Chancellor "
  "of the Duchy of Lancaster announced that departments should cease deploying visual surveillance systems "
  "produced by companies subject to the National Intelligence Law of the People's Republic of China onto "
  "sensitive sites. Any disclosure, whether of the presence or the absence of a manufacturer's equipment, "
  "would, when compared with disclosures made by other forces, enable a mosaic of capability to be compiled "
  "across the police service.")
P("<b>Public Interest Test</b>", h)
P("<u>Factors favouring confirmation or denial - Section 24</u>: The public are entitled to know how public "
  "funds are spent and that the force is taking appropriate steps to protect its estate. There has been "
  "considerable media interest in this subject.")
P("<u>Factors against confirmation or denial - Section 24</u>: Security measures are put in place to protect "
  "the community we serve. Confirming or denying whether particular equipment is used would identify "
  "vulnerable premises and would render security measures less effective.")
P("<u>Factors favouring confirmation or denial - Section 31</u>: Better awareness may reduce crime or lead to "
  "more information from the public.")
P("<u>Factors against confirmation or denial - Section 31</u>: Confirmation or denial would compromise law "
  "enforcement tactics and hinder the prevention and detection of crime. The force's ability to protect its "
  "premises, staff and detained persons would be affected.")
P("<b>Balance Test</b>", h)
P("The security of the country is of paramount importance and the Police Service will not divulge whether "
  "information is or is not held if to do so would place the safety of an individual at risk or undermine "
  "national security. Whilst there is a public interest in the transparency of policing operations, there is "
  "a very strong public interest in safeguarding the integrity of police premises. As much as there is public "
  "interest in knowing that policing activity is appropriate and balanced, this will only be overridden in "
  "exceptional circumstances. It is therefore our opinion that for these issues the balancing test favours "
  "neither confirming nor denying that information is held in respect of questions 3 and 4, and withholding "
  "the information requested at questions 2 and 5.")
P("No inference can be taken from this refusal that the information you have requested does or does not exist.")
P("<b>Complaint Rights</b>", h)
P("Your attention is drawn to the attached sheet which details your right of complaint. If you are "
  "dissatisfied with this response you may request an internal review within 40 working days by writing to "
  "the Freedom of Information Unit at the address above or foi@merciadowns.police.uk. If you remain "
  "dissatisfied following the internal review you have the right to complain to the Information "
  "Commissioner.")
P("Yours sincerely,")
P("<br/>Janice Oyelaran<br/>Disclosure Officer<br/>Freedom of Information Unit")
P("Copyright: The information provided in response to this request is the copyright of Mercia Downs "
  "Constabulary and may not be re-used for commercial purposes without permission.", small)

doc = SimpleDocTemplate(out(f"{NN}-reply.pdf"), pagesize=A4, topMargin=3.3 * cm, bottomMargin=2.2 * cm,
                        leftMargin=2 * cm, rightMargin=2 * cm, title="FOI/0772/24 Response")
doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

add_label(dict(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
               body_type="police", law="foia", hikvision="unknown", dahua="unknown",
               outcome="partially_answered", exemptions=["s24", "s31"], camera_count=684,
               note="Count disclosed but makers withheld/NCND; the harm section mentions Chinese surveillance kit without saying any is used."))
