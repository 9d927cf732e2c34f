from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime
body = """Dear Ms Baird

Thank you for your request which we received on 14 October 2025. I have
typed the Council's responses into your email below.

Regards

Alasdair Munro
Information Officer
Legal and Governance | Strath Ardle Council
Council Buildings, Tay Street, Ardmhor PH10 6DD
01250 874 300

-----Original Message-----
From: Rhona Baird <rhona.baird@btinternet.com>
Sent: 14 October 2025 09:12
To: FOI <foi@strathardle.gov.uk>
Subject: FOISA request - public space CCTV

Dear Strath Ardle Council,

Please can you provide the following under the Freedom of Information (Scotland) Act 2002:

> 1. How many CCTV cameras does the council operate in public spaces?

29 in Ardmhor town centre and 12 at Glenalmond Retail Park and bus interchange.

> 2. Are any of them made by Hikvision? If so how many?

Yes, 17. These are the cameras replaced in the 2019 upgrade. The remainder are Panasonic.

> 3. Are any made by Dahua?

No

> 4. Does the council operate any ANPR cameras?

No. The council does not operate ANPR. Any ANPR on the trunk road network is a matter for Police Scotland.

> 5. What was the cost of monitoring the public space CCTV in 2024/25?

GBP 84,300. This is the council's contribution to the joint control room at Ardmhor police office, which is staffed by council-employed operators.

Thanks
Rhona Baird

________________________________
Your right to seek a review: If you are dissatisfied with the way the Council has dealt with your request, you are entitled to require the Council to review its decision. Please note that in order for a review to take place you must write to the Legal and Governance Manager, Council Buildings, Tay Street, Ardmhor PH10 6DD, or foi@strathardle.gov.uk, within 40 working days of receiving this response. If you remain dissatisfied following the review you have a right to apply to the Scottish Information Commissioner for a decision: www.foi.scot/appeal, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.

This email and any attachments are intended for the addressee only and may contain confidential information. Strath Ardle Council may monitor emails for business and security purposes.
"""
m = EmailMessage()
m["From"] = "FOI <foi@strathardle.gov.uk>"
m["To"] = "Rhona Baird <rhona.baird@btinternet.com>"
m["Subject"] = "RE: FOISA request - public space CCTV [SAC-FOI-5530]"
m["Date"] = format_datetime(datetime.datetime(2025, 11, 5, 14, 38, tzinfo=datetime.timezone.utc))
m["Message-ID"] = make_msgid(domain="strathardle.gov.uk")
m["In-Reply-To"] = "<CAB7x1q9Z-4Kd2@mail.btinternet.com>"
m.set_content(body)
open(str(__import__("pathlib").Path(__file__).resolve().parents[1]) + "/18-reply.eml", "wb").write(bytes(m))
