from common import *

REQ = """Dear Clerk,

Under the Freedom of Information Act 2000 I would like to request the following information:

1) How many CCTV cameras does the Parish Council own or operate (including at the village hall, recreation ground and any allotments)?
2) Are any of these cameras manufactured by Hikvision?
3) Are any of these cameras manufactured by Dahua?
4) Who installed and who maintains the cameras?
5) How much has the Council spent on CCTV in the last three financial years?

Many thanks,
Owen Pritchard"""
write_request("01", REQ)

m = new_mail('"Clerk - Little Havering Parish Council" <clerk@littlehaveringpc.org.uk>',
             "owen.pritchard.foi@gmail.com", "RE: Freedom of Information request - CCTV", dt(2024, 3, 14, 16, 42))
body = """Dear Mr Pritchard

Thank you for your email. The Parish Council does not own or operate any CCTV, so I'm afraid there is nothing to provide for questions 2 to 5.

Kind regards

Sandra Whitlock
Clerk & RFO
Little Havering Parish Council
Tel 01279 730 418 (Tues/Thurs mornings)

-----Original Message-----
From: Owen Pritchard <owen.pritchard.foi@gmail.com>
Sent: 02 March 2024 09:15
To: clerk@littlehaveringpc.org.uk
Subject: Freedom of Information request - CCTV

""" + REQ + "\n"
m.set_content(body)
save_mail("01", m)
add_label("01", "eml", "council", "foia", "no", "no", "answered", [], 0,
          "Very short parish council email saying it has no CCTV, with the request quoted beneath in an Outlook-style original-message block.")
