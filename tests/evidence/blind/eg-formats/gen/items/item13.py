import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '13'
REQ = """Dear Hebden Royd Town Council,

Under the Freedom of Information Act 2000 I would like to know:

1. How many CCTV cameras does the Town Council own or operate?
2. Are any of them manufactured by Hikvision or Dahua (including their brands such as EZVIZ, HiLook or Imou)?
3. Who monitors the cameras?

Yours faithfully,
Bethany Crowther"""
write_request(NN, REQ)

m = email_msg('Town Clerk <clerk@hebdenroyd-tc.example.org.uk>',
              'Bethany Crowther <request-94107-0d2f6a9b@whatdotheyknow.com>',
              'RE: Freedom of Information request - CCTV cameras and manufacturers',
              dt(2024, 10, 3, 16, 58))
quoted = '\n'.join('> ' + l if l else '>' for l in REQ.splitlines())
m.set_content(f"""Dear Ms Crowther

Thank you for your email. Hebden Royd Town Council does not have any CCTV cameras. The cameras in Hebden Bridge town centre are operated by Calderdale Council and you may wish to direct your request to them.

Kind regards

Sue Haworth
Town Clerk & RFO
Hebden Royd Town Council
Council Offices, St George's Street, Hebden Bridge HX7 7BY
01422 843 517 (Mon, Wed, Thu mornings)

-----Original Message-----
From: Bethany Crowther <request-94107-0d2f6a9b@whatdotheyknow.com>
Sent: 19 September 2024 08:12
To: FOI requests at Hebden Royd Town Council <clerk@hebdenroyd-tc.example.org.uk>
Subject: Freedom of Information request - CCTV cameras and manufacturers

{quoted}

-------------------------------------------------------------------
Please use this email address for all replies to this request:
request-94107-0d2f6a9b@whatdotheyknow.com
-------------------------------------------------------------------
""", cte='8bit')
save_eml(NN, m)
put_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml",
           "body_type": "council", "law": "foia", "hikvision": "no", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 0,
           "note": "two-line town council reply saying it has no CCTV; the quoted original request below it names Hikvision, Dahua and their brands"})
