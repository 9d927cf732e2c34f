import sys, os, io
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from docx import Document
from docx.shared import Pt, Cm

N = 20
write_text(f"{N:02d}-request.txt", """
Dear Wyvern Hythe District Council,

Please provide the following under the Freedom of Information Act:

Q1. How many CCTV cameras does the council operate?
Q2. Are any of them manufactured by Hikvision?
Q3. Are any of them manufactured by Dahua?
Q4. What is the value of the council's current CCTV maintenance/upgrade contract, and who holds it?
Q5. Please provide a copy of the council's Data Protection Impact Assessment for its CCTV.

Thank you,
Marcus Adeyemi-Holt
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "WYVERN HYTHE DISTRICT COUNCIL\nFreedom of Information Response"
sec.footer.paragraphs[0].text = "OFFICIAL"
doc.add_paragraph("Request reference: 2025/0142\nDate received: 13 January 2025\nDate of response: 7 February 2025")
doc.add_paragraph("Wyvern Hythe District Council has processed your request under the Freedom of Information Act 2000. "
                  "Our response is provided in the table below.")
t = doc.add_table(rows=1, cols=3)
t.style = "Light Grid Accent 1"
h = t.rows[0].cells
h[0].text, h[1].text, h[2].text = "No.", "Information requested", "Response"
rows = [
    ("Q1", "How many CCTV cameras does the council operate?",
     "41 public space cameras in the town centres of Hythe Regis and Wyvern Cross, and 16 in the Council's car parks."),
    ("Q2", "Are any of them manufactured by Hikvision?",
     "Yes \u2013 all of the cameras referred to in Q1. These are being replaced with Axis cameras under the CCTV upgrade "
     "programme which is due to complete by March 2026."),
    ("Q3", "Are any of them manufactured by Dahua?", "See answer to Q2."),
    ("Q4", "What is the value of the council's current CCTV maintenance/upgrade contract, and who holds it?",
     "The contract is held by Solent Vision Security Ltd (contract period April 2024 \u2013 March 2029). The contract value is "
     "withheld under section 43(2) (commercial interests) as the Council is part-way through a phased procurement and "
     "disclosure would be likely to prejudice the Council's position in negotiating later phases. The public interest test "
     "is set out in the covering note below."),
    ("Q5", "Please provide a copy of the council's Data Protection Impact Assessment for its CCTV.",
     "This information is exempt under section 21 as it is reasonably accessible to you by other means. The DPIA is published "
     "on the Council's website: www.wyvernhythe.gov.invalid/cctv/dpia"),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
for row in t.rows:
    row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(6); row.cells[2].width = Cm(9.8)
doc.add_paragraph()
doc.add_paragraph("Public interest test \u2013 section 43(2)").runs[0].bold = True
doc.add_paragraph("The Council recognises the public interest in transparency about the use of public funds. However, the upgrade "
                  "contract is being delivered in phases with separate pricing for each phase still to be agreed. Disclosure of "
                  "the overall value at this stage would be likely to weaken the Council's negotiating position and therefore "
                  "its ability to secure value for money. On balance the Council considers the public interest favours "
                  "maintaining the exemption.")
doc.add_paragraph("If you are dissatisfied with the handling of your request you may request an internal review within 40 working "
                  "days by writing to foi@wyvernhythe.gov.invalid. If you remain dissatisfied you may complain to the Information "
                  "Commissioner's Office.")
doc.add_paragraph("Information Governance Team\nWyvern Hythe District Council, Council Offices, Harbour Road, Hythe Regis WH5 1DD")
buf = io.BytesIO(); doc.save(buf)

text = """
Dear Mr Adeyemi-Holt

Please find attached the Council's response to your Freedom of Information request, reference 2025/0142.

Kind regards

Information Governance Team
Wyvern Hythe District Council
T: 01632 967 400

Follow us on social media for the latest news from the Council.
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Adeyemi-Holt</p>
<p>Please find attached the Council's response to your Freedom of Information request, reference 2025/0142.</p>
<p>Kind regards</p>
<p><b>Information Governance Team</b><br>Wyvern Hythe District Council<br>T: 01632 967 400</p>
<p style="color:#888;font-size:8pt">Follow us on social media for the latest news from the Council.</p>
</body></html>"""
eml(f"{N:02d}-reply.eml", "Wyvern Hythe DC - FOI <foi@wyvernhythe.gov.invalid>",
    "Marcus Adeyemi-Holt <request-93381-a0c7f5@whatdotheyknow.invalid>",
    "Your Freedom of Information request - 2025/0142", dt(2025, 2, 7, 9, 31), text=text, html=html,
    attachments=[("2025-0142 FOI Response.docx", buf.getvalue(),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

label(N, "eml", "eml", "council", "foia", "yes", "no", "partially_answered", ["s43", "s21"], 57,
      "cover e-mail (text+HTML) with the answers in an attached .docx table; count in two parts (41+16); Dahua answered only by 'See answer to Q2' (all cameras Hikvision); Hikvision being phased out by a future date")
