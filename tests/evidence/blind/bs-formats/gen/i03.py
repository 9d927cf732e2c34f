from common import *
from docx import Document
from docx.shared import Pt
nn = "03"
request(nn, """
Dear Cumbria Constabulary,

I would like to request the following under the FOI Act:

(a) How many CCTV cameras are installed at police stations and custody suites in Cumbria?
(b) Who manufactured these cameras? Please list all manufacturers.
(c) Does the force use any Hikvision or Dahua equipment, including recorders?
(d) Please list the locations of each camera.
(e) Which company installed the systems?

Regards,
Tom Ashworth
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
d.add_paragraph("CUMBRIA CONSTABULARY\nFreedom of Information Unit, Police Headquarters, Carleton Hall, Penrith CA10 2AU")
d.add_paragraph("Request Reference: FOI 2024/00731\nDate: 8 May 2024")
d.add_paragraph("Dear Mr Ashworth,")
d.add_paragraph("I write in connection with your request for information dated 10 April 2024. Your request has now been considered and I am able to provide the following response. Cumbria Constabulary can confirm that it holds some of the information requested.")
def qa(q, a):
    p = d.add_paragraph(); r = p.add_run(q); r.bold = True
    for para in a.split("\n\n"): d.add_paragraph(para)
qa("(a) How many CCTV cameras are installed at police stations and custody suites in Cumbria?",
   "There are 87 internal and external CCTV cameras across the force estate's stations and custody suites.")
qa("(b) Who manufactured these cameras? Please list all manufacturers.",
   "This information is withheld – see the exemption section below.")
qa("(c) Does the force use any Hikvision or Dahua equipment, including recorders?",
   "The custody suites at Carlisle (Durranhill) and Barrow record to Hik Vision network video recorders. No further detail can be provided regarding camera hardware.")
qa("(d) Please list the locations of each camera.",
   "This information is withheld – see below.")
qa("(e) Which company installed the systems?",
   "The systems were installed by a number of contractors over time; the current maintainer is NSG Security Systems Ltd.")
p = d.add_paragraph(); r = p.add_run("Exemptions"); r.bold = True; r.underline = True
d.add_paragraph("Section 24(1) – National Security\nSection 31(1)(a)(b) – Law Enforcement")
d.add_paragraph("Sections 24 and 31 are prejudice-based qualified exemptions and there is a requirement to articulate the harm and to carry out a public interest test. Disclosure of the make of camera and the precise location of each camera would reveal the capability of the security arrangements at operational police premises, including custody areas, and would enable those intent on criminal activity to identify vulnerabilities. The public interest in transparency is recognised; however the force considers on balance that the public interest favours withholding the information at (b) and (d).")
d.add_paragraph("Section 40(2) was considered in relation to staff images but is not relevant to the information requested.")
d.add_paragraph("Complaint Rights: your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied you may request an internal review within 40 working days. Should you remain dissatisfied you may contact the Information Commissioner.")
d.add_paragraph("Yours sincerely\n\nM. Dunmore\nDisclosure Officer")
d.save(outpath(nn, "docx"))
label(nn, "docx", "police", "foia", "yes", "unknown", "partially_answered", ["s24", "s31"], 87,
      "Hikvision known only via recorders spelled 'Hik Vision' in an answer to a joint question; camera makes withheld; s40 mentioned but not applied")
