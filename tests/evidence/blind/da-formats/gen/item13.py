from lib import *
from docx import Document
from docx.shared import Pt
nn = "13"
write_request(nn, """
Good afternoon,

Please supply the following information under FOIA 2000:

1. Total number of CCTV cameras operated by Northmoor Police (stations, custody, HQ, other premises).
2. The number of those cameras manufactured by (a) Hikvision and (b) Dahua.
3. The locations of any Hikvision or Dahua cameras.
4. Whether the Force has a plan to remove Chinese-manufactured surveillance equipment, and the timetable.

Regards,
D. Whitcombe
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
d.add_paragraph("OFFICIAL").alignment = 1
d.add_paragraph("Northmoor Police\nInformation Management Unit\nPO Box 713, Kirkholme NM1 9XX")
d.add_paragraph("Freedom of Information Request Reference: 001902/24\nDate: 6 February 2025")
d.add_paragraph("I write in connection with your request for information which was received by Northmoor Police on 8 January 2025. I note you seek access to the following information: [request as above]")
h = d.add_paragraph(); h.add_run("DECISION").bold = True
d.add_paragraph("I have today decided to disclose some of the requested information. The remainder is exempt by virtue of the exemptions set out below. This letter serves as a Refusal Notice under section 17 of the Freedom of Information Act 2000 in respect of the information withheld.")
h = d.add_paragraph(); h.add_run("REASONS FOR DECISION").bold = True
d.add_paragraph("Question 1", style="List Number")
d.add_paragraph("The Force operates approximately 1,150 CCTV cameras across its estate. This figure is taken from the Estates asset register and includes custody suites.", style="List Bullet 2")
d.add_paragraph("Questions 2 and 3", style="List Number")
d.add_paragraph("Information identifying the manufacturer of security systems at police premises, and the locations of specific equipment, is withheld under section 24(1) (National Security) and section 31(1)(a)(b) (Law Enforcement).", style="List Bullet 2")
d.add_paragraph("Disclosure of manufacturer and location details would reveal potential vulnerabilities in the Force’s physical security, which could be exploited by those intent on causing harm or committing crime. The public interest in transparency is recognised, however it is outweighed by the public interest in protecting the security of police premises.", style="List Bullet 2")
d.add_paragraph("Question 4", style="List Number")
d.add_paragraph("The Force is aware of the Government’s November 2022 statement and has a programme of work to review and, where appropriate, replace equipment on sensitive sites. The programme is expected to be complete by March 2027.", style="List Bullet 2")
h = d.add_paragraph(); h.add_run("COMPLAINT RIGHTS").bold = True
d.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you are unhappy with the decision you may request an internal review within 40 working days. If you remain dissatisfied following the review you can complain to the Information Commissioner’s Office.")
d.add_paragraph("Yours sincerely,\n\nKaren Ashworth-Pye\nDisclosure Officer")
d.add_paragraph("OFFICIAL").alignment = 1
d.save(p(f"{nn}-reply.docx"))
label(nn, "docx", "docx", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1150,
      "approximate total disclosed but makers and locations withheld under s24/s31; s17 refusal notice is not an exemption; replacement 'programme' does not say any Hikvision/Dahua exists")
