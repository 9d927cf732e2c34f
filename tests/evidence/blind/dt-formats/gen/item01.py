from common import *

write_text("01-request.txt", """
From: Gareth Plowright <request-771204-5b1e09ac@whatdotheyknow.com>
To: FOI requests at Basingstoke and Deane Borough Council
Subject: Freedom of Information request - CCTV cameras

Dear Basingstoke and Deane Borough Council,

Under the Freedom of Information Act 2000 I would like to request the following information:

1) How many CCTV cameras does the council currently operate (public space, car parks and council buildings)?
2) Are any of these cameras manufactured by Hikvision?
3) Are any of these cameras manufactured by Dahua?
4) Please provide a breakdown of the cameras by manufacturer.
5) Does the council have any plans to replace any of its cameras in the next two years?

I would prefer to receive the information electronically.

Yours faithfully,

Gareth Plowright
""")

blocks = [
    ("p", "Basingstoke and Deane Borough Council\nCivic Offices, London Road\nBasingstoke RG21 4AH", {"align": "right", "size": 9}),
    ("p", "Information Governance Team\nTel: 01632 960 418\nEmail: foi.team@basingstoke.gov.uk", {"align": "right", "size": 9}),
    ("blank",),
    ("p", "Mr G Plowright\nBy email: request-771204-5b1e09ac@whatdotheyknow.com"),
    ("p", "Our ref: FOI-2024-0917\nDate: 27 March 2024"),
    ("p", "Dear Mr Plowright,"),
    ("h", "Freedom of Information Act 2000 – Request for Information"),
    ("p", "Thank you for your request for information received on 4 March 2024 regarding CCTV cameras operated by the council. I can confirm that the council holds the information you have requested and I have set out our response below."),
    ("p", "Questions 1, 2 and 4"),
    ("p", "The table below shows the cameras currently operated by the council, broken down by manufacturer and by the part of the estate in which they are installed."),
    ("table", [
        ["Manufacturer", "Public space (town centre)", "Car parks", "Civic Offices / depots", "Total"],
        ["Axis", "31", "6", "4", "41"],
        ["HIKVISION", "0", "9", "3", "12"],
        ["Bosch", "14", "0", "0", "14"],
        ["Hanwha (Wisenet)", "8", "2", "3", "13"],
        ["Total", "53", "17", "10", "80"],
    ], {"bold_last": True, "widths": [4.2, 3.6, 2.4, 3.4, 2.0]}),
    ("p", "Question 3"),
    ("p", "No."),
    ("p", "Question 5"),
    ("p", "The council’s car park CCTV is being reviewed as part of the 2025/26 capital programme. No decision has yet been taken on the replacement of any equipment and no budget has been allocated."),
    ("h", "Re-use of information"),
    ("p", "The information supplied to you continues to be protected by copyright. You are free to use it for your own purposes, including for private study and non-commercial research, and for any other purpose authorised by an exception in current copyright law. Any other re-use, for example commercial publication, would require the permission of the copyright holder."),
    ("h", "Your right to complain"),
    ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to the Information Governance Team at the address above."),
    ("p", "If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("p", "Yours sincerely,"),
    ("blank",),
    ("p", "Helen Marchant\nInformation Governance Officer"),
]
write_docx("01-reply.docx", blocks, footer_text="FOI-2024-0917  |  OFFICIAL")

add_label("01", "docx", "docx", "council", "foia", "yes", "no", "answered", [], 80,
          "Word letter; makers and counts in a manufacturer-by-area table with a total row (80); Hikvision only as 'HIKVISION' in the table; Dahua answered by a bare 'No.' under 'Question 3'.")
