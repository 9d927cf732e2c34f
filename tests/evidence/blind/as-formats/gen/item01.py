from common import *
NN = "01"
write_request(NN, """
Dear Sir/Madam,

Under the Freedom of Information Act 2000 please tell me:

1) How many CCTV cameras does the council currently operate (public space and council buildings)?
2) Are any of these cameras manufactured by Hikvision?
3) Are any manufactured by Dahua?
4) Who maintains the system?

Many thanks,
Ruth Okonjo
""")
body = """Dear Ms Okonjo,

Please find our responses typed in CAPITALS beneath each of your questions below.

Regards

Gareth Pilling
Information Governance Officer
Tamworth Vale Borough Council
Marmion House, Lichfield Street, Tamworth Vale TV79 7BZ
Tel: 01827 709 441

Ref: FOI/24/0318

-----Original Message-----
From: Ruth Okonjo <ruth.okonjo@protonmail.com>
Sent: 02 April 2024 19:12
To: FOI <foi@tamworthvale.gov.uk>
Subject: Freedom of Information request - CCTV cameras

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please tell me:

1) How many CCTV cameras does the council currently operate (public space and council buildings)?

THE COUNCIL OPERATES 64 PUBLIC SPACE CAMERAS AND A FURTHER 37 CAMERAS AT COUNCIL BUILDINGS AND DEPOTS.

2) Are any of these cameras manufactured by Hikvision?

YES - 22 OF THE BUILDINGS CAMERAS ARE HIK VISION.

3) Are any manufactured by Dahua?

NO.

4) Who maintains the system?

CHUBB FIRE & SECURITY LTD UNDER A CONTRACT RUNNING TO 2026.

Many thanks,
Ruth Okonjo

--
If you are dissatisfied with the handling of your request you may ask for an internal review within 40 working days by writing to foi@tamworthvale.gov.uk. If you remain dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.
This email and any attachments are confidential and intended solely for the addressee.
"""
eml(NN, "FOI <foi@tamworthvale.gov.uk>", "Ruth Okonjo <ruth.okonjo@protonmail.com>",
    "RE: Freedom of Information request - CCTV cameras [FOI/24/0318]", dt(2024, 4, 26, 14, 3), text=body)
add_label(NN, "eml", "council", "foia", "yes", "no", "answered", [], 101,
          "answers typed in capitals under the quoted request; count must be summed from two parts")
