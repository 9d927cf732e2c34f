import os
from lib import *

REQUEST = """
Hello,

Freedom of Information request for Carnbrook Fire and Rescue Service:

1. How many CCTV cameras does the Service have at its fire stations and headquarters?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. Who are the manufacturers?

Thanks
Jo Pellew
"""

LABEL = dict(format="eml", body_type="fire", law="foia", hikvision="no", dahua="no",
             outcome="answered", exemptions=[], camera_count=38,
             note="terse numbered answers in an e-mail with HTML and plain-text alternatives; answers only make sense beside the request")

TEXT = """Dear Jo,

Ref: CFRS/FOI/24/077

Thank you for your email. Please see our response below.

1. 38
2. No
3. No
4. Hanwha and Bosch

If you are not happy with the way your request has been handled you can ask for a review by replying to this email within 40 working days. You also have the right to complain to the Information Commissioner's Office (www.ico.org.uk).

Kind regards

Mandy Trelawney
Information Governance Assistant
Carnbrook Fire and Rescue Service | Service Headquarters | Tolvean Road | Carnbrook | TR9 4JF
Tel 01632 962 377

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""

HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Jo,</p>
<p><b>Ref: CFRS/FOI/24/077</b></p>
<p>Thank you for your email. Please see our response below.</p>
<ol>
<li>38</li>
<li>No</li>
<li>No</li>
<li>Hanwha and Bosch</li>
</ol>
<p>If you are not happy with the way your request has been handled you can ask for a review by replying to this email within 40 working days. You also have the right to complain to the Information Commissioner's Office (<a href="https://ico.org.uk">www.ico.org.uk</a>).</p>
<p>Kind regards</p>
<p style="color:#7f1d1d"><b>Mandy Trelawney</b><br>Information Governance Assistant<br>Carnbrook Fire and Rescue Service | Service Headquarters | Tolvean Road | Carnbrook | TR9 4JF<br>Tel 01632 962 377</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.</p>
</body></html>"""


def build(out):
    name = "05-reply.eml"
    eml(os.path.join(out, name), "FOI Carnbrook FRS <foi@carnbrookfire.gov.uk>", "Jo Pellew <jo.pellew@example.net>",
        "RE: Freedom of Information request - CCTV [CFRS/FOI/24/077]", dt(2024, 4, 22, 14, 31), TEXT, HTML)
    return name
