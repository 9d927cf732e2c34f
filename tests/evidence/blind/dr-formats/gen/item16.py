from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.add_run("OFFICIAL").bold = True
hp2 = sec.header.add_paragraph("Mercia Borders Constabulary – Freedom of Information Unit"); hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp2.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("OFFICIAL\nPO Box 7733, Hereward Park, Shrewsbury SY3 9XB  •  foi@merciaborders.police.uk").font.size = Pt(8)

def p(t, b=False, i=False):
    para = doc.add_paragraph(); r = para.add_run(t); r.bold = b; r.italic = i; return para

p("Freedom of Information Request Reference No: FOI/2024/01944", True)
p("Date of response: 21/11/2024")
p("I write in connection with your request for information which was received by Mercia Borders Constabulary on 24/10/2024. "
  "I note you seek access to the following information:")
qs = [("Question 1: How many body worn video cameras does the force currently have?",
       "Mercia Borders Constabulary currently has 1,850 body worn video cameras. Approximately 1,600 of these are on personal issue "
       "to officers and PCSOs and the remainder are held as pooled devices at stations."),
      ("Question 2: What make and model are they?", "Axon Body 3."),
      ("Question 3: Are any of the force's body worn cameras manufactured by Hikvision or Dahua?",
       "No.\n\nPlease note that this response relates only to body worn video, as set out in your request. Some fixed CCTV systems at older "
       "force premises incorporate Hikvision equipment; these systems are being reviewed as part of the Estates Security Programme."),
      ("Question 4: What was the total contract value for the current BWV devices?",
       "The current BWV contract was awarded in 2021 via the Bluelight Commercial framework for a period of five years with a total value of "
       "£3,912,600 (excluding VAT). This includes devices, docking stations, licences for the digital evidence management system and support.")]
for q, a in qs:
    p(q, b=True)
    for chunk in a.split("\n\n"):
        p(chunk)
p("Response", b=True)
p("Having considered your request I can confirm that the information you have requested is held and has been provided above in full.")
p("Complaint Rights", b=True)
p("Internal Review: If you are dissatisfied with the response you have been provided with, in compliance with the Freedom of Information "
  "legislation, you can lodge a complaint with Mercia Borders Constabulary to have the decision reviewed within 40 working days of the "
  "date of this response. The review will be conducted by an officer of the force who was not involved in the original decision. "
  "Information Commissioner: After lodging a complaint with Mercia Borders Constabulary, if you are still dissatisfied with the decision, "
  "you may make an application to the Information Commissioner for a decision on whether the request for information has been dealt "
  "with in accordance with the requirements of the Act.")
p("Yours sincerely,")
p("Disclosure Officer\nFreedom of Information Unit")
doc.save(out("16-reply.docx"))
