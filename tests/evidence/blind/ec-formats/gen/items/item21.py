import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "21"
REQ = """
Dear Mid and South Essex NHS Foundation Trust,

I am requesting the following under the FOI Act:

1) How many CCTV cameras are in use across the Trust's hospitals?
2) Are any of the cameras made by Hikvision or Dahua?
3) If yes to question 2, how many?
4) Does the Trust have any plans to replace them?
5) Has the Trust completed a Data Protection Impact Assessment for its CCTV system? If so please provide a copy.

Thank you
Dr. Oliver Tennant
"""

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Mid and South Essex\nNHS Foundation Trust"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs: r.bold = True; r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
fp = sec.footer.paragraphs[0]
fp.text = "Freedom of Information Team | Basildon University Hospital, Nethermayne, Basildon, Essex SS16 5NL | mse.foi@nhs.example.net"
fp.runs[0].font.size = Pt(7.5)

def p(t="", b=False, size=None):
    para = doc.add_paragraph(); r = para.add_run(t); r.bold = b
    if size: r.font.size = Pt(size)
    return para

p("FREEDOM OF INFORMATION REQUEST – RESPONSE", b=True, size=13)
docx_table(doc, [
    ["Request reference:", "FOI.MSE.24.2178"],
    ["Date received:", "03/12/2024"],
    ["Date of response:", "07/01/2025"],
    ["Subject:", "CCTV"],
], header=False, widths=[4.5, 11])
p("")
docx_table(doc, [
    ["Question", "Response"],
    ["1) How many CCTV cameras are in use across the Trust's hospitals?", "Circa 950"],
    ["2) Are any of the cameras made by Hikvision or Dahua?", "Yes"],
    ["3) If yes to question 2, how many?", "Approximately 120"],
    ["4) Does the Trust have any plans to replace them?",
     "The Trust is reviewing its CCTV estate as part of the Security Strategy 2025-2028. No decision has been made at this time."],
    ["5) Has the Trust completed a Data Protection Impact Assessment for its CCTV system? If so please provide a copy.",
     "Yes. A copy of the DPIA is attached with personal data of staff below Band 8a redacted under section 40(2)."],
], widths=[8, 8])
p("")
p("The information provided in this response is accurate as of the date of response and may be subject to change.", size=8.5)
p("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of the response to your original request and should be addressed to the Head of Information Governance at the address above. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.", size=8.5)
p("Please remember to quote the reference number above in any future communications.", size=8.5)

write_request(NN, REQ)
doc.save(out(f"{NN}-reply.docx"))
write_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="nhs",
            law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s40"],
            camera_count=950, note="Question/Response table; a bare 'Yes' to a question naming both makers together (neither known), followed by 'Approximately 120' which is the subset, not the total ('Circa 950'); DPIA released with s40(2) redactions.")
