import os
from lib import *

REQUEST = """
Dear Inverallan Council,

Under the Freedom of Information (Scotland) Act 2002, please tell me:

1. How many CCTV cameras does the Council currently operate?
2. Are any of them manufactured by Hikvision? If so, how many?
3. Are any of them manufactured by Dahua? If so, how many?

Regards,
Callum Drysdale
"""

LABEL = dict(format="eml", body_type="council", law="foisa", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=212,
             note="e-mail forwards an earlier (2023) reply and updates it on top: the Dahua cameras quoted in the old reply have since been removed and the count reduced")

TOP_TXT = """Dear Mr Drysdale

Your request for information - our reference FOISA/IC/2024/0671

Thank you for your request of 2 August 2024. We received an almost identical request last year and I have forwarded our response to that request below, as most of it still stands.

There has been one change since then. The Kingsway Depot closed in March 2024 and the 14 Dahua cameras there were taken down when the site was cleared, so the Council now operates 212 cameras rather than 226. The Hikvision figure (31) is unchanged.

Your right to seek a review
If you are unhappy with this response you can ask us to review it within 40 working days by writing to the Information Governance Team, Inverallan Council, Riverside House, Ferry Road, Inverallan IV21 6HQ or emailing foi@inverallan.gov.scot. If you are still dissatisfied after the review you can appeal to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS (www.foi.scot).

Kind regards

Fiona Strachan
Information Governance Officer
Inverallan Council

-----Original Message-----
From: FOI Inverallan <foi@inverallan.gov.scot>
Sent: 19 September 2023 11:02
To: 'Ingrid Belhaven' <ingrid.b@example.org>
Subject: FOISA/IC/2023/1148 - CCTV cameras - response

Dear Ms Belhaven

Thank you for your request under the Freedom of Information (Scotland) Act 2002 received on 23 August 2023. I can respond as follows.

1. The Council operates 226 CCTV cameras (public space, car parks, offices and depots).
2. Yes - 31 cameras are Hikvision.
3. Yes - 14 cameras at Kingsway Depot are Dahua.

Regards

Gordon McCrindle
Information Governance Team
"""

TOP_HTML = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Drysdale</p>
<p><b>Your request for information - our reference FOISA/IC/2024/0671</b></p>
<p>Thank you for your request of 2 August 2024. We received an almost identical request last year and I have forwarded our response to that request below, as most of it still stands.</p>
<p>There has been one change since then. The Kingsway Depot closed in March 2024 and the 14 Dahua cameras there were taken down when the site was cleared, so the Council now operates 212 cameras rather than 226. The Hikvision figure (31) is unchanged.</p>
<p><b>Your right to seek a review</b><br>If you are unhappy with this response you can ask us to review it within 40 working days by writing to the Information Governance Team, Inverallan Council, Riverside House, Ferry Road, Inverallan IV21 6HQ or emailing foi@inverallan.gov.scot. If you are still dissatisfied after the review you can appeal to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS (<a href="https://www.foi.scot">www.foi.scot</a>).</p>
<p>Kind regards</p>
<p>Fiona Strachan<br>Information Governance Officer<br>Inverallan Council</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> FOI Inverallan &lt;foi@inverallan.gov.scot&gt;<br><b>Sent:</b> 19 September 2023 11:02<br><b>To:</b> 'Ingrid Belhaven' &lt;ingrid.b@example.org&gt;<br><b>Subject:</b> FOISA/IC/2023/1148 - CCTV cameras - response</p>
</div>
<p>Dear Ms Belhaven</p>
<p>Thank you for your request under the Freedom of Information (Scotland) Act 2002 received on 23 August 2023. I can respond as follows.</p>
<p>1. The Council operates 226 CCTV cameras (public space, car parks, offices and depots).<br>
2. Yes - 31 cameras are Hikvision.<br>
3. Yes - 14 cameras at Kingsway Depot are Dahua.</p>
<p>Regards</p>
<p>Gordon McCrindle<br>Information Governance Team</p>
</body></html>"""


def build(out):
    name = "09-reply.eml"
    eml(os.path.join(out, name), "Fiona Strachan <foi@inverallan.gov.scot>", "Callum Drysdale <c.drysdale@example.com>",
        "FW: FOISA/IC/2023/1148 - CCTV cameras - response [FOISA/IC/2024/0671]", dt(2024, 8, 27, 9, 48), TOP_TXT, TOP_HTML)
    return name
