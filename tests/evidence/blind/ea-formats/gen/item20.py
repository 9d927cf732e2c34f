from common import *

NN = "20"
req = """Dear Cleveland Police,

I am making a request under the Freedom of Information Act 2000 about the force's use of drones.

Q1 How many drones (UAVs) does the force currently operate?
Q2 What is the make and model of each?
Q3 Are any of the drones, or the cameras fitted to them, manufactured by Hikvision or Dahua?
Q4 Where are the drones based?
Q5 How many times were drones deployed in 2023?

Yours faithfully,
Declan Whitmore-Osei
"""
write_request(NN, req)

html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Cleveland Police - Disclosure Log - 2024 - Drones / UAVs</title>
<link href="/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
<div id="header"><img src="/images/cleveland-police-logo.png" alt="Cleveland Police" width="220" height="80" />
<div id="topnav"><a href="/">Home</a> | <a href="/contact">Contact us</a> | <a href="/report">Report it</a> | <a href="/foi">Freedom of Information</a></div>
</div>
<div id="leftcol">
<ul class="subnav">
<li><a href="/foi/publication-scheme">Publication Scheme</a></li>
<li><a href="/foi/disclosure-log">Disclosure Log</a></li>
<li><a href="/foi/disclosure-log/2024">2024</a></li>
<li><a href="/foi/disclosure-log/2023">2023</a></li>
<li><a href="/foi/make-a-request">Make a request</a></li>
</ul>
</div>
<div id="content">
<h1>Drones / UAVs</h1>
<table class="foimeta" cellpadding="4">
<tr><td><strong>Reference No:</strong></td><td>1187/24</td></tr>
<tr><td><strong>Date of response:</strong></td><td>18/06/2024</td></tr>
<tr><td><strong>Category:</strong></td><td>Operational Policing</td></tr>
</table>
<h3>Request and response</h3>
<table class="foiqa" border="1" cellpadding="5" cellspacing="0" width="100%">
<tr><th width="45%">Request</th><th>Response</th></tr>
<tr><td>Q1 How many drones (UAVs) does the force currently operate?</td>
<td>Cleveland Police currently operates 9 drones. Please note that in response to FOI 1021/22 the force stated that it operated 6 drones; three additional aircraft were purchased in 2023.</td></tr>
<tr><td>Q2 What is the make and model of each?</td>
<td>DJI Matrice 300 RTK (4)<br />DJI Matrice 30T (3)<br />DJI Mavic 3 Enterprise (2)</td></tr>
<tr><td>Q3 Are any of the drones, or the cameras fitted to them, manufactured by Hikvision or Dahua?</td>
<td>No</td></tr>
<tr><td>Q4 Where are the drones based?</td>
<td>Exempt - see below</td></tr>
<tr><td>Q5 How many times were drones deployed in 2023?</td>
<td>412</td></tr>
</table>
<p>In respect of Q4, Cleveland Police is withholding the locations at which drones and their operators are based under section 31(1)(a)(b) of the Freedom of Information Act 2000 (Law Enforcement). Disclosure would identify where air support capability is, and is not, readily available across the force area, and would be of use to those seeking to evade detection. Having considered the public interest, the force believes that the balance lies in favour of withholding this information.</p>
<p>Cleveland Police provides the National Police Air Service with information about its drone fleet. Information about NPAS helicopters is not held by this force.</p>
<p><a href="/foi/disclosure-log/2024">&laquo; Back to 2024 disclosures</a></p>
</div>
<div id="footer">&copy; Cleveland Police 2024 | Ladgate Lane, Middlesbrough TS8 9EH | <a href="/accessibility">Accessibility</a> | <a href="/cookies">Cookies</a></div>
</div>
</body>
</html>
"""
out = ROOT / f"{NN}-reply.html"; out.write_text(html, encoding="utf-8")
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="html", body_type="police", law="foia",
    hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s31"], camera_count=9,
    note="Drone-only request on a disclosure-log page: the 9 drones are the equipment count (not the historical 6 or 412 deployments); bare 'No' to the joint maker question; bases withheld s31.")
