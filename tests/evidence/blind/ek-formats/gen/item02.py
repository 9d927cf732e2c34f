from email.message import EmailMessage
from email.utils import format_datetime
import datetime
from common import *
NN = "02"
write_request(NN, """
To: FOI Office, Kestrel Valley Hospitals NHS Foundation Trust
Date: 11 March 2024

Hello,

I would like to make a request under the FOI Act.

a) How many CCTV cameras are installed across the Trust's hospital sites?
b) Please list the manufacturers of these cameras and how many of each.
c) Do any of the cameras have facial recognition or audio recording capability switched on?
d) Which company maintains the system?

Many thanks
Priya Raman
""")

html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 10pt 0;font-family:Arial,sans-serif;font-size:11pt}
table.resp{border-collapse:collapse}table.resp td,table.resp th{border:1px solid #999;padding:3px 8px;font-family:Arial;font-size:10pt}</style></head>
<body>
<p>Dear Ms Raman,</p>
<p><b>Freedom of Information Act 2000 &ndash; Request Reference: KVH/FOI/24/0377</b></p>
<p>We write in response to your request received by the Trust on 11/03/2024. Please find the Trust&#8217;s response below.</p>
<p><i>a) How many CCTV cameras are installed across the Trust&#8217;s hospital sites?</i><br>
<span style="color:#1F4E79">Please see the table at b). The figures cover Kestrel Valley General Hospital, St Aidan&#8217;s Community Hospital and the Moorside Treatment Centre.</span></p>
<p><i>b) Please list the manufacturers of these cameras and how many of each.</i></p>
<table class="resp">
<tr><th>Manufacturer</th><th>No. of cameras</th></tr>
<tr><td>Axis</td><td align="right">212</td></tr>
<tr><td>Hanwha (Wisenet)</td><td align="right">187</td></tr>
<tr><td>Avigilon</td><td align="right">140</td></tr>
<tr><td>HiWatch</td><td align="right">96</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>635</b></td></tr>
</table>
<p>&nbsp;</p>
<p><i>c) Do any of the cameras have facial recognition or audio recording capability switched on?</i><br>
<span style="color:#1F4E79">No. The Trust does not use facial recognition. A small number of cameras are audio-capable but audio recording is disabled on all devices.</span></p>
<p><i>d) Which company maintains the system?</i><br>
<span style="color:#1F4E79">The system is maintained under contract by Northgate Fire &amp; Security Systems Ltd.</span></p>
<p>If you are dissatisfied with the Trust&#8217;s response you may request an internal review by writing to the Head of Information Governance within 40 working days, quoting the reference above. If you remain dissatisfied following the review you may complain to the Information Commissioner&#8217;s Office (<a href="https://ico.org.uk/make-a-complaint/">ico.org.uk</a>).</p>
<p>Yours sincerely,</p>
<p>Freedom of Information Team<br>Kestrel Valley Hospitals NHS Foundation Trust<br>Trust Headquarters, Kestrel Way, Ashcombe AC4 7TT<br>
<span style="font-size:8pt;color:#777">This e-mail is confidential and may be privileged. NHS Mail is a secure service; please do not forward this e-mail to non-secure addresses without considering the content.</span></p>
<hr>
<div style="font-size:9pt;color:#555"><b>From:</b> Priya Raman<br><b>Sent:</b> 11 March 2024 09:41<br><b>To:</b> FOI (KESTREL VALLEY HOSPITALS NHS FOUNDATION TRUST)<br><b>Subject:</b> FOI - CCTV</div>
<blockquote style="border-left:2px solid #ccc;padding-left:6px;color:#555">a) How many CCTV cameras are installed across the Trust's hospital sites?<br>b) Please list the manufacturers of these cameras and how many of each.<br>c) Do any of the cameras have facial recognition or audio recording capability switched on?<br>d) Which company maintains the system?</blockquote>
</body></html>
"""
m = EmailMessage()
m["From"] = "FOI (KESTREL VALLEY HOSPITALS NHS FOUNDATION TRUST) <kvh.foi@nhs.net>"
m["To"] = "Priya Raman <priya.raman82@gmail.com>"
m["Subject"] = "KVH/FOI/24/0377 - Response"
m["Date"] = format_datetime(datetime.datetime(2024, 4, 8, 10, 3, 44, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<AM9PR08MB71234E5A0B@AM9PR08MB7123.eurprd08.prod.outlook.com>"
m.set_content(html, subtype="html", cte="quoted-printable")
open(out(f"{NN}-reply.eml"), "wb").write(bytes(m))
label(NN, "eml", "eml", "nhs", "foia", "yes", "no", "answered", [], 635,
      "HTML-only mail; Hikvision appears only as its HiWatch brand in a complete manufacturer table that leaves out Dahua.")
