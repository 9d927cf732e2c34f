import os

REQUEST = """
Dear Bro Hafren County Borough Council,

FOI request - public space CCTV

1. Please list the manufacturers of the council's public space CCTV cameras and how many of each.
2. Are any of the cameras made by Hikvision or Dahua?
3. Are the cameras monitored 24 hours a day?

Regards
Rhodri Vaughan-Price
"""

LABEL = dict(format="html", body_type="welsh_council", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=64,
             note="bilingual disclosure-log page laid out as a table; no total given, count is the sum of a per-maker list that is complete and leaves out Dahua; Q2 answered only by reference to Q1")

HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Disclosure log - FOI 11873 - Public space CCTV - Bro Hafren County Borough Council</title>
<link rel="alternate" hreflang="cy" href="/cy/cyngor/rhyddid-gwybodaeth/log-datgelu/11873">
</head>
<body>
<div class="top-bar"><a href="/cy/cyngor/rhyddid-gwybodaeth/log-datgelu/11873" lang="cy">Cymraeg</a> | <a href="/en/accessibility">Accessibility</a> | <a href="/en/myaccount">My Account</a></div>
<header><img src="/images/brohafren-logo.png" alt="Bro Hafren County Borough Council / Cyngor Bwrdeistref Sirol Bro Hafren"></header>
<nav><a href="/en/">Home</a> &gt; <a href="/en/council/">Council and democracy</a> &gt; <a href="/en/council/foi/">Freedom of Information</a> &gt; <a href="/en/council/foi/disclosure-log/">Disclosure log</a></nav>
<div id="content">
<h1>Disclosure log</h1>
<p>Responses to Freedom of Information and Environmental Information requests that may be of wider public interest. Personal information has been removed.</p>
<table class="disclosure" border="1" cellpadding="6" cellspacing="0">
<tbody>
<tr><th>Reference</th><td>FOI 11873</td></tr>
<tr><th>Department</th><td>Community Safety / Diogelwch Cymunedol</td></tr>
<tr><th>Date of request</th><td>07/02/2024</td></tr>
<tr><th>Date of response</th><td>29/02/2024</td></tr>
<tr><th>Subject</th><td>Public space CCTV</td></tr>
<tr><th>Request</th><td>
<ol>
<li>Please list the manufacturers of the council's public space CCTV cameras and how many of each.</li>
<li>Are any of the cameras made by Hikvision or Dahua?</li>
<li>Are the cameras monitored 24 hours a day?</li>
</ol>
</td></tr>
<tr><th>Response</th><td>
<p>1. The Council's public space CCTV system consists of cameras from the following manufacturers:</p>
<ul>
<li>Vicon &ndash; 30</li>
<li>Hikvision (DS-2DE PTZ range) &ndash; 22</li>
<li>Hanwha &ndash; 12</li>
</ul>
<p>2. Please see the response to question 1.</p>
<p>3. The control room at Ty Glannau is staffed 24 hours a day, 365 days a year, by the Council&rsquo;s CCTV operators. Not every camera is viewed live at all times; all cameras record continuously.</p>
</td></tr>
<tr><th>Exemptions applied</th><td>None</td></tr>
<tr><th>Attachments</th><td>None</td></tr>
</tbody>
</table>
<p><a href="/en/council/foi/disclosure-log/?page=14">&laquo; Back to disclosure log</a></p>
</div>
<footer>
<p>&copy; Bro Hafren County Borough Council / Cyngor Bwrdeistref Sirol Bro Hafren, Ty Glannau, Stryd y Bont, Trefaldwyn SY99 1AA</p>
<p><a href="/en/privacy">Privacy notice</a> | <a href="/en/cookies">Cookies</a> | <a href="/en/welsh-language">Welsh language standards</a></p>
</footer>
</body>
</html>
"""


def build(out):
    name = "18-reply.html"
    with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
        fh.write(HTML)
    return name
