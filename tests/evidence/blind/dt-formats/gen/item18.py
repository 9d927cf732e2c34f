from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

write_text("18-request.txt", """
Subject: FOI - council CCTV incl. housing estates

Dear London Borough of Lewisham,

1. How many CCTV cameras does the council operate, including cameras on council housing estates?
2. Are any of them Hikvision or Dahua?
3. If so, which of the two, and how many cameras?
4. Does the council have any plans to remove or replace them?

Thank you.
Farida Choudhury
""")

html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Arial",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;}
span.EmailStyle19 {font-family:"Arial",sans-serif; color:windowtext;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear Ms Choudhury,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Freedom of Information request &ndash; reference LBL-FOI-24-3391</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you for your request received on 2 September 2024. Our response is set out in the table below.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td width="300" valign="top" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Your question</b><o:p></o:p></p></td>
<td width="340" valign="top" style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Our response</b><o:p></o:p></p></td>
</tr>
<tr>
<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">1. How many CCTV cameras does the council operate, including cameras on council housing estates?<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt">
<p class="MsoNormal">Public space CCTV: 612<o:p></o:p></p>
<p class="MsoNormal">Housing estates: 388<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><i>Housing estate figure includes blocks transferred from Lewisham Homes in October 2023.</i><o:p></o:p></p></td>
</tr>
<tr>
<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">2. Are any of them Hikvision or Dahua?<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Yes.<o:p></o:p></p></td>
</tr>
<tr>
<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">3. If so, which of the two, and how many cameras?<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Some of the older housing estate cameras are HikVision. The council does not hold a record of the number of these cameras; the housing estate systems were installed by several contractors over many years and the asset records do not record the manufacturer.<o:p></o:p></p></td>
</tr>
<tr>
<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">4. Does the council have any plans to remove or replace them?<o:p></o:p></p></td>
<td valign="top" style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">There is no specific programme to remove them. Cameras are replaced when they reach end of life or fail.<o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">If you are unhappy with the way your request has been handled you can request an internal review by replying to this email within 40 working days. If you remain dissatisfied you have the right to complain to the Information Commissioner&rsquo;s Office (<a href="https://ico.org.uk/make-a-complaint/">https://ico.org.uk/make-a-complaint/</a>).<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Tunde Adebayo-Clarke</b><o:p></o:p></p>
<p class="MsoNormal">Information Governance Officer | Corporate Resources<o:p></o:p></p>
<p class="MsoNormal">London Borough of Lewisham | Laurence House, 1 Catford Road, London SE6 4RU<o:p></o:p></p>
<p class="MsoNormal">020 7946 0817<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This email and any files transmitted with it are confidential. Lewisham Council does not accept liability for viruses. Please consider the environment before printing this email.</span><o:p></o:p></p>
</div>
</body>
</html>
"""

m = EmailMessage()
m["From"] = "Information Governance <foi.requests@lewisham.gov.uk>"
m["To"] = "Farida Choudhury <request-812640-77a0c3de@whatdotheyknow.com>"
m["Subject"] = "LBL-FOI-24-3391 Response - FOI - council CCTV incl. housing estates"
m["Date"] = format_datetime(datetime.datetime(2024, 9, 27, 11, 5, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<LO2P265MB3911F0C4A5B7D2E1A8C90B27C1A42@LO2P265MB3911.GBRP265.PROD.OUTLOOK.COM>"
m["Thread-Topic"] = "FOI - council CCTV incl. housing estates"
m.set_content(html, subtype="html")
write_eml("18-reply.eml", m)

add_label("18", "eml", "eml", "council", "foia", "yes", "unknown", "partially_answered", [], 1000,
          "HTML-only e-mail with a Word-style table; count given in two parts (612 + 388 = 1000); 'Yes.' to the joint Hikvision/Dahua question, then only 'HikVision' named, so Dahua stays unknown; the Hikvision number is not held.")
