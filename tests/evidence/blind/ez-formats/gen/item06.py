"""06: fire & rescue service, .html disclosure-log page; Hikvision only as recorders."""
from common import *

NN = "06"
write_request(NN, """
Dear Lowfield Fire and Rescue Service,

Under the Freedom of Information Act 2000 I would like to know:

1. How many CCTV cameras are installed at your fire stations and headquarters?
2. Who manufactures the cameras and the recording equipment (DVR/NVR)?
3. Do you have any equipment made by Hikvision or Dahua?
4. Is any of the CCTV monitored remotely by a third party?

Thank you,
Alan Pearce
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 2024-133 CCTV at fire stations | Disclosure log | Lowfield Fire &amp; Rescue Service</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.4.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX11"></script>
</head>
<body class="page-template-disclosure">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="logo"><a href="/"><img src="/assets/img/lfrs-logo.svg" alt="Lowfield Fire &amp; Rescue Service"></a></div>
  <nav class="primary-nav">
    <ul>
      <li><a href="/safety/">Staying safe</a></li>
      <li><a href="/business/">Business safety</a></li>
      <li><a href="/careers/">Careers</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/search/"><input type="search" name="q" placeholder="Search"></form>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/about-us/">About us</a> &rsaquo; <a href="/about-us/foi/">Freedom of Information</a> &rsaquo; <a href="/about-us/foi/disclosure-log/">Disclosure log</a> &rsaquo; FOI 2024-133</div>
<main id="main">
<article class="disclosure">
<h1>FOI 2024-133 &ndash; CCTV at fire stations</h1>
<p class="meta">Date received: 02/07/2024 &nbsp;|&nbsp; Date responded: 25/07/2024 &nbsp;|&nbsp; Category: Estates &amp; Facilities</p>

<h2>Request</h2>
<ol>
<li>How many CCTV cameras are installed at your fire stations and headquarters?</li>
<li>Who manufactures the cameras and the recording equipment (DVR/NVR)?</li>
<li>Do you have any equipment made by Hikvision or Dahua?</li>
<li>Is any of the CCTV monitored remotely by a third party?</li>
</ol>

<h2>Response</h2>
<table class="foi-table">
<thead><tr><th scope="col">Question</th><th scope="col">Response</th></tr></thead>
<tbody>
<tr><td>1</td><td>There are 62 CCTV cameras across the Service's 21 stations, Headquarters and the Training Centre at Hatherby. Some on-call stations have no CCTV.</td></tr>
<tr><td>2</td><td>Cameras are Bosch and Axis. At Headquarters and the Training Centre recording is on a Bosch DIVAR IP system. At the 19 stations the cameras are recorded on Hikvision DS-7208HUHI-K2 DVRs installed as part of the 2016 station refurbishment programme.</td></tr>
<tr><td>3</td><td>Please see the response to Q2. The Service does not have any Dahua equipment.</td></tr>
<tr><td>4</td><td>No. Alarm activations at Headquarters are monitored by an NSI Gold approved Alarm Receiving Centre but CCTV images are not remotely monitored.</td></tr>
</tbody>
</table>
<p>Please note the above does not include vehicle camera systems fitted to fire appliances, which were outside the scope of the request.</p>

<div class="downloads">
<h3>Documents</h3>
<p>No documents were released with this response.</p>
</div>
</article>
<aside class="related">
<h3>Related requests</h3>
<ul>
<li><a href="/about-us/foi/disclosure-log/foi-2023-208/">FOI 2023-208 Security contracts</a></li>
<li><a href="/about-us/foi/disclosure-log/foi-2024-041/">FOI 2024-041 Body worn video</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<p>&copy; Lowfield Fire &amp; Rescue Service 2024. Lowfield Fire Authority, Service Headquarters, Pinfold Road, Hatherby, LF3 9DX.</p>
<p><a href="/privacy/">Privacy notice</a> | <a href="/accessibility/">Accessibility</a> | <a href="/cookies/">Cookies</a></p>
</footer>
</body>
</html>
"""
(ROOT / f"{NN}-reply.html").write_text(html, encoding="utf-8")
add_label(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html",
          body_type="fire", law="foia", hikvision="yes", dahua="no", outcome="answered",
          exemptions=[], camera_count=62,
          note="Cameras are Bosch/Axis; Hikvision appears only as the DVRs (recorders in use count as yes); Q3 answer points back to Q2; '21 stations' and '19 stations' are not camera counts.")
