"""09: police Word letter; reference only in header/footer; partial disclosure with s24/s31 NCND and s40."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out, write_request, write_label

write_request("09", """
Dear Sir or Madam,

I would like to request the following information under the Freedom of Information Act:

1 - The number of CCTV cameras installed at police stations and other police buildings in your force area.
2 - The manufacturers of these cameras.
3 - Whether any of these cameras are manufactured by Hikvision or Dahua.
4 - The name and job title of the officer responsible for CCTV procurement.

Yours faithfully,
Greta Lindqvist
""")

d = Document()
d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL\nNorth Pennine Police – Freedom of Information Unit\t\tOur Ref: FOI/2024/03318"
hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
fp = sec.footer.paragraphs[0]
fp.text = ("OFFICIAL   |   FOI/2024/03318   |   Police Headquarters, Saddleworth Road, Huddersfield HD3 7BL   |   "
           "foi@northpennine.police.uk")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

d.add_paragraph("Ms G Lindqvist\nBy email")
d.add_paragraph("14 November 2024")
d.add_paragraph("Dear Ms Lindqvist,")
p = d.add_paragraph(); r = p.add_run("FREEDOM OF INFORMATION REQUEST"); r.bold = True
d.add_paragraph("I write in connection with your request for information which was received by North Pennine Police on "
                "17 October 2024. I note you seek access to information about CCTV at police premises. Following "
                "receipt of your request, searches were conducted within the Estates and Facilities Department.")
d.add_paragraph("The information which we can disclose is provided below. North Pennine Police is unable to provide some of the "
                "information you have requested and this letter therefore serves as a Refusal Notice under section 17 of the Act.")
p = d.add_paragraph(); p.add_run("Question 1").bold = True
d.add_paragraph("There are 387 CCTV cameras installed across 41 police buildings. This figure includes custody suites and "
                "excludes body worn video and ANPR.")
p = d.add_paragraph(); p.add_run("Questions 2 and 3").bold = True
d.add_paragraph("North Pennine Police will not disclose the manufacturers of its premises CCTV. In addition, in relation to "
                "question 3, North Pennine Police can neither confirm nor deny whether it holds any information about specific "
                "manufacturers, by virtue of the following exemptions:")
d.add_paragraph("Section 24(1) and (2) – National Security\nSection 31(1)(a) and (3) – Law Enforcement")
d.add_paragraph("Disclosure of the makes of security equipment protecting police buildings, including custody suites, would "
                "allow those intent on criminal activity to identify potential vulnerabilities across the estate, and confirming "
                "or denying the presence of particular manufacturers would, when combined with other responses across forces "
                "(the 'mosaic effect'), undermine the security of the police estate. Having weighed the public interest, "
                "including the public debate about equipment from certain manufacturers, we have concluded that the balance "
                "lies in favour of maintaining the exemptions. Consideration was also given to section 38 (Health and Safety), "
                "but it was not felt necessary to apply it.")
p = d.add_paragraph(); p.add_run("Question 4").bold = True
d.add_paragraph("CCTV procurement sits with the Head of Estates and Facilities. The name of the post holder is personal data "
                "and is exempt under section 40(2) of the Act; the post holder is not of a seniority where there would be a "
                "reasonable expectation that their name would be released.")
p = d.add_paragraph(); p.add_run("Complaint Rights").bold = True
d.add_paragraph("Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the "
                "right to require North Pennine Police to review their decision. Prior to lodging a formal complaint you are "
                "welcome to discuss the response with the case officer who dealt with your request. Ask for an internal review "
                "within 40 working days. The Information Commissioner: After lodging a complaint with North Pennine Police if you "
                "are still dissatisfied with the decision you may make application to the Information Commissioner.")
d.add_paragraph("Yours sincerely,\n\nS. Mahmood\nFreedom of Information Decision Maker")
d.save(out("09-reply.docx"))

write_label(path="09-reply.docx", request_file="09-request.txt", format="docx", body_type="police", law="foia",
            hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31", "s40"], camera_count=387,
            note="Reference only in header/footer; count disclosed but makers withheld/NCND under s24 and s31 with subsections listed as '24(1) and (2)', name withheld s40; s17 refusal notice and s38 (considered, not applied) must not be listed.")
