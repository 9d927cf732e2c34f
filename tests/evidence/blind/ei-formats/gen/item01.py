from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

req = """
From: Daniel Orme <d.orme.requests@fastmail.co.uk>
To: foi@ashcombe.gov.uk
Subject: Freedom of Information request - CCTV cameras
Date: 3 September 2024

Dear Sir or Madam,

Under the Freedom of Information Act 2000 I would like to request the following information.

1) The total number of CCTV cameras currently operated by Ashcombe Metropolitan Borough Council. Please include both public space (town centre) CCTV and cameras at council-owned buildings such as offices, depots and leisure centres.

2) Are any of these cameras manufactured by Hikvision or Dahua?

3) If the answer to 2 is yes, how many?

4) Please list all manufacturers of the cameras in use.

5) Are any of the council's cameras used with facial recognition software?

I would prefer to receive the information by email.

Many thanks,
Daniel Orme
"""
write_request("01", req)

body = """Dear Mr Orme,

Freedom of Information Act 2000 - Request ref: FOI-24-1093

Thank you for your request for information received on 3 September 2024. I can confirm that Ashcombe Metropolitan Borough Council holds the information you have asked for and our response is set out below, underneath each of your questions.

1) The total number of CCTV cameras currently operated by Ashcombe Metropolitan Borough Council...

Public space CCTV (monitored from the Control Room at Wellgate House): 118 cameras. This figure includes 9 re-deployable cameras which are moved around the borough as required.

Corporate buildings (offices, depots, leisure centres, libraries, the crematorium): 74 cameras.

2) Are any of these cameras manufactured by Hikvision or Dahua?

Yes.

3) If the answer to 2 is yes, how many?

31. These are all within the corporate buildings figure above, the majority being at Brookfield Depot and at Ashcombe and Thornley leisure centres. None of the public space cameras are affected.

4) Please list all manufacturers of the cameras in use.

Axis Communications
Bosch
Hanwha Vision (formerly Samsung / Hanwha Techwin)
Hikvision

5) Are any of the council's cameras used with facial recognition software?

No. Some of the newer cameras have built-in analytics but facial recognition is not used and is not enabled on any device.

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of this response and should be addressed to: Information Governance Team, Ashcombe MBC, Wellgate House, Market Street, Ashcombe, AS1 4QT or by email to foi@ashcombe.gov.uk.

If you are still dissatisfied after the internal review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113. www.ico.org.uk

Kind regards

Sarah Quilliam
Information Governance Officer
Ashcombe Metropolitan Borough Council
Tel: 01632 960 418

-----Original Message-----
From: Daniel Orme <d.orme.requests@fastmail.co.uk>
Sent: 03 September 2024 09:14
To: FOI <foi@ashcombe.gov.uk>
Subject: Freedom of Information request - CCTV cameras

Dear Sir or Madam,

Under the Freedom of Information Act 2000 I would like to request the following information.
[...]

--
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Ashcombe Metropolitan Borough Council monitors email traffic for security and compliance purposes. Views expressed are those of the sender and not necessarily those of the Council.
"""

m = EmailMessage()
m["From"] = "FOI <foi@ashcombe.gov.uk>"
m["To"] = "Daniel Orme <d.orme.requests@fastmail.co.uk>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras [FOI-24-1093]"
m["Date"] = format_datetime(datetime.datetime(2024, 9, 27, 14, 52, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<7f3ac21b9e4d4c1f8a0b@EXCH02.ashcombe.gov.uk>"
m["In-Reply-To"] = "<CAF9x2q1Lm@mail.fastmail.co.uk>"
m["X-MS-Has-Attach"] = ""
m.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
with open(p("01-reply.eml"), "wb") as f:
    f.write(bytes(m))

add_label(path="01-reply.eml", request_file="01-request.txt", format="eml", body_type="council",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=192,
          note="Total is not stated: public space 118 and buildings 74 must be added; Dahua is 'no' only because the Q4 maker list is complete and omits it.")
