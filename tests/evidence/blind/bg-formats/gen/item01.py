from common import *
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "01"
write_request(NN, """
To: foi@tamworth.gov.uk
Subject: FOI request - CCTV

Dear Tamworth Borough Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council currently operate (town centre, car parks and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Which manufacturers supply the council's cameras?
5. Do any of the cameras use facial recognition software?

Many thanks,
Oliver Brennan
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
p = doc.add_paragraph(); r = p.add_run("Tamworth Borough Council"); r.bold = True; r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
doc.add_paragraph("Information Governance Team\nMarmion House, Lichfield Street\nTamworth B79 7BZ")
p = doc.add_paragraph("Our ref: FOI/24/0913\nYour ref: email of 3 September\nDate: 24 September 2024")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Mr O Brennan\nBy email only")
doc.add_paragraph("Dear Mr Brennan,")
p = doc.add_paragraph(); p.add_run("Freedom of Information Act 2000 – Request for Information").bold = True
docx_paras(doc, """
Thank you for your request for information which we received on 3 September 2024. I can confirm
that the Council holds the information you have asked for and our response to each part of your
request is set out in the table below.
""")
rows = [
    ("Your question", "Our response"),
    ("1. How many CCTV cameras does the council currently operate (town centre, car parks and council buildings)?",
     "87 cameras in total. This comprises 41 town centre public space cameras, 29 in council-run car parks and 17 at council buildings."),
    ("2. Are any of these cameras manufactured by Hikvision?",
     "Yes. 19 of the cameras at car park sites are from the HiWatch range."),
    ("3. Are any of these cameras manufactured by Dahua?", "No."),
    ("4. Which manufacturers supply the council's cameras?",
     "Axis Communications, Bosch Security Systems and HiWatch."),
    ("5. Do any of the cameras use facial recognition software?",
     "No. The Council does not use facial recognition technology."),
]
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for i, (q, a) in enumerate(rows):
    c = t.add_row().cells
    c[0].text = q; c[1].text = a
    c[0].width = Cm(8); c[1].width = Cm(8.5)
    if i == 0:
        for cc in c:
            cc.paragraphs[0].runs[0].bold = True; docx_shade(cc, "D9E2F3")
doc.add_paragraph()
docx_paras(doc, """
If you are dissatisfied with the handling of your request, you have the right to ask for an internal
review. Internal review requests should be submitted within 40 working days of the date of receipt of
this response and should be addressed to the Information Governance Team at the address above or by
email to foi@tamworth.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly
to the Information Commissioner for a decision. The Information Commissioner can be contacted at:
Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Most of the information that we provide in response to Freedom of Information Act 2000 requests will
be subject to copyright protection. You are free to use it for your own purposes, including for private
study and non-commercial research. Any other re-use will require the permission of the copyright holder.

Yours sincerely,
""")
doc.add_paragraph("Hannah Pryce\nInformation Governance Officer")
doc.save(OUT / f"{NN}-reply.docx")
add_label(NN, "docx", "council", "foia", "yes", "no", "answered", [], 87,
          "Word Q/A table; Hikvision only via HiWatch brand, Dahua a bare No to a Dahua-only question.")
