import os
from lib import *

REQUEST = """
Dear Ridings and Wolds Constabulary,

I would like to ask the following about drones (unmanned aerial vehicles):

1. How many drones does the force own or operate?
2. What make and model are they?
3. Are any manufactured by DJI, Autel, Hikvision or Dahua?

Yours,
Teodor Quaile
"""

LABEL = dict(format="eml", body_type="police", law="foia", hikvision="no", dahua="no",
             outcome="answered", exemptions=[], camera_count=0,
             note="drones-only request: the force has none (support comes from another force's unit), so 0 and no for both makers; reply quotes the request below the answer")

TXT = """Good afternoon Mr Quaile,

FOI Ref: 007712/24

I can confirm that Ridings and Wolds Constabulary does not own, lease or operate any drones. Where air support is required it is requested through the National Police Air Service, and drone support is provided by the Vale of Aire Police drone unit under a collaboration agreement. Any drones used on our behalf are that force's assets and we hold no information about them.

As a result questions 2 and 3 do not apply.

Regards,

Jenna Halloran
Freedom of Information Decision Maker
Information Compliance Unit
Ridings and Wolds Constabulary

You have the right to request an internal review of this decision within 40 working days. If you are still dissatisfied you may complain to the Information Commissioner's Office.

________________________________
From: Teodor Quaile <t.quaile@example.net>
Sent: 03 October 2024 21:17
To: FOI Requests <foi.requests@rwpolice.uk>
Subject: Freedom of Information request - drones

Dear Ridings and Wolds Constabulary,

I would like to ask the following about drones (unmanned aerial vehicles):

1. How many drones does the force own or operate?
2. What make and model are they?
3. Are any manufactured by DJI, Autel, Hikvision or Dahua?

Yours,
Teodor Quaile
"""

HTML = """<html><head><style>p{margin:0 0 8px 0}</style></head><body style="font-family:'Segoe UI',Arial;font-size:10.5pt">
<p>Good afternoon Mr Quaile,</p>
<p><b>FOI Ref: 007712/24</b></p>
<p>I can confirm that Ridings and Wolds Constabulary does not own, lease or operate any drones. Where air support is required it is requested through the National Police Air Service, and drone support is provided by the Vale of Aire Police drone unit under a collaboration agreement. Any drones used on our behalf are that force's assets and we hold no information about them.</p>
<p>As a result questions 2 and 3 do not apply.</p>
<p>Regards,</p>
<p><b>Jenna Halloran</b><br>Freedom of Information Decision Maker<br>Information Compliance Unit<br>Ridings and Wolds Constabulary</p>
<p style="font-size:8.5pt;color:#555">You have the right to request an internal review of this decision within 40 working days. If you are still dissatisfied you may complain to the Information Commissioner's Office.</p>
<hr>
<p><b>From:</b> Teodor Quaile &lt;t.quaile@example.net&gt;<br><b>Sent:</b> 03 October 2024 21:17<br><b>To:</b> FOI Requests &lt;foi.requests@rwpolice.uk&gt;<br><b>Subject:</b> Freedom of Information request - drones</p>
<p>Dear Ridings and Wolds Constabulary,</p>
<p>I would like to ask the following about drones (unmanned aerial vehicles):</p>
<p>1. How many drones does the force own or operate?<br>2. What make and model are they?<br>3. Are any manufactured by DJI, Autel, Hikvision or Dahua?</p>
<p>Yours,<br>Teodor Quaile</p>
</body></html>"""


def build(out):
    name = "23-reply.eml"
    eml(os.path.join(out, name), "FOI Requests <foi.requests@rwpolice.uk>", "Teodor Quaile <t.quaile@example.net>",
        "RE: Freedom of Information request - drones [OFFICIAL] 007712/24", dt(2024, 10, 29, 13, 52), TXT, HTML)
    return name
