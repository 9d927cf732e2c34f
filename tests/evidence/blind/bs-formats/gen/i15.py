from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
nn = "15"
request(nn, """
Dear Scottish Fire and Rescue Service,

Under FOISA, please could you tell me:
a) how many CCTV cameras are installed at SFRS premises (by service delivery area)
b) whether any CCTV equipment (cameras or recorders) is made by Hikvision
c) whether any CCTV equipment (cameras or recorders) is made by Dahua
d) the address of each premises with external CCTV

Many thanks,
Iain Buchanan
""")
m = EmailMessage()
m["From"] = "SFRS Information Governance <SFRS.FOI@firescotland.example.gov.uk>"
m["To"] = "Iain Buchanan <iain.buchanan@example.org>"
m["Subject"] = "FOI 2024-1734 - Response"
m["Date"] = format_datetime(datetime.datetime(2024, 10, 8, 14, 5, tzinfo=datetime.timezone.utc))
html = """<html><head><style>
body{font-family:Arial,sans-serif;font-size:11pt} table{border-collapse:collapse} td,th{border:1px solid #444;padding:4px 8px}
th{background:#b00000;color:#fff}</style></head><body>
<p>Dear Mr Buchanan</p>
<p><b>FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 &ndash; REQUEST FOI 2024-1734</b></p>
<p>Thank you for your request received on 10 September 2024. Please find our response below.</p>
<p><b>a)</b> The number of CCTV cameras at SFRS premises is shown below.</p>
<table>
<tr><th>Service Delivery Area</th><th>Cameras</th></tr>
<tr><td>North</td><td>212</td></tr>
<tr><td>East</td><td>187</td></tr>
<tr><td>West</td><td>264</td></tr>
<tr><td>National Training Centre, Cambuslang</td><td>41</td></tr>
<tr><td><b>Total</b></td><td><b>704</b></td></tr>
</table>
<p><b>b)</b> SFRS holds no Hikvision equipment.</p>
<p><b>c)</b> The cameras themselves are not Dahua; however, a number of retained duty system stations in the North SDA record to Dahua DVRs. These are scheduled for replacement in the 2025/26 capital programme.</p>
<p><b>d)</b> SFRS is withholding the addresses of premises with external CCTV under section 35(1)(a) and (b) of FOISA (law enforcement). Identifying which premises do and do not have external CCTV would, or would be likely to, prejudice substantially the prevention or detection of crime, including theft of fuel and equipment from stations. The public interest has been considered and on balance favours withholding this information.</p>
<p><b>Your right to request a review</b><br>
If you are unhappy with our response you may ask us to carry out an internal review within 40 working days. If you remain dissatisfied you can apply to the Scottish Information Commissioner for a decision (www.foi.scot).</p>
<p>Yours sincerely<br><br>Morag Kinnear<br>Information Governance Officer<br>Scottish Fire and Rescue Service<br>Westburn Drive, Cambuslang G72 7NA</p>
<p style="font-size:8pt;color:#777">This email is intended only for the addressee. Working together for a safer Scotland.</p>
</body></html>"""
m.set_content(html, subtype="html")
open(outpath(nn, "eml"), "wb").write(bytes(m))
label(nn, "eml", "fire", "foisa", "no", "yes", "partially_answered", ["s35"], 704,
      "HTML-only e-mail with a table; Dahua only as DVRs still in use (replacement planned); FOISA s35 for locations")
