from docx import Document
from docx.shared import Pt, Cm
from docxutil import add_textbox
from common import out, write_request, add_label

NN = "13"
write_request(NN, """
FOI request to Severnbridge Community Health NHS Trust

Q1. How many CCTV cameras are in use across all Trust premises?
Q2. Are any of these cameras manufactured by Hikvision or Dahua?
Q3. If yes to Q2, how many, and which models?
Q4. If yes to Q2, does the Trust have plans to replace them?
Q5. Does the Trust hold a Data Protection Impact Assessment covering CCTV?

Regards, Peter Vance
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
d.sections[0].header.paragraphs[0].text = "Severnbridge Community Health NHS Trust – Freedom of Information"
d.sections[0].footer.paragraphs[0].text = "FOI ref SCHT-FOI-25-0047 | Page 1"
d.add_paragraph("Request reference: SCHT-FOI-25-0047\nDate received: 13/01/2025\nDate of response: 06/02/2025")
d.add_paragraph("Dear Mr Vance,")
d.add_paragraph("Thank you for your request for information. Our responses are given in the boxes beneath each "
                "part of your request.")
qs = ["Q1. How many CCTV cameras are in use across all Trust premises?",
      "Q2. Are any of these cameras manufactured by Hikvision or Dahua?",
      "Q3. If yes to Q2, how many, and which models?",
      "Q4. If yes to Q2, does the Trust have plans to replace them?",
      "Q5. Does the Trust hold a Data Protection Impact Assessment covering CCTV?"]
ans = [["342"], ["No"], ["N/A"], ["N/A – see Q2"],
       ["Yes. The DPIA (ref IG-DPIA-112, reviewed March 2024) is attached."]]
for q, a in zip(qs, ans):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    r = p.add_run(f"\u201c{q}\u201d"); r.italic = True
    add_textbox(d, a)
d.add_paragraph("")
d.add_paragraph("Please note that the DPIA is attached as a separate document to our e-mail.")
d.add_paragraph("If you are dissatisfied with the handling of your request please contact the Trust's FOI "
                "Lead at scht.foi@nhs.net within 40 working days to request an internal review. If you are "
                "still dissatisfied you may complain to the Information Commissioner's Office.")
d.add_paragraph("Freedom of Information Team\nSevernbridge Community Health NHS Trust\nUnit 3, Riverside Court, "
                "Severnbridge GL14 2EZ")
d.save(out(f"{NN}-reply.docx"))

add_label({"path": f"{NN}-reply.docx", "request_file": f"{NN}-request.txt", "format": "docx",
           "body_type": "nhs", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 342,
           "note": "answers sit only in VML text boxes after quoted questions; bare '342' and 'No' to a joint Hikvision-or-Dahua question"})
