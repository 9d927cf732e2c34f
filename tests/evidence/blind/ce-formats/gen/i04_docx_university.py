from common import *
from docx import Document
from docx.shared import Pt

NN = "04"
write_request(NN, """
Hello,

Please can you tell me
1) how many CCTV cameras the University of Leicester has across its estate
2) what manufacturers those cameras are made by
3) a list or map of the locations of each camera
4) whether any are Hikvision or Dahua, and if so how many

thanks
Tom
""")

doc = Document()
doc.styles["Normal"].font.name = "Georgia"; doc.styles["Normal"].font.size = Pt(11)
doc.add_paragraph().add_run("University of Leicester — Information Assurance Services").bold = True
doc.add_paragraph("University Road, Leicester LE1 7RH")
doc.add_paragraph("Request ID: UoL-IAS-23-0741        Date: 9 November 2023")
doc.add_paragraph("Dear Tom,")
doc.add_paragraph("Your request for information has now been considered. The University's response to each part is set out below.")
doc.add_paragraph("1) how many CCTV cameras the University of Leicester has across its estate", style="Intense Quote")
doc.add_paragraph("The University's Security Services team manages 1,034 cameras.")
doc.add_paragraph("2) what manufacturers those cameras are made by", style="Intense Quote")
doc.add_paragraph("The estate is predominantly Axis, with Avigilon cameras in the David Wilson Library and "
                  "the Percy Gee Building. Thirty-eight older analogue cameras at the Oadby Student Village are Da Hua units "
                  "which will be migrated to IP during phase 3 of the security upgrade (not yet scheduled). "
                  "These three are the only manufacturers in use.")
doc.add_paragraph("3) a list or map of the locations of each camera", style="Intense Quote")
doc.add_paragraph("This information is withheld. The University considers that disclosing the precise location of each camera "
                  "would reveal areas of the campus which are not covered and so would be likely to prejudice the prevention "
                  "and detection of crime. Section 31(1)(a) of the Freedom of Information Act applies. We have also applied "
                  "section 24(1) (national security) as some buildings host research facilities subject to security vetting. "
                  "In both cases we have concluded that the public interest in maintaining the exemption outweighs the public "
                  "interest in disclosure.")
doc.add_paragraph("4) whether any are Hikvision or Dahua, and if so how many", style="Intense Quote")
doc.add_paragraph("Please see our response to part 2.")
doc.add_paragraph("If you are dissatisfied with this response you may request an internal review within 40 working days by "
                  "writing to ias@le.example.ac.uk. If you remain dissatisfied following the review you have the right to "
                  "complain to the Information Commissioner.")
doc.add_paragraph("Yours sincerely\nDr Helen Marchbank\nInformation Compliance Manager")
doc.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "university", "foia", "no", "yes", "partially_answered", ["s31", "s24"], 1034,
      "Q4 answered only by 'see part 2'; Dahua spelt 'Da Hua' and still in use pending unscheduled migration; Hikvision 'no' from exhaustive maker list")
