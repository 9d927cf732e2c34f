from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out, add_label

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("Wexcombe Borough Council"); r.bold = True; r.font.size = Pt(16)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = doc.add_paragraph("Information Governance Team\nCivic Centre, Station Road\nWexcombe WX1 4LP\nfoi@wexcombe.gov.uk | 01632 960 418")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Mr D Okafor\nBy email")
doc.add_paragraph("Our ref: FOI/2024/0931\nDate: 14 May 2024")
doc.add_paragraph("Dear Mr Okafor,")
p = doc.add_paragraph(); p.add_run("Freedom of Information Act 2000 – Request for Information").bold = True
doc.add_paragraph("Thank you for your request for information, which we received on 17 April 2024. "
                  "We have now considered your request and our response is set out in the table below.")
qa = [
    ("1. How many CCTV cameras does the Council currently operate (public space, council buildings, car parks)?",
     "The Council currently operates 212 CCTV cameras across the town centre public space system, council offices, depots and multi-storey car parks."),
    ("2. Are any of these cameras manufactured by Hikvision?",
     "Yes – 38 of the cameras are Hikvision. These are mainly in the two multi-storey car parks."),
    ("3. Are any of these cameras manufactured by Dahua?", "No."),
    ("4. Please list the manufacturers of the cameras.", "Axis Communications, Bosch, Hikvision."),
    ("5. Do any of the cameras have facial recognition capability, and is it switched on?",
     "None of the Council's cameras use facial recognition software."),
    ("6. Who maintains the system?",
     "The system is maintained under contract by Oakmere Security Systems Ltd. The contract runs until 31 March 2026."),
]
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
h = t.rows[0].cells; h[0].text = "Your request"; h[1].text = "Council response"
for c in h:
    for r in c.paragraphs[0].runs: r.bold = True
for q, a in qa:
    row = t.add_row().cells; row[0].text = q; row[1].text = a
for row in t.rows:
    row.cells[0].width = Cm(8); row.cells[1].width = Cm(8.5)
doc.add_paragraph()
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. "
                  "Internal review requests should be submitted within 40 working days of the date of this letter and should be "
                  "addressed to: Information Governance Manager, Wexcombe Borough Council, Civic Centre, Station Road, Wexcombe WX1 4LP "
                  "or foi@wexcombe.gov.uk.")
doc.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply directly to the "
                  "Information Commissioner for a decision. The Information Commissioner can be contacted at: Information "
                  "Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Most of the information that we provide in response to Freedom of Information Act 2000 requests will be subject to "
                  "copyright protection. You are free to use it for your own purposes, including non-commercial research and news reporting. "
                  "Any other re-use, for example commercial publication, would require our permission.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Karen Liddell\nInformation Governance Officer")
doc.save(out("01-reply.docx"))

add_label(path="01-reply.docx", request_file="01-request.txt", format="docx", body_type="council", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=212,
          note="Ordinary letter with answers in a Word question | answer table.")
