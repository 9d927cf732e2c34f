import sys; sys.path.insert(0, "/work/blind/fe-mixed/gen")
from docx_helpers import *
d = new_doc("Arial", 11)
para(d, "Cyngor Bwrdeistref Sirol Penhallow", bold=True, size=13, align="right")
para(d, "Penhallow County Borough Council", bold=True, size=13, align="right")
para(d, "Canolfan Ddinesig / Civic Centre, Heol y Castell, Penhallow CF47 2BN", size=9, align="right")
para(d, "Llywodraethu Gwybodaeth / Information Governance   foi@penhallow.gov.wales", size=9, align="right")
para(d, "")
para(d, "Ein cyf / Our ref: FOI-13529")
para(d, "Dyddiad / Date: 8 August 2025")
para(d, "")
para(d, "Dear Ms Howells")
para(d, "Freedom of Information Act 2000 – Request for Information", bold=True)
para(d, "Thank you for your request for information which was received on 14 July 2025. Please find the Council's response below.")
table(d, [
 ["Question", "Response"],
 ["1. Does the Council use facial recognition technology in connection with any of its CCTV systems?",
  "No. The Council does not use facial recognition technology on any of its CCTV systems, including the public space CCTV system, CCTV at Council buildings and leisure centres, and body worn video used by Civil Enforcement Officers."],
 ["2. If yes, is this live facial recognition, retrospective facial recognition, or both?", "Not applicable – see response to question 1."],
 ["3. Which company supplies the facial recognition software?", "Not applicable."],
 ["4. Please provide a copy of any Data Protection Impact Assessment covering the use of facial recognition.",
  "As the Council does not use facial recognition technology, it does not hold a DPIA covering its use."],
 ["5. Does the Council have any plans to trial or introduce facial recognition in the next two years?",
  "No. There are no plans to trial or introduce facial recognition technology."],
])
para(d, "")
para(d, "Please note that footage from the Council's public space CCTV system may be provided to the police under an information sharing agreement for the purposes of the prevention and detection of crime. Any processing of that footage by the police, including any use of retrospective facial recognition, is a matter for the police as data controller. You may wish to direct any questions about this to the relevant police force.")
para(d, "The Council is committed to publishing information in line with the Welsh Language Standards. You are welcome to correspond with the Council in Welsh or English.")
para(d, "If you are dissatisfied with the handling of your request, you may ask for an internal review by writing to the Information Governance Manager at the address above within 40 working days of receiving this response. If you remain dissatisfied following the internal review, you may apply to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH (Tel: 0330 414 6421).")
para(d, "The information supplied is subject to the Council's copyright unless otherwise stated. You may re-use it for non-commercial purposes; any commercial re-use requires the Council's permission.")
para(d, "Yn gywir / Yours sincerely")
para(d, "")
para(d, "Rhys ap Dafydd")
para(d, "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
d.save("/work/blind/fe-mixed/20-reply.docx")
