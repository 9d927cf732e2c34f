from docx import Document
from docx.shared import Pt
d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Northmoor County Council  |  Information Access Team  |  OFFICIAL"
sec.footer.paragraphs[0].text = "County Hall, Moorgate, Northallerby NY7 8AH  •  foi@northmoor.gov.uk  •  www.northmoor.gov.uk"
d.add_heading("Freedom of Information Act 2000 – Response", level=1)
t = d.add_table(rows=4, cols=2); t.style = "Light Grid Accent 1"
for i, (a, b) in enumerate([("Reference", "NCC-FOI-2024-4470"), ("Requester", "Mr K Marsh-Doyle"),
                            ("Date received", "5 August 2024"), ("Date of response", "2 September 2024")]):
    t.cell(i, 0).text = a; t.cell(i, 1).text = b
d.add_paragraph("")
d.add_paragraph("Dear Mr Marsh-Doyle,")
d.add_paragraph("Thank you for your request for information about the County Council's CCTV cameras. The Council's response is set out below.")
d.add_heading("Questions 1 and 2 – number of cameras by site, and purpose of each system", level=2)
d.add_paragraph("The Council publishes a register of its surveillance camera systems as part of its commitment to the Surveillance Camera Code of Practice. The register lists each site at which the Council operates CCTV, the number of cameras at the site and the purpose of the system, and is updated quarterly. The most recent version (Q1 2024/25) is available at:")
d.add_paragraph("https://www.northmoor.gov.uk/your-council/transparency/surveillance-camera-register")
d.add_paragraph("As this information is already reasonably accessible to you, it is exempt from disclosure under section 21 of the Freedom of Information Act 2000. Section 21 is an absolute exemption and the Council is not required to consider the public interest.")
d.add_heading("Question 3 – Hikvision or Dahua equipment", level=2)
d.add_paragraph("The Council does not have any cameras, recorders or other surveillance equipment manufactured by Hikvision or Dahua.")
d.add_heading("Question 4 – most recent review against the Surveillance Camera Code of Practice", level=2)
d.add_paragraph("The Council's annual review of its surveillance camera systems was last completed in May 2024 and reported to the Corporate Governance Committee on 18 June 2024. The committee report is also published on the Council's website (Committee papers, 18 June 2024, item 7) and is therefore likewise exempt under section 21.")
d.add_heading("Your rights", level=2)
d.add_paragraph("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Information Access Team at the address below. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely,\n\nHelen Garside\nInformation Access Officer\nNorthmoor County Council")
d.save("23-reply.docx")
