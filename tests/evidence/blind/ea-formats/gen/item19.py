from common import *

NN = "19"
req = """Dear North Hertfordshire Council,

Please can you answer the following under FOI:

1. How many CCTV cameras does the Council currently operate?
2. How many did it operate in 2019?
3. Are any made by Hikvision?
4. Are any made by Dahua?
5. Which company maintains the cameras?

Thanks
Saoirse Gallagher
"""
write_request(NN, req)

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CCTV cameras - FOI 2024/2719 | North Hertfordshire Council</title>
<link rel="stylesheet" href="/themes/custom/nhc/css/style.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QH2XK1PZR"></script>
</head>
<body class="page-node-type-disclosure">
<div id="cookie-banner" class="cookie-banner" role="dialog">
  <p>We use cookies to make this website work and to collect information about how you use it.
  <a href="/cookies">Cookie policy</a></p>
  <button class="btn">Accept all cookies</button> <button class="btn btn--secondary">Reject optional cookies</button>
</div>
<header class="site-header">
  <a class="skip-link" href="#main">Skip to main content</a>
  <a href="/" class="logo"><img src="/themes/custom/nhc/logo.svg" alt="North Hertfordshire Council"></a>
  <nav class="main-nav"><ul>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li>
    <li><a href="/council-tax">Council tax</a></li>
    <li><a href="/planning">Planning</a></li>
    <li><a href="/parking">Parking</a></li>
    <li><a href="/your-council">Your council</a></li>
  </ul></nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
  <li><a href="/your-council/freedom-information">Freedom of information</a></li>
  <li><a href="/your-council/freedom-information/disclosure-log">Disclosure log</a></li>
  <li>CCTV cameras</li></ol></nav>
<main id="main">
<article class="disclosure">
  <h1>CCTV cameras</h1>
  <dl class="disclosure__meta">
    <dt>Reference</dt><dd>FOI 2024/2719</dd>
    <dt>Date received</dt><dd>3 October 2024</dd>
    <dt>Date responded</dt><dd>24 October 2024</dd>
    <dt>Service area</dt><dd>Community Safety</dd>
    <dt>Outcome</dt><dd>Information provided</dd>
  </dl>
  <h2>Request</h2>
  <div class="disclosure__request">
    <p>1. How many CCTV cameras does the Council currently operate?<br>
    2. How many did it operate in 2019?<br>
    3. Are any made by Hikvision?<br>
    4. Are any made by Dahua?<br>
    5. Which company maintains the cameras?</p>
  </div>
  <h2>Response</h2>
  <div class="disclosure__response">
    <p>1. 31</p>
    <p>2. 46</p>
    <p>3. No</p>
    <p>4. No. The Dahau cameras referred to in FOI 2021/0422 were removed during the 2022 upgrade.</p>
    <p>5. Chroma Vision Ltd</p>
  </div>
  <h2>Attachments</h2>
  <p>None</p>
  <p class="small">The information in this disclosure log was correct at the date of the response. Information
  released under the Freedom of Information Act 2000 is subject to copyright; you may re-use it under the
  <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence</a>.</p>
</article>
<aside class="related">
  <h2>Related disclosures</h2>
  <ul>
    <li><a href="/disclosure-log/foi-2024-2204">Body worn cameras - FOI 2024/2204</a></li>
    <li><a href="/disclosure-log/foi-2023-1188">CCTV contract and costs - FOI 2023/1188</a></li>
    <li><a href="/disclosure-log/foi-2021-0422">CCTV equipment manufacturers - FOI 2021/0422</a></li>
  </ul>
  <h2>Most viewed</h2>
  <ul>
    <li><a href="/disclosure-log/foi-2024-1960">Empty homes (2,314 properties)</a></li>
    <li><a href="/disclosure-log/foi-2024-2411">Pest control call-outs 2023/24</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li>
  <li><a href="/contact-us">Contact us</a></li></ul>
  <p>North Hertfordshire Council, Council Offices, Gernon Road, Letchworth Garden City, Hertfordshire SG6 3JF<br>
  Telephone: 01462 474 000</p>
  <p>&copy; 2024 North Hertfordshire Council</p>
</footer>
</body>
</html>
"""
out = ROOT / f"{NN}-reply.html"; out.write_text(html, encoding="utf-8")
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="html", body_type="council", law="foia",
    hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=31,
    note="Disclosure-log web page with nav, cookie banner and sidebars; bare numbered answers where '2. 46' is the 2019 historical figure and 'Dahau' cameras were removed.")
