from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os
here = os.path.dirname(os.path.abspath(__file__)) + "/.."
req = open(os.path.join(here, "04-request.txt")).read()
# quote only the body of the request (after the blank line following headers)
body_req = req.split("\n\n", 1)[1]
quoted = "\n".join(("> " + l) if l else ">" for l in body_req.rstrip("\n").split("\n"))
text = f"""Dear Ms Castell

Please see below our responses to your request (ref FRS-FOI-0244).

1) 64
2) Yes
3) Dahua - 64
4) Installed 2019 by Harbourline Electrical & Security Ltd. Maintenance is now carried out by the Service's own
Property Services team with support from Harbourline on a call-off basis.
5) No plans at present. The Service will review the position when the station CCTV contract is re-tendered.

If you are unhappy with the way your request has been handled you can ask for an internal review by replying to
this email within 40 working days. You also have the right to complain to the Information Commissioner's
Office (www.ico.org.uk / 0303 123 1113).

Regards

Gareth Lumb
Information Governance Assistant
Dunmore & Coast Fire and Rescue Service
Service Headquarters, Beacon Way, Dunmore DN7 3RE
Tel: 01482 660 193

-----Original Message-----
From: Open Lens Survey <survey@openlens-uk.org>
Sent: 22 July 2024 09:14
To: Information Requests <information.requests@dunmorefire.gov.uk>
Subject: Freedom of Information request - UK Public Sector CCTV Survey 2024

{quoted}
"""
m = EmailMessage()
m["From"] = "Information Requests <information.requests@dunmorefire.gov.uk>"
m["To"] = "Open Lens Survey <survey@openlens-uk.org>"
m["Subject"] = "RE: Freedom of Information request - UK Public Sector CCTV Survey 2024 [FRS-FOI-0244]"
m["Date"] = format_datetime(datetime.datetime(2024, 8, 19, 15, 42, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<8f3c1a2e94b04d0f9a7e1c55@EXCH02.dunmorefire.gov.uk>"
m["In-Reply-To"] = "<20240722081402.5512@openlens-uk.org>"
m.set_content(text)
open(os.path.join(here, "04-reply.eml"), "wb").write(bytes(m))
