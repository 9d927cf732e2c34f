from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "11"
write_request(NN, """
Dear Headteacher,

I am writing under the Freedom of Information Act. Please could you answer:
1. How many CCTV cameras are there on the school site?
2. Are any of them made by Hikvision or Dahua?
3. Who installed and maintains the system?

Kind regards,
Lucy Farrant
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10.5)
sec = doc.sections[0]
tbl = sec.header.add_table(1, 2, Cm(17))
l, r = tbl.rows[0].cells
l.text = "Hartsbrook Primary School\nWindmill Lane, Hexham NE46 3QT\n01434 600 217 | admin@hartsbrook.example.sch.uk"
r.text = "Ref: HPS/FOI/0312\n11 March 2025"
r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
for c in (l, r):
    for p in c.paragraphs:
        for run in p.runs: run.font.size = Pt(8.5)
sec.header.paragraphs[0].text = ""
sec.footer.paragraphs[0].text = "Headteacher: Mrs K. Ridley  ·  Part of the Tynedale Schools Partnership"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Dear Ms Farrant,")
doc.add_paragraph("Thank you for your email dated 17 February regarding CCTV at the school.")
doc.add_paragraph("We have sixteen CCTV cameras on site: six outside covering the gates, car park and "
                  "playground, and ten inside covering the entrance lobby, corridors and the hall. None of "
                  "our cameras are Hikvision or Dahua – the whole system is Hanwha Wisenet, and it was put in "
                  "during the 2021 building works.")
doc.add_paragraph("The system was installed by, and is still maintained by, HikSecure Systems Ltd of "
                  "Cramlington under an annual maintenance agreement arranged through the local authority.")
doc.add_paragraph("If you are not happy with how we have dealt with your request, please write to the Chair of "
                  "Governors at the school address. You can also contact the Information Commissioner's Office "
                  "(ico.org.uk, 0303 123 1113).")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("Mrs Sandra Kell\nSchool Business Manager")
doc.save(OUT / f"{NN}-reply.docx")
label(NN, "docx", "school", "foia", "no", "no", "answered", [], 16,
      "Reference and date only in a header table; count in words; installer 'HikSecure Systems Ltd' named like a maker.")
