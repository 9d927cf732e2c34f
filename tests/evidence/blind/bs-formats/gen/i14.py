from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
nn = "14"
req = """Dear Boston Borough Council,

Please could you answer the following under FOI:

1. How many CCTV cameras does the council operate?
2. Are any of them made by Hikvision or Dahua?
3. If yes, how many of them?
4. Does the council plan to replace them?
5. Who monitors the cameras?

Thanks,
Mark Ellison"""
request(nn, req)
m = EmailMessage()
m["From"] = "Boston Borough Council FOI <foi@boston.example.gov.uk>"
m["To"] = "Mark Ellison <request-88123-4be1@whatdotheyknow.example.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras [Ref: BBC-FOI-3391]"
m["Date"] = format_datetime(datetime.datetime(2024, 2, 27, 11, 42, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<BBC3391.27022024@boston.example.gov.uk>"
m["In-Reply-To"] = "<req-88123@whatdotheyknow.example.com>"
body = """Dear Mr Ellison

Please see our responses below your original questions in capitals.

Regards

Debbie Skelton
Information Governance Officer
Boston Borough Council | Municipal Buildings | West Street | Boston PE21 8QR
T: 01205 000 318

-----Original Message-----
From: Mark Ellison <request-88123-4be1@whatdotheyknow.example.com>
Sent: 30 January 2024 09:14
To: FOI <foi@boston.example.gov.uk>
Subject: Freedom of Information request - CCTV cameras

> Dear Boston Borough Council,
>
> Please could you answer the following under FOI:
>
> 1. How many CCTV cameras does the council operate?

46 - THIS IS THE PUBLIC SPACE SYSTEM (TOWN CENTRE, MARKET PLACE AND CAR PARKS). THERE ARE NO OTHER COUNCIL CAMERAS.

> 2. Are any of them made by Hikvision or Dahua?

NO

> 3. If yes, how many of them?

N/A

> 4. Does the council plan to replace them?

SEE ABOVE

> 5. Who monitors the cameras?

MONITORED BY THE COUNCIL'S OWN CCTV OPERATORS AT THE CONTROL ROOM IN MUNICIPAL BUILDINGS.

>
> Thanks,
> Mark Ellison

If you are not happy with this response you may request an internal review within 40 working days. After that you can complain to the ICO (ico.org.uk).

This e-mail and any attachments are confidential and intended solely for the addressee. Views expressed are not necessarily those of Boston Borough Council.
"""
m.set_content(body)
open(outpath(nn, "eml"), "wb").write(bytes(m))
label(nn, "eml", "council", "foia", "no", "no", "answered", [], 46,
      "answers typed inline in capitals under quoted questions; bare 'NO' to a joint Hikvision-or-Dahua question")
