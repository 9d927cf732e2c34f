from common import *
from rtfhelp import para, doc

req = """
Dear Broadwater District Council,

Please provide under the Freedom of Information Act:

1. The number of CCTV cameras at every council property, including council housing, sheltered schemes, community centres, offices and car parks.
2. The make and model of each camera.
3. The date each camera was installed.
4. Whether any of the cameras are made by Hikvision or Dahua.
5. The purchase cost of each camera.

Yours faithfully
Harriet Oduya
"""
write_request("19", req)

P = []
P.append(para("Broadwater District Council", bold=True, size=30, space_after=40))
P.append(para("Corporate Information Team\nTown Hall, Chapel Road, Worthing BN11 1HA\nfoi@broadwater.gov.uk", size=18))
P.append(para("Ms H Oduya\nBy email", space_after=240))
P.append(para("Date: 28 August 2024\nRef: BDC/EIR-FOI/2024/0638", align="r"))
P.append(para("Dear Ms Oduya,"))
P.append(para("Request for information – CCTV cameras at council properties", bold=True))
P.append(para("Thank you for your request received on 31 July 2024. I am writing to let you know that the Council is "
              "refusing your request under section 12(1) of the Freedom of Information Act 2000, because the cost of "
              "complying with it would exceed the appropriate limit.", align="j"))
P.append(para("The appropriate limit for local authorities is set at £450, which represents 18 hours of work at the "
              "prescribed rate of £25 per hour. In estimating the cost we may take into account the time needed to "
              "determine whether the information is held, and to locate, retrieve and extract it.", align="j"))
P.append(para("The Council does not keep a single register of CCTV equipment. Cameras at our 1,400-plus properties – "
              "which include general needs housing blocks, 17 sheltered housing schemes, 38 community centres, "
              "depots, offices and car parks – have been installed over many years by different services and "
              "contractors, and the records (where any exist) are held separately by Housing, Property Services, "
              "Parking and Leisure. To answer all five parts of your request officers would need to search the "
              "property files and, in many cases, visit sites to read the make and model from the equipment. A "
              "sample exercise covering 20 properties took just under five hours, an average of roughly 15 minutes "
              "per property. Extended across the estate this comes to around 350 hours, well in excess of the "
              "18-hour limit.", align="j"))
P.append(para("Where section 12 applies to part of a request it applies to the request as a whole, so we have not "
              "provided any of the information you asked for.", align="j"))
P.append(para("Advice and assistance", bold=True))
P.append(para("Under section 16 of the Act we are required to offer advice and assistance. You may wish to consider "
              "narrowing your request, for example to a single category of property (such as the Council's office "
              "buildings) or to the town centre public space CCTV system, for which a central record is kept by the "
              "CCTV Control Room. Please note that a refined request will be treated as a new request.", align="j"))
P.append(para("Your rights", bold=True))
P.append(para("If you are unhappy with the way your request has been handled you can request an internal review by "
              "writing to the Corporate Information Team within 40 working days of this letter. If you remain "
              "dissatisfied after the review you may complain to the Information Commissioner at Wycliffe House, "
              "Water Lane, Wilmslow, Cheshire SK9 5AF, or via ico.org.uk.", align="j"))
P.append(para("Yours sincerely,", space_after=480))
P.append(para("Mark Fenwick-Shaw\nCorporate Information Officer"))
with open(p("19-reply.rtf"), "w", encoding="ascii") as f:
    f.write(doc(P, font="Arial", title="FOI 2024/0638 refusal", author="Mark Fenwick-Shaw"))

add_label(path="19-reply.rtf", request_file="19-request.txt", format="rtf", body_type="council",
          law="foia", hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s12"], camera_count=None,
          note="Whole-request cost-limit refusal full of figures that are not camera counts (1,400 properties, 17 schemes, 38 centres, 350 hours, £450); s16 advice is not an exemption.")
