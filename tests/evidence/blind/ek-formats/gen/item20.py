from rtfhelp import *
from common import *
NN = "20"
write_request(NN, """
To: Westmarch County Council, Information Governance

Please provide the following for EVERY CCTV camera operated by the county council, including highways traffic cameras, bus lane enforcement cameras, car parks, libraries, maintained schools, care homes and depots:

a) location
b) manufacturer and model
c) date installed
d) whether it is made by Hikvision or Dahua

Please provide this as a spreadsheet.

Thanks
Harriet Osei
""")
paras = [
 ("h", "WESTMARCH COUNTY COUNCIL"),
 ("s", "Information Governance Team, County Hall, Castle Hill, Westmarch WM1 3CH   Tel: 01743 252 600"),
 ("r", "Our reference: EIR 2024-2291\nDate: 3 December 2024"),
 ("p", "Dear Ms Osei"),
 ("b", "Request for information \u2013 CCTV cameras"),
 ("p", "I refer to your request received on 5 November 2024. Because the majority of the cameras within the scope of your request are traffic management and enforcement cameras on the highway network, the Council has handled your request under the Environmental Information Regulations 2004 (EIR)."),
 ("p", "The Council is refusing your request under regulation 12(4)(b) of the EIR, which provides that a public authority may refuse to disclose information to the extent that the request for information is manifestly unreasonable."),
 ("p", "There is no single register of CCTV cameras across the Council's services. Cameras are procured, installed and maintained separately by each service and, in the case of maintained schools, by the individual school. To answer your request, officers would need to contact each service and site and, in many cases, physically inspect equipment to establish the manufacturer, model and installation date. Our estimate of the time required is set out below."),
 ("raw", rtf_table([["Service area", "Sites", "Estimated hours"],
                    ["Highways (traffic monitoring & enforcement)", "1 control centre", "6"],
                    ["Car parks", "14", "5"],
                    ["Libraries & customer service centres", "31", "9"],
                    ["Maintained schools", "212", "32"],
                    ["Adult social care premises & depots", "26", "10"],
                    ["Total", "", "62"]], [4200, 1800, 1800])),
 ("p", "We consider that the burden of complying with your request would be disproportionate to its value and would divert resources from the Council's core functions. In reaching this view we have taken account of the cost limit in the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004 as an indicator of what is reasonable."),
 ("b", "Public interest test"),
 ("p", "Regulation 12(1)(b) requires us to consider whether the public interest in maintaining the exception outweighs the public interest in disclosure, and regulation 12(2) requires us to apply a presumption in favour of disclosure. We recognise there is a legitimate public interest in knowing whether equipment from particular manufacturers is in use. However, we have concluded that the public interest in protecting the Council's resources from a disproportionate burden outweighs the public interest in disclosure in this case."),
 ("b", "Advice and assistance"),
 ("p", "Under regulation 9 we are required to offer advice and assistance. You may wish to submit a narrower request, for example limited to the highways cameras managed from the Traffic Control Centre, or to a single service area. For background, a response issued in 2019 (EIR 2019-0532) stated that the Council then operated approximately 1,400 cameras across all services; this figure is now out of date and should not be relied upon. Maintained schools are separate public authorities for the purposes of the EIR and you may wish to contact them directly."),
 ("b", "Your right to complain"),
 ("p", "If you are unhappy with the way your request has been handled you may ask for an internal review under regulation 11 within 40 working days of the date of this letter. If you are still dissatisfied you may contact the Information Commissioner's Office."),
 ("p", "Yours sincerely"),
 ("p", "Marcus Pennington-Hale\nSenior Information Governance Officer"),
]
open(out(f"{NN}-reply.rtf"), "w", encoding="ascii").write(rtf_doc(paras, font="Calibri"))
label(NN, "rtf", "rtf", "council", "eir", "unknown", "unknown", "refused", ["EIR 12(4)(b)"], None,
      "Whole request refused under EIR 12(4)(b) on cost grounds; a cost table of site numbers and a 2019 figure of 'approximately 1,400 cameras' (declared out of date) are not a current count.")
