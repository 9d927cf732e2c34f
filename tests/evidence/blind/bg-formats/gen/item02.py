from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "02"
write_request(NN, """
Dear Mid Cheshire Hospitals NHS Foundation Trust,

I would like to request the following under the FOI Act:

Q1 The number of CCTV cameras in use across Trust sites.
Q2 Whether any of those cameras are made by Hikvision or Dahua.
Q3 The name of the company which maintains the CCTV system and the value of the current maintenance contract.
Q4 Whether the Trust has completed a Data Protection Impact Assessment for its CCTV, and if so a copy.

Yours faithfully,
Priya Lal
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
sec.different_first_page_header_footer = False
hp = sec.header.paragraphs[0]
hp.text = "FOI Ref: FOI-2024-0386\tMid Cheshire Hospitals NHS Foundation Trust\t"
hp.add_run("Page "); docx_field(hp, "PAGE"); hp.add_run(" of "); docx_field(hp, "NUMPAGES")
for r in hp.runs: r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("Leighton Hospital, Middlewich Road, Crewe, Cheshire CW1 4QJ\n"
           "Switchboard: 01270 255141   Information Governance: 01270 612440   foi.mcht@nhs.net\n"
           "Chair: Dennis Ackroyd   Chief Executive: Louise Farnham")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs: r.font.size = Pt(8)

p = doc.add_paragraph(); r = p.add_run("Information Governance Department"); r.bold = True
doc.add_paragraph("Ms P Lal\nvia email")
doc.add_paragraph("12 November 2024")
doc.add_paragraph("Dear Ms Lal,")
p = doc.add_paragraph(); p.add_run("Re: Freedom of Information Request – FOI-2024-0386").bold = True
docx_paras(doc, """
We refer to your request for information received on 16 October 2024. Please accept our apologies for
the short delay in responding. The Trust's Estates and Facilities directorate have provided the
following information.
""")
p = doc.add_paragraph(); p.add_run("Q1 The number of CCTV cameras in use across Trust sites.").italic = True
docx_paras(doc, """
The Trust currently has 188 cameras at Leighton Hospital, 61 at Victoria Infirmary, Northwich and 15 at
Elmhurst Intermediate Care Centre, Winsford. These figures include both internal and external cameras. They do not include the 9 body-worn
video devices issued to the security team.
""")
p = doc.add_paragraph(); p.add_run("Q2 Whether any of those cameras are made by Hikvision or Dahua.").italic = True
docx_paras(doc, """
Yes. Hikvision cameras were installed at Leighton Hospital as part of the multi-storey car park
refurbishment in 2019 and remain in service.
""")
p = doc.add_paragraph(); p.add_run("Q3 The name of the company which maintains the CCTV system and the value of the current maintenance contract.").italic = True
docx_paras(doc, """
The system is maintained by Ward Security Systems Ltd under a three-year agreement.

The Trust holds the value of the contract but considers that this information is exempt from disclosure
under section 43(2) of the Freedom of Information Act (commercial interests). Disclosure of the contract
value would be likely to prejudice the commercial interests of both the Trust and the contractor, as the
contract is due to be re-tendered during 2025 and release of the current price would weaken the Trust's
negotiating position. We have considered the public interest in transparency around the use of public
funds, but on balance we consider that the public interest in maintaining the exemption outweighs the
public interest in disclosure at this time.
""")
p = doc.add_paragraph(); p.add_run("Q4 Whether the Trust has completed a Data Protection Impact Assessment for its CCTV, and if so a copy.").italic = True
docx_paras(doc, """
Yes, a DPIA was completed in March 2023 and is attached to this response. Names and direct contact
details of junior members of staff have been redacted under section 40(2) (personal information).

If you are unhappy with the way your request has been handled, you may ask for an internal review by
writing to the Head of Information Governance at the address below within 40 working days. If you
remain dissatisfied following the review you may complain to the Information Commissioner's Office,
Wycliffe House, Water Lane, Wilmslow SK9 5AF (www.ico.org.uk).

The information supplied to you continues to be protected by the Copyright, Designs and Patents Act 1988.
You are free to use it for your own purposes, including any non-commercial research you are doing and
for the purposes of news reporting.

Yours sincerely,
""")
doc.add_paragraph("Information Governance Department\nMid Cheshire Hospitals NHS Foundation Trust")
doc.save(OUT / f"{NN}-reply.docx")
add_label(NN, "docx", "nhs", "foia", "yes", "unknown", "partially_answered", ["s43", "s40"], 264,
          "Count must be summed from three sites (excluding 9 body-worn devices); header/footer full of ref and phone numbers; Yes to a both-maker question names only Hikvision.")
