import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *

NN = '08'
write_request(NN, """
Dear Lincolnshire Police,

Please provide the following information under the Freedom of Information Act 2000:

- the total number of CCTV cameras installed at Lincolnshire Police premises (stations, custody, offices, depots);
- how many of these were manufactured by Hikvision;
- how many were manufactured by Dahua;
- whether there are any plans to replace Hikvision or Dahua equipment, and the estimated cost.

Yours faithfully,
Thomas Aldwinckle
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CCTV cameras at police premises - 002417/24 | Lincolnshire Police</title>
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.12.0">
<script async src="/assets/js/analytics-consent.js"></script>
</head>
<body class="page-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this website">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and improve our services.</p>
  <button class="btn">Accept additional cookies</button> <button class="btn">Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/lincs-police-logo.svg" alt="Lincolnshire Police"></a>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/report">Report</a></li>
      <li><a href="/contact">Contact us</a></li>
      <li><a href="/advice">Advice</a></li>
      <li><a href="/your-area">Your area</a></li>
      <li class="active"><a href="/about-us">About us</a></li>
    </ul>
  </nav>
  <form class="site-search" action="/search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search this site"><button>Search</button></form>
</header>
<div class="emergency-bar">In an emergency always call 999. For non-emergencies call 101.</div>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li><li><a href="/about-us/freedom-of-information">Freedom of Information</a></li><li><a href="/foi-ai/disclosure-log">Disclosure log</a></li><li aria-current="page">CCTV cameras at police premises</li></ol>
</nav>
<div class="layout">
<main id="main-content">
  <h1>CCTV cameras at police premises</h1>
  <dl class="meta">
    <dt>Reference number</dt><dd>002417/24</dd>
    <dt>Date of response</dt><dd>14/06/2024</dd>
    <dt>Category</dt><dd>Estates &amp; Facilities</dd>
  </dl>
  <div class="rich-text">
    <h2>Request</h2>
    <p>Please provide the following information under the Freedom of Information Act 2000:</p>
    <ul>
      <li>the total number of CCTV cameras installed at Lincolnshire Police premises (stations, custody, offices, depots);</li>
      <li>how many of these were manufactured by Hikvision;</li>
      <li>how many were manufactured by Dahua;</li>
      <li>whether there are any plans to replace Hikvision or Dahua equipment, and the estimated cost.</li>
    </ul>
    <h2>Response</h2>
    <p>Lincolnshire Police holds some information relevant to your request. However, we estimate that the cost of complying with your request would exceed the appropriate limit.</p>
    <p>CCTV at police premises has been installed over many years under a number of separate building projects and is not recorded on a single asset register. The force's estate comprises 48 operational and support sites. In order to establish the number of cameras and the make of each, staff from Estates would need to visit each site, or review individual installation files held locally, to identify and record each camera. A sampling exercise indicated that this would take on average 40 minutes per site, which alone amounts to 32 hours.</p>
    <p>The appropriate limit for police forces is &pound;450, equivalent to 18 hours of work. Section 12(1) of the Freedom of Information Act 2000 does not oblige a public authority to comply with a request if it estimates that the cost of doing so would exceed the appropriate limit. This letter therefore acts as a refusal notice under section 17(5) of the Act for the whole of your request.</p>
    <h3>Advice and assistance</h3>
    <p>In accordance with section 16 of the Act, you may wish to consider refining your request, for example by limiting it to custody suites only, which may allow it to be answered within the cost limit. Please note that any refined request would be treated as a new request and considered on its own merits, including whether any exemptions apply.</p>
    <p>Please note that Lincolnshire Police does not routinely confirm or deny details of security measures at police premises.</p>
    <p><a href="/media/8841/002417-24-response.pdf" class="download">Download the response letter (PDF, 118KB)</a></p>
  </div>
  <section class="complaint-rights">
    <h2>Your right to complain</h2>
    <p>If you are dissatisfied with the response you may request an internal review within 40 working days by emailing the Information Management Unit. If you remain dissatisfied you may apply to the Information Commissioner.</p>
  </section>
</main>
<aside class="sidebar" aria-label="Related">
  <h2>Related disclosures</h2>
  <ul>
    <li><a href="/foi-ai/disclosure-log/001966-23">Hikvision body worn video docking units</a> <span class="date">02/11/2023</span></li>
    <li><a href="/foi-ai/disclosure-log/001702-23">Dahua thermal cameras - custody</a> <span class="date">19/07/2023</span></li>
    <li><a href="/foi-ai/disclosure-log/000884-23">Number of ANPR cameras in Lincolnshire</a> <span class="date">28/03/2023</span></li>
    <li><a href="/foi-ai/disclosure-log/000415-23">Use of facial recognition technology</a> <span class="date">09/02/2023</span></li>
  </ul>
  <h2>In this section</h2>
  <ul><li><a href="/about-us/freedom-of-information">Make a request</a></li><li><a href="/foi-ai/publication-scheme">Publication scheme</a></li><li><a href="/foi-ai/disclosure-log">Disclosure log</a></li></ul>
</aside>
</div>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/terms">Terms and conditions</a></li></ul>
  <p>&copy; Lincolnshire Police 2024. Police Headquarters, PO Box 999, Lincoln LN5 7PH.</p>
</footer>
<script src="/assets/js/main.min.js?v=4.12.0"></script>
</body>
</html>
"""
with open(out(f'{NN}-reply.html'), 'w', encoding='utf-8') as f:
    f.write(html)
put_label({"path": f"{NN}-reply.html", "request_file": f"{NN}-request.txt", "format": "html",
           "body_type": "police", "law": "foia", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "refused", "exemptions": ["s12"], "camera_count": None,
           "note": "disclosure-log web page with navigation, cookie banner and a 'Related disclosures' sidebar titled with Hikvision/Dahua; the entry is a whole-request s12 cost refusal ('48 ... sites' is not a count)"})
