from lib import *
from docx import Document
from docx.shared import Pt
nn = "01"
write_request(nn, """
Dear Freedom of Information Officer,

Under the Freedom of Information Act 2000 I would like to request the following:

1. How many CCTV cameras does the council currently operate? Please break this down by type of site if possible.
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Please list all manufacturers of the council's CCTV cameras.
5. Does the council have a Data Protection Impact Assessment covering its public space CCTV?

Many thanks,
Gareth Pellow
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
for l in ["Stourwell Borough Council", "Legal & Democratic Services", "Civic Centre, Mill Lane", "Stourwell  ST9 4QD"]:
    d.add_paragraph(l).paragraph_format.space_after = Pt(0)
d.add_paragraph("")
d.add_paragraph("Mr G Pellow\nBy email only")
d.add_paragraph("Our reference: FOI/24/0913\nDate: 14 August 2024\nContact: Priya Kaur-Dale, Information Governance Officer\nTel: 01873 552 410")
d.add_paragraph("Dear Mr Pellow,")
p1 = d.add_paragraph()
p1.add_run("Freedom of Information Act 2000 – Request for information – CCTV cameras").bold = True
d.add_paragraph("Thank you for your request received on 22 July 2024. I can confirm that the Council holds the information you asked for and I set out our response below, using the numbering from your email.")
d.add_paragraph("Council CCTV estate", style="List Number")
for t in ["Town centre public space CCTV (monitored from the Control Room at Bridge Street) – 64 cameras",
          "Council-run multi-storey and surface car parks – 88 cameras",
          "Housing blocks and sheltered schemes – 60 cameras"]:
    d.add_paragraph(t, style="List Bullet 2")
d.add_paragraph("Hikvision – the Council does not have any cameras manufactured by Hikvision.", style="List Number")
d.add_paragraph("Dahua – no, none of the Council’s cameras are Dahua.", style="List Number")
d.add_paragraph("Manufacturers currently deployed:", style="List Number")
for t in ["Axis Communications", "Hanwha Vision (formerly Samsung Techwin)", "Bosch Security Systems"]:
    d.add_paragraph(t, style="List Bullet 2")
d.add_paragraph("Yes. The public space CCTV DPIA was last reviewed in March 2024. The car park and housing systems are covered by a separate DPIA, reviewed in November 2023. Copies can be provided on request.", style="List Number")
d.add_paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review. Please write to foi@stourwell.gov.uk within 40 working days of the date of this letter. If you remain unhappy after the review you may complain to the Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Information supplied under the Act is Crown/Council copyright unless otherwise stated and may be re-used for non-commercial research and private study.")
d.add_paragraph("Yours sincerely,")
d.add_paragraph("Priya Kaur-Dale\nInformation Governance Officer")
d.save(p(f"{nn}-reply.docx"))
label(nn, "docx", "docx", "council", "foia", "no", "no", "answered", [], 212,
      "count only as three sub-bullets under answer 1 (64+88+60), no total given")
