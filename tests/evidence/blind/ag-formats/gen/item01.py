from lib import *
NN = "01"
req = """From: Daniel Okafor <d.okafor.research@protonmail.com>
To: foi@tewkesbury.gov.uk
Subject: Freedom of Information request - CCTV cameras

Dear Tewkesbury Borough Council,

Under the Freedom of Information Act 2000 I would like to request the following information:

1. How many CCTV cameras does the Council currently operate (public space, car parks and council buildings)?
2. Are any of these cameras manufactured by Hikvision or Dahua?
3. Please list the manufacturers of all the CCTV cameras the Council operates.
4. Does the Council use facial recognition on any of its CCTV?

Yours faithfully,
Daniel Okafor
"""
write_request(NN, req)
# build properly with inline answers
lines = ["Dear Mr Okafor", "", "Freedom of Information Request - Our Ref: FOI/24/0613", "",
         "Thank you for your request received on 3 September 2024. Please see our responses in line below (in CAPITALS where typed under your questions).", "",
         "> Dear Tewkesbury Borough Council,", ">",
         "> Under the Freedom of Information Act 2000 I would like to request the following information:", ">",
         "> 1. How many CCTV cameras does the Council currently operate (public space, car parks and council buildings)?", "",
         "64 PUBLIC SPACE CAMERAS (TOWN CENTRE AND ASHCHURCH), 12 ACROSS THE COUNCIL'S CAR PARKS AND 9 AT THE COUNCIL OFFICES, GLOUCESTER ROAD.", "",
         "> 2. Are any of these cameras manufactured by Hikvision or Dahua?", "",
         "YES - SEE BELOW", "",
         "> 3. Please list the manufacturers of all the CCTV cameras the Council operates.", "",
         "PUBLIC SPACE - HIK VISION (PTZ AND FIXED). CAR PARKS - HIK VISION. COUNCIL OFFICES - AXIS AND BOSCH.", "",
         "> 4. Does the Council use facial recognition on any of its CCTV?", "",
         "NO", "",
         "> Yours faithfully,", "> Daniel Okafor", "",
         "If you are dissatisfied with the handling of your request you can ask for an internal review by replying to this email within 40 working days. If you remain dissatisfied after the review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).", "",
         "Kind regards", "",
         "Hollie Brannigan",
         "Information Governance Officer",
         "Tewkesbury Borough Council",
         "Tel: 01684 272 114", "",
         "-- ",
         "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Views expressed are those of the author and not necessarily those of Tewkesbury Borough Council."]
eml(NN, "FOI Requests <foi@tewkesbury.gov.uk>", "Daniel Okafor <d.okafor.research@protonmail.com>",
    "RE: Freedom of Information request - CCTV cameras [FOI/24/0613]", dt(2024, 9, 26, 14, 37, 1),
    "\n".join(lines) + "\n", extra_headers={"In-Reply-To": "<CAF7x0qk21@mail.protonmail.com>"})
append_label(NN, "eml", "council", "foia", "yes", "no", "answered", [], 85,
             "The count is split across three places with no total, and the Dahua 'no' only follows from the inline maker list being complete after a 'Yes' to the joint Hikvision-or-Dahua question.")
