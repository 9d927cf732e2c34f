import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "20"
REQ = """
Dear University of Dundee,

This is a request under the Freedom of Information (Scotland) Act 2002.

Question 1: How many CCTV cameras does the University operate?
Question 2: Does the University use any cameras made by Hikvision?
Question 3: Does the University use any cameras made by Dahua?
Question 4: Please list the manufacturers of the University's CCTV cameras.
Question 5: Does the University use automatic number plate recognition (ANPR) in its car parks?

Kind regards,
Jamie Rennie
"""

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>FOI/2025/0087 - CCTV cameras | Freedom of Information disclosure log | University of Dundee</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:0}
.wrap{max-width:960px;margin:0 auto;padding:0 16px}
table.qa{border-collapse:collapse;width:100%}
table.qa th,table.qa td{border:1px solid #ccc;padding:8px;vertical-align:top;text-align:left}
table.qa th{background:#f2f2f2}
.meta dt{font-weight:bold;float:left;width:170px}
.meta dd{margin-left:180px}
</style>
</head>
<body>
<header><div class="wrap"><a href="/"><img src="/img/uod-logo.png" alt="University of Dundee"></a>
<nav><a href="/study/">Study</a> | <a href="/research/">Research</a> | <a href="/about/">About</a> | <a href="/governance/">Governance</a></nav></div></header>
<div class="wrap">
<p class="crumbs"><a href="/governance/">Governance</a> / <a href="/governance/foi/">Freedom of information</a> / <a href="/governance/foi/disclosure-log/">Disclosure log</a></p>
<h1>FOI/2025/0087 &ndash; CCTV cameras</h1>
<dl class="meta">
<dt>Date received</dt><dd>14 January 2025</dd>
<dt>Date of response</dt><dd>6 February 2025</dd>
<dt>Legislation</dt><dd>Freedom of Information (Scotland) Act 2002</dd>
<dt>Directorate</dt><dd>Estates and Campus Services</dd>
</dl>
<h2>Request and response</h2>
<table class="qa">
<thead><tr><th style="width:40%">Request</th><th>Response</th></tr></thead>
<tbody>
<tr><td>Question 1: How many CCTV cameras does the University operate?</td><td>1,130</td></tr>
<tr><td>Question 2: Does the University use any cameras made by Hikvision?</td><td>Yes &ndash; 212 cameras (see Q4).</td></tr>
<tr><td>Question 3: Does the University use any cameras made by Dahua?</td><td>No</td></tr>
<tr><td>Question 4: Please list the manufacturers of the University's CCTV cameras.</td><td>Axis, Hikvision, Panasonic (i-PRO), Sony</td></tr>
<tr><td>Question 5: Does the University use ANPR in its car parks?</td><td>Yes, at the Nethergate and Ninewells staff car parks (4 cameras). These are not included in the figure at Q1.</td></tr>
</tbody>
</table>
<p>Personal data of the requester has been removed. Information published in this log was correct at the date of the response.</p>
<p>If you would like to ask for a review of a response, or make your own request, please see <a href="/governance/foi/">how to make a request</a>. Information on your right to apply to the Scottish Information Commissioner is available at <a href="https://www.foi.scot">www.foi.scot</a>.</p>
<p><a href="/governance/foi/disclosure-log/2025/">&laquo; Back to 2025 disclosure log</a></p>
</div>
<footer><div class="wrap"><p>University of Dundee, Nethergate, Dundee DD1 4HN, Scotland, UK. The University of Dundee is a registered Scottish Charity, No: SC015096.</p></div></footer>
</body>
</html>
"""
write_request(NN, REQ)
write_text(f"{NN}-reply.html", HTML)
write_label(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html", body_type="university",
            law="foisa", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=1130,
            note="Disclosure-log page laid out as a request/response table; count written with a thousands comma; ANPR cameras mentioned separately and excluded from the CCTV count.")
