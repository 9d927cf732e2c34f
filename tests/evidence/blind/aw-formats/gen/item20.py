from lib import *
from docx import Document
from docx.shared import Pt
write_request("20", """
Dear Mercia Vale County Council,

Please provide, for every CCTV camera operated by the council (including at schools, libraries, care homes, depots, household waste sites, offices and on the highway):
- the make and model
- the exact location
- the date installed
- the cost of purchase and installation
- whether it is connected to the internet
Please also tell me whether any are made by Hikvision or Dahua, and provide copies of all DPIAs relating to CCTV since 2018.

Regards
Callum Rees
""")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
hd = doc.sections[0].header.paragraphs[0]; hd.text = "Mercia Vale County Council – Information Governance Service"
P = doc.add_paragraph
P("Information Governance Service\nShire Hall, Bridge Street, Worcester WR1 2HX\ninformation.requests@merciavale.gov.uk")
P("Reference: MVCC/FOI/2025/02219\nDate: 13 June 2025")
P("Dear Mr Rees")
P("Freedom of Information Act 2000 – refusal notice").runs[0].bold = True
P("We received your request for information on 16 May 2025.")
P("The Council is refusing your request under section 12(1) of the Freedom of Information Act 2000, because we estimate that the cost of complying with it would exceed the appropriate limit of £450, which equates to 18 hours of officer time. Under section 12, where complying with any part of a request would exceed the appropriate limit, the Council is not obliged to comply with any part of it, and we have therefore not provided information in response to the other parts of your request.")
P("The Council does not hold a single asset register for CCTV. Cameras are procured and managed separately by Property Services, Highways, Waste Management, Adult Social Care (for the Council's eight residential homes) and by individual maintained schools. To establish the make, model, location, installation date and cost for each camera would require officers in each service to physically inspect equipment and search procurement records going back, in some cases, more than fifteen years. A sample exercise at two libraries took 2 hours 40 minutes; the Council operates 38 libraries alone.")
P("Advice and assistance").runs[0].bold = True
P("In line with our duty under section 16 of the Act, you may wish to narrow your request, for example by limiting it to one category of building, or by asking only whether any cameras of a particular manufacturer are in use at Council offices. Please note that a refined request will be treated as a new request.")
P("Your right to complain").runs[0].bold = True
P("If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Information Governance Service at the address above.")
P("If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision.")
P("Yours sincerely\n\nAnthony Greaves\nSenior Information Governance Officer")
doc.save(path("20-reply.docx"))
label(path="20-reply.docx", request_file="20-request.txt", format="docx", body_type="council", law="foia",
      hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s12"], camera_count=None,
      note="Whole-request section 12 cost refusal including the maker question; section 16 advice mentioned but not an exemption, and '38 libraries' / '18 hours' are not camera counts.")
