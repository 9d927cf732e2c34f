from lib import *

write_text("09-request.txt", """
Dear Falkirk Council

I am making a request under the Freedom of Information (Scotland) Act 2002.

Question 1: How many CCTV cameras are installed in the secondary schools in Falkirk Council area?
Question 2: What make are these cameras? In particular are any manufactured by Hikvision or Dahua?
Question 3: Who is responsible for monitoring the footage?

Yours faithfully
Catriona Imrie
""")

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>FOI disclosure: CCTV in secondary schools | Falkirk Council</title>
</head>
<body>
<div class="govuk-cookie-banner" role="region" aria-label="Cookies on falkirk.gov.uk">
  <h2>Cookies on falkirk.gov.uk</h2>
  <p>We use some essential cookies to make this website work.</p>
  <p>We'd also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
  <button type="button">Accept analytics cookies</button>
  <button type="button">Reject analytics cookies</button>
  <a href="/cookies/">View cookies</a>
</div>
<header class="site-header">
  <a href="/" class="site-logo">Falkirk Council</a>
  <nav>
    <a href="/services/">Services</a> |
    <a href="/coins/">Council information</a> |
    <a href="/news/">News</a> |
    <a href="/contact/">Contact us</a> |
    <a href="/foi/">Freedom of information</a>
  </nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Home</a> / <a href="/foi/">Freedom of information</a> / <a href="/foi/disclosure-log/">Disclosure log</a> / 2023</p>
<h1>CCTV in secondary schools</h1>
<table class="summary">
<tr><th>Reference</th><td>FOI-23-04417</td></tr>
<tr><th>Service</th><td>Children's Services</td></tr>
<tr><th>Date of response</th><td>28 August 2023</td></tr>
<tr><th>Outcome</th><td>Information not held</td></tr>
</table>

<h2>Request</h2>
<p>Question 1: How many CCTV cameras are installed in the secondary schools in Falkirk Council area?<br>
Question 2: What make are these cameras? In particular are any manufactured by Hikvision or Dahua?<br>
Question 3: Who is responsible for monitoring the footage?</p>

<h2>Response</h2>
<p>Falkirk Council's eight secondary schools were built and are maintained under a Public Private Partnership (PPP) contract. Under the terms of that contract, the security systems in these buildings, including CCTV, are owned, operated and maintained by the PPP provider and its facilities management sub-contractor, not by the Council.</p>
<p>The Council does not hold a record of the number or make of the cameras installed, and footage is not monitored by Council staff. In terms of section 17(1) of the Freedom of Information (Scotland) Act 2002, I must therefore give you notice that the Council does not hold the information you have requested.</p>
<p>Under section 15 of FOISA (duty to advise and assist) you may wish to direct your request to the PPP provider, although please note it is not a Scottish public authority for the purposes of FOISA.</p>

<h2>Your right to seek a review</h2>
<p>If you are dissatisfied with the way the Council has dealt with your request, you can ask us to review our actions and decisions by writing to the Chief Governance Officer, Falkirk Council, Municipal Buildings, West Bridge Street, Falkirk FK1 5RS within 40 working days. If you remain dissatisfied following a review you can apply to the Scottish Information Commissioner for a decision. You can apply online at www.foi.scot/appeal.</p>
</main>
<aside>
<h3>In this section</h3>
<ul>
<li><a href="/foi/how-to-make-a-request/">How to make a request</a></li>
<li><a href="/foi/disclosure-log/">Disclosure log</a></li>
<li><a href="/foi/publication-scheme/">Publication scheme</a></li>
<li><a href="/foi/eir/">Environmental information</a></li>
</ul>
</aside>
<footer>
<p><a href="/accessibility/">Accessibility</a> &middot; <a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookies</a> &middot; <a href="/sitemap/">Site map</a></p>
<p>Falkirk Council, Municipal Buildings, West Bridge Street, Falkirk FK1 5RS &middot; 01324 506070</p>
</footer>
</body>
</html>
"""
write_text("09-reply.html", html)
add_label(path="09-reply.html", request_file="09-request.txt", format="html", body_type="council",
          law="foisa", hikvision="unknown", dahua="unknown", outcome="not_held", exemptions=["s17"],
          camera_count=None, note="Scottish disclosure-log page: school CCTV belongs to the PPP provider, FOISA s17 not-held notice; s15 advice is not an exemption.")
