"""23: national park authority Word reply; own EZVIZ cameras, car park cameras belong to a contractor (not held)."""
from docx import Document
from docx.shared import Pt
from common import out, write_request, write_label

write_request("23", """
Dear Northmoor Fells National Park Authority

Question 1: How many CCTV cameras does the Authority operate, including at visitor centres and car parks?
Question 2: Who manufactures them?
Question 3: Are any of them Hikvision or Dahua products?
Question 4: Is ANPR used at any of your car parks?

Kind regards
Declan Morrow
""")

d = Document()
d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Northmoor Fells National Park Authority  ·  Murton Hall, Penrith CA10 2QR"
sec.footer.paragraphs[0].text = "Information request 2025-FOI-046  ·  Page 1 of 1"
d.add_paragraph("Date: 11 August 2025")
d.add_paragraph("Dear Mr Morrow")
d.add_paragraph("Thank you for your information request, which we received on 16 July 2025. Our answers follow.")
t = d.add_table(rows=1, cols=2); t.style = "Light Grid Accent 1"
t.rows[0].cells[0].text = "Your question"; t.rows[0].cells[1].text = "Our answer"
qa = [
    ("Question 1", "We operate six cameras: four at Haweswater Visitor Centre and two at the Askham Ranger Base.\n\n"
                   "Our pay-and-display car parks are managed by Parkwise UK Ltd under a concession agreement. Any cameras "
                   "at those car parks are installed and run by Parkwise, and we do not hold information on how many there are."),
    ("Question 2", "EZVIZ (models C3TN and C8C). We do not hold this information for the car park cameras."),
    ("Question 3", "See answer to Question 2."),
    ("Question 4", "Parkwise use ANPR for enforcement at Mardale Head and Pooley Bridge car parks. We do not hold details of "
                   "the equipment."),
]
for q, a in qa:
    c = t.add_row().cells; c[0].text = q; c[1].text = a
d.add_paragraph("")
d.add_paragraph("You may wish to contact Parkwise UK Ltd directly, although as a private company it is not subject to the "
                "Freedom of Information Act.")
d.add_paragraph("If you are dissatisfied with our response you may ask us to carry out an internal review by writing to "
                "info@northmoorfells.org.uk within 40 working days. If you are not satisfied with the outcome you can "
                "complain to the Information Commissioner's Office.")
d.add_paragraph("Yours sincerely\n\nLouise Threlkeld\nData Protection and Information Officer")
d.save(out("23-reply.docx"))
write_label(path="23-reply.docx", request_file="23-request.txt", format="docx", body_type="other", law="foia",
            hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=[], camera_count=6,
            note="'See answer to Question 2' to a both-makers question, and the only maker given is EZVIZ (a Hikvision brand); the car park cameras belong to a concessionaire and their number/make are not held, so the list is not complete and Dahua stays unknown; count is the Authority's own 6 (4+2 in words).")
