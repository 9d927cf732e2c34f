from common import *
import datetime
from email.message import EmailMessage
from email.utils import format_datetime
NN='20'
req = """Dear Sir/Madam,

Please treat this as a request under the Freedom of Information Act.

1. How many CCTV cameras does the school have?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?

Thank you,
Owen Pritchard"""
write_request(NN, "To: office@stbedes.bolton.sch.uk\nSubject: Freedom of Information request\n\n" + req)
text = """Dear Mr Pritchard

Apologies for the delay in replying - the office has been short staffed.

1) 8
2) No
3) Yes - the recorder and 6 of the cameras are Dahua (Imou)

If you are not happy with this reply you can ask the Chair of Governors to review it, via the school office. You can also contact the ICO.

Kind regards
Mrs S Tranter
School Business Manager
St Bede's Catholic Primary School

-----Original Message-----
From: Owen Pritchard <owen.pritchard.84@outlook.com>
Sent: 14 May 2024 09:02
To: Office <office@stbedes.bolton.sch.uk>
Subject: Freedom of Information request

""" + req + "\n"
quoted = req.replace('\n', '<br>\n')
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<div>Dear Mr Pritchard</div><div>&nbsp;</div>
<div>Apologies for the delay in replying &#8211; the office has been short staffed.</div><div>&nbsp;</div>
<ol>
<li>8 (4 inside, 4 outside)</li>
<li>No</li>
<li>Yes &#8211; the recorder and 6 of the cameras are Dahua (Imou)</li>
</ol>
<div>If you are not happy with this reply you can ask the Chair of Governors to review it, via the school office. You can also contact the ICO.</div><div>&nbsp;</div>
<div>Kind regards</div>
<div><b>Mrs S Tranter</b><br>School Business Manager<br>St Bede's Catholic Primary School<br>
<span style="color:#7030A0;font-size:9pt">&#8220;Learning and growing together in faith&#8221;</span></div>
<div>&nbsp;</div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Owen Pritchard &lt;owen.pritchard.84@outlook.com&gt;<br><b>Sent:</b> 14 May 2024 09:02<br>
<b>To:</b> Office &lt;office@stbedes.bolton.sch.uk&gt;<br><b>Subject:</b> Freedom of Information request</p></div>
<p>{quoted}</p>
</body></html>"""
m = EmailMessage()
m['From'] = 'Office <office@stbedes.bolton.sch.uk>'
m['To'] = 'Owen Pritchard <owen.pritchard.84@outlook.com>'
m['Subject'] = 'RE: Freedom of Information request'
m['Date'] = format_datetime(datetime.datetime(2024, 6, 20, 16, 5, 11, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m['Message-ID'] = '<DB9PR06MB8124E0F1@DB9PR06MB8124.eurprd06.prod.outlook.com>'
m['In-Reply-To'] = '<PAXP193MB1620A1@PAXP193MB1620.EURP193.PROD.OUTLOOK.COM>'
m.set_content(text)
m.add_alternative(html, subtype='html')
open(path(f'{NN}-reply.eml'), 'wb').write(bytes(m))
label(NN, 'eml', 'school', 'foia', 'no', 'yes', 'answered', [], 8,
      'terse "1) 8 2) No 3) Yes" needing the request; HTML part adds "(4 inside, 4 outside)" that the text part lacks; quoted request below mentions both makers; Imou is Dahua')
