from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out, add_label

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
p = doc.add_paragraph(); r = p.add_run("SEVERNVALE POLICE"); r.bold = True; r.font.size = Pt(15)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Information Access Unit, Police Headquarters, Castlegate, Holmford HF2 9QT")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Reference No: 003417/23\nDate: 22 November 2023")
doc.add_paragraph("Dear M. Kowalczyk,")
p = doc.add_paragraph(); p.add_run("FREEDOM OF INFORMATION REQUEST").bold = True
doc.add_paragraph("I write in connection with your request for information which was received by Severnvale Police on 25/10/2023. "
                  "I note you seek access to the following information:")
for q in ["Q1 How many CCTV cameras are installed at Severnvale Police premises?",
          "Q2 Are any of these cameras, or the recorders they connect to, manufactured by Hikvision or Dahua?",
          "Q3 Please provide the location (building and position) of each camera.",
          "Q4 What was the total spend on CCTV maintenance in the financial year 2022/23?"]:
    p = doc.add_paragraph(q); p.paragraph_format.left_indent = Pt(24)
p = doc.add_paragraph(); p.add_run("DECISION").bold = True
doc.add_paragraph("Following receipt of your request, searches were conducted within Severnvale Police to locate information "
                  "relevant to your request. I can confirm that the information you have requested is held in part by Severnvale Police.")
doc.add_paragraph("I have decided to disclose some of the information to you. The information relevant to Q3 is exempt under "
                  "sections 24(1) National Security and 31(1)(a)(b) Law Enforcement of the Freedom of Information Act 2000. "
                  "This letter serves as a Refusal Notice under Section 17 of the Act in respect of that part of your request.")
p = doc.add_paragraph(); p.add_run("Q1").bold = True
doc.add_paragraph("There are 318 CCTV cameras installed across the Force estate. This figure includes custody suites, "
                  "front counters, vehicle compounds and the headquarters site.")
p = doc.add_paragraph(); p.add_run("Q2").bold = True
doc.add_paragraph("No. None of the cameras or recording equipment on the Force estate is manufactured by Hikvision or Dahua.")
p = doc.add_paragraph(); p.add_run("Q3").bold = True
doc.add_paragraph("Information withheld – sections 24(1) and 31(1)(a)(b).")
p = doc.add_paragraph(); p.add_run("Q4").bold = True
doc.add_paragraph("£41,870 (excluding VAT).")
p = doc.add_paragraph(); p.add_run("Harm").bold = True
doc.add_paragraph("Disclosure of the precise locations and positions of cameras within police buildings would allow the "
                  "identification of areas not covered by surveillance. This information could be used by individuals intent "
                  "on committing crime, including attacks on police premises, to plan their activity so as to avoid detection, "
                  "and would therefore undermine the security of the estate and the prevention and detection of crime.")
p = doc.add_paragraph(); p.add_run("Public Interest Test").bold = True
doc.add_paragraph("Factors favouring disclosure: disclosure would inform the public debate about the use of surveillance "
                  "technology by the police and demonstrate openness and accountability.")
doc.add_paragraph("Factors favouring non-disclosure: the security of police premises, the safety of staff, detainees and "
                  "visitors, and the Force's ability to prevent and detect crime would be compromised.")
doc.add_paragraph("Balance test: having weighed the factors above, I consider that the public interest in maintaining the "
                  "exemptions outweighs the public interest in disclosure in respect of Q3.")
p = doc.add_paragraph(); p.add_run("No inference can be taken from this refusal that the information you have requested does or does not exist.").italic = True
doc.add_paragraph("Should you have any further enquiries concerning this matter, please write or contact the Information Access "
                  "Unit quoting the reference number above.")
doc.add_paragraph("Yours sincerely,\n\nT. Brannigan\nDisclosure Officer")
p = doc.add_paragraph(); p.add_run("COMPLAINT RIGHTS").bold = True
doc.add_paragraph("Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the "
                  "right to require Severnvale Police to review their decision. Ask to have the decision looked at again – the "
                  "quickest and easiest way to have the decision looked at again is to contact the Information Access Unit within "
                  "40 working days of the date of this letter. If you remain dissatisfied you may contact the Information "
                  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.save(out("03-reply.docx"))

add_label(path="03-reply.docx", request_file="03-request.txt", format="docx", body_type="police", law="foia",
          hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s24", "s31"], camera_count=318,
          note="Partial refusal: camera locations withheld under s24(1) and s31(1)(a)(b) while count and a joint-maker 'No' are disclosed; mentions s17 refusal notice.")
