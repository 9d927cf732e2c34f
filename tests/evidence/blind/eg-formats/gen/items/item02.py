import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '02'
write_request(NN, """
To the FOI team, Northern Lincolnshire and Goole NHS Foundation Trust

Please could you provide the following under the FOI Act:

Q1 The total number of CCTV cameras in use across the Trust's hospital sites and other premises.
Q2 Whether the Trust uses any cameras or recording equipment made by Hikvision.
Q3 Whether the Trust uses any cameras or recording equipment made by Dahua.
Q4 The locations (site and area) of any Hikvision or Dahua cameras.
Q5 Whether the Trust has any plans to remove or replace these cameras.

Kind regards
Harriet Mensah
""")

html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>
body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#1f1f1f}
table.foi{border-collapse:collapse;width:100%}
table.foi td{border:1px solid #999;padding:6px;vertical-align:top}
.hdr{background:#005eb8;color:#fff;font-weight:bold}
.small{font-size:8pt;color:#666}
</style></head>
<body>
<p><img src="cid:nhslogo001" alt="NHS" width="90"></p>
<p>Dear Ms Mensah</p>
<p><b>Freedom of Information Request &ndash; Our Reference: FOI 24-0719</b></p>
<p>I am writing in response to your request for information which we received on 02/07/2024. Please find the Trust&rsquo;s response below.</p>
<table class="foi">
<tr class="hdr"><td width="45%">Question</td><td>Response</td></tr>
<tr><td>Q1 The total number of CCTV cameras in use across the Trust&rsquo;s hospital sites and other premises.</td>
<td>Approximately 640 cameras across Diana Princess of Wales Hospital, Scunthorpe General Hospital, Goole &amp; District Hospital and community premises.</td></tr>
<tr><td>Q2 Whether the Trust uses any cameras or recording equipment made by Hikvision.</td>
<td>Yes &ndash; the Trust has HIKVISION cameras and NVRs in use.</td></tr>
<tr><td>Q3 Whether the Trust uses any cameras or recording equipment made by Dahua.</td>
<td>The Trust has no Dahau equipment.</td></tr>
<tr><td>Q4 The locations (site and area) of any Hikvision or Dahua cameras.</td>
<td>The Trust is withholding this information under Section 31(1)(a) of the Freedom of Information Act &ndash; Law enforcement (prevention or detection of crime). Disclosing the specific areas covered by particular equipment would identify where vulnerabilities may exist in the Trust&rsquo;s security arrangements and could be used to plan criminal activity such as theft or assaults on staff. The Trust has considered the public interest and concluded that the public interest in maintaining the exemption outweighs that in disclosure.</td></tr>
<tr><td>Q5 Whether the Trust has any plans to remove or replace these cameras.</td>
<td>The Trust replaces CCTV equipment as part of its rolling capital programme when equipment reaches end of life. There is no specific programme to remove a particular manufacturer at this time.</td></tr>
</table>
<p>We hope this information is helpful. If you are not satisfied with our response you may request an internal review by writing to the Information Governance Team within 40 working days, quoting the reference above. If you remain dissatisfied following the internal review you may complain to the Information Commissioner&rsquo;s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF &ndash; <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>.</p>
<p>Yours sincerely</p>
<p><b>Freedom of Information Team</b><br>Information Governance<br>Northern Lincolnshire and Goole NHS Foundation Trust<br>Tel: 01724 290144</p>
<p class="small">Re-use of information: The information supplied to you is the copyright of the Trust unless otherwise stated. You are free to use it for your own purposes, including private study and non-commercial research. Any other re-use, for example commercial publication, would require our specific permission.</p>
<p class="small">This message originated from outside your organisation &mdash; <b>CAUTION</b>: Do not click links or open attachments unless you recognise the sender.</p>
</body></html>
"""
m = email_msg('"NLG FOI (NORTHERN LINCOLNSHIRE AND GOOLE NHS FOUNDATION TRUST)" <nlg.foi.requests@nhs.example.net>',
              'Harriet Mensah <request-90412-aa31c0de@whatdotheyknow.com>',
              'FOI 24-0719 Response - CCTV',
              dt(2024, 7, 29, 9, 3),
              extra_headers={'X-MS-Has-Attach': '', 'Thread-Topic': 'FOI 24-0719 Response - CCTV'})
m.set_content(html, subtype='html')
save_eml(NN, m)
put_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml",
           "body_type": "nhs", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "partially_answered", "exemptions": ["s31"], "camera_count": 640,
           "note": "HTML-only email with a Q/A table; count is 'Approximately 640', Dahua misspelt 'Dahau', locations withheld under s31"})
