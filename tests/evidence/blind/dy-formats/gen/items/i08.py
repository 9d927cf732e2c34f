from email.message import EmailMessage
from email.utils import format_datetime
import datetime
EXT = "eml"
REQUEST = """
From: Nadia Roussel <n.roussel@fastmail.co.uk>
To: enquiries@highfields.derbyshire.sch.uk
Date: Mon, 9 Sep 2024 08:41:12 +0100
Subject: Freedom of Information request

Dear Headteacher / Governors,

I would like to make a Freedom of Information request regarding CCTV at Highfields School.

1. How many CCTV cameras are there at the school (inside and outside)?
2. Who manufactures the cameras?
3. Are any of the cameras or recorders made by Hikvision or Dahua?
4. How much does the school pay each year for the CCTV system?

Many thanks,
Nadia Roussel
"""
LABEL = dict(body_type="school", law="foia", hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=[],
             camera_count=None,
             note="plain-text e-mail reply above the quoted request (which names both makers): the system belongs to the PFI contractor and the school holds none of it")

BODY = """Dear Ms Roussel,

Thank you for your email. Apologies for the slight delay in replying - your
message arrived during the first week of term.

The CCTV system at Highfields is not owned by the school. It was installed
under the school's PFI contract with Derbyshire County Council and is owned,
managed and maintained by the PFI facilities management provider (Equans
FM). The school does not pay for it separately - it is part of the unitary
charge paid through the County Council.

I have checked with our site team and we do not hold any records of the
number of cameras, the make or model of the cameras or recording equipment,
or the cost of the system, so I'm afraid the school does not hold the
information you have asked for.

You may wish to contact Derbyshire County Council (foi@derbyshire.gov.uk),
who manage the PFI contract, as they may be able to help.

If you are unhappy with this response you can ask the Chair of Governors to
review it by writing to the school at the address below. If you are still
not satisfied you can complain to the Information Commissioner's Office
(www.ico.org.uk, 0303 123 1113).

Kind regards

Mrs J. Attwood
School Business Manager
Highfields School
Upper Lumsdale, Matlock, Derbyshire DE4 5NA
Tel: 01629 58 3217

This email and any attachments are confidential and intended solely for the
addressee. If you have received it in error please notify the sender and
delete it. Derbyshire schools email is monitored for security purposes.

________________________________
From: Nadia Roussel <n.roussel@fastmail.co.uk>
Sent: 09 September 2024 08:41
To: Enquiries <enquiries@highfields.derbyshire.sch.uk>
Subject: Freedom of Information request

> Dear Headteacher / Governors,
>
> I would like to make a Freedom of Information request regarding CCTV at
> Highfields School.
>
> 1. How many CCTV cameras are there at the school (inside and outside)?
> 2. Who manufactures the cameras?
> 3. Are any of the cameras or recorders made by Hikvision or Dahua?
> 4. How much does the school pay each year for the CCTV system?
>
> Many thanks,
> Nadia Roussel
"""

def build(path):
    m = EmailMessage()
    m["From"] = "Jane Attwood <j.attwood@highfields.derbyshire.sch.uk>"
    m["To"] = "Nadia Roussel <n.roussel@fastmail.co.uk>"
    m["Date"] = format_datetime(datetime.datetime(2024, 10, 3, 15, 22, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    m["Subject"] = "RE: Freedom of Information request"
    m["Message-ID"] = "<AM9PR06MB7329A1C4E2F0B94D@AM9PR06MB7329.eurprd06.prod.outlook.com>"
    m["In-Reply-To"] = "<c41f2e7a-88d2-4b1e-9e7d-2f3a@fastmail.co.uk>"
    m["Thread-Topic"] = "Freedom of Information request"
    m["X-MS-Has-Attach"] = ""
    m.set_content(BODY, charset="utf-8", cte="quoted-printable")
    with open(path, "wb") as fh:
        fh.write(bytes(m))
