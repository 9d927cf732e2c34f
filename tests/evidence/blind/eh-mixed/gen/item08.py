from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os
here = os.path.dirname(os.path.abspath(__file__)) + "/.."
rows = [("Brook Lane Primary School", "9", "HiLook"),
        ("Fenwick High School", "52", "Axis (30), Hanwha (22)"),
        ("Millgate Primary School", "11", "HiLook"),
        ("St Anselm's CE Primary School", "8", "Not known *"),
        ("Oakridge Academy", "47", "Hanwha"),
        ("Tern Valley Primary School", "16", "HiLook")]
trs = "\n".join(f'<tr><td style="border:1px solid #999;padding:4px">{a}</td><td style="border:1px solid #999;padding:4px;text-align:right">{b}</td><td style="border:1px solid #999;padding:4px">{c}</td></tr>' for a,b,c in rows)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Dr Wielgosz,</p>
<p>Thank you for your email of 3 September. Please accept my apologies for the delay; your request arrived during
the first weeks of term. The Trust&#39;s response is below.</p>
<p><b>Q1 &amp; Q4</b> &ndash; the table below shows the cameras at each of our schools.</p>
<table style="border-collapse:collapse">
<tr style="background:#1f3864;color:#fff"><th style="padding:4px">School</th><th style="padding:4px">No. of cameras</th><th style="padding:4px">Make</th></tr>
{trs}
<tr><td style="border:1px solid #999;padding:4px"><b>Total</b></td><td style="border:1px solid #999;padding:4px;text-align:right"><b>143</b></td><td style="border:1px solid #999;padding:4px"></td></tr>
</table>
<p style="font-size:9pt">* St Anselm&#39;s joined the Trust in 2022. The system there was installed by the school before conversion and the
make of the cameras was not recorded in the handover documents.</p>
<p><b>Q2 &amp; Q3</b> &ndash; see table.</p>
<p><b>Q5</b> &ndash; No. None of our cameras record sound and we do not use facial recognition.</p>
<p><b>Q6</b> &ndash; A DPIA has not yet been carried out for the Trust&#39;s CCTV. Each school has a CCTV policy based on
the Trust model policy, which is published on the Trust website under &ldquo;Policies&rdquo;. The Trust&#39;s DPO has
scheduled a DPIA for the spring term 2025.</p>
<p>If you are not satisfied with this response you may ask for an internal review by contacting the Trust&#39;s
Governance Lead at the address below. You may also complain to the Information Commissioner&#39;s Office,
<a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>.</p>
<p>Kind regards,</p>
<p><b>Marcus Adeyemi-Clarke</b><br>Governance &amp; Compliance Lead<br>Fenwick Academy Trust<br>
Trust Office, Unit 4 Millgate Business Park, Fenwick, Shropshire TF9 2RG<br>01952 417 730</p>
<p style="font-size:8pt;color:#777">Fenwick Academy Trust is a charitable company limited by guarantee registered in England and Wales
(company no. 08817452). This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed.</p>
</body></html>"""
m = EmailMessage()
m["From"] = "Governance <governance@fenwicktrust.org.uk>"
m["To"] = "t.wielgosz@thameside.ac.uk"
m["Subject"] = "RE: FOI request: CCTV cameras and manufacturers"
m["Date"] = format_datetime(datetime.datetime(2024, 10, 8, 11, 3, 55, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m["Message-ID"] = "<DB9PR02MB7719A1F0C3E9@DB9PR02MB7719.eurprd02.prod.outlook.com>"
m.set_content(html, subtype="html")
open(os.path.join(here, "08-reply.eml"), "wb").write(bytes(m))
