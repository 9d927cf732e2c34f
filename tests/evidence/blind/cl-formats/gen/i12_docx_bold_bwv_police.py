from docx import Document
from docx.shared import Pt
from common import *

NN = "12"
write_request(NN, """
Dear Ravensholme Police,

I would like to request the following about body-worn video (BWV) cameras:

1. How many body-worn cameras does the force currently have issued or available for issue?
2. Who is the manufacturer and what model?
3. Are any of the body-worn cameras manufactured by Hikvision or Dahua?
4. How many body-worn cameras are allocated to each police station?
5. What is the retention period for BWV footage not required as evidence?

Yours faithfully,
M. Strachan
""")
d = Document()
d.add_paragraph("RAVENSHOLME POLICE\nFreedom of Information Unit\nPO Box 77, Ravensholme RV2 1XX")
d.add_paragraph("FOI Reference: 000741/24\nDate: 3rd July 2024")
d.add_paragraph("Dear M. Strachan,")
d.add_paragraph("I write in response to your request for information received on 5th June 2024. I have today decided "
                "to disclose some of the information requested. Your questions are repeated below, with our answer "
                "shown beneath each.")
qa = [
    ("1. How many body-worn cameras does the force currently have issued or available for issue?", "2,316"),
    ("2. Who is the manufacturer and what model?", "Motorola Solutions VB400."),
    ("3. Are any of the body-worn cameras manufactured by Hikvision or Dahua?", "No."),
    ("4. How many body-worn cameras are allocated to each police station?",
     "This information is exempt under Section 31(1)(a)(b) - Law Enforcement. Please see the explanation below."),
    ("5. What is the retention period for BWV footage not required as evidence?",
     "31 days, after which footage is automatically deleted."),
]
for q, a in qa:
    p = d.add_paragraph()
    p.add_run("\u201c" + q + "\u201d")
    p2 = d.add_paragraph()
    p2.add_run(a).bold = True
d.add_paragraph("Section 31 - Law Enforcement. Disclosing the distribution of body-worn video across individual "
                "stations would show where the capability to capture evidence is reduced. This is a prejudice-based, "
                "qualified exemption; having weighed the public interest, the balance lies in withholding the "
                "station-level figures. The force-wide figure has been provided at Question 1.")
d.add_paragraph("Complaint Rights: " + ICO)
d.add_paragraph("Yours sincerely,\n\nHelen Ostrowska\nFreedom of Information Decision Maker")
d.save(out(f"{NN}-reply.docx"))
label(NN, f"{NN}-reply.docx", "docx", "police", "foia", "no", "no", "partially_answered", ["s31"], 2316,
      "Request is only about body-worn video, so the BWV count is the count; answers typed in bold under each quoted question; joint maker question answered 'No'.")
