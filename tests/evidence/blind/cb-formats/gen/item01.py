from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "01"
write_request(NN, """
Dear Calderdale Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Which manufacturers supply the council's CCTV cameras?
5. Does any council CCTV system use facial recognition software?

Many thanks,
Owen Pritchard
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)

p = doc.add_paragraph(); r = p.add_run("Calderdale Metropolitan Borough Council"); r.bold = True; r.font.size = Pt(14)
doc.add_paragraph("Information Governance Team\nPrincess Buildings\nPrincess Street\nHalifax HX1 1TS")
p = doc.add_paragraph("Email: foi.requests@calderdale.example.gov.uk\nTel: 01422 398 114")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Mr O Pritchard\nBy email")
doc.add_paragraph("Our reference: FOI-24-03318\nDate: 14 May 2024")
p = doc.add_paragraph(); p.add_run("Freedom of Information Act 2000 – Request for Information").bold = True
doc.add_paragraph("Dear Mr Pritchard,")
doc.add_paragraph("Thank you for your request for information received on 17 April 2024. "
                  "I can confirm that the Council holds the information you have requested, and our response "
                  "to each part of your request is set out in the table below.")

rows = [
    ("1. How many CCTV cameras does the council currently operate (public space and council buildings)?",
     "Town centre public space system (Halifax, Brighouse, Elland, Todmorden, Sowerby Bridge): 164 cameras\n"
     "Council operational buildings (libraries, depots, customer first, leisure): 48 cameras"),
    ("2. Are any of these cameras manufactured by Hikvision?",
     "Yes. Some of the building cameras at Ellen Holme depot and two libraries are HiWatch models."),
    ("3. Are any of these cameras manufactured by Dahua?", "No."),
    ("4. Which manufacturers supply the council's CCTV cameras?",
     "Public space: Dedicated Micros, Axis Communications.\nBuildings: HiWatch, Samsung (Hanwha), Axis."),
    ("5. Does any council CCTV system use facial recognition software?",
     "No. The Council does not use facial recognition technology on any of its CCTV systems."),
]
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
h = t.rows[0].cells
h[0].text = "Question"; h[1].text = "Answer"
for c in h:
    for r in c.paragraphs[0].runs: r.bold = True
for q, a in rows:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
for row in t.rows:
    row.cells[0].width = Cm(8); row.cells[1].width = Cm(8.5)

doc.add_paragraph()
doc.add_paragraph("Please note that information released under the Freedom of Information Act may be subject to "
                  "copyright. You are free to use it for your own purposes, including for private study and "
                  "non-commercial research, and for any other purpose authorised by an exception in current "
                  "copyright law. Any other re-use requires the permission of the copyright holder.")
p = doc.add_paragraph(); p.add_run("Your right to request an internal review").bold = True
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an "
                  "internal review. Internal review requests should be submitted within 40 working days of the "
                  "date of this letter and should be addressed to the Information Governance Manager at the "
                  "address above, quoting the reference number.")
doc.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply "
                  "directly to the Information Commissioner for a decision. The Information Commissioner can be "
                  "contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                  "Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Janine Oddie\nInformation Governance Officer")
doc.save(OUT / f"{NN}-reply.docx")

label(NN, "docx", "council", "foia", "yes", "no", "answered", [], 212,
      "Q|A table in docx; count split across two lines (164 + 48) with no total; Hikvision only via the HiWatch sub-brand.")
