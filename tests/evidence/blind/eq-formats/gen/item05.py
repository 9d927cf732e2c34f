"""05: forwarded thread from a maintained school; count corrected in the top message."""
from email.message import EmailMessage
from email.policy import SMTP
from common import out, write_request, write_label

write_request("05", """
Dear Headteacher,

I am making a request under the Freedom of Information Act 2000.

- How many CCTV cameras are installed at the school?
- What make are the cameras and the recorder?
- Are any made by Hikvision or Dahua?
- Do any of the cameras record audio?

Thank you
Mark Wentworth
""")

body = """Dear Mr Wentworth,

Apologies for the delay in getting back to you. Please see below from our Site Manager, which answers your questions. I would just add that the two cameras on the old Science block were taken down when it was demolished over the summer, so we now have 14 not 16.

Kind regards
Angela Moss
School Business Manager
St Aidan's CE Primary School
Beech Lane, Tadcaster LS24 9PR
01937 771 204

-----Original Message-----
From: Dave Crossley <d.crossley@staidans-tadcaster.n-yorks.sch.uk>
Sent: 22 October 2024 16:40
To: Angela Moss <a.moss@staidans-tadcaster.n-yorks.sch.uk>
Subject: RE: FW: Freedom of Information request - CCTV

Hi Angela

We've got 16 cameras in total, 5 inside (main entrance, reception, hall, ICT suite, corridor by Y6) and 11 outside round the perimeter and the car park. It's all Hikvision, cameras and the NVR, put in by Yorkshire Secure Systems in 2019 when we had the new fence done. None of them do sound, it's video only.

Any problems give me a shout.

Dave

Dave Crossley
Site Manager

-----Original Message-----
From: Angela Moss <a.moss@staidans-tadcaster.n-yorks.sch.uk>
Sent: 21 October 2024 09:12
To: Dave Crossley <d.crossley@staidans-tadcaster.n-yorks.sch.uk>
Subject: FW: Freedom of Information request - CCTV

Morning Dave, can you help with this one? We have 20 school days to reply. Thanks, A

-----Original Message-----
From: Mark Wentworth <mark.wentworth.foi@outlook.com>
Sent: 30 September 2024 20:03
To: Office <office@staidans-tadcaster.n-yorks.sch.uk>
Subject: Freedom of Information request - CCTV

Dear Headteacher,

I am making a request under the Freedom of Information Act 2000.

- How many CCTV cameras are installed at the school?
- What make are the cameras and the recorder?
- Are any made by Hikvision or Dahua?
- Do any of the cameras record audio?

Thank you
Mark Wentworth

________________________________
This e-mail and any attachments are intended for the named recipient only. St Aidan's CE Primary School is part of the York & Ripon Diocesan family of schools.
"""

msg = EmailMessage(policy=SMTP)
msg["From"] = "Angela Moss <a.moss@staidans-tadcaster.n-yorks.sch.uk>"
msg["To"] = "Mark Wentworth <mark.wentworth.foi@outlook.com>"
msg["Subject"] = "FW: RE: FW: Freedom of Information request - CCTV"
msg["Date"] = "Mon, 04 Nov 2024 13:26:17 +0000"
msg["Message-ID"] = "<AM9P191MB1622F1@AM9P191MB1622.EURP191.PROD.OUTLOOK.COM>"
msg.set_content(body)
with open(out("05-reply.eml"), "wb") as f:
    f.write(msg.as_bytes())

write_label(path="05-reply.eml", request_file="05-request.txt", format="eml", body_type="school", law="foia",
            hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=14,
            note="Forwarded thread: the site manager's quoted answer gives 16 but the covering note corrects it to 14 (two removed); 'It's all Hikvision, cameras and the NVR' is a complete maker list so Dahua is no; the request is quoted again at the bottom.")
