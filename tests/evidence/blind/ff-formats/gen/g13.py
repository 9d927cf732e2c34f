import io
from helpers import *
from docx import Document
from docx.shared import Pt

write_text("13-request.txt", """
Hi, I'd like to know how many CCTV cameras Castlegate University has on its campuses, whether any of them are Hikvision or Dahua and if the university has removed any Hikvision or Dahua equipment since 2022 (and what it cost to replace it). Thanks, Ollie Brandreth
""")

d = Document()
d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
h = d.add_paragraph(); r = h.add_run("CASTLEGATE UNIVERSITY"); r.bold = True; r.font.size = Pt(16)
d.add_paragraph("Governance and Legal Services | Records and Information Compliance\nThe Registry, Castlegate Campus, Yorburgh YB1 6EE\nfoi@castlegate.ac.uk")
d.add_paragraph("Mr O Brandreth\nBy email only")
d.add_paragraph("14 March 2024")
d.add_paragraph("Our reference: CU-FOI-0210")
d.add_paragraph("Dear Mr Brandreth,")
p = d.add_paragraph(); p.add_run("Freedom of Information Act 2000 – your request of 15 February 2024").bold = True
d.add_paragraph("I write in response to your request for information about CCTV cameras. Your request is set out in bold below, followed by the University's response.")
qs = [
    ("How many CCTV cameras does the University have on its campuses?",
     ["The University currently operates 890 CCTV cameras across the Castlegate, Minster Road and Heslow campuses."]),
    ("Are any of them Hikvision or Dahua?",
     ["No. Following a review of its security systems in 2022, the University replaced all of its Hikvision cameras and recorders with Avigilon equipment during 2023. The replacement programme was completed in November 2023 and no Hikvision equipment remains in use.",
      "The University has not used Dahua equipment."]),
    ("Has the University removed any Hikvision or Dahua equipment since 2022, and what did it cost to replace it?",
     ["Yes. 311 Hikvision cameras and 14 Hikvision network video recorders were removed during 2023. At the start of the programme the University's CCTV estate comprised 1,024 cameras; a number of cameras were not replaced where a review found they were no longer needed.",
      "The replacement programme cost £642,180 (excluding VAT), funded from the University's capital budget."]),
]
for q, ans in qs:
    p = d.add_paragraph(); p.add_run(q).bold = True
    for a in ans:
        d.add_paragraph(a)
d.add_paragraph("If you are dissatisfied with the University's response you may request an internal review by writing to foi@castlegate.ac.uk within 40 working days of the date of this letter. If you are not content with the outcome of the internal review you may apply to the Information Commissioner's Office.")
d.add_paragraph("Yours sincerely,")
d.add_paragraph("Harriet Olusanya\nInformation Compliance Officer")
bio = io.BytesIO(); d.save(bio)

write_eml(out("13-reply.eml"), {
    "From": "Information Compliance <foi@castlegate.ac.uk>",
    "To": "ollie.brandreth@example.co.uk",
    "Subject": "CU-FOI-0210 - response",
    "Date": "Thu, 14 Mar 2024 16:20:31 +0000",
    "Message-ID": "<cu-foi-0210.resp@castlegate.ac.uk>",
}, """Dear Mr Brandreth,

Please find attached the University's response to your recent request for information.

Best wishes,
Harriet

Harriet Olusanya (she/her)
Information Compliance Officer
Governance and Legal Services
Castlegate University
""", attachments=[("CU-FOI-0210 Response letter.docx", bio.getvalue(), "application",
                   "vnd.openxmlformats-officedocument.wordprocessingml.document")])
label(13, "eml", "university", "foia", "no", "no", "answered", [], 890,
      "Answer is in an attached Word letter; Hikvision cameras were all removed in 2023 (311 cameras, a historical 1,024 total) while the current count is 890; Dahua never used.")
note(13, "EML + DOCX attachment, university; 890 now vs 1,024 historical; 311 Hikvision removed 2023, none remain -> hik no; Dahua 'not used'. Hard (historical figures, removal).")
