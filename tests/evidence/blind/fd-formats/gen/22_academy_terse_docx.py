"""22: academy Word reply - terse answer grid with question numbers only; HiLook brand."""
from docx import Document
from docx.shared import Pt, Mm
from common import out

d = Document()
d.styles["Normal"].font.name = "Century Gothic"
d.styles["Normal"].font.size = Pt(10)
sec = d.sections[0]
sec.header.paragraphs[0].text = "OAKHURST ACADEMY  |  Meridian Schools Partnership  |  Oakhurst Lane, Brenchley Heath BH4 9QT"
sec.footer.paragraphs[0].text = "Meridian Schools Partnership is a charitable company limited by guarantee registered in England and Wales, company no. 08812345."
d.add_paragraph("Ms D Fenn\n\n5th June 2024")
d.add_paragraph("Dear Ms Fenn")
d.add_paragraph("FOI request - ref OA/FOI/2024/009").runs[0].bold = True
d.add_paragraph("Thank you for your email of 13th May. Our answers are below, numbered to match your questions.")
t = d.add_table(rows=1, cols=2)
t.style = "Light Grid Accent 1"
t.rows[0].cells[0].text = "Q"
t.rows[0].cells[1].text = "Answer"
for q, a in [("1", "Eighteen"), ("2", "Yes"), ("3", "HiLook"),
             ("4", "No. Cameras cover the corridors outside the toilet blocks only."),
             ("5", "Yes - the Principal and the Site Manager can view live and recorded footage via the app on a school-owned device.")]:
    c = t.add_row().cells
    c[0].text = q
    c[1].text = a
for row in t.rows:
    row.cells[0].width = Mm(15)
    row.cells[1].width = Mm(150)
d.add_paragraph()
d.add_paragraph("Our CCTV policy is on the academy website under Policies > Safeguarding.")
d.add_paragraph("If you are not happy with this reply please contact the Partnership's Data Protection Officer at "
                "dpo@meridiansp.example.org. You can also contact the Information Commissioner's Office.")
d.add_paragraph("Kind regards\n\nPaul Stanway\nOperations Manager")
d.save(out("22-reply.docx"))
