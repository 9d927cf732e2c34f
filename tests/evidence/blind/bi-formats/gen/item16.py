from common import *
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime
NN='16'
write_request(NN, """
To: SFRS.FOI@firescotland.gov.uk
Subject: FOISA request - CCTV

Hello,

Under FOISA I would like to request:

1. How many CCTV cameras does the Scottish Fire and Rescue Service have at its stations and other premises?
2. Are any made by Hikvision?
3. Are any made by Dahua?
4. Please provide the locations of the cameras at SFRS headquarters in Cambuslang.

Thanks,
Iain MacRae
""")
text = """Dear Mr MacRae

Freedom of Information (Scotland) Act 2002 - Our Ref: FOI-0892-24

Thank you for your request for information received on 2 October 2024. Our response is below.

1. SFRS has 1012 CCTV cameras across 312 premises (stations, offices, training centres and workshops).

2. Yes. Hikvision cameras and network video recorders are installed at 41 community fire stations. These systems were installed by the legacy fire services before 2013.

3. No - SFRS has no Dahua cameras or recorders.

4. This information is withheld under sections 35(1)(a) and (b) (law enforcement) and 39(1) (health, safety and the environment) of FOISA. Disclosing the positions of cameras at our headquarters would reveal gaps in coverage and could assist those intending to commit crime against the premises or endanger staff. We have considered the public interest and concluded that it lies in withholding the information.

Your right to request a review
If you are unhappy with this response you may ask us to review it within 40 working days by writing to the Head of Information Governance, Scottish Fire and Rescue Service, Westburn Drive, Cambuslang G72 7NA or emailing SFRS.FOI@firescotland.gov.uk. If you remain dissatisfied after the review you may apply to the Scottish Information Commissioner at www.itspublicknowledge.info/appeal.

Kind regards

Lorna Fraser
Information Governance Officer
Scottish Fire and Rescue Service
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0 0 10pt 0;font-family:Arial;font-size:11pt}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 8px;font-family:Arial;font-size:10pt}</style></head>
<body>
<p>Dear Mr MacRae</p>
<p><b>Freedom of Information (Scotland) Act 2002 &ndash; Our Ref: FOI-0892-24</b></p>
<p>Thank you for your request for information received on 2 October 2024. Our response is set out below.</p>
<p><b>1. How many CCTV cameras does the Scottish Fire and Rescue Service have at its stations and other premises?</b><br>
SFRS has 1,012 CCTV cameras across 312 premises (stations, offices, training centres and workshops), broken down by Service Delivery Area as follows:</p>
<table><tr><th>Service Delivery Area</th><th>Cameras</th></tr><tr><td>North</td><td>298</td></tr><tr><td>East</td><td>331</td></tr><tr><td>West</td><td>383</td></tr></table>
<p>&nbsp;</p>
<p><b>2. Are any made by Hikvision?</b><br>Yes. Hikvision cameras and network video recorders are installed at 41 community fire stations. These systems were installed by the legacy fire services prior to 2013.</p>
<p><b>3. Are any made by Dahua?</b><br>SFRS does not have any Dahua cameras or recorders.</p>
<p><b>4. Please provide the locations of the cameras at SFRS headquarters in Cambuslang.</b><br>
This information is withheld under sections 35(1)(a) and (b) (law enforcement) and 39(1) (health, safety and the environment) of FOISA. Disclosing the positions of cameras at our headquarters would reveal gaps in coverage and could assist those intending to commit crime against the premises or endanger staff. We have considered the public interest and concluded that it lies in withholding the information.</p>
<p><b>Your right to request a review</b><br>If you are unhappy with this response you may ask us to review it within 40 working days by writing to the Head of Information Governance, Scottish Fire and Rescue Service, Westburn Drive, Cambuslang G72 7NA or emailing <a href="mailto:SFRS.FOI@firescotland.gov.uk">SFRS.FOI@firescotland.gov.uk</a>. If you remain dissatisfied after the review you may apply to the Scottish Information Commissioner at <a href="https://www.itspublicknowledge.info/appeal">www.itspublicknowledge.info/appeal</a>.</p>
<p>Kind regards</p>
<p><b>Lorna Fraser</b><br>Information Governance Officer<br>Scottish Fire and Rescue Service | Seirbheis Smàlaidh agus Teasairginn na h-Alba<br>Tel: 0141 646 4518</p>
<p style="font-size:8pt;color:#666">This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.</p>
</body></html>"""
m = EmailMessage()
m['From'] = 'SFRS FOI <SFRS.FOI@firescotland.gov.uk>'
m['To'] = 'Iain MacRae <iain.macrae.requests@gmail.com>'
m['Subject'] = 'RE: FOISA request - CCTV [FOI-0892-24] OFFICIAL'
m['Date'] = format_datetime(datetime.datetime(2024, 10, 29, 15, 12, 4, tzinfo=datetime.timezone.utc))
m['Message-ID'] = '<LO2P265MB4471C2A19E0B3@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>'
m['X-MS-Has-Attach'] = ''
m.set_content(text)
m.add_alternative(html, subtype='html')
open(path(f'{NN}-reply.eml'), 'wb').write(bytes(m))
label(NN, 'eml', 'fire', 'foisa', 'yes', 'no', 'partially_answered', ['s35', 's39'], 1012,
      'plain-text and HTML parts differ slightly (1012 vs 1,012, area table only in HTML, different wording for the Dahua answer); HQ camera locations withheld')
