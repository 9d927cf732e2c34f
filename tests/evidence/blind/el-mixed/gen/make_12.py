from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime
html = """<html><head><meta charset="utf-8"><style>
body{font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 8px}
.sig{color:#1f4e79;font-size:10pt}
</style></head><body>
<p>Dear Mrs Greenhalgh,</p>
<p>Thank you for your Freedom of Information request which the school received on 3rd November. Apologies for the slight delay in getting back to you &ndash; we have been short-staffed in the office this month.</p>
<p><b>1.</b> Our cameras are sited as follows:</p>
<table>
<tr><th>Location</th><th>No. of cameras</th></tr>
<tr><td>Main gate (Ferry Lane)</td><td>2</td></tr>
<tr><td>Staff car park</td><td>2</td></tr>
<tr><td>KS2 playground</td><td>2</td></tr>
<tr><td>Main entrance / reception lobby (internal)</td><td>2</td></tr>
</table>
<p><b>2.</b> The cameras and the recorder are both Dahua.</p>
<p><b>3.</b> Yes &ndash; Dahua, see above. We do not have any Hikvision cameras.</p>
<p><b>4.</b> The system was installed in summer 2019 by Fenwick Security Ltd of Ramsbury, who also carry out the annual service.</p>
<p><b>5.</b> No. No cameras cover classrooms, toilets or changing areas.</p>
<p>Our CCTV policy was reviewed by the Governing Body in July 2025 and is on the school website under Key Information &gt; Policies.</p>
<p>If you are unhappy with this response you can ask the Chair of Governors to review it by writing to the school office. If you are still unhappy after that you can contact the Information Commissioner's Office (ico.org.uk).</p>
<p>Kind regards,</p>
<p class="sig"><b>Mrs Kerry Lomax</b><br>School Business Manager<br>St Aidan's Church of England Primary School<br>Ferry Lane, Ramsbury Wick, Wiltshire SN8 2HU<br>Tel: 01672 520 348</p>
<p style="font-size:8pt;color:#888">This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. St Aidan's is part of the Diocese of Salisbury family of schools.</p>
</body></html>"""
m = EmailMessage()
m["From"] = "Kerry Lomax <sbm@st-aidans-ramsbury.wilts.sch.uk>"
m["To"] = "Paula Greenhalgh <p.greenhalgh@fastmail.co.uk>"
m["Subject"] = "RE: Freedom of Information request - CCTV"
m["Date"] = format_datetime(datetime.datetime(2025, 11, 24, 15, 7, tzinfo=datetime.timezone.utc))
m["Message-ID"] = make_msgid(domain="st-aidans-ramsbury.wilts.sch.uk")
m.set_content(html, subtype="html")
open(str(__import__("pathlib").Path(__file__).resolve().parents[1]) + "/12-reply.eml", "wb").write(bytes(m))
