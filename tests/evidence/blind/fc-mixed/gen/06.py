import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "06-reply.docx")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("UNIVERSITY OF WEXCOMBE\n"); r.bold = True; r.font.size = Pt(14)
p.add_run("Governance and Legal Services\nThe Registry, Chancellor's Walk, Wexcombe WX2 7UL\nfoi@wexcombe.ac.uk")
d.add_paragraph("Ms S Cawthorne\nVia email")
d.add_paragraph("Our ref: FOI-UW-2024-312\nDate: 14 October 2024")
d.add_paragraph("Dear Ms Cawthorne,")
p = d.add_paragraph(); p.add_run("Request for information under the Freedom of Information Act 2000").bold = True
d.add_paragraph("Thank you for your request received on 16 September 2024. We have now completed our searches and our response to each of your questions is set out below. Some information has been withheld; this letter serves as a refusal notice in respect of that information.")
def q(t):
    p = d.add_paragraph(); p.add_run(t).bold = True
q("Q1. How many CCTV cameras are there on the University's estate, including student halls of residence?")
d.add_paragraph("There are 418 cameras on the University CCTV system: 361 on the main campus and 57 at Northfield Halls of Residence.")
q("Q2. Please list the manufacturers of these cameras and the number from each.")
t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
h = t.rows[0].cells; h[0].text = "Manufacturer"; h[1].text = "No. of cameras"; h[2].text = "Location / comments"
for row in [("Axis Communications", "212", "Main campus (replacement programme phase 1, 2022-23)"),
            ("Avigilon", "149", "Main campus, incl. Library and Students' Union"),
            ("Hikvision", "57", "Northfield Halls. Legacy installation, scheduled for replacement in phase 2 of the Security Systems Upgrade, due for completion by August 2026")]:
    c = t.add_row().cells
    for i, v in enumerate(row): c[i].text = v
d.add_paragraph("")
q("Q3. Are any of the University's cameras made by Hikvision or Dahua?")
d.add_paragraph("Please see our response to Q2 above.")
q("Q4. Is the CCTV control room run in-house or by a contractor? If a contractor, please name the contractor and give the annual value of the contract.")
d.add_paragraph("The Security Control Room is staffed by Castlegate Security Services Ltd under a contract for manned guarding and control room services, let following a competitive tender in 2021. The CCTV system itself is owned by the University.")
d.add_paragraph("The annual value of the contract is withheld under section 43(2) of the Act (commercial interests). The contract is due to be re-tendered in 2025 and disclosure of the current value would be likely to prejudice the commercial interests of both the University, in securing best value in that procurement, and of the contractor, whose pricing would be revealed to its competitors. We have considered the public interest in transparency about the use of University funds, but have concluded that in the circumstances the public interest in maintaining the exemption outweighs that in disclosure.")
q("Q5. Please give the name of the University officer responsible for the CCTV system and the name of the contractor's site manager.")
d.add_paragraph("The University officer with responsibility for the CCTV system is the Head of Security and Resilience. The names of the post holder and of the contractor's site manager are personal data and are withheld under section 40(2) of the Act, as disclosure would breach the first data protection principle (lawfulness, fairness and transparency). Neither individual is at a level of seniority where there would be a reasonable expectation that their name would be placed in the public domain.")
p = d.add_paragraph(); p.add_run("Your right to complain").bold = True
d.add_paragraph("If you are unhappy with the way in which your request has been handled you may ask for an internal review by contacting the University Secretary at foi@wexcombe.ac.uk within 40 working days of the date of this letter. If you remain dissatisfied you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, or via ico.org.uk.")
d.add_paragraph("The supply of information under the Act does not give the recipient an automatic right to re-use it in a way that would infringe copyright.")
d.add_paragraph("Yours sincerely,\n\n\nRuth Inglethorpe\nInformation Compliance Manager")
d.save(out)
