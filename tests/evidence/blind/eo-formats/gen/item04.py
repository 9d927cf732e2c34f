"""04: HTML-only e-mail (.eml, no plain-text part) from a fire and rescue service, per-station table without a total."""
import os
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
OUT = os.path.join(os.path.dirname(__file__), '..')
rows = [('Service Headquarters, Lakeside', 12), ('Northgate Fire Station', 4), ('Southwell Fire Station', 3),
        ('Brambley Fire Station (on-call)', 2), ('Fenwick Fire Station (on-call)', 2),
        ('Training Centre, Coldharbour', 6), ('Fleet Workshops', 3)]
trs = '\n'.join(f'<tr><td style="border:1px solid #999;padding:3px 8px">{a}</td>'
                f'<td style="border:1px solid #999;padding:3px 8px;text-align:right">{b}</td></tr>' for a, b in rows)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Sam Whitfield,</p>
<p>Thank you for your request for information received on 2 September 2024, which has been dealt with under the Freedom of Information Act 2000.</p>
<p><b><span style="color:#b00000">1) How many CCTV cameras does the Service operate at its fire stations and headquarters?</span></b></p>
<p>Please see the breakdown below.</p>
<table style="border-collapse:collapse;font-size:10.5pt">
<tr><th style="border:1px solid #999;padding:3px 8px;background:#eee;text-align:left">Location</th><th style="border:1px solid #999;padding:3px 8px;background:#eee">No. of cameras</th></tr>
{trs}
</table>
<p><b><span style="color:#b00000">2) Are any of them manufactured by Hikvision or Dahua?</span></b></p>
<p>No.</p>
<p><b><span style="color:#b00000">3) Do any of the cameras record audio or use facial recognition?</span></b></p>
<p>No to both.</p>
<p><b><span style="color:#b00000">4) Which company installs and maintains your CCTV?</span></b></p>
<p>Chubb Fire &amp; Security Ltd under a framework contract (ref. WVFRS/PRC/0192).</p>
<p>&nbsp;</p>
<p>If you are dissatisfied with the handling of your request you may request an internal review within 40 working days by emailing <a href="mailto:foi@wessexvale-fire.example.gov.uk">foi@wessexvale-fire.example.gov.uk</a>. If you remain dissatisfied you may contact the Information Commissioner&#39;s Office (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p>Kind regards,</p>
<p><b>Lorna Jeffries</b><br>Information Governance Officer<br>Wessex Vale Fire and Rescue Service<br>Lakeside House, Quarry Way, Wexcombe WV3 8NA</p>
<p style="font-size:8pt;color:#777">Making Wessex Vale safer. Test your smoke alarm every week.<br>This email is intended for the addressee only. Opinions expressed are those of the author and not necessarily those of the Service.</p>
</body></html>"""
msg = EmailMessage()
msg['From'] = 'FOI <foi@wessexvale-fire.example.gov.uk>'
msg['To'] = 'Sam Whitfield <sam.whitfield@example.net>'
msg['Subject'] = 'Your Freedom of Information Request - Ref 2024/FOI/211'
msg['Date'] = format_datetime(datetime(2024, 9, 24, 11, 20, 0, tzinfo=timezone.utc))
msg['Message-ID'] = '<a81f2c@wessexvale-fire.example.gov.uk>'
msg.set_content(html, subtype='html')
open(os.path.join(OUT, '04-reply.eml'), 'wb').write(bytes(msg))
print('wrote 04-reply.eml')
