from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "23"
write_request(NN, """
Dear Essex Police,

Q1 - How many CCTV cameras are in use across the Essex Police estate (stations, custody, HQ, other premises)?
Q2 - Do you have any cameras made by Hikvision?
Q3 - Do you have any cameras made by Dahua?
Q4 - Please list all manufacturers of your CCTV cameras.

Kind regards,
Fern Adeyemi
""")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL\nESSEX POLICE – Information Rights Unit\nOur ref: 9876/24          Date: 16 September 2024"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs: r.font.size = Pt(9)
fp = sec.footer.paragraphs[0]; fp.text = "Essex Police Headquarters, PO Box 2, Springfield, Chelmsford CM2 6DA"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Dear Ms Adeyemi")
doc.add_paragraph("Thank you for your request for information regarding CCTV, which has now been considered.")
doc.add_paragraph("Q1 – Essex Police currently has 1,083 CCTV cameras in use across its estate. This figure excludes "
                  "body worn video, in-vehicle cameras and ANPR.")
doc.add_paragraph("Q2, Q3 and Q4 – Essex Police can neither confirm nor deny that it holds information relevant to "
                  "these questions by virtue of the following exemptions:")
doc.add_paragraph("Section 24(2) – National Security\nSection 31(3) – Law Enforcement")
doc.add_paragraph("Sections 24 and 31 are qualified prejudice-based exemptions and require a harm test and public "
                  "interest test. To confirm or deny the make of security equipment installed across the police "
                  "estate, or whether equipment of a named manufacturer is or is not present, would provide those "
                  "intent on committing crime or acts of terrorism with information about the technical "
                  "vulnerabilities of police buildings. When the same question is put to every police force, "
                  "responses can be compared to build a picture of the security of the national police estate.")
doc.add_paragraph("Factors favouring confirmation or denial: there is a public interest in knowing that police "
                  "forces have considered government guidance on surveillance equipment from certain suppliers, and "
                  "in accountability for the spending of public money.")
doc.add_paragraph("Factors against confirmation or denial: the security of police premises and the safety of staff, "
                  "detainees and the public. The Police Service will not divulge information that could undermine "
                  "national security or law enforcement.")
doc.add_paragraph("Balance test: after weighing up the competing interests, the balance lies in favour of neither "
                  "confirming nor denying that information is held in respect of questions 2 to 4.")
doc.add_paragraph("This letter should not be taken as confirmation that the information you have requested does or "
                  "does not exist.")
p = doc.add_paragraph(); p.add_run("Complaint rights").bold = True
doc.add_paragraph("If you are dissatisfied with this decision you may ask for an internal review by writing to the "
                  "Information Rights Unit within 40 working days. If you remain dissatisfied you may complain to the "
                  "Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
doc.add_paragraph("Yours sincerely\n\nDecision Maker\nInformation Rights Unit")
doc.save(OUT / f"{NN}-reply.docx")
label(NN, "docx", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1083,
      "Reference and date only in the page header; count disclosed but makers NCND under s24(2)/s31(3).")
