from common import *
NN = "13"
REQ = ["How many CCTV cameras does the council operate?",
       "Are any of the council's CCTV cameras manufactured by Hikvision or Dahua?",
       "If so, does the council intend to replace them?",
       "Does the council use facial recognition software with its CCTV?"]
write_request(NN, "Dear Ashby Marsh Borough Council,\n\nPlease answer the following under the Freedom of Information Act 2000:\n\n" +
              "\n".join(f"{i}. {q}" for i, q in enumerate(REQ, 1)) + "\n\nRegards,\nKieran Doyle\n")
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI 2024/1562 - CCTV cameras and manufacturers | Ashby Marsh Borough Council</title>
<link rel="stylesheet" href="/themes/amb/css/main.min.css?v=4.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-AMB0000000"></script>
</head>
<body class="page-disclosure-log">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p>
  <button class="btn">Accept analytics cookies</button> <button class="btn btn-secondary">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/themes/amb/img/logo.svg" alt="Ashby Marsh Borough Council"></a>
  <nav class="main-nav"><ul>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
    <li><a href="/planning">Planning</a></li><li><a href="/housing">Housing</a></li>
    <li><a href="/community-safety">Community safety</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
<li><a href="/your-council/foi">Freedom of information</a></li><li><a href="/your-council/foi/disclosure-log">Disclosure log</a></li>
<li aria-current="page">FOI 2024/1562</li></ol></nav>
<div class="layout">
<main id="main">
<h1>CCTV cameras and manufacturers</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>FOI 2024/1562</dd>
  <dt>Date received</dt><dd>14 October 2024</dd>
  <dt>Date responded</dt><dd>7 November 2024</dd>
  <dt>Category</dt><dd>Community safety</dd>
  <dt>Outcome</dt><dd>Information provided</dd>
</dl>
<h2>Request</h2>
<ol class="foi-request">
""" + "\n".join(f"  <li>{q}</li>" for q in REQ) + """
</ol>
<h2>Response</h2>
<div class="foi-response">
<p>The council's CCTV control room monitors 58 public space cameras across Ashby Marsh, Fenby and Holt End. There are a further 31 cameras at council-owned buildings and car parks that record locally and are not monitored live.</p>
<p>None of the council's cameras are manufactured by Hikvision or Dahua.</p>
<p>Not applicable.</p>
<p>No.</p>
</div>
<p class="foi-note">Information published in our disclosure log has been released in response to a request made under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004. It was correct at the time the response was sent.</p>
<div class="feedback"><p>Was this page helpful? <a href="/feedback?page=foi-2024-1562">Yes</a> <a href="/feedback?page=foi-2024-1562&amp;r=no">No</a></p></div>
</main>
<aside class="related">
<h2>Related disclosures</h2>
<ul>
  <li><a href="/your-council/foi/disclosure-log/foi-2021-0441">FOI 2021/0441 &ndash; Hikvision cameras in council car parks</a><br><span class="summary">Council confirmed 14 Hikvision cameras at Bridge Street car park (since replaced).</span></li>
  <li><a href="/your-council/foi/disclosure-log/foi-2022-1093">FOI 2022/1093 &ndash; Number of CCTV cameras</a><br><span class="summary">112 cameras including housing estates.</span></li>
  <li><a href="/your-council/foi/disclosure-log/foi-2023-0877">FOI 2023/0877 &ndash; Body worn cameras for enforcement officers</a></li>
</ul>
<h2>Make a request</h2>
<p>Before making a request, please search the disclosure log &ndash; the information you want may already be published.</p>
<p><a class="btn" href="/your-council/foi/make-a-request">Make a freedom of information request</a></p>
</aside>
</div>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Ashby Marsh Borough Council, Council Offices, Marsh Road, Ashby Marsh LN12 4AB. Tel 01507 600 900.</p>
</footer>
</body>
</html>
"""
open(out(f"{NN}-reply.html"), "w", encoding="utf-8").write(html)
label(NN, "html", "html", "council", "foia", "no", "no", "answered", [], 89,
      "Disclosure-log page with unnumbered answers matching request items by order (58 + 31); sidebar 'related disclosures' mention old Hikvision cameras and an older figure of 112.")
