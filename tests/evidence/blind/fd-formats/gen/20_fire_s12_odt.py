"""20: fire and rescue service ODT letter - whole request refused under s12 with a cost-estimate table."""
from odt_helpers import *
from common import out

doc, st = text_doc()
para(doc, st, "Ravensholme Fire and Rescue Service", style="h")
para(doc, st, "Service Headquarters, Crowtree Lane, Ravensholme RV3 5FR  |  Information Governance  |  foi@ravensholmefire.example.gov.uk")
para(doc, st, "")
para(doc, st, "Mr M Kowalczyk")
para(doc, st, "Our ref: RFRS FOI 24/061        Date: 03 April 2024")
para(doc, st, "")
para(doc, st, "Dear Mr Kowalczyk")
para(doc, st, "Request for information - CCTV at Service premises", bold_prefix="")
para(doc, st, "We received your request on 6 March 2024. We have considered it under the Freedom of Information Act 2000 (the Act).")
para(doc, st, "Section 12 of the Act allows a public authority to refuse a request where the cost of complying would exceed the "
              "appropriate limit, which for the Service is £450, equivalent to 18 hours of staff time at £25 per hour. The Service "
              "does not hold a central asset register of CCTV cameras. CCTV at stations has been installed and replaced over many years "
              "under a number of separate minor works orders, and the information you ask for (make, model, installation date and "
              "cost of each camera over ten years, including cameras since removed) could only be compiled by visiting each site and "
              "searching the paper and electronic works-order files. Our estimate is set out below.")
table(doc, st, [["Activity", "Basis", "Estimated time"],
                ["Visit each of the Service's 27 premises and record make, model and connection of each camera",
                 "27 premises x 1.5 hours", "40.5 hours"],
                ["Search minor works files 2014-2024 for installation dates and costs",
                 "approx. 310 works orders x 5 minutes", "25.8 hours"],
                ["Collate and check", "", "4 hours"],
                ["Total", "", "70.3 hours"]],
      [8.0, 5.0, 3.0], name="TblCost")
para(doc, st, "")
para(doc, st, "As the estimated time far exceeds 18 hours, the Service is not obliged to comply with your request and we are refusing "
              "it under section 12(1) of the Act. Because the cost limit applies to the request as a whole, we have not provided "
              "any part of it.")
para(doc, st, "Advice and assistance (section 16)", bold_prefix="")
para(doc, st, "You may wish to submit a narrower request. For example, a request limited to the current cameras at Service "
              "Headquarters, or a request asking only whether the Service currently uses cameras of a particular manufacturer, "
              "may be answerable within the cost limit. Please note that any new request would be considered on its own merits.")
para(doc, st, "If you are unhappy with our response you can ask for an internal review within 40 working days by contacting "
              "the Information Governance Manager at the address above. If you are still unhappy you can complain to the "
              "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, www.ico.org.uk.")
para(doc, st, "Yours sincerely")
para(doc, st, "Leanne Haworth")
para(doc, st, "Information Governance Officer")
doc.save(out("20-reply.odt"))
