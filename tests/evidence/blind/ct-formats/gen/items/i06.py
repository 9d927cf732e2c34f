import os

REQUEST = """
Dear University of Eastmere,

Under the Freedom of Information Act, please provide:

- the number of CCTV cameras operated by the University across its campuses;
- the manufacturers of the cameras and associated recording equipment;
- whether the University uses any equipment made by Hikvision or Dahua, and if so how much;
- whether any of the University's CCTV has facial recognition capability switched on.

Kind regards,
Aurelie Mensah
"""

LABEL = dict(format="html", body_type="university", law="foia", hikvision="yes", dahua="yes",
             outcome="answered", exemptions=[], camera_count=1126,
             note="disclosure-log web page with navigation and cookie banner around the entry; Dahua is present only as recorders (NVRs)")

HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CCTV cameras and manufacturers (FOI-UE-2024-0388) | Freedom of Information disclosure log | University of Eastmere</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/ue-main.min.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-disclosure-log">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to make this website work and to understand how you use it. <a href="/cookies">Read our cookie policy</a>.</p>
  <button type="button">Accept all cookies</button> <button type="button">Reject non-essential cookies</button>
</div>
<header class="site-header">
  <a class="skip-link" href="#main">Skip to main content</a>
  <a href="/" class="logo"><img src="/assets/img/ue-logo.svg" alt="University of Eastmere"></a>
  <nav class="primary-nav"><ul>
    <li><a href="/study">Study</a></li><li><a href="/research">Research</a></li>
    <li><a href="/about">About us</a></li><li><a href="/news">News and events</a></li>
    <li><a href="/contact">Contact</a></li></ul></nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
  <li><a href="/about/governance">Governance</a></li>
  <li><a href="/about/governance/foi">Freedom of Information</a></li>
  <li><a href="/about/governance/foi/disclosure-log">Disclosure log</a></li>
  <li aria-current="page">FOI-UE-2024-0388</li></ol></nav>
<main id="main">
<div class="layout-sidebar">
<aside class="sidebar">
  <h2>In this section</h2>
  <ul><li><a href="/about/governance/foi/make-a-request">Make a request</a></li>
  <li><a href="/about/governance/foi/publication-scheme">Publication scheme</a></li>
  <li class="active"><a href="/about/governance/foi/disclosure-log">Disclosure log</a></li>
  <li><a href="/about/governance/data-protection">Data protection</a></li></ul>
</aside>
<article class="disclosure-entry">
<h1>CCTV cameras and manufacturers</h1>
<table class="meta">
<tr><th scope="row">Reference</th><td>FOI-UE-2024-0388</td></tr>
<tr><th scope="row">Date received</th><td>11 March 2024</td></tr>
<tr><th scope="row">Date responded</th><td>4 April 2024</td></tr>
<tr><th scope="row">Category</th><td>Estates and Campus Services</td></tr>
<tr><th scope="row">Outcome</th><td>Information provided in full</td></tr>
</table>

<h2>Request</h2>
<div class="request">
<p>Under the Freedom of Information Act, please provide:</p>
<ul>
<li>the number of CCTV cameras operated by the University across its campuses;</li>
<li>the manufacturers of the cameras and associated recording equipment;</li>
<li>whether the University uses any equipment made by Hikvision or Dahua, and if so how much;</li>
<li>whether any of the University's CCTV has facial recognition capability switched on.</li>
</ul>
</div>

<h2>Response</h2>
<div class="response">
<p>The University's Security Services team operates 1,126 CCTV cameras across the Harbourside, Kingsfield and Moor Lane campuses, including halls of residence.</p>
<p>Cameras are supplied by Axis Communications, Hikvision, Panasonic i-PRO and Hanwha Vision. Recording is on Milestone XProtect servers, apart from the Sports Park, where footage is recorded locally.</p>
<p>Hikvision: 219 cameras, mainly in the older residential blocks at Moor Lane.<br>
Dahua: no cameras. The three network video recorders at the Sports Park are Dahua units.</p>
<p>No. Facial recognition analytics are not licensed or enabled on any part of the University's system.</p>
</div>

<p class="note">Information released under the Freedom of Information Act 2000 is published in our disclosure log with personal data removed. If you would like to make a request, please use our <a href="/about/governance/foi/make-a-request">online form</a>.</p>
<p class="updated">Page last updated: 9 April 2024</p>
</article>
</div>
</main>
<footer class="site-footer">
  <p>University of Eastmere, Harbourside Campus, Quay Street, Eastmere EM1 4RW. Tel: 01632 963 000</p>
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/modern-slavery">Modern slavery statement</a></li><li><a href="/freedom-of-information">Freedom of Information</a></li></ul>
  <p>&copy; 2024 University of Eastmere. Registered charity number 1149XX6.</p>
</footer>
<script src="/assets/js/ue-main.min.js"></script>
</body>
</html>
"""


def build(out):
    name = "06-reply.html"
    with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
        fh.write(HTML)
    return name
