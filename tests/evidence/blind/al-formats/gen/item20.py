from common import *

REQ = """To Transport Scotland

Request under FOISA regarding drones (UAVs)

Q1 How many drones does Transport Scotland own or operate?
Q2 What make and model are they? Are any made by DJI, Autel, Hikvision or Dahua?
Q3 What are they used for (e.g. bridge inspection, traffic monitoring, incident management)?
Q4 Is footage from the drones retained, and for how long?

Regards,
Hamish Leckie"""
write_request("20", REQ)

pdf = make_pdf("Transport Scotland - Freedom of Information", "Our ref: FOI/202400431187",
               "Transport Scotland, George House, 36 North Hanover Street, Glasgow G1 2AD  -  FOI/202400431187")
pdf.para("Mr Hamish Leckie\nEmail: h.leckie@btinternet.com", size=10)
pdf.para("Your ref: n/a\nOur ref: FOI/202400431187\n4 December 2024", size=10)
pdf.para("Dear Mr Leckie")
pdf.heading("Request under the Freedom of Information (Scotland) Act 2002")
pdf.para("Thank you for your request dated 7 November 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA) for information about drones (unmanned aerial vehicles).")
pdf.heading("Response to your request")
pdf.para("Q1. Transport Scotland does not own or operate any drones.")
pdf.para("Q2 - Q4. Not applicable - please see the answer to Q1.")
pdf.para("You may find it helpful to know that inspections of trunk road structures are carried out by the Trunk Road Operating Companies and their specialist subcontractors under their contracts with Transport Scotland. Any equipment they use is their own and the choice of inspection method is a matter for them.")
pdf.para("Transport Scotland's traffic management cameras on the trunk road network are outside the scope of your request and have not been considered.")
pdf.heading("Your right to request a review")
pdf.para("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to Director of Roads, Transport Scotland, George House, 36 North Hanover Street, Glasgow G1 2AD or by emailing foi@transport.gov.scot. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.")
pdf.para("If you are not satisfied with the result of the review, you then have the right to make a formal complaint to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website at: www.foi.scot/appeal.")
pdf.para("Yours sincerely")
pdf.para("Fiona Rennie\nRoads Directorate - Network Operations")
pdf.add_page()
pdf.heading("Disclosure log")
pdf.para("All information released in response to FOI requests is disclosed to the public. We will therefore publish this response, with the requester's personal details removed, on the Transport Scotland disclosure log at www.transport.gov.scot/our-approach/foi-disclosure-log.")
pdf.heading("Copyright")
pdf.para("The information supplied in this response is Crown Copyright. You are free to use it for your own purposes, including for private study and non-commercial research, and for any news reporting. Any other reuse, for example commercial publication, requires the permission of the copyright holder. Most Transport Scotland information is available for reuse under the Open Government Licence.")
pdf.output(p("20-reply.pdf"))
add_label("20", "pdf", "scottish_gov", "foisa", "no", "no", "answered", [], 0,
          "Drones-only request where the body has none, so the makers are 'no' and the count 0 even though DJI/Hikvision/Dahua are only dealt with by 'not applicable', and trunk-road cameras are mentioned as out of scope.")
