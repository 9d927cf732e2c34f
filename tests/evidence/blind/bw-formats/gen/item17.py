from common import *
from emailutil import make_eml
import io
from docx import Document
from docx.shared import Pt

N = 17
write_request(N, """
Dear Mid and West Wales Fire and Rescue Service,

Please could you provide the following under the Freedom of Information Act:

1. Do your firefighters or other staff use body-worn cameras?
2. If so, how many body-worn cameras does the Service have?
3. Who manufactures them (in particular, are any made by Hikvision or Dahua)?
4. How long is body-worn footage retained?

Kind regards,
Owain Prydderch
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru / Mid and West Wales Fire and Rescue Service"
doc.sections[0].footer.paragraphs[0].text = "Pencadlys / Headquarters, Lime Grove Avenue, Carmarthen SA31 1SP   Ffôn / Tel: 0370 6060 699"
doc.add_paragraph("Ein Cyf / Our Ref: FOI/0457/23\nDyddiad / Date: 6 December 2023")
doc.add_paragraph("Dear Mr Prydderch,")
r = doc.add_paragraph().add_run("Freedom of Information Act 2000 – Body-Worn Cameras"); r.bold = True
doc.add_paragraph("I refer to your request for information received on 8 November 2023.")
doc.add_paragraph("I can confirm that Mid and West Wales Fire and Rescue Service does not issue body-worn cameras to "
                  "firefighters or any other members of staff, and has no body-worn camera equipment. Questions 2 to 4 "
                  "therefore do not apply.")
doc.add_paragraph("For your information, the Service's fire appliances are fitted with forward-facing and 360° vehicle "
                  "CCTV supplied by Brigade Electronics, and a small number of stations have fixed CCTV for site "
                  "security. These fall outside the scope of your request.")
doc.add_paragraph("Os ydych yn anfodlon â'r ymateb hwn gallwch ofyn am adolygiad mewnol. If you are dissatisfied with "
                  "this response you may request an internal review by writing to the Information Governance Manager "
                  "at the address below within 40 working days. If you remain dissatisfied you have the right to "
                  "complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, "
                  "Cardiff CF10 2HH.")
doc.add_paragraph("Yr eiddoch yn gywir / Yours sincerely,\n\nSioned Rhydderch\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer")
bio = io.BytesIO(); doc.save(bio)

body = """Good afternoon,

Please find attached our response to your recent Freedom of Information request.

Diolch / Thank you,

Information Governance
Mid and West Wales Fire and Rescue Service
foi@mawwfire.gov.uk

Rydym yn croesawu gohebiaeth yn Gymraeg a Saesneg. We welcome correspondence in Welsh and English.
"""
make_eml(out(N, "eml"), "Information Governance <foi@mawwfire.gov.uk>", "owain.prydderch@btinternet.com",
         "FOI/0457/23 Response", "2023-12-06 15:48", text=body,
         attachments=[("FOI 0457-23 Response.docx", bio.getvalue(),
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
add_label(N, "eml", "fire", "foia", "no", "no", "answered", [], 0,
          "body-worn-only request; answer is in the attached docx; no BWV at all, vehicle CCTV maker mentioned as out of scope")
