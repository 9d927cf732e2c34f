from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

NN = "22"
req = """Dear Royal Museum of Northern Industry,

Please could you answer the following questions under the Freedom of Information Act:

1. How many CCTV cameras are in operation across the Museum's sites?
2. Are any of your cameras manufactured by Hikvision or Dahua?
3. If yes, how many of each, and at which sites?
4. Which company installed and maintains the system?

Thank you,
Chloe Lindqvist"""
write_request(NN, req)

body = """Dear Ms Lindqvist

RE: FOI-RMNI-24-019

1. 212
2. No
3. See answer to 2
4. Installed by Chubb, maintained by Mitie Security under the Museum's facilities contract.

Kind regards

Gary Holm
Head of Security & Visitor Operations
Royal Museum of Northern Industry
Canal Basin, Salterby SB1 3MQ

You can ask for an internal review of this response within 40 working days by writing to foi@rmni.org.uk. If you are not content with the outcome of the review you may complain to the Information Commissioner (ico.org.uk).

________________________________
From: Chloe Lindqvist <chloe.lindqvist@example.co.uk>
Sent: 19 February 2024 08:55
To: FOI <foi@rmni.org.uk>
Subject: Freedom of Information request - CCTV

""" + req + "\n"

msg = EmailMessage()
msg["From"] = "Gary Holm <g.holm@rmni.org.uk>"
msg["To"] = "Chloe Lindqvist <chloe.lindqvist@example.co.uk>"
msg["Cc"] = "FOI <foi@rmni.org.uk>"
msg["Subject"] = "RE: Freedom of Information request - CCTV"
msg["Date"] = format_datetime(datetime.datetime(2024, 3, 14, 17, 49, 0, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = "<LO2P265MB4471A8B0D99C3E1F@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>"
msg["In-Reply-To"] = "<CAH7x9k2VbQ@mail.example.co.uk>"
msg.set_content(body)
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(msg))

add_label(dict(path=f"{NN}-reply.eml", request_file=f"{NN}-request.txt", format="eml",
               body_type="other", law="foia", hikvision="no", dahua="no", outcome="answered",
               exemptions=[], camera_count=212,
               note="Terse '1. 212 2. No 3. See answer to 2' only readable against the request's joint Hikvision-or-Dahua question."))
