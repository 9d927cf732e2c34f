from common import *
from docx import Document
from docx.shared import Pt
nn = "04"
request(nn, """
Dear University of Exeter

Freedom of Information request – CCTV on campus

1) Please state the number of CCTV cameras on each of your campuses.
2) Please list the manufacturers of those cameras, with the number from each.
3) Does the University use Hikvision or Dahua cameras? If so, are there plans to replace them?
4) What video management software is used?

Thank you,
Dr Helen Crane
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("UNIVERSITY OF EXETER"); r.bold = True; r.font.size = Pt(16)
d.add_paragraph("Information Governance | Northcote House | Streatham Campus | Exeter EX4 4QJ")
d.add_paragraph("Our reference: UoE-FOI-23-611\n27 November 2023")
d.add_paragraph("Dear Dr Crane,")
d.add_paragraph("Your request for information has been processed under the Freedom of Information Act 2000. We hold the information you asked for and it is given below.")
d.add_paragraph("The University's CCTV cameras by campus are shown in Table 1.")
docx_table(d, [("Campus / site", "Cameras"), ("Streatham Campus", 49), ("St Luke's Campus", 14), ("Penryn Campus (Exeter-managed buildings)", 9), ("Sports Park", 4)])
d.add_paragraph("")
d.add_paragraph("Table 2 shows the manufacturers of the cameras.")
docx_table(d, [("Manufacturer", "Quantity"), ("Axis Communications", 41), ("Hanwha Vision (formerly Samsung Techwin)", 22), ("Avigilon", 10), ("Bosch", 3)])
d.add_paragraph("")
d.add_paragraph("In response to your third question, please refer to Table 2. There are no plans as none are in place.")
d.add_paragraph("The University uses Milestone XProtect as its video management software.")
d.add_paragraph("If you are dissatisfied with this response you may request an internal review by contacting foi@exeter.example.ac.uk within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner's Office.")
d.add_paragraph("Yours sincerely,\n\nPeter Loveday\nInformation Governance Manager")
d.save(outpath(nn, "docx"))
label(nn, "docx", "university", "foia", "no", "no", "answered", [], 76,
      "makers question answered only by pointing back to a separate makes table that omits both; count is sum of per-site table with no total")
