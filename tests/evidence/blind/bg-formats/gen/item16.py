from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "16"
write_request(NN, """
To the Headteacher, Abington Vale School

Please treat this as a request under the Freedom of Information Act 2000. 1) How many CCTV cameras does the school have, and are any inside classrooms or toilets? 2) Are any of them made by Hikvision or Dahua? 3) How long is footage kept? 4) Who installed the system and when?

Thank you
R. Achterberg
""")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(11)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]
r = hp.add_run("ABINGTON VALE SCHOOL"); r.bold = True; r.font.size = Pt(14)
hp.add_run("\nWellingborough Road, Northampton NN3 3HX").font.size = Pt(9)
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.add_run("Tel: 01604 716 106   ·   Fax: 01604 791 522   ·   office@abingtonvale.northants.sch.uk\n"
           "Headteacher: Mr P. Oyelaran BSc NPQH   ·   DfE No. 928/4107   ·   Page ")
docx_field(fp, "PAGE"); fp.add_run(" of "); docx_field(fp, "NUMPAGES")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for rr in fp.runs: rr.font.size = Pt(8)

doc.add_paragraph("FOI ref: KC-FOI-2024-06")
doc.add_paragraph("27 June 2024")
doc.add_paragraph("Dear R. Achterberg,")
docx_paras(doc, """
Thank you for your Freedom of Information request, which we received on 6 June 2024. I apologise
that our reply has taken a little longer than usual owing to the examination season.

Our site team tell me that the School has twenty-two CCTV cameras. Fourteen of these are external
(car park, gates, bike shelters and the perimeter of the sports field) and eight are internal, covering
the main entrance, reception, the dining hall and corridors. No cameras are installed in classrooms,
and none are installed in toilets or changing rooms.

The cameras and the recorder are Hanwha (Wisenet) equipment. We do not have any Hikvision or Dahua
cameras.

Recorded footage is kept for 30 days and is then automatically overwritten, unless it has been
saved because of an incident.

The system was installed in August 2021 by Nene Valley Security Ltd, who also service it annually.

If you are unhappy with this response, you may ask the Chair of Governors to review it by writing to
the School at the address above within 40 working days. If you are still not satisfied after that,
you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.

Yours sincerely,
""")
doc.add_paragraph("Mrs Catherine Bellamy\nBusiness Manager and Data Protection Lead")
doc.save(OUT / f"{NN}-reply.docx")
add_label(NN, "docx", "school", "foia", "no", "no", "answered", [], 22,
          "Count only in words ('twenty-two', 'Fourteen', 'eight') while the footer is full of digits (phone, fax, company number); request questions run on in one paragraph.")
