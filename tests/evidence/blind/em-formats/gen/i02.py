from common import *
from email.message import EmailMessage
import datetime
from email.utils import format_datetime

write_request("02", """
Dear Northmoor Teaching Hospitals NHS Foundation Trust,

I would like to request the following information under the Freedom of Information Act:

Q1. The number of CCTV cameras at each of your hospital sites and other premises.
Q2. Are any of the Trust's CCTV cameras or recording equipment manufactured by Hikvision or Dahua?
Q3. Does the Trust have a CCTV policy? If so please provide a copy or a link.

Yours faithfully,

Helen Marsh
""")

rows = [("Northmoor General Hospital", 214, 9), ("St Aidan's Hospital", 88, 4),
        ("Brackley Community Hospital", 23, 1), ("Lowfield Treatment Centre", 17, 1),
        ("Kestrel House (Trust HQ)", 9, 1), ("Wexley Renal Satellite Unit", 4, 1)]
trs = "\n".join(
    f'<tr><td style="border:1px solid #999;padding:4px 8px">{s}</td>'
    f'<td style="border:1px solid #999;padding:4px 8px;text-align:center">{c}</td>'
    f'<td style="border:1px solid #999;padding:4px 8px;text-align:center">{n}</td></tr>' for s, c, n in rows)

html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal {{margin:0cm; font-size:11pt; font-family:"Arial",sans-serif;}}</style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Dear Ms Marsh</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Freedom of Information Request &ndash; Reference NTH-FOI-3391</b></p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your request received on 14/05/2024. Please find the Trust&#8217;s response below.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Q1. The number of CCTV cameras at each of your hospital sites and other premises.</b></p>
<table style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#005EB8;color:#ffffff"><th style="border:1px solid #999;padding:4px 8px">Site</th><th style="border:1px solid #999;padding:4px 8px">Cameras</th><th style="border:1px solid #999;padding:4px 8px">Recording units (NVR)</th></tr>
{trs}
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Q2. Are any of the Trust&#8217;s CCTV cameras or recording equipment manufactured by Hikvision or Dahua?</b></p>
<p class="MsoNormal">No.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Q3. Does the Trust have a CCTV policy?</b></p>
<p class="MsoNormal">Yes. The Trust&#8217;s Surveillance Camera Systems Policy (v4.1) is published on our website: <a href="https://www.northmoor-tr.nhs.example/policies/security/cctv">www.northmoor-tr.nhs.example/policies/security/cctv</a>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you are not satisfied with this response you may request an internal review by writing to the Head of Information Governance at the address below within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner&#8217;s Office (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="color:#005EB8"><b>Freedom of Information Office</b></span><br>Northmoor Teaching Hospitals NHS Foundation Trust<br>Kestrel House, Moorside Road, Northmoor NM2 7QA<br>foi@northmoor-tr.nhs.example</p>
<p class="MsoNormal"><span style="font-size:8pt;color:#888">This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.</span></p>
</div></body></html>
"""

m = EmailMessage()
m["From"] = "NTH FOI Office <foi@northmoor-tr.nhs.example>"
m["To"] = "Helen Marsh <request-88213-a7c2e01f@whatdotheyknow.example>"
m["Subject"] = "FOI NTH-FOI-3391 - Response"
m["Date"] = format_datetime(datetime.datetime(2024, 6, 11, 9, 41, 37, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<AM9PR01MB7712E4C3A1B2@AM9PR01MB7712.eurprd01.prod.outlook.example>"
m.set_content(html, subtype="html", cte="quoted-printable")
open(out("02-reply.eml"), "wb").write(bytes(m))

total = sum(c for _, c, _ in rows)
label("02", "eml", "eml", "nhs", "foia", "no", "no", "answered", [], total,
      "HTML-only e-mail; per-site table with no total row and an NVR column that must not be added in; joint Hik/Dahua 'No'")
print(total)
