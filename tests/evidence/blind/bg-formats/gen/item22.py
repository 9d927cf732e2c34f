from common import *
from emlh import *
import datetime

NN = "22"
write_request(NN, """
Dear Royal Borough of Greenwich,

1. How many CCTV cameras does the council operate?
2. What makes are they?
3. Are any of them Hikvision or Dahua?
4. Does the council operate ANPR cameras, and if so how many?

Thanks
Tom Ashdown
""")
plain = """Dear Mr Ashdown,

Freedom of Information request - ref 24-FOI-09312

Thank you for your request received on 30 July 2024. Please see the answers below.

1 and 2:

Camera type | Number | Manufacturer
Public space (Greenwich CCTV control centre) | 146 | Bosch, HIKVISION
Housing estates and blocks | 212 | HIKVISION
Corporate buildings and libraries | 58 | Axis

3. Yes, as above. The council does not have any cameras or recorders made by Dahua.

4. Yes. The council operates 24 ANPR cameras for moving traffic and bus lane enforcement. These are
supplied by Videalert and are not part of the CCTV figures above.

If you are unhappy with the way the council has handled your request you may ask for an internal review
within 40 working days. If you are still dissatisfied you can complain to the Information Commissioner.

Regards,

Funmi Adeyemi
Information Governance Officer
Royal Borough of Greenwich | The Woolwich Centre, 35 Wellington Street, London SE18 6HQ
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Mr Ashdown,</p>
<p><b>Freedom of Information request - ref 24-FOI-09312</b></p>
<p>Thank you for your request received on 30 July 2024. Please see the answers below.</p>
<p><b>1 and 2:</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2f3"><th>Camera type</th><th>Number</th><th>Manufacturer</th></tr>
<tr><td>Public space (Greenwich CCTV control centre)</td><td align="right">146</td><td>Bosch, HIKVISION</td></tr>
<tr><td>Housing estates and blocks</td><td align="right">212</td><td>HIKVISION</td></tr>
<tr><td>Corporate buildings and libraries</td><td align="right">58</td><td>Axis</td></tr>
</table>
<p><b>3.</b> Yes, as above. The council does not have any cameras or recorders made by Dahua.</p>
<p><b>4.</b> Yes. The council operates 24 ANPR cameras for moving traffic and bus lane enforcement. These are
supplied by Videalert and are not part of the CCTV figures above.</p>
<p>If you are unhappy with the way the council has handled your request you may ask for an internal review
within 40 working days. If you are still dissatisfied you can complain to the Information Commissioner.</p>
<p>Regards,</p>
<p>Funmi Adeyemi<br>Information Governance Officer<br>
<span style="color:#1f4e79">Royal Borough of Greenwich</span> | The Woolwich Centre, 35 Wellington Street, London SE18 6HQ</p>
<p style="font-size:8pt;color:#777">This email is confidential. Royal Borough of Greenwich monitors email communications.</p>
</body></html>"""
m = message("Information Governance <foi@royalgreenwich.gov.uk>", "Tom Ashdown <tom.ashdown@btinternet.com>",
            "RE: FOI request - CCTV [24-FOI-09312]",
            datetime.datetime(2024, 8, 27, 15, 3, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
            plain, html=html, domain="royalgreenwich.gov.uk")
save(m, OUT / f"{NN}-reply.eml")
add_label(NN, "eml", "council", "foia", "yes", "no", "answered", [], 416,
          "HTML e-mail table with no total row (146+212+58=416); the 24 ANPR cameras are outside the CCTV figure; Hikvision only in the table, in capitals.")
