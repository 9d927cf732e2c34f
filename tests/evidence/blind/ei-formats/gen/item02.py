from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

req = """
To: Freedom of Information Office, Wessex Vale NHS Foundation Trust
Date: 11 March 2024

Dear FOI team,

Please could you provide the following under the Freedom of Information Act:

Q1. How many CCTV cameras does the Trust operate? Please break this down by site.
Q2. Does the Trust use any CCTV cameras manufactured by Hikvision?
Q3. Does the Trust use any CCTV cameras manufactured by Dahua?
Q4. Please give the location of each camera (e.g. ward, corridor, car park).
Q5. Which company maintains the Trust's CCTV system?

Thank you,
Priya Ramanathan
"""
write_request("02", req)

html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;}
td {border:solid windowtext 1.0pt; padding:0cm 5.4pt 0cm 5.4pt;}
span.EmailStyle19 {font-family:"Arial",sans-serif; color:#1F3864;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">Dear Ms Ramanathan<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">Freedom of Information Request &#8211; WVFT/FOI/24/0317<o:p></o:p></span></b></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">We write in response to your request received on 11/03/2024. Please see the Trust&#8217;s response to each of your questions below.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">Q1<o:p></o:p></span></b></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td width="260"><p class="MsoNormal"><b>Site</b></p></td><td width="90"><p class="MsoNormal"><b>Internal</b></p></td><td width="90"><p class="MsoNormal"><b>External</b></p></td></tr>
<tr><td><p class="MsoNormal">St Aldhelm&#8217;s Hospital, Sherborne Road</p></td><td><p class="MsoNormal">146</p></td><td><p class="MsoNormal">58</p></td></tr>
<tr><td><p class="MsoNormal">Northgate Community Hospital</p></td><td><p class="MsoNormal">22</p></td><td><p class="MsoNormal">9</p></td></tr>
<tr><td><p class="MsoNormal">Brimley House (Trust HQ)</p></td><td><p class="MsoNormal">12</p></td><td><p class="MsoNormal">4</p></td></tr>
<tr><td><p class="MsoNormal">Wyvern Unit (adult mental health inpatients)</p></td><td><p class="MsoNormal">37</p></td><td><p class="MsoNormal">11</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">Q2<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">Yes &#8211; a small number of older HIKVISION cameras remain in use at Northgate Community Hospital.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">Q3<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">No<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">Q4<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">The Trust is withholding the precise locations of its cameras under section 31(1)(a) of the Freedom of Information Act (law enforcement &#8211; the prevention or detection of crime). Disclosing a camera-by-camera schedule would reveal where coverage is and is not provided across our sites, which could be used by individuals intending to commit theft, assault on staff or damage to Trust property. We have considered the public interest in transparency about surveillance in healthcare settings, but have concluded that the public interest in maintaining the exemption outweighs that in disclosure.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">Q5<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">Bridgewater Fire &amp; Security Ltd, under a contract managed by the Trust&#8217;s Estates &amp; Facilities department.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of this response and should be addressed to the Head of Information Governance at the address below. If you remain dissatisfied you may contact the Information Commissioner&#8217;s Office (<a href="https://ico.org.uk/make-a-complaint/">https://ico.org.uk/make-a-complaint/</a>).<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">Most of the information we provide in response to FOI requests will be subject to copyright protection. You are free to use it for your own purposes; any other re-use requires the permission of the copyright holder.<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">Kind regards<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-family:Arial;color:#1F3864">FOI Team<o:p></o:p></span></b></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">Wessex Vale NHS Foundation Trust | Brimley House | Poundbury Lane | Dorchester DT1 9RX<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-family:Arial;color:#1F3864">&#9742; 01305 496 220 | wvft.foi@nhs.net<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;font-family:Arial;color:gray">Proud to be a smoke-free Trust. Please consider the environment before printing this email.<o:p></o:p></span></p>
</div>
</body>
</html>
"""

m = EmailMessage()
m["From"] = "WVFT FOI <wvft.foi@nhs.net>"
m["To"] = "priya.ramanathan@protonmail.com"
m["Subject"] = "FOI Response WVFT/FOI/24/0317"
m["Date"] = format_datetime(datetime.datetime(2024, 4, 8, 11, 3, 41, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<LO2P265MB4410C0A9E1B3@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>"
m["Thread-Topic"] = "FOI Response WVFT/FOI/24/0317"
m["Content-Language"] = "en-GB"
m.set_content(html, subtype="html", charset="utf-8", cte="base64")
with open(p("02-reply.eml"), "wb") as f:
    f.write(bytes(m))

add_label(path="02-reply.eml", request_file="02-request.txt", format="eml", body_type="nhs",
          law="foia", hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s31"], camera_count=299,
          note="HTML-only, base64; per-site table split internal/external with no total row (must sum 8 cells = 299); bare 'No' to the Dahua-only question; locations withheld.")
