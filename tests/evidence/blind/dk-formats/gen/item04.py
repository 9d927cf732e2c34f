from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import out, add_label

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Century Gothic"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("Hollinsbrook High School"); r.bold = True; r.font.size = Pt(18)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Moss Lane, Hollinsbrook, Lancs  HB4 6EJ   •   01632 960 205   •   office@hollinsbrook.sch.uk")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Headteacher: Mrs J. Pemberton BA (Hons) NPQH"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("")
doc.add_paragraph("3rd October 2023")
doc.add_paragraph("Dear Mr Threlfall")
doc.add_paragraph("Thank you for your Freedom of Information request dated 12th September. Please see the school's response below.")
doc.add_paragraph("We have 12 internal cameras and 4 external cameras. All of the cameras and the recorder are HiLook. "
                  "The system was installed by Secure Sight (NW) Ltd in the summer holidays of 2021, replacing the old analogue system.")
doc.add_paragraph("There are no cameras in toilets or changing rooms. One camera covers the corridor outside the sports hall changing rooms.")
doc.add_paragraph("If you are not satisfied with this response you can ask for a review by writing to the Chair of Governors "
                  "c/o the school office. You can also contact the Information Commissioner's Office at ico.org.uk.")
doc.add_paragraph("Yours sincerely")
doc.add_paragraph("Mrs A. Cartwright\nSchool Business Manager")
doc.save(out("04-reply.docx"))

add_label(path="04-reply.docx", request_file="04-request.txt", format="docx", body_type="school", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=16,
          note="Short letter: count only as 12 internal + 4 external, and the only make given is HiLook (a Hikvision brand), said to cover all cameras and the recorder.")
