from email.message import EmailMessage
from email.utils import formatdate, make_msgid
import datetime
from common import out

m = EmailMessage()
m["From"] = "SFRS Information Governance <infogov@severnshire-fire.gov.uk>"
m["To"] = "Marcus Feld <request-911824-6f2a1c@whatdotheyknow.com>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras [FOI 24-118] OFFICIAL"
m["Date"] = formatdate(datetime.datetime(2024, 7, 2, 10, 41, 7).timestamp(), localtime=False)
m["Message-ID"] = make_msgid(domain="severnshire-fire.gov.uk")
body = """OFFICIAL

Dear Mr Feld

Thank you for your request for information received 6 June 2024. Our response is below.

1. 48
2. No
3. No
4. N/A

The Service's fire appliances and support vehicles are fitted with vehicle CCTV systems (Brigade Electronics); these are not included in the figure at 1 above as they are not installed at premises.

If you are unhappy with this response you can request an internal review by replying to this email within 40 working days. If you remain dissatisfied following the review you may complain to the Information Commissioner - https://ico.org.uk/make-a-complaint/

Kind regards

Lauren Hibbert
Information Governance Officer
Severnshire Fire and Rescue Service
Service Headquarters, Kidderley Road, Worcester WR4 9GE
Tel: 01905 368 215

----------------------------------------------------------------------
This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Severnshire Fire and Rescue Service monitors emails to ensure compliance with its policies.
----------------------------------------------------------------------

From: Marcus Feld <request-911824-6f2a1c@whatdotheyknow.com>
Sent: 06 June 2024 19:12
To: FOI <infogov@severnshire-fire.gov.uk>
Subject: Freedom of Information request - CCTV cameras

Dear Severnshire Fire and Rescue Service,

Under FOIA 2000 please can you tell me:

1. How many CCTV cameras are installed at your fire stations and other premises?
2. Are any of these made by Hikvision?
3. Are any of these made by Dahua?
4. If yes to 2 or 3, are there plans to replace them?

Thanks,
Marcus Feld
"""
m.set_content(body)
open(out("08-reply.eml"), "wb").write(bytes(m))
