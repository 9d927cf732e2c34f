from lib import *

write_text("01-request.txt", """
From: Dominic Farrow
To: foi@broxtowe.gov.uk
Subject: Freedom of Information request - CCTV

Dear Broxtowe Borough Council,

Under the Freedom of Information Act 2000 please provide:

1. The total number of CCTV cameras currently operated by the council (public space and buildings).
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Please list the manufacturers of all cameras in use.

Yours faithfully,
Dominic Farrow
""")

blocks = [
    ("right", "Broxtowe Borough Council\nCouncil Offices, Foster Avenue\nBeeston, Nottingham NG9 1AB\nTel: 0115 917 7731"),
    ("blank", None),
    "Mr D Farrow\nBy email",
    ("blank", None),
    "Our reference: FOI/24/0693\nDate: 11 March 2024",
    ("blank", None),
    "Dear Mr Farrow,",
    ("b", "Freedom of Information Act 2000 – Request for Information"),
    "Thank you for your request for information received on 14 February 2024. The Council has now considered your request and our response is set out below.",
    ("b", "1. The total number of CCTV cameras currently operated by the council (public space and buildings)."),
    "The Council currently operates 63 CCTV cameras. Of these, 41 are public space cameras in Beeston, Stapleford, Eastwood and Kimberley town centres and 22 are located at Council buildings and depots.",
    ("b", "2. Are any of these cameras manufactured by Hikvision?"),
    "Yes. 17 of the cameras at the Council depot and the Council's car parks are Hikvision units.",
    ("b", "3. Are any of these cameras manufactured by Dahua?"),
    "No.",
    ("b", "4. Please list the manufacturers of all cameras in use."),
    "Axis, Bosch and Hikvision.",
    ("blank", None),
    "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this letter and should be addressed to: Information Governance, Broxtowe Borough Council, Council Offices, Foster Avenue, Beeston NG9 1AB or foi@broxtowe.gov.uk.",
    "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    ("blank", None),
    "Yours sincerely,",
    ("blank", None),
    "Karen Whitlow\nInformation Governance Officer",
    ("small", "The information supplied to you is subject to copyright. You may re-use it for your own purposes, but any commercial re-use requires the permission of the copyright holder."),
]
write_bytes("01-reply.odt", odt_bytes(blocks, title="FOI/24/0693 response"))

add_label(path="01-reply.odt", request_file="01-request.txt", format="odt", body_type="council",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=63, note="Straightforward letter in ODT; total given with a breakdown.")
