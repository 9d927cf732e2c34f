import os
from docx import Document
from docx.shared import Pt
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "12-reply.docx")
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
h = d.add_paragraph(); r = h.add_run("Riverbend Schools Partnership"); r.bold = True; r.font.size = Pt(16)
d.add_paragraph("Central Team, Unit 4 Weir Business Park, Hallbridge HB6 2TN  |  01632 960 581  |  governance@riverbend.org.uk")
d.add_paragraph("Ms B Llewellyn-Shaw\nBy email only")
d.add_paragraph("Ref: RSP/FOI/0094\n4 February 2025")
d.add_paragraph("Dear Ms Llewellyn-Shaw")
p = d.add_paragraph(); p.add_run("Freedom of Information request – CCTV across the Trust's academies").bold = True
d.add_paragraph("Thank you for your request for information, which we received on 7 January 2025.")
d.add_paragraph("Riverbend Schools Partnership is responsible for 14 academies (nine primary, four secondary and one all-through). Although the Trust is the legal entity responsible for each academy, CCTV at the academies has historically been procured, installed and managed locally. Several academies joined the Trust with CCTV systems already in place, and four of the secondary academies occupy buildings provided under Building Schools for the Future PFI contracts, where security systems form part of the facilities management service provided by the PFI contractor. The Trust does not hold a central asset register of CCTV equipment, and CCTV expenditure is not coded separately in the Trust's accounts; it is recorded within general premises maintenance and minor works budgets.")
d.add_paragraph("In order to answer your request the Trust would need to ask the site manager at each of the 14 academies to carry out a physical survey of the cameras and recording equipment on site, identify the manufacturer of each item, and review individual invoices for premises expenditure at each academy since September 2021, as well as obtain information from the PFI contractors. We estimate that this would take in excess of 30 hours (at least two hours per academy for the equipment survey and a further 1.5 hours per academy for the review of invoices), which is well above the 18 hours that represents the appropriate limit for a body such as the Trust.")
d.add_paragraph("Section 12(1) of the Freedom of Information Act 2000 provides that a public authority is not obliged to comply with a request where it estimates that the cost of complying would exceed the appropriate limit. As the estimate for the request as a whole exceeds the limit, the Trust is not obliged to provide any of the information requested, and this letter serves as a refusal notice under section 17(5).")
p = d.add_paragraph(); p.add_run("Advice and assistance").bold = True
d.add_paragraph("Under section 16 of the Act we are required to provide advice and assistance. You may wish to consider narrowing your request, for example by asking about a small number of named academies, or by limiting the request to the number of cameras only. Please note that any refined request will be treated as a new request.")
p = d.add_paragraph(); p.add_run("Your rights").bold = True
d.add_paragraph("If you are dissatisfied with the handling of your request, you can ask for an internal review by writing to the Trust's Governance Lead at governance@riverbend.org.uk within 40 working days. If you are still dissatisfied after the internal review, you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely\n\nAnita Ramsbottom\nGovernance Lead\nRiverbend Schools Partnership")
d.save(out)
