from common import *
from docx import Document
from docx.shared import Pt

N = 4
write_request(N, """
To the Trust's Data Protection Officer

Could you please let me know (FOI request):

- how many CCTV cameras there are at the academy, inside and outside
- the make/manufacturer of the cameras and recorder
- who installed them and when
- whether any cameras are in toilets or changing rooms

Thank you
Mrs J Pemberton
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Ormiston Park Academy  ·  Belhus Park Lane, Aveley, Essex RM15 4RU  ·  part of Ormiston Academies Trust"
doc.add_paragraph("21 June 2024")
doc.add_paragraph("Dear Mrs Pemberton")
r = doc.add_paragraph().add_run("Re: Your Freedom of Information request – CCTV"); r.bold = True; r.underline = True
doc.add_paragraph("Thank you for your email of 4 June. Please see our answers below.")
doc.add_paragraph("The academy has CCTV cameras in the following areas:")
t = doc.add_table(rows=1, cols=3); t.style = "Light Grid Accent 1"
for i, h in enumerate(["Building / area", "Internal", "External"]):
    t.rows[0].cells[i].text = h
for b, i, e in [("Main teaching block", "14", "6"), ("Sports hall & changing corridor", "3", "4"),
                ("Sixth form centre", "5", "2"), ("Car park / front gates", "–", "7"),
                ("Science & technology block", "6", "3")]:
    c = t.add_row().cells; c[0].text = b; c[1].text = i; c[2].text = e
doc.add_paragraph("")
doc.add_paragraph("All of the cameras are HiLook branded and record to two HiLook network video recorders kept in "
                  "the IT server room. There are no other makes of camera on site.")
doc.add_paragraph("The system was installed in the summer of 2021 by Axis Fire & Security Ltd (Basildon), who "
                  "also carry out the annual service.")
doc.add_paragraph("There are no cameras in toilets or changing rooms. The sports hall camera listed as internal "
                  "covers the corridor outside the changing rooms only.")
doc.add_paragraph("If you are not satisfied with this response you can ask for a review by writing to the Trust's "
                  "Governance team at foi@ormistonacademies.co.uk. If you are still not satisfied you can "
                  "contact the Information Commissioner's Office.")
doc.add_paragraph("Kind regards\n\nSandra Kellaway\nBusiness Manager")
doc.save(out(N, "docx"))
add_label(N, "docx", "academy", "foia", "yes", "no", "answered", [], 50,
          "per-area table of internal/external with no total (sum 50); HiLook sub-brand only; installer named Axis Fire & Security")
