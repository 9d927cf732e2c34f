from common import *
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "01"
write_request(NN, """
Dear Ashcombe Borough Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council currently operate? Please include public space cameras and cameras at council buildings.
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Which company maintains your CCTV system?
5. Has the council carried out a Data Protection Impact Assessment for its CCTV?

Yours faithfully,

Martin Okafor
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hdr = sec.header
p = hdr.paragraphs[0]
r = p.add_run("ASHCOMBE BOROUGH COUNCIL"); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x1F, 0x49, 0x7D)
p2 = hdr.add_paragraph(); r = p2.add_run("Information Governance Team · Civic Centre · Market Street · Ashcombe · AS4 1CC")
r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
p3 = hdr.add_paragraph(); r = p3.add_run("Tel 01632 960 412 · foi@ashcombe.gov.uk · www.ashcombe.gov.uk"); r.font.size = Pt(8)
ft = sec.footer.paragraphs[0]; ft.text = "Ashcombe Borough Council – working for a greener, fairer borough"; ft.alignment = WD_ALIGN_PARAGRAPH.CENTER

def para(t, bold=False, align=None):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = bold
    if align: p.alignment = align
    return p

para("Mr M Okafor\nBy email only", )
para("Our ref: FOI/24/0917\nDate: 14 October 2024", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Dear Mr Okafor,")
para("Freedom of Information Act 2000 – Request for Information", bold=True)
para("Thank you for your request for information received on 17 September 2024. I can confirm that the Council holds the information you have requested and our response is set out in the table below.")

tbl = doc.add_table(rows=1, cols=2)
tbl.style = "Table Grid"
tbl.rows[0].cells[0].text = "Your question"
tbl.rows[0].cells[1].text = "Council response"
for c in tbl.rows[0].cells:
    for r in c.paragraphs[0].runs: r.bold = True
rows = [
 ("1. How many CCTV cameras does the council currently operate? Please include public space cameras and cameras at council buildings.",
  "The Council currently operates 212 cameras. This is made up of 148 public space cameras monitored from the Town Hall control room and 64 cameras at council buildings, depots and car parks."),
 ("2. Are any of these cameras manufactured by Hikvision?",
  "Yes. 31 of the public space cameras are HIKVISION models installed between 2017 and 2019."),
 ("3. Are any of these cameras manufactured by Dahua?", "No."),
 ("4. Which company maintains your CCTV system?",
  "Maintenance of the public space system is carried out by Corvex Security Systems Ltd under a contract running until 31 March 2026. Building cameras are maintained by the Council's Facilities Management team."),
 ("5. Has the council carried out a Data Protection Impact Assessment for its CCTV?",
  "Yes. The DPIA for the public space CCTV scheme was last reviewed in May 2024."),
]
for q, a in rows:
    cells = tbl.add_row().cells
    cells[0].text = q; cells[1].text = a
for row in tbl.rows:
    row.cells[0].width = Cm(7.5); row.cells[1].width = Cm(9.3)

para("")
para("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this letter and should be addressed to: Information Governance Manager, Civic Centre, Market Street, Ashcombe AS4 1CC, or foi@ashcombe.gov.uk.")
para("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
para("Most of the information that we provide in response to Freedom of Information Act 2000 requests will be subject to copyright protection. You are free to use it for your own purposes, including for private study and non-commercial research.")
para("Yours sincerely,")
para("\n\nHelen Brackley\nInformation Governance Officer\nAshcombe Borough Council")
doc.save(out(f"{NN}-reply.docx"))

add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx", body_type="council", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=212,
          note="Ordinary letterhead letter with a two-column question/answer table; total stated with a breakdown.")
