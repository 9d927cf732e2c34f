from helpers import *

req = """Dear Head Teacher,

Please treat this as a request under the Freedom of Information Act.

1) How many CCTV cameras does the school have?
2) Are any of them made by Hikvision?
3) Are any of them made by Dahua?
4) Who installed the system?

Many thanks
Alys Fernley
"""
write_text("10-request.txt", req)

body = """Dear Ms Fernley

Apologies for the delay in getting back to you - we have had staff off.

In answer to your questions, we have 12 cameras outside and 4 inside the building.
They were put in by Castle Alarms Ltd of Pershore in 2019. The cameras are HiLook
and the recorder is Hikvision. Nothing by Dahua.

Hope this helps.

Kind regards

Mrs S Kettleby
School Business Manager
St Oswald's CE Primary School
Mill Lane, Upton Knoll, WR9 3PL
01632 960 233

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. Worcestershire
schools' email is monitored for the purposes of safeguarding.

-----Original Message-----
From: Alys Fernley <alys.fernley@example.org>
Sent: 04 March 2024 19:41
To: office@st-oswalds-upton.worcs.sch.uk
Subject: Freedom of Information request - CCTV

""" + "\n".join("> " + l if l else ">" for l in req.splitlines()) + "\n"

write_eml(out("10-reply.eml"), {
    "From": "St Oswald's Office <office@st-oswalds-upton.worcs.sch.uk>",
    "To": "Alys Fernley <alys.fernley@example.org>",
    "Subject": "RE: Freedom of Information request - CCTV",
    "Date": "Thu, 11 Apr 2024 15:02:17 +0100",
    "Message-ID": "<DB9PR05MB8123A1C2@DB9PR05MB8123.eurprd05.prod.outlook.com>",
    "In-Reply-To": "<f3a1c0de-22@example.org>",
}, body)
label(10, "eml", "school", "foia", "yes", "no", "answered", [], 16,
      "Informal e-mail with counts split '12 outside and 4 inside' and no total; cameras named only by the Hikvision brand HiLook, recorder Hikvision; quoted request below.")
note(10, "EML body, primary school business manager; 12+4=16; 'HiLook' cameras + Hikvision recorder; 'Nothing by Dahua'. Medium.")
