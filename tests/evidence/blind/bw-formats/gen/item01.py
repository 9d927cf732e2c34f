from common import *
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 1
write_request(N, """
From: Harriet Olowe
To: foi@northyorks.gov.uk
Subject: Freedom of Information request - CCTV

Dear North Yorkshire Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council currently operate (public space, buildings, car parks)?
2. Are any of those cameras manufactured by Hikvision?
3. Are any of those cameras manufactured by Dahua?
4. Does the council use facial recognition software with any of its CCTV?

Many thanks,
Harriet Olowe
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Information Governance Team\nCounty Hall\nRacecourse Lane\nNorthallerton\nDL7 8AD\n\nTel: 01609 532 884\nEmail: foi@northyorks.gov.uk")
doc.add_paragraph("Ms H Olowe\nBy email only")
doc.add_paragraph("Our ref: NYC-FOI-24-03391\nDate: 14 March 2024")
doc.add_paragraph("Dear Ms Olowe,")
r = doc.add_paragraph().add_run("Freedom of Information Act 2000 – Request for Information"); r.bold = True
doc.add_paragraph("Thank you for your request for information received on 19 February 2024. "
                  "Your request has been considered under the Freedom of Information Act 2000 and I can "
                  "confirm that the Council holds the information you have asked for. Our response to each "
                  "part of your request is set out below.")
for q, a in [
    ("1. How many CCTV cameras does the council currently operate?",
     "The Council currently operates 312 CCTV cameras. This figure includes public space cameras monitored "
     "from the Harrogate and Scarborough control rooms, cameras at Council offices and depots, and cameras "
     "at Council-run car parks."),
    ("2. Are any of those cameras manufactured by Hikvision?", "No."),
    ("3. Are any of those cameras manufactured by Dahua?", "No."),
    ("4. Does the council use facial recognition software with any of its CCTV?",
     "No. The Council does not use facial recognition technology."),
]:
    r = doc.add_paragraph().add_run(q); r.bold = True
    doc.add_paragraph(a)
doc.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an "
                  "internal review. Internal review requests should be submitted within 40 working days of the "
                  "date of this letter and should be addressed to the Information Governance Team at the "
                  "address above.")
doc.add_paragraph("If you are not content with the outcome of the internal review, you have the right to apply "
                  "directly to the Information Commissioner for a decision. The Information Commissioner can be "
                  "contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, "
                  "Cheshire, SK9 5AF.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("\nDaniel Fearnley\nInformation Governance Officer\nNorth Yorkshire Council")
doc.save(out(N, "docx"))
add_label(N, "docx", "council", "foia", "no", "no", "answered", [], 312,
          "easy baseline: separate maker questions answered No, total stated in prose")
