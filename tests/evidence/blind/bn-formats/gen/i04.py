from common import *
from docx import Document
from docx.shared import Pt

NN = "04"
write_request(NN, """
Dear University of Reading,

Please could you provide the following under the FOI Act:

1. The number of CCTV cameras operated by the University on its campuses.
2. The manufacturer(s) of these cameras.
3. Whether any cameras made by Hikvision or Dahua are in use.
4. Who installed and who maintains the CCTV system, and the annual value of the maintenance contract.
5. Whether the University uses ANPR at its car parks.

Thank you,
Eleanor Pryce
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11.5)
doc.add_paragraph("UNIVERSITY OF READING\nInformation Management & Policy Services\nWhiteknights House, Reading RG6 6UR")
doc.add_paragraph("imps@reading.ac.uk")
doc.add_paragraph("Ms E. Pryce\nBy email only")
doc.add_paragraph("Our reference: FOI 2024-311\n22 October 2024")
doc.add_paragraph("Dear Ms Pryce,")
doc.add_paragraph("Request for information – CCTV", style=None).runs[0].bold = True
doc.add_paragraph("I refer to your email of 25 September 2024 requesting information about the University's closed-circuit "
                  "television. I have dealt with your request under the Freedom of Information Act 2000 and I am pleased to "
                  "provide most of the information you asked for.")
doc.add_paragraph("The University's Security Services team operates six hundred and twelve (612) cameras across the "
                  "Whiteknights, London Road and Greenlands campuses. This figure was taken from the video management system "
                  "on 14 October 2024. Our cameras are manufactured by Axis Communications and Bosch Security Systems and "
                  "are managed through a Milestone XProtect platform; there is no other make of camera on the University "
                  "estate. In answer to your third question, therefore, neither.")
doc.add_paragraph("The system was installed, and continues to be maintained, by Reliance High-Tech Ltd under a contract "
                  "let in 2021. The University considers that the annual value of that contract is exempt from disclosure "
                  "under section 43(2) of the Act, as its release would be likely to prejudice the commercial interests of "
                  "both the University, which is due to re-tender the service in 2025, and the contractor. In applying "
                  "this exemption we have weighed the public interest in transparency over the use of public funds against "
                  "the public interest in the University obtaining best value through a fair competitive process, and "
                  "concluded that the balance lies in withholding the figure at this time.")
doc.add_paragraph("The University does not operate ANPR at any of its car parks; access is controlled by permit.")
doc.add_paragraph("If you are dissatisfied with the handling of your request, you may ask for an internal review by writing to "
                  "the address above within 40 working days. If you are not content with the outcome of the review you may "
                  "apply to the Information Commissioner (ico.org.uk).")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Dr Gareth Lowe\nInformation Compliance Manager")
doc.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "university", "foia", "no", "no", "partially_answered", ["s43"], 612,
          "Prose letter; count in words and digits; 'neither' answers the combined Hikvision/Dahua question; installer named; s43 on contract value.")
