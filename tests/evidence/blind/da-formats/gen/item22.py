from lib import *
from docx import Document
from docx.shared import Pt
nn = "22"
write_request(nn, """
Dear Sir or Madam

I request under the FOIA:

(i) for every building owned or leased by the University, the number of CCTV cameras;
(ii) for every camera, the manufacturer, model, installation date and purchase price;
(iii) whether any cameras or recorders made by Hikvision or Dahua are connected to the University network;
(iv) all correspondence since January 2022 between Estates and IT Security concerning CCTV.

Yours faithfully
Bartholomew Quaye
""")
d = Document()
st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(10.5)
d.add_paragraph("Kingsholm Metropolitan University").runs[0].bold = True
d.add_paragraph("Governance & Legal Services, Orchard Building, 1 Quay Street, Kingsholm KG1 2EE")
d.add_paragraph("Request number: KMU-IR-2025-044\n10 March 2025")
d.add_paragraph("Dear Mr Quaye")
d.add_paragraph("Your request for information")
d.add_paragraph("We received your request on 11 February 2025. Having considered it, we are refusing your request under section 12(1) of the Freedom of Information Act 2000, because the cost of complying would exceed the appropriate limit of £450 (18 hours of staff time) set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
d.add_paragraph("The University’s CCTV is not held on a single register. Camera, model and cost information sits in separate installation files for each of more than 120 buildings, several of which were installed under capital projects whose records are held in archived project folders. Section 12 permits us to aggregate the cost of all parts of a request where they relate to the same overarching subject, and our estimate for parts (i) and (ii) alone is in excess of 60 hours. Part (iv) would require a search of the mailboxes of around 40 members of staff.")
d.add_paragraph("As section 12 applies to the request as a whole, we are not obliged to provide any of the information, and we have not gone on to consider whether any other exemptions would apply to parts of it.")
d.add_paragraph("Advice and assistance")
d.add_paragraph("In line with our duty under section 16, you may wish to consider narrowing your request – for example by limiting it to the number of cameras on the main City Campus, or to a single question about a particular manufacturer. We would be happy to consider a refined request.")
d.add_paragraph("Your rights")
d.add_paragraph("You may request an internal review of this decision by writing to foi@kingsholm-met.ac.uk within 40 working days. Should you remain dissatisfied after the internal review, you may apply to the Information Commissioner for a decision.")
d.add_paragraph("Yours sincerely\n\nOlumide Fairbrother\nInformation Compliance Manager")
d.save(p(f"{nn}-reply.docx"))
label(nn, "docx", "docx", "university", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "whole request refused on cost limit; s16 advice and assistance is not an exemption; '120 buildings' is not a camera count")
