from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

NN = "18"
write_request(NN, """
Hi,

I'd like to make an FOI request to Oxford Brookes University about CCTV.

1) How many CCTV cameras are there on each campus?
2) What brands of camera are used?
3) Does the University use any Hikvision cameras?
4) Does the University use any Dahua cameras?
5) How much did the University pay its CCTV contractor in the last financial year?

Thanks
Jamie Corrigan
""")
html = """<html><head><meta charset="utf-8"><style>
body{font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}th{background:#e8e8f0}
.sig{color:#555;font-size:9pt}
</style></head><body>
<p>Dear Jamie,</p>
<p>Thank you for your email of 2 September 2024. We have handled your request under the Freedom of Information Act 2000. Please see our answers below, in <span style="color:#1f4e79">blue</span>.</p>
<ol>
<li>How many CCTV cameras are there on each campus?<br>
<div style="color:#1f4e79">
<table><tr><th>Campus</th><th>Cameras</th></tr>
<tr><td>Headington</td><td>214</td></tr>
<tr><td>Harcourt Hill</td><td>37</td></tr>
<tr><td>Wheatley (closed 2021 – no cameras)</td><td>&ndash;</td></tr>
<tr><td>Swindon</td><td>18</td></tr></table></div></li>
<li>What brands of camera are used?<br><span style="color:#1f4e79">Axis (the large majority), Hanwha and Amcrest. The Amcrest cameras (4) are standalone Wi-Fi units at the Harcourt Hill sports pavilion.</span></li>
<li>Does the University use any Hikvision cameras?<br><span style="color:#1f4e79">No.</span></li>
<li>Does the University use any Dahua cameras?<br><span style="color:#1f4e79">Please see our answer to question 2.</span></li>
<li>How much did the University pay its CCTV contractor in the last financial year?<br><span style="color:#1f4e79">The University holds this information, but we are withholding it under section 43(2) of the Act (commercial interests). The contract is currently being re-procured and publishing the amount paid would be likely to prejudice the University's ability to obtain value for money. We consider the public interest favours withholding the figure until the procurement has concluded.</span></li>
</ol>
<p>If you are unhappy with our response, you can request an internal review by replying to this email within 40 working days. If you remain dissatisfied after the review you can complain to the Information Commissioner's Office (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p>Best wishes,</p>
<p class="sig"><b>Information Management Team</b><br>Oxford Brookes University | Headington Campus | Oxford OX3 0BP<br>
<a href="mailto:foi@brookes.ac.uk">foi@brookes.ac.uk</a><br>Ref: FOI-OBU-24-0391</p>
<p class="sig">This email and any attachments are confidential and may be legally privileged. If you have received it in error please notify the sender and delete it.</p>
</body></html>"""
m = EmailMessage()
m["From"] = "Oxford Brookes FOI <foi@brookes.ac.uk>"
m["To"] = "jamie.corrigan@protonmail.com"
m["Subject"] = "FOI-OBU-24-0391 - Response"
m["Date"] = format_datetime(datetime.datetime(2024, 9, 27, 11, 5, tzinfo=datetime.timezone.utc))
m["Message-ID"] = "<AM9PR01MB7761.foi0391@brookes.ac.uk>"
m.set_content(html, subtype="html")
with open(out(f"{NN}-reply.eml"), "wb") as f: f.write(bytes(m))
add_label(NN, "eml", "university", "foia", "no", "yes", "partially_answered", ["s43"], 269,
          "HTML-only email; Dahua only via sub-brand Amcrest ('see answer to question 2'); campus table without total (214+37+18); s43.")
