from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 3
write_request(N, """
Hello,

Please provide under FOIA:

1) The number of CCTV cameras in use at police stations and custody suites operated by the force.
2) The manufacturer(s) of these cameras, and in particular whether any are made by Hikvision or Dahua.
3) The locations of any cameras that are made by Hikvision or Dahua.
4) Any plans to replace such cameras.

Thanks,
R. Achterberg
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL\tFreedom of Information Request Reference No: 004417/23"
hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
fp = sec.footer.paragraphs[0]
fp.text = "Lancashire Constabulary, Information Access Team, PO Box 77, Hutton, Preston PR4 5SB  |  Ref 004417/23  |  Page 1"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Dear Requester,")
doc.add_paragraph("I write in connection with your request for information received by Lancashire Constabulary "
                  "on 11/09/2023. I note you seek access to the following information:")
doc.add_paragraph("(quoted request omitted – see original correspondence)").runs[0].italic = True
r = doc.add_paragraph().add_run("Response"); r.bold = True
doc.add_paragraph("Following receipt of your request, searches were conducted within Lancashire Constabulary to "
                  "locate information relevant to your request. I can confirm that the information you have "
                  "requested is held in part by Lancashire Constabulary.")
doc.add_paragraph("Q1 – There are 1,204 CCTV cameras installed across our police stations, custody suites and "
                  "associated estate.")
doc.add_paragraph("Q2, Q3 and Q4 – Lancashire Constabulary can neither confirm nor deny whether it holds any "
                  "further information relevant to these parts of your request by virtue of the following "
                  "exemptions:")
doc.add_paragraph("Section 24(2) – National Security\nSection 31(3) – Law Enforcement")
doc.add_paragraph("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to "
                  "articulate the harm that would be caused in confirming or not that the information is held "
                  "as well as carrying out a public interest test.")
r = doc.add_paragraph().add_run("Harm in confirming or denying that information is held"); r.bold = True
doc.add_paragraph("Confirming or denying the make of surveillance equipment in use at specific police premises "
                  "would allow individuals intent on criminality to build a picture of the force's security "
                  "infrastructure, its strengths and its vulnerabilities. Where other forces have disclosed such "
                  "detail a mosaic effect may occur, undermining the security of the police estate nationally.")
r = doc.add_paragraph().add_run("Balance test"); r.bold = True
doc.add_paragraph("Whilst there is a public interest in the transparency of policing operations and in "
                  "reassuring the public that appropriate equipment is procured, this is outweighed by the need "
                  "to maintain the security of police premises. At this time, therefore, our response is to "
                  "neither confirm nor deny that any other information is held.")
doc.add_paragraph("No inference can be taken from this refusal that the information does or does not exist.")
doc.add_paragraph("Should you have any further enquiries concerning this matter, please contact us quoting the "
                  "reference number above. Your attention is drawn to the attached sheet which details your "
                  "right of complaint.")
doc.add_paragraph("Yours sincerely,\n\nK. Brennand\nDisclosure Officer")
doc.add_page_break()
r = doc.add_paragraph().add_run("COMPLAINT RIGHTS"); r.bold = True
doc.add_paragraph("Are you unhappy with how your request has been handled or do you think the decision is "
                  "incorrect? You have the right to require Lancashire Constabulary to review their decision. "
                  "Ask to have the decision looked at again within 40 working days. If you remain dissatisfied "
                  "you may contact the Information Commissioner's Office.")
doc.save(out(N, "docx"))
add_label(N, "docx", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1204,
          "reference only in header/footer; count given but makers NCND under s24(2)/s31(3)")
