from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import pathlib
here = pathlib.Path(__file__).resolve().parent.parent
req = (here / "06-request.txt").read_text()
# drop the Subject line of the request for quoting
req_body = "\n".join(req.splitlines()[2:])
quoted = "\n".join(("> " + l) if l else ">" for l in req_body.splitlines())
body = f"""Dear Ms Okonkwo,

Thank you for your request, which the Trust received on 12 June. Apologies that this has taken close to the full 20 school days - the request went out to all of our academies during exam season.

1. Across the Trust's five academies and the central office there are 143 cameras in total (internal and external).
2. No
3. The cameras themselves are not Dahua. Two sites (Millbrook Primary and Hazelwood Academy) record to Dahua NVRs.
4. Axis, Hanwha, Uniview
5. No to both
6. The Trust intends to replace the two recorders when those systems are next upgraded. No date has been set.

If you are unhappy with our response you can ask for a review by replying to this email within 40 working days. If you are still not satisfied after that you can complain to the Information Commissioner's Office, www.ico.org.uk.

Kind regards,

Hannah Sleightholme
Governance Professional
Riverbend Learning Trust
Riverbend House, 4 Mill Lane, Tarrbridge, DN22 6PL
01777 482 901

Riverbend Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 08734412.

-----Original Message-----
From: Juliet Okonkwo <foi-survey@stnetwork.org.uk>
Sent: 12 June 2024 09:14
To: Governance <governance@riverbendlt.org.uk>
Subject: Freedom of Information request - CCTV cameras (national survey)

{quoted}
"""
m = EmailMessage()
m["From"] = "Governance <governance@riverbendlt.org.uk>"
m["To"] = "Juliet Okonkwo <foi-survey@stnetwork.org.uk>"
m["Subject"] = "RE: Freedom of Information request - CCTV cameras (national survey)"
m["Date"] = format_datetime(datetime(2024, 7, 8, 15, 42, tzinfo=timezone(timedelta(hours=1))))
m["Message-ID"] = "<LO4P265MB6021A7C9E1B3F0@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>"
m["In-Reply-To"] = "<20240612081402.77AB3C01@mail.stnetwork.org.uk>"
m.set_content(body)
(here / "06-reply.eml").write_bytes(bytes(m))
