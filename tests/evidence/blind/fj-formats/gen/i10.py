from lib import *
write_request("10", """
Dear FOI team,

Please provide under the Freedom of Information Act:

(a) the number of CCTV cameras at each site operated by the Trust;
(b) the make and model of every camera;
(c) whether any cameras are manufactured by Hikvision or Dahua;
(d) the date each camera was installed;
(e) the purchase cost of each camera.

Thank you,
L. Vasquez
""")
rows = [["Site / service", "Separate CCTV systems", "Estimated hours"],
        ["Pennine Moor Hospital", "4", "7.0"],
        ["Calder Royal Infirmary", "5", "8.5"],
        ["Todmore Community Hospital", "2", "3.0"],
        ["Health centres and clinics (23 premises)", "23", "11.5"],
        ["Estates stores, laundry and offices", "3", "2.5"],
        ["Total", "37", "32.5"]]
parts = [
    ("b", "Pennine Calder Community and Acute NHS Trust"),
    ("p", "Information Governance | Trust Offices, Pennine Moor Hospital, Moor Road, Halbridge HX7 2BE\nEmail: pcc-tr.foi@nhs.example.uk"),
    ("p", "Date: 8 August 2024\nOur ref: FOI 24-0731"),
    ("p", "Dear L. Vasquez"),
    ("b", "Request for information - CCTV cameras"),
    ("p", "We received your request on 12 July 2024. We have considered it under the Freedom of Information Act 2000 (the Act)."),
    ("p", "The Trust does not hold a central register of CCTV equipment. CCTV systems have been procured locally by individual sites and services over a period of more than fifteen years, and the information you have asked for in parts (a) to (e) could only be compiled by examining the records, invoices and, in many cases, the equipment itself at each location. Our Estates department has estimated the time needed as follows:"),
    ("table", rows, [4200, 2400, 1900], [0, 6], True),
    ("p", "The appropriate limit for public authorities other than central government is \u00a3450, equivalent to 18 hours of work at \u00a325 per hour. As compliance with your request would exceed this limit, the Trust is not obliged to comply with it under section 12(1) of the Act. This notice constitutes a refusal notice under section 17(5)."),
    ("p", "Advice and assistance (section 16): you may wish to consider narrowing your request, for example to a single hospital, or to part (c) alone for the three hospital sites. We would be happy to consider a refined request."),
    ("p", "If you are dissatisfied with the handling of your request, you may ask for an internal review within 40 working days by writing to the Head of Information Governance at the address above. If you are not satisfied with the outcome you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk)."),
    ("p", "Yours sincerely\n\nKeith Ambler\nFreedom of Information Lead"),
]
rtf_doc("10-reply.rtf", parts)
label("10", "rtf", "nhs", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "RTF s12 cost-limit refusal of the whole request; its table carries numbers of systems and hours (37, 32.5) that are not camera counts.")
