from common import *
NN = "05"
write_request(NN, """
Dear Clerk,

Freedom of Information request

Could you please tell me how many CCTV cameras the Town Council runs, whether any of them are made by Hikvision or Dahua, and who monitors the footage? I would also like a copy of any DPIA for the system.

Thanks
Alan Beddows
""")
body = """Dear Mr Beddows,

Apologies for the delay. Please see below from our CCTV provider which I think answers your questions. We do not have a separate DPIA, the system is covered by the Council's CCTV Policy (adopted 2021) which is on our website under Policies & Procedures.

Kind regards

Mrs Sandra Kewley
Town Clerk & RFO
Ledbury Magna Town Council
The Old Grammar School, Church Lane, Ledbury Magna HR8 1DW
01531 630 218

---------- Forwarded message ---------
From: Mark Fenton <mark@fentonsecuritysystems.co.uk>
Date: Tue, 9 Jul 2024 at 16:47
Subject: RE: FOI request - cameras
To: Town Clerk <clerk@ledburymagna-tc.gov.uk>

Hi Sandra

Answers for you below

- Number - twelve cameras on the town centre scheme at present (the 3 for Market Sq are quoted but not ordered yet)
- HIK or Dahua - yes
- Footage isnt monitored live, it records to the box in the council office and we/police download when requested.

Any problems give me a shout.

Cheers
Mark

Fenton Security Systems Ltd
Unit 4, Bromyard Road Trading Estate
NSI Gold / SSAIB

---------- Original message ---------
From: Town Clerk <clerk@ledburymagna-tc.gov.uk>
Date: Mon, 8 Jul 2024 at 09:02
Subject: FOI request - cameras
To: Mark Fenton <mark@fentonsecuritysystems.co.uk>

Mark, can you help with the attached, thanks. Sandra
"""
eml(NN, "Town Clerk <clerk@ledburymagna-tc.gov.uk>", "Alan Beddows <a.beddows@btinternet.com>",
    "Fwd: RE: FOI request - cameras", dt(2024, 7, 15, 12, 9), text=body)
add_label(NN, "eml", "council", "foia", "unknown", "unknown", "answered", [], 12,
          "forwarded contractor reply; bare 'yes' to a joint Hikvision-or-Dahua question names neither; count in words with planned cameras to exclude")
