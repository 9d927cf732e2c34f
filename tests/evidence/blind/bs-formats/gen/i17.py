from common import *
nn = "17"
request(nn, """
Dear Durham Constabulary,

This request is about body worn video only.

1. How many body worn video cameras does the force have issued or available for use?
2. What make and model are they?
3. Are any of the body worn cameras made by Hikvision or Dahua?
4. How much did the force spend on body worn video in 2023/24?

Regards
Kieran Doyle
""")
html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Body worn video – devices and spend (FOI 2024/1092) | Disclosure log | Durham Constabulary</title>
<style>body{font-family:Arial;margin:0} header{background:#00205b;color:#fff;padding:12px} nav a{color:#fff;margin-right:14px}
.wrap{display:flex} main{flex:3;padding:20px} aside{flex:1;background:#f1f1f1;padding:16px;font-size:13px} footer{background:#222;color:#ccc;padding:12px;font-size:12px}
table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style></head>
<body>
<header><div class="logo">Durham Constabulary</div>
<nav><a href="/">Home</a><a href="/report">Report it</a><a href="/contact">Contact us</a><a href="/news">News</a><a href="/about-us">About us</a><a href="/foi">Freedom of information</a><a href="/careers">Careers</a></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">FOI</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; Operational policing</div>
<div class="wrap">
<main>
<h1>Body worn video – devices and spend</h1>
<p class="meta">Reference: FOI 2024/1092 &nbsp;|&nbsp; Date of response: 14/08/2024 &nbsp;|&nbsp; Category: Operational policing</p>
<h2>Request</h2>
<ol>
<li>How many body worn video cameras does the force have issued or available for use?</li>
<li>What make and model are they?</li>
<li>Are any of the body worn cameras made by Hikvision or Dahua?</li>
<li>How much did the force spend on body worn video in 2023/24?</li>
</ol>
<h2>Response</h2>
<p>Durham Constabulary holds information relevant to your request.</p>
<p>1 &amp; 2.</p>
<table><tr><th>Device</th><th>Number</th></tr>
<tr><td>Axon Body 3</td><td>590</td></tr>
<tr><td>Motorola Solutions VB400 (Roads Policing and Dogs)</td><td>60</td></tr></table>
<p>3. No.</p>
<p>4. Expenditure in 2023/24 was &pound;214,806 (including licences, storage and accessories). This figure is already published in our Transparency spending data and is therefore also available there.</p>
<p>Please note: this disclosure log entry reproduces our response to the requester. Personal data has been removed.</p>
</main>
<aside>
<h3>In this section</h3>
<ul><li><a href="/foi/publication-scheme">Publication scheme</a></li><li><a href="/foi/make-a-request">Make a request</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li></ul>
<h3>Related disclosures</h3>
<ul>
<li><a href="/foi/disclosure-log/2023-441">CCTV at police stations (FOI 2023/441)</a> – 212 cameras across 14 stations</li>
<li><a href="/foi/disclosure-log/2024-0217">Drones – fleet and usage (FOI 2024/0217)</a></li>
<li><a href="/foi/disclosure-log/2023-1188">Hikvision equipment (FOI 2023/1188)</a></li>
</ul>
<h3>Download</h3><p><a href="/media/foi-2024-1092.pdf">FOI 2024/1092 response (PDF, 92KB)</a></p>
</aside>
</div>
<footer>&copy; Durham Constabulary 2024 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy notice</a> &middot; <a href="/cookies">Cookies</a></footer>
</body></html>"""
open(outpath(nn, "html"), "w").write(html)
label(nn, "html", "police", "foia", "no", "no", "answered", [], 650,
      "request is about body-worn video only so the BWV count is the count; bare 'No' to joint maker question; sidebar shows a distracting CCTV figure (212) and a Hikvision link")
