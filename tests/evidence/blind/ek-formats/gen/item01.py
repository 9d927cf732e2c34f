from email.message import EmailMessage
from email.utils import format_datetime
import datetime
from common import *
NN = "01"
write_request(NN, """
From: Daniel Okafor <d.okafor.requests@protonmail.com>
To: foi@harrowfield.gov.uk
Subject: Freedom of Information request - CCTV cameras
Date: 3 February 2024

Dear Harrowfield Borough Council,

Under the Freedom of Information Act 2000 please could you tell me:

1. How many CCTV cameras does the council currently operate (public space, car parks and council buildings)?
2. Are any of these cameras manufactured by Hikvision?
3. Are any of these cameras manufactured by Dahua?
4. Which manufacturers supply the council's CCTV cameras?
5. Does the council have any plans to remove or replace cameras made by Chinese state-linked companies?

Yours faithfully,
Daniel Okafor
""")

body = """Dear Mr Okafor

Freedom of Information Request - Ref: FOI-24-0291

Thank you for your request for information received on 3 February 2024. I can confirm the Council holds the information you asked for and this is set out below.

Q1 - The public space CCTV system run by our Community Safety team is made up of 148 cameras covering Harrowfield, Lowmoor and Stanton Bridge town centres. In addition there are 41 cameras at council-operated car parks and 23 cameras at the Civic Offices, Brunswick Street depot and the Lowmoor Customer Service Point.

Q2 - Yes. 38 of the car park cameras are Hikvision (a mix of DS-2DE PTZ and turret cameras installed in 2019/20).

Q3 - No

Q4 - Hikvision, Axis Communications, i-PRO (formerly Panasonic) and Bosch.

Q5 - There is no current programme to replace cameras on the basis of manufacturer. Equipment is replaced at end of life in line with the CCTV Strategy 2022-2027, which is available on our website.

The information supplied to you continues to be protected by copyright. You are free to use it for your own purposes, including for private study and non-commercial research, and for any other purpose authorised by an exception in current copyright law. Any other re-use, for example commercial publication, would require our specific permission.

If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this response and should be addressed to: Information Governance Manager, Harrowfield Borough Council, Civic Offices, Brunswick Street, Harrowfield, HF1 2RB or by email to foi@harrowfield.gov.uk.

If you are not content with the outcome of the internal review you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.

Kind regards

Joanne Pritchard
Information Governance Officer
Legal & Democratic Services
Harrowfield Borough Council
Tel: 01632 960418

--
This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Harrowfield Borough Council may monitor email traffic.
"""
m = EmailMessage()
m["From"] = "FOI Team <foi@harrowfield.gov.uk>"
m["To"] = "Daniel Okafor <d.okafor.requests@protonmail.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras [FOI-24-0291]"
m["Date"] = format_datetime(datetime.datetime(2024, 2, 28, 14, 12, 5, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<20240228141205.7731.FOI-24-0291@harrowfield.gov.uk>"
m["X-Mailer"] = "Microsoft Outlook 16.0"
m.set_content(body, cte="quoted-printable")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))
label(NN, "eml", "eml", "council", "foia", "yes", "no", "answered", [], 212,
      "Total not stated: 148 + 41 + 23 spread across a sentence; Q3 is a bare 'No' needing the request.")
