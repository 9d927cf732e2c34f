from common import *

write_text("15-request.txt", """
Dear East of England Ambulance Service NHS Trust,

Under FOIA I request:

Q1. The number of CCTV cameras at each of your ambulance stations, hubs, make-ready centres and control rooms.
Q2. The make and model of each camera.
Q3. Whether any of the cameras are made by Hikvision or Dahua.
Q4. The number of ambulances fitted with forward-facing or in-cab cameras, and the make of those cameras.

Yours faithfully,
Daniel Ashdown
""")

blocks = [
    ("p", "East of England Ambulance Service NHS Trust", {"bold": 1, "size": 13}),
    ("p", "Information Governance | Hammond Road, Bedford MK41 0RG | foi@eastamb.nhs.uk", {"size": 8.5}),
    ("blank",),
    ("p", "FREEDOM OF INFORMATION REQUEST – RESPONSE", {"bold": 1}),
    ("table", [
        ["Reference", "FOI-EEAST-24-0539"],
        ["Date received", "22/07/2024"],
        ["Date of response", "16/08/2024"],
        ["Subject", "CCTV and vehicle cameras"],
    ], {"header": False, "widths": [4.5, 10]}),
    ("table", [
        ["Request", "Response"],
        ["Q1. The number of CCTV cameras at each of your ambulance stations, hubs, make-ready centres and control rooms.", "Refused – section 12(1). Please see below."],
        ["Q2. The make and model of each camera.", "Refused – section 12(1). Please see below."],
        ["Q3. Whether any of the cameras are made by Hikvision or Dahua.", "Refused – section 12(1). Please see below."],
        ["Q4. The number of ambulances fitted with forward-facing or in-cab cameras, and the make of those cameras.", "Refused – section 12(1). Please see below."],
    ], {"widths": [9.5, 7]}),
    ("h", "Section 12 – cost of compliance exceeds the appropriate limit"),
    ("p", "Section 12(1) of the Freedom of Information Act 2000 allows a public authority to refuse a request where it estimates that the cost of complying would exceed the appropriate limit. For NHS bodies this is £450, which equates to 18 hours of work at £25 per hour. Under section 12(4) and the Fees Regulations, requests which relate to the same overarching subject may be aggregated."),
    ("p", "The Trust operates from over 130 sites, many of which are leased or shared with other emergency services. CCTV at these sites has been installed over a number of years by different contractors and landlords, and the Trust does not hold a central asset register of CCTV equipment. Vehicle camera systems were fitted by the vehicle converter and are recorded against individual vehicle records in the fleet system, which does not hold the camera make as a searchable field."),
    ("p", "To answer your request we would need to contact each site and the fleet workshops, and in many cases physically inspect equipment. Allowing a conservative 20 minutes per site and 5 minutes per vehicle record, we estimate that this would take well in excess of 18 hours. We are therefore refusing the request in its entirety under section 12(1)."),
    ("h", "Advice and assistance"),
    ("p", "In line with our duty under section 16, you may wish to consider narrowing your request, for example to the CCTV at the Trust's Emergency Operations Centres only, which may be answerable within the limit. Please note that any refined request will be treated as a new request."),
    ("h", "Your rights"),
    ("p", "If you are dissatisfied with the handling of your request, you can ask for an internal review by emailing foi@eastamb.nhs.uk within 40 working days of this response. If you remain dissatisfied, you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk."),
    ("p", "Kind regards,\n\nFOI Team\nEast of England Ambulance Service NHS Trust"),
]
write_pdf("15-reply.pdf", blocks, footer="OFFICIAL – FOI-EEAST-24-0539", title="FOI response")

add_label("15", "pdf", "pdf", "nhs", "foia", "unknown", "unknown", "refused", ["s12"], None,
          "PDF with a request/response table answering every question 'Refused – section 12(1)'; whole request refused on cost with s16 advice; '130 sites' and vehicle numbers are not camera counts.")
