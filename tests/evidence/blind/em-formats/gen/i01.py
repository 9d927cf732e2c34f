from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

write_request("01", """
From: Tom Aldridge <t.aldridge.research@protonmail.com>
To: foi@ashcombe-bc.gov.uk
Subject: Freedom of Information request - CCTV

Dear Ashcombe Borough Council,

Under the Freedom of Information Act 2000 please could you tell me:

1) How many CCTV cameras does the council currently operate (public space, council buildings, car parks, depots - everything)?
2) Who manufactures them? Please give a breakdown by manufacturer if possible.
3) Are any of the cameras made by Hikvision?
4) Are any made by Dahua?
5) Do any of the cameras have facial recognition or audio recording switched on?

Many thanks,
Tom Aldridge
""")

body = """Dear Mr Aldridge

Freedom of Information Act 2000 - Request ref: FOI/24/0918

Thank you for your email of 2 September 2024 requesting information about CCTV. I can confirm that the Council holds the information you asked for and my responses are set out below each of your questions.

1) How many CCTV cameras does the council currently operate?

The Council currently operates 211 CCTV cameras. This is made up of 87 public space cameras monitored from the CCTV control room at Fenwick House, 64 cameras in and around Council buildings (including the leisure centres), 41 in Council-run car parks and 19 at the Stanmoor depot and household waste site.

2) Who manufactures them?

  Hikvision       - 96
  Axis            - 58
  Bosch           - 31
  Hanwha (Samsung)- 26

Our public space cameras were upgraded in 2019 and are mostly Axis and Bosch. The building and car park cameras were installed at different times by different contractors, which is why there is more of a mix.

3) Are any of the cameras made by Hikvision?

Yes, please see the answer to question 2.

4) Are any made by Dahua?

No.

5) Do any of the cameras have facial recognition or audio recording switched on?

No. None of the Council's cameras use facial recognition and no audio is recorded.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Governance Manager, Ashcombe Borough Council, Fenwick House, Station Road, Ashcombe, AC4 2HT or by email to foi@ashcombe-bc.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.

Kind regards

Priya Sandhu
Information Governance Officer
Legal and Democratic Services
Ashcombe Borough Council
Tel: 01632 960 418

-- 
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Ashcombe Borough Council may monitor email traffic data and the content of emails for the purposes of security and staff training.
"""

m = EmailMessage()
m["From"] = "FOI Team <foi@ashcombe-bc.gov.uk>"
m["To"] = "Tom Aldridge <t.aldridge.research@protonmail.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV [FOI/24/0918]"
m["Date"] = format_datetime(datetime.datetime(2024, 9, 27, 14, 12, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<4f1c2a9e.7731.FOI240918@mail.ashcombe-bc.gov.uk>"
m["X-Mailer"] = "Microsoft Outlook 16.0"
m.set_content(body, cte="quoted-printable")
open(out("01-reply.eml"), "wb").write(bytes(m))

label("01", "eml", "eml", "council", "foia", "yes", "no", "answered", [], 211,
      "plain e-mail; count given as a total with parts; maker table and separate Dahua 'No'")
