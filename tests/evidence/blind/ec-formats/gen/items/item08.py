import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "08"
REQ = """
Dear Hereford & Worcester Fire and Rescue Service,

Please could you provide the following information under the Freedom of Information Act:

1. How many CCTV cameras are installed at your fire stations and other premises?
2. Are any of these made by Hikvision or Dahua?
3. If yes, are there plans to replace them?

Many thanks,
Ben Asquith
"""

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 2024-213 CCTV at fire stations | Disclosure log | Hereford &amp; Worcester Fire and Rescue Service</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/hwfire.min.css?v=4.2.1">
<script src="/assets/js/cookieconsent.js" defer></script>
</head>
<body class="page-template-disclosure">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/assets/img/hwfrs-logo.svg" alt="Hereford &amp; Worcester Fire and Rescue Service"></a></div>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/safety/">Your safety</a></li>
      <li><a href="/business-safety/">Business safety</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/careers/">Careers</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/contact/">Contact us</a></li>
    </ul>
  </nav>
  <form class="search" action="/search/"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/about-us/">About us</a> &rsaquo; <a href="/about-us/foi/">Freedom of Information</a> &rsaquo; <a href="/about-us/foi/disclosure-log/">Disclosure log</a> &rsaquo; FOI 2024-213</div>
<div class="container">
<main id="main" class="content">
<h1>CCTV at fire stations</h1>
<table class="meta">
<tr><th>Reference</th><td>FOI 2024-213</td></tr>
<tr><th>Date received</th><td>08/10/2024</td></tr>
<tr><th>Date responded</th><td>29/10/2024</td></tr>
<tr><th>Category</th><td>Estates / ICT</td></tr>
<tr><th>Outcome</th><td>Information provided</td></tr>
</table>

<h2>Request</h2>
<ol>
<li>How many CCTV cameras are installed at your fire stations and other premises?</li>
<li>Are any of these made by Hikvision or Dahua?</li>
<li>If yes, are there plans to replace them?</li>
</ol>

<h2>Response</h2>
<p><strong>1.</strong> There are 142 CCTV cameras across our 24 fire stations, 38 at Service Headquarters and the Training Centre at Droitwich and 11 at the Fleet Workshops.</p>
<p>In addition 96 fire appliances and support vehicles are fitted with forward-facing vehicle cameras. These are not CCTV and have not been included.</p>
<p><strong>2.</strong> No.</p>
<p><strong>3.</strong> N/A</p>

<p class="notice">Information released under the Freedom of Information Act is released to the world at large. Re-use of this information is subject to the Open Government Licence unless otherwise stated.</p>
<p><a class="button" href="/about-us/foi/make-a-request/">Make a request</a></p>
</main>
<aside class="sidebar">
  <h2>Related disclosures</h2>
  <ul>
    <li><a href="/about-us/foi/disclosure-log/foi-2023-088/">FOI 2023-088 Hikvision and Dahua surveillance equipment</a></li>
    <li><a href="/about-us/foi/disclosure-log/foi-2023-141/">FOI 2023-141 Body worn video</a></li>
    <li><a href="/about-us/foi/disclosure-log/foi-2024-019/">FOI 2024-019 Drones (unmanned aerial vehicles)</a></li>
    <li><a href="/about-us/foi/disclosure-log/foi-2024-177/">FOI 2024-177 Dash cams on appliances</a></li>
  </ul>
  <h2>Latest from the log</h2>
  <ul>
    <li><a href="/about-us/foi/disclosure-log/foi-2024-214/">FOI 2024-214 Sickness absence 2023/24</a></li>
    <li><a href="/about-us/foi/disclosure-log/foi-2024-215/">FOI 2024-215 Lithium-ion battery fires</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <ul>
    <li><a href="/accessibility/">Accessibility</a></li>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/cookies/">Cookies</a></li>
    <li><a href="/about-us/foi/">Freedom of Information</a></li>
  </ul>
  <p>&copy; Hereford &amp; Worcester Fire and Rescue Service 2024. Headquarters, Hindlip Park, Worcester WR3 8SP.</p>
</footer>
</body>
</html>
"""
write_request(NN, REQ)
write_text(f"{NN}-reply.html", HTML)
write_label(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html", body_type="fire",
            law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=191,
            note="Disclosure-log web page with navigation and a sidebar linking an unrelated 'Hikvision and Dahua' disclosure; count must be summed (142+38+11) and vehicle cameras excluded; bare 'No' to a both-makers question.")
