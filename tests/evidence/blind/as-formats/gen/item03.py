from common import *
from docx.shared import Pt
NN = "03"
write_request(NN, """
To the FOI Unit,

Please could you provide the following under FOIA:

1. How many CCTV cameras are operated by the force in its own estate (stations, custody suites, compounds)?
2. Which manufacturers supplied these cameras?
3. Does the force use any cameras made by Hikvision or Dahua?
4. Please list the locations of cameras made by those companies.

Regards,
Tom Ashdown
""")

def build(d):
    d.add_paragraph("WESTERN SHIRES POLICE").runs[0].bold = True
    d.add_paragraph("Freedom of Information Unit, Force Headquarters, Hindlip Lane, Worcester WR3 8SP")
    d.add_paragraph("Reference No: 002971/24\nDate: 19 June 2024")
    d.add_paragraph("Dear Mr Ashdown,")
    d.add_paragraph("I write in connection with your request for information received by Western Shires Police on "
                    "21 May 2024. I note you seek access to the following information, which is set out together "
                    "with our response:")
    docx_table(d, [
        ["Question", "Response"],
        ["1. How many CCTV cameras are operated by the force in its own estate?",
         "1,162 (this figure includes custody suite cameras but excludes body worn video and ANPR)."],
        ["2. Which manufacturers supplied these cameras?",
         "Axis, Hanwha Vision, Avigilon and HiWatch. The HiWatch units are fitted to the older custody "
         "corridor systems."],
        ["3. Does the force use any cameras made by Hikvision or Dahua?",
         "Please refer to Q2. There is no Dahua equipment within the estate."],
        ["4. Locations of cameras made by those companies",
         "Withheld – see below."],
    ], widths=[6, 10])
    d.add_paragraph("")
    d.add_paragraph("Section 17 of the Freedom of Information Act 2000 requires the force, when refusing to "
                    "provide information, to provide a notice which states the fact, specifies the exemption and "
                    "states why the exemption applies. In respect of question 4 the following exemptions apply:")
    d.add_paragraph("Section 24(1) – National Security\nSection 31(1)(a)(b) – Law Enforcement")
    d.add_paragraph("Both are qualified, prejudice-based exemptions and a public interest test has been carried out. "
                    "Disclosure of the specific buildings and rooms in which particular makes of camera are sited "
                    "would allow a picture of the force's security posture to be assembled and would be of use to "
                    "those intent on compromising police premises. The balance of the public interest favours "
                    "withholding this part of your request.")
    d.add_paragraph("Complaint Rights").runs[0].bold = True
    d.add_paragraph("If you are dissatisfied with this response you may request an internal review within 40 working "
                    "days. Should you remain dissatisfied you have the right to apply to the Information "
                    "Commissioner. ")
    d.add_paragraph("Yours sincerely,\n\nK. Barraclough\nDisclosure Officer")

data = docx_bytes(build)
body = """Dear Mr Ashdown,

Please find attached the response to your Freedom of Information request, reference 002971/24.

Kind regards,

Freedom of Information Unit
Western Shires Police

*****
This email and any attachments are intended solely for the addressee and may contain confidential and/or privileged information. All communications sent to or from Western Shires Police may be subject to recording and/or monitoring in accordance with relevant legislation.
*****
"""
eml(NN, "FOI Unit <freedomofinformation@westernshires.police.uk>", "tom.ashdown@outlook.com",
    "Freedom of Information Request 002971/24", dt(2024, 6, 19, 11, 20), text=body,
    attachments=[("002971-24 Response.docx", data)])
add_label(NN, "eml", "police", "foia", "yes", "no", "partially_answered", ["s24", "s31"], 1162,
          "answer is in an attached docx; Hikvision only via its HiWatch brand; Q3 points back to Q2")
