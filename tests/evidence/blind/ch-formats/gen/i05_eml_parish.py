from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from common import out, write_request, add_label

NN = "05"
write_request(NN, """
Hello,

Freedom of Information request.

1. How many CCTV cameras does Little Hadstock Parish Council own or operate?
2. Of these, how many are manufactured by Hikvision or Dahua?
3. What was the total spend on CCTV in the last three financial years?

Thanks
J. Abara
""")

m = EmailMessage()
m["From"] = "Little Hadstock Parish Clerk <clerk@littlehadstock-pc.org.uk>"
m["To"] = "j.abara@fastmail.example"
m["Subject"] = "RE: FOI - CCTV cameras"
m["Date"] = format_datetime(datetime(2024, 3, 5, 19, 42, tzinfo=timezone.utc))
m["Message-ID"] = "<a81f2c@littlehadstock-pc.org.uk>"
m.set_content("""Dear J Abara

Thank you for your email.

The Parish Council doesn't own or operate any CCTV cameras, so there is nothing to report for questions 2 and 3 either. The camera on the village hall is owned and run by the Village Hall Management Committee, which is a separate charity.

Kind regards

Sue Trethewey
Clerk & RFO
Little Hadstock Parish Council
07700 900 615

-----Original Message-----
From: j.abara@fastmail.example
Sent: 26 February 2024 10:03
To: clerk@littlehadstock-pc.org.uk
Subject: FOI - CCTV cameras

Hello,
Freedom of Information request.
1. How many CCTV cameras does Little Hadstock Parish Council own or operate?
2. Of these, how many are manufactured by Hikvision or Dahua?
3. What was the total spend on CCTV in the last three financial years?
""")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))

add_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml",
           "body_type": "council", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 0,
           "note": "terse clerk e-mail: no CCTV at all; a camera owned by a separate charity is mentioned"})
