from common import *

write_text("05-request.txt", """
Dear University of Leicester,

I would like to make a Freedom of Information request regarding CCTV on your campuses.

1. How many CCTV cameras does the University operate?
2. Are any of those cameras manufactured by Hikvision?
3. Are any manufactured by Dahua?
4. Does the University use any cameras with facial recognition or automatic number plate recognition (ANPR)?
5. Please provide a copy of the University's CCTV policy and any Data Protection Impact Assessment covering the CCTV system.

Yours faithfully,
Dr Imogen Sayle
""")

blocks = [
    ("p", "UNIVERSITY OF LEICESTER", {"bold": 1, "size": 14}),
    ("p", "Information Assurance Services\nUniversity Road, Leicester LE1 7RH\nfoi@le.ac.uk", {"size": 9}),
    ("blank",),
    ("p", "Dr I Sayle\nSent by email"),
    ("p", "Reference: FOI 2024/211\n14 August 2024"),
    ("p", "Dear Dr Sayle,"),
    ("h", "Request for information under the Freedom of Information Act 2000"),
    ("p", "Thank you for your email of 18 July 2024 in which you requested information about CCTV. Your questions and the University’s responses are set out below."),
    ("p", "1. How many CCTV cameras does the University operate?", {"bold": 1}),
    ("p", "The University operates approximately 640 CCTV cameras across the main campus, Brookfield, Freemen’s Common and the Oadby student village."),
    ("p", "2. Are any of those cameras manufactured by Hikvision?", {"bold": 1}),
    ("p", "Yes. A number of older cameras, predominantly in student residences, are Hikvision units. These are being replaced with non-Hikvision equipment under a rolling programme which is scheduled to complete by July 2026."),
    ("p", "3. Are any manufactured by Dahua?", {"bold": 1}),
    ("p", "The University does not have any Dahua cameras or recording equipment."),
    ("p", "4. Does the University use any cameras with facial recognition or automatic number plate recognition (ANPR)?", {"bold": 1}),
    ("p", "The University does not use facial recognition. ANPR is used at the barrier-controlled entrances to the Brookfield and Freemen’s Common car parks (four cameras in total, which are included in the figure given at question 1)."),
    ("p", "5. Please provide a copy of the University’s CCTV policy and any Data Protection Impact Assessment covering the CCTV system.", {"bold": 1}),
    ("p", "The University’s CCTV Code of Practice is published on our website at https://le.ac.uk/about/policies/estates/cctv-code-of-practice. As this information is reasonably accessible to you by other means it is exempt under section 21 of the Act, and we have provided the link for your convenience."),
    ("p", "A copy of the current Data Protection Impact Assessment for the CCTV system (version 3.1, reviewed March 2024) is attached to this letter."),
    ("h", "Internal review"),
    ("p", "If you are dissatisfied with the University’s handling of your request, you may ask for an internal review. Requests should be made in writing within 40 working days of the date of this letter to the Information Assurance Services Manager at the address above."),
    ("p", "If you remain dissatisfied after the internal review, you have the right to complain to the Information Commissioner’s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk)."),
    ("p", "Yours sincerely,"),
    ("blank",),
    ("p", "Joanna Fairbrother\nInformation Assurance Officer"),
]
write_pdf("05-reply.pdf", blocks, footer="University of Leicester - FOI 2024/211", title="FOI 2024/211 response")

add_label("05", "pdf", "pdf", "university", "foia", "yes", "no", "answered", ["s21"], 640,
          "PDF letter repeating each question; 'approximately 640'; Hikvision still in place but being replaced by a future date (still in use); policy withheld under s21 with a link given, so every question is answered.")
