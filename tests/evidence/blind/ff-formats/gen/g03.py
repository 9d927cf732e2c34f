from helpers import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

write_text("03-request.txt", """
FOI request - CCTV

Q1 How many CCTV cameras does the Trust have across all of its sites?
Q2 Are any of the Trust's CCTV cameras made by Hikvision or Dahua?
Q3 Please list the manufacturers of the Trust's CCTV cameras.
Q4 What did the Trust pay for CCTV maintenance in 2023/24, and to which company?
Q5 Does the Trust use facial recognition with any of its CCTV?

Thanks,
D. Okafor
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
p = doc.add_paragraph(); r = p.add_run("Eastmoor and Calder Valley NHS Foundation Trust"); r.bold = True; r.font.size = Pt(14)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = doc.add_paragraph("Information Governance Department\nCalder Valley General Hospital\nHolme Lane, Hebbleton HX9 4TR\nTel: 01632 960 775\nEmail: ecv.foi@nhs.net")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Our Ref: FOI 24-0617\nDate: 3rd October 2024")
doc.add_paragraph("Dear Mr Okafor,")
doc.add_paragraph("Re: Freedom of Information Act 2000 Request").runs[0].bold = True
doc.add_paragraph("Thank you for your request for information received on 5th September 2024. "
                  "Please find the Trust's response below.")
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
h = t.rows[0].cells
for c, txt in zip(h, ["No.", "Question", "Response"]):
    c.text = ""; c.paragraphs[0].add_run(txt).bold = True
qa = [
    ("1", "How many CCTV cameras does the Trust have across all of its sites?",
     "Approx. 410 cameras across the Trust's hospital and community sites."),
    ("2", "Are any of the Trust's CCTV cameras made by Hikvision or Dahua?", "Yes"),
    ("3", "Please list the manufacturers of the Trust's CCTV cameras.",
     "Estates records for Calder Valley General Hospital list the following manufacturers: Axis, Hikvision and Bosch.\n\n"
     "CCTV at the Trust's community clinics and health centres is provided by the building landlords under the lease arrangements "
     "and the Trust does not hold manufacturer details for these sites."),
    ("4", "What did the Trust pay for CCTV maintenance in 2023/24, and to which company?",
     "The Trust's CCTV maintenance contractor is Pennine Fire & Security Ltd.\n\n"
     "The contract value is withheld under Section 43(2) (Commercial Interests) of the Act. The contract is due for "
     "re-tender in 2025 and release of the value would be likely to prejudice the Trust's ability to obtain value for money "
     "and the commercial interests of the contractor. Please see the public interest test below."),
    ("5", "Does the Trust use facial recognition with any of its CCTV?", "No"),
]
for row in qa:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        c.text = txt
for row in t.rows:
    row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(6); row.cells[2].width = Cm(9)
doc.add_paragraph()
doc.add_paragraph("Public interest test – Section 43(2)").runs[0].bold = True
doc.add_paragraph("Section 43(2) is a qualified exemption. The Trust recognises the public interest in transparency "
                  "over the use of public funds. However, disclosure of the contract value ahead of a planned re-tender "
                  "would allow competitors to undercut or inflate bids, which is not in the public interest. On balance "
                  "the Trust has concluded that the public interest favours withholding the information.")
doc.add_paragraph("If you are dissatisfied with this response you may request an internal review within 40 working days "
                  "by writing to the Head of Information Governance at the address above. If you remain dissatisfied you may "
                  "apply to the Information Commissioner's Office (www.ico.org.uk).")
doc.add_paragraph("The information supplied to you continues to be protected by copyright. You are free to use it for your "
                  "own purposes, including non-commercial research and news reporting. Any other re-use will require the "
                  "permission of the copyright holder.")
doc.add_paragraph("Yours sincerely,\n\nMaxine Thorley\nFOI Officer\nOn behalf of Eastmoor and Calder Valley NHS Foundation Trust")
doc.save(out("03-reply.docx"))

label(3, "docx", "nhs", "foia", "yes", "unknown", "partially_answered", ["s43"], 410,
      "Q2 is a bare 'Yes' to a joint Hikvision-or-Dahua question; Q3 names Hikvision but the list covers the main hospital only (landlord sites not held), so Dahua stays unknown; cost withheld s43(2).")
note(3, "DOCX Q&A table, NHS FT; 'Approx. 410'; joint Q2 'Yes'; makers list only for main site (community sites landlord-run, not held) so Dahua unknown; s43 on contract value. Hard.")
