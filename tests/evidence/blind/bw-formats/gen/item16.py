from common import *
from emailutil import make_eml

N = 16
write_request(N, """
Dear University of Strathclyde,

Under FOISA, please tell me:

Q1: how many CCTV cameras the University operates;
Q2: what manufacturers supply these cameras;
Q3: whether any of them are from Hikvision or Dahua (or their subsidiaries);
Q4: whether the University uses any form of facial recognition or automatic number plate recognition.

Thanks,
Mhairi Lindores
""")

html = """<html><head><meta charset="utf-8"><style>
body{font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}
th{background:#3a2463;color:#fff;text-align:left}.sig{color:#555;font-size:9pt}
</style></head><body>
<p>Dear Ms Lindores,</p>
<p><b>Freedom of Information (Scotland) Act 2002 &ndash; Request ref: FOI/24/0093</b></p>
<p>Thank you for your information request of 15 January 2024. Please find our response below.</p>
<table>
<tr><th>Your question</th><th>Our response</th></tr>
<tr><td>Q1</td><td>The University operates approximately 1,150 CCTV cameras across the John Anderson campus, student residences and the Technology &amp; Innovation Centre.</td></tr>
<tr><td>Q2 &amp; Q3</td><td>The University is withholding this information under section 35(1)(a) (prevention or detection of crime) and section 39(1) (health, safety and the environment) of FOISA. Details of the make and model of security equipment would allow vulnerabilities in that equipment to be identified and exploited, substantially prejudicing the security of University buildings and the safety of staff and students. We have considered the public interest and conclude that it favours maintaining the exemptions.</td></tr>
<tr><td>Q4</td><td>The University does not use facial recognition. ANPR is used at the entrance barriers to the Rottenrow and Cathedral Street car parks only (4 cameras, not included in the figure at Q1).</td></tr>
</table>
<p>If you are dissatisfied with the way we have handled your request you have the right to ask us to review our decision. Your request must be made within 40 working days and should be addressed to the Head of Information Governance, University of Strathclyde, McCance Building, 16 Richmond Street, Glasgow G1 1XQ, or by email to <a href="mailto:foi@strath.ac.uk">foi@strath.ac.uk</a>.</p>
<p>If you remain dissatisfied following review, you may apply to the Scottish Information Commissioner for a decision. You can contact the Commissioner at Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS or online at <a href="https://www.foi.scot/appeal">www.foi.scot/appeal</a>.</p>
<p>Kind regards,</p>
<p class="sig"><b>Iain Strachan</b><br>Information Governance Officer<br>Strategy &amp; Policy Directorate<br>University of Strathclyde<br>
<i>The University of Strathclyde is a charitable body, registered in Scotland, number SC015263.</i></p>
</body></html>"""
make_eml(out(N, "eml"), "FOI Strathclyde <foi@strath.ac.uk>", "Mhairi Lindores <mhairi.lindores@protonmail.com>",
         "FOI/24/0093 - Response", "2024-02-09 11:27", html=html)
add_label(N, "eml", "university", "foisa", "unknown", "unknown", "partially_answered", ["s35", "s39"], 1150,
          "HTML-only body with Q/response table; approx. count given, makers withheld under FOISA s35/s39; ANPR cameras excluded from count")
