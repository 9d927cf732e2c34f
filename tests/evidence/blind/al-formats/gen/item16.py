from common import *

REQ = """Dear Sir / Madam,

Please supply under FOIA for EVERY CCTV camera operated by or on behalf of the County Council, including at all maintained schools, libraries, highways depots, care homes, country parks, household waste recycling centres and offices:

1. the location of the camera;
2. the manufacturer and model number;
3. the date of installation and the purchase price;
4. whether it is capable of facial recognition, audio capture or ANPR;
5. whether the camera or its recorder is made by Hikvision or Dahua;
6. copies of all DPIAs covering each camera.

Yours faithfully,
Nathan Crowe"""
write_request("16", REQ)

pdf = make_pdf("Eastmere County Council", "Information request ref: EIR/FOI 7731",
               "Eastmere County Council, County Hall, Wellgate, Eastmere EM1 1CH    Ref 7731")
pdf.para("Mr Nathan Crowe\nSent by email", size=10)
pdf.para("Date: 11 June 2024\nContact: Information Rights Team\nEmail: information.rights@eastmere.gov.uk\nTelephone: 01603 559 004", size=10)
pdf.para("Dear Mr Crowe")
pdf.heading("Freedom of Information Act 2000 - Refusal Notice")
pdf.para("Thank you for your request for information received on 14 May 2024, in which you asked for details of every CCTV camera operated by or on behalf of the County Council (your request is reproduced in full at the end of this letter).")
pdf.para("I am writing to inform you that the Council is refusing your request under section 12(1) of the Freedom of Information Act 2000, as the cost of complying would exceed the appropriate limit.")
pdf.heading("Section 12 - cost of compliance")
pdf.para("Section 12 of the Act allows a public authority to refuse a request where it estimates that the cost of determining whether it holds the information, locating, retrieving and extracting it would exceed the appropriate limit. For local authorities the limit is set at £450 by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, which equates to 18 hours of work at the prescribed rate of £25 per hour.")
pdf.para("The Council does not hold a single, central register of CCTV cameras. CCTV is procured and managed separately by individual services and establishments. In particular:")
pdf.para("- There are 214 maintained schools in Eastmere. CCTV at schools is purchased from delegated budgets and is the responsibility of each school's governing body; the Council would need to contact every school.\n- Libraries, country parks, care homes and recycling centres each hold their own equipment records, some in paper form.\n- Installation dates, purchase prices and model numbers would need to be retrieved from historic invoices held across several finance systems.\n- Each DPIA would need to be located and matched to the cameras it covers.", size=10)
pdf.para("Even at a conservative estimate of 10 minutes per school to contact, chase and collate a return, the schools element alone would take in excess of 35 hours. The Council therefore estimates that responding to your request in full would far exceed the 18 hour limit. Where section 12 applies to part of a request, the Council is not obliged to comply with any part of it.")
pdf.heading("Advice and assistance")
pdf.para("Under section 16 of the Act the Council has a duty to provide advice and assistance. You may wish to consider submitting a narrower request, for example one limited to a single service area (such as the household waste recycling centres or County Hall), or to a smaller number of questions. Please note that if you submit a refined request it will be treated as a new request and the 20 working day period will begin again.")
pdf.para("Requests about an individual school's CCTV can be made directly to that school, as schools are public authorities in their own right.")
pdf.heading("Your rights")
pdf.para("If you are not satisfied with this response you can ask for an internal review. Please write to the Information Rights Team at the address above within 40 working days, stating the reference number. If you remain dissatisfied after the review, you can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
pdf.para("Yours sincerely")
pdf.para("Rachel Denholm\nInformation Rights Officer\nInformation Governance")
pdf.heading("Your original request")
pdf.para(REQ, size=9)
pdf.output(p("16-reply.pdf"))
add_label("16", "pdf", "council", "foia", "unknown", "unknown", "refused", ["s12"], None,
          "A whole-request s12 cost refusal that contains figures (214 schools, 18 hours, 35 hours) that are not camera counts, and quotes the Hikvision/Dahua question back at the end.")
