import sys; sys.path.insert(0, sys.path[0] + "/..")
from lib import *
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
import datetime

NN = "23"
write_request(NN, """
To: foi@wvas.nhs.example
Subject: FOI - CCTV cameras

Hello,

Under the Freedom of Information Act please provide:
1. The number of CCTV cameras at West Vale Ambulance Service's stations and other buildings.
2. The manufacturers of those cameras.
3. Whether any are made by Hikvision or Dahua.

I am not asking about cameras fitted to vehicles.

Thanks
Kofi Mensah-Bonsu
""")

html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Dear Mr Mensah-Bonsu,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Freedom of Information Request &#8211; Ref WVAS FOI 1788</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your request dated 3<sup>rd</sup> March 2025. Please find the Trust&#8217;s response below.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Q1 &amp; Q2</b><o:p></o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td width="220" style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Site type</b></p></td>
<td width="70" style="padding:0cm 5.4pt"><p class="MsoNormal" align="right"><b>No. of sites</b></p></td>
<td width="70" style="padding:0cm 5.4pt"><p class="MsoNormal" align="right"><b>Cameras</b></p></td>
<td width="240" style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Manufacturer</b></p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Trust Headquarters, Fenwick Park</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">1</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">26</p></td>
<td rowspan="2" style="padding:0cm 5.4pt"><p class="MsoNormal">Axis</p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Emergency Operations Centres</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">2</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">31</p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Ambulance stations</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">38</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">152</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Dahua (32 stations), Hikvision (6 stations)</p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Make Ready hubs</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">4</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right">44</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Hanwha</p></td>
</tr>
<tr>
<td style="padding:0cm 5.4pt"><p class="MsoNormal"><b>Total</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right"><b>45</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal" align="right"><b>253</b></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">&nbsp;</p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Q3</b><o:p></o:p></p>
<p class="MsoNormal">Yes &#8211; see above.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">If you are unhappy with the way your request has been handled, you can request an internal review by replying to this email within 40 working days. If you remain dissatisfied you may contact the Information Commissioner&#8217;s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Jodie Marchetti</b><o:p></o:p></p>
<p class="MsoNormal">FOI Officer | Information Governance<o:p></o:p></p>
<p class="MsoNormal">West Vale Ambulance Service NHS Trust<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.</span><o:p></o:p></p>
</div></body></html>
"""

m = EmailMessage(policy=policy.SMTP)
m["From"] = "WVAS FOI <foi@wvas.nhs.example>"
m["To"] = "Kofi Mensah-Bonsu <k.mensahbonsu@mailbox.example>"
m["Subject"] = "RE: FOI - CCTV cameras [WVAS FOI 1788]"
m["Date"] = format_datetime(datetime.datetime(2025, 3, 28, 15, 2, 11, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<AM9PR03MB7712.1788@wvas.nhs.example>"
m["X-Mailer"] = "Microsoft Outlook 16.0"
m.set_content(html, subtype="html", cte="quoted-printable")
with open(reply_path(NN, "eml"), "wb") as f:
    f.write(bytes(m))
label(NN, "eml", "nhs", "foia", "yes", "yes", "answered", [], 253,
      "HTML-only Outlook email: borderless table with a rowspan make cell, a 'No. of sites' column beside the camera column, and a total row (45 sites, 253 cameras); makers only in the table, Q3 is 'Yes - see above'.")
