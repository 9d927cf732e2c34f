from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "03"
write_request(NN, """
To the Freedom of Information Unit,

I would be grateful if you could tell me:

(a) how many CCTV cameras are installed across Cheshire Constabulary's buildings, including custody suites;
(b) who manufactures those cameras;
(c) whether any of the cameras or recorders are Hikvision or Dahua products;
(d) the name of the company which maintains the system.

Regards
D. Whitfield
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Cheshire Constabulary – Freedom of Information\tOur Ref: FOI/2024/03318\tOFFICIAL"
sec.header.add_paragraph("Information Compliance Unit, Clemonds Hey, Oakmere Road, Winsford CW7 2UA")
fp = sec.footer.paragraphs[0]
fp.text = "FOI/2024/03318 – response to request dated 8 July 2024 – OFFICIAL"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Date: 5 August 2024")
doc.add_paragraph("Dear Requester,")
doc.add_paragraph("I write in connection with your request for information received by Cheshire Constabulary on 8 July 2024. "
                  "I note you seek access to the following information: details of CCTV within the force estate, as set out "
                  "in your email.")
doc.add_paragraph("Following receipt of your request, searches were conducted within Cheshire Constabulary to locate "
                  "information relevant to your request. I can confirm that the information you have requested is held "
                  "by Cheshire Constabulary. I have today decided to disclose some of the located information to you, "
                  "as follows.")
p = doc.add_paragraph(); p.add_run("Part (a)").bold = True
doc.add_paragraph("There are 1,204 CCTV cameras across the force estate. Of these, 388 are located within the four custody "
                  "suites at Middlewich, Blacon, Runcorn and Macclesfield.")
p = doc.add_paragraph(); p.add_run("Parts (b), (c) and (d)").bold = True
doc.add_paragraph("This information is exempt by virtue of section 24(1) National Security and section 31(1)(a)(b) Law "
                  "Enforcement. Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to "
                  "articulate the harm that would be caused were the information released as well as consider the public "
                  "interest.")
doc.add_paragraph("Harm: Identifying the manufacturers of the equipment protecting police premises, together with the company "
                  "that maintains it, would allow those intent on criminality to research known vulnerabilities in that "
                  "equipment, or to target the supplier, thereby compromising the security of the police estate.")
doc.add_paragraph("Public interest considerations favouring disclosure: disclosure would inform the public debate regarding "
                  "the use of equipment from certain manufacturers by public bodies. Considerations favouring "
                  "non-disclosure: the security of the police estate and of detained persons is of paramount importance.")
doc.add_paragraph("Balance test: after weighing up the competing interests I have determined that the disclosure of the "
                  "information would not be in the public interest, and the information is therefore withheld.")
doc.add_paragraph("This letter serves as a Refusal Notice under section 17 of the Freedom of Information Act 2000 for the "
                  "parts withheld.")
doc.add_paragraph("Should you have any further enquiries concerning this matter, please write or contact the Information "
                  "Compliance Unit quoting the reference number above. Your attention is drawn to the attached sheet, which "
                  "details your right of complaint.")
doc.add_paragraph("Yours sincerely,\n\nK. Ashworth\nDisclosure Officer")
doc.add_page_break()
p = doc.add_paragraph(); p.add_run("COMPLAINT RIGHTS").bold = True
doc.add_paragraph("Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have "
                  "the right to require Cheshire Constabulary to review their decision. Ask to have the decision looked at "
                  "again within 40 working days. If you remain dissatisfied you have the right to apply to the Information "
                  "Commissioner.")
doc.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1204,
          "Reference lives only in header/footer; count disclosed but makers and maintainer withheld under s24(1)/s31(1); custody subset 388 is a distractor.")
