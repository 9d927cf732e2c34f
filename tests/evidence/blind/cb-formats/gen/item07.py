from common import *
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime

NN = "07"
write_request(NN, """
Dear University of Leicester,

Please could you provide the following under FOIA:

Question 1: How many CCTV cameras does the University operate across its campuses and halls of residence?
Question 2: Does the University use any cameras manufactured by Hikvision?
Question 3: Does the University use any cameras manufactured by Dahua?
Question 4: Does the University operate ANPR cameras, and if so how many?
Question 5: Is any form of facial recognition used?
Question 6: Please provide a copy of the University's CCTV Code of Practice.

Kind regards,
Niamh Doherty
""")
html = """<html><head><meta charset="utf-8"><style>
body{font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:6px;vertical-align:top}
th{background:#5b2c83;color:#fff;text-align:left}
.sig{color:#5b2c83;font-size:9pt}
</style></head><body>
<p>Dear Ms Doherty</p>
<p><b>Freedom of Information Request &ndash; Ref: FOI/2024/1877</b></p>
<p>Thank you for your request for information which we received on 2 December 2024. We have now completed our
searches and set out our response below.</p>
<table>
<tr><th style="width:40%">Your request</th><th>Our response</th></tr>
<tr><td>Question 1: How many CCTV cameras does the University operate across its campuses and halls of residence?</td>
<td>Approximately 1,450 cameras across the main campus, Brookfield, the Freemen's Common and Oadby student villages.
This figure is approximate because the number changes as buildings are refurbished.</td></tr>
<tr><td>Question 2: Does the University use any cameras manufactured by Hikvision?</td><td>No</td></tr>
<tr><td>Question 3: Does the University use any cameras manufactured by Dahua?</td>
<td>Yes &ndash; a small number of Dahua cameras are installed at the Sports Centre and the Oadby sports ground
pavilion. These were inherited from a previous facilities contract.</td></tr>
<tr><td>Question 4: Does the University operate ANPR cameras, and if so how many?</td>
<td>Yes, 6 ANPR cameras control access to staff car parks. These are in addition to the figure given at question 1.</td></tr>
<tr><td>Question 5: Is any form of facial recognition used?</td><td>No.</td></tr>
<tr><td>Question 6: Please provide a copy of the University's CCTV Code of Practice.</td>
<td>This is published on our website and is therefore exempt under section 21 of the FOIA (information accessible
by other means). It can be found at: <a href="https://le.example.ac.uk/estates/security/cctv-code-of-practice">
https://le.example.ac.uk/estates/security/cctv-code-of-practice</a></td></tr>
</table>
<p>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.
Internal review requests should be submitted within 40 working days of the date of receipt of this response and
should be addressed to: foi@le.example.ac.uk. If you are not content with the outcome of the internal review, you
have the right to apply directly to the Information Commissioner for a decision.</p>
<p>Yours sincerely</p>
<p class="sig"><b>Harriet Vowles</b><br>Information Assurance Services<br>University of Leicester<br>
University Road, Leicester LE1 7RH</p>
</body></html>"""
msg = EmailMessage()
msg["From"] = "Information Assurance Services <foi@le.example.ac.uk>"
msg["To"] = "Niamh Doherty <niamh.d.foi@example.org>"
msg["Subject"] = "FOI/2024/1877 - Response"
msg["Date"] = format_datetime(datetime.datetime(2024, 12, 19, 9, 12, tzinfo=datetime.timezone.utc))
msg["Message-ID"] = make_msgid(domain="le.example.ac.uk")
msg.set_content(html, subtype="html")
(OUT / f"{NN}-reply.eml").write_bytes(bytes(msg))
label(NN, "eml", "university", "foia", "no", "yes", "answered", ["s21"], 1450,
      "HTML-only e-mail body with a Q|A table; approximate total; ANPR cameras stated separately; code of practice pointed to under s21.")
