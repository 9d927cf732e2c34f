from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Thornley Metropolitan Borough Council\nCorporate Governance\nTown Hall, Victoria Square\nThornley TN2 1XS").italic = True
d.add_paragraph("Mr C Walsh\n\n15 April 2024\n\nRequest reference: 2024/FOI/1942")
d.add_paragraph("Dear Mr Walsh")
p = d.add_paragraph(); p.add_run("FREEDOM OF INFORMATION ACT 2000 – BODY-WORN VIDEO").bold = True
d.add_paragraph("Thank you for your request dated 18 March 2024. I can confirm that the Council holds information falling within the scope of your request. Our response to each question is given below. For the avoidance of doubt, this response relates only to body-worn video devices and not to the Council's fixed or redeployable CCTV cameras, which were not covered by your request.")
qa = [
 ("1) How many body-worn cameras does the council currently have in use, and which teams use them?",
  "The Council has 38 body-worn video devices in use. These are issued to Civil Enforcement Officers (Parking Services), the Neighbourhood Enforcement Team (environmental crime and anti-social behaviour) and the Housing Tenancy Enforcement Team. Devices are allocated from a pool and are not assigned to individual officers."),
 ("2) What is the make and model of the devices?",
  "All of the devices are Motorola Solutions VB400 body-worn cameras, managed through the VideoManager evidence management software."),
 ("3) Are any of the devices made by Hikvision or Dahua?", "No."),
 ("4) How long is BWV footage retained?",
  "Footage which is not required for evidential purposes is automatically deleted after 31 days. Footage marked as evidence is retained until the conclusion of any proceedings and any appeal period, and then deleted."),
 ("5) Please send a copy of the council's body-worn video policy.",
  "The Council's Body Worn Video Policy (version 3.1, approved January 2023) is attached to this letter."),
]
for q, a in qa:
    p = d.add_paragraph(); p.add_run(q).bold = True
    d.add_paragraph(a)
d.add_paragraph("The supply of documents under the Freedom of Information Act does not give the person or organisation who receives them an automatic right to re-use them in any way that would infringe copyright. Applications for re-use should be made to the Corporate Governance team.")
d.add_paragraph("If you are not satisfied with this response you may ask for an internal review. Please write to the Head of Legal Services at the above address, or email foi@thornley.gov.uk, within 40 working days. If you are still not satisfied after the internal review, you may contact the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely\n\n\nAmrit Dhaliwal\nFOI and Data Protection Officer")
d.save("14-reply.docx")
