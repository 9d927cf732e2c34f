from common import *
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 24-0587 CCTV cameras - Disclosure log - North Mercia Ambulance Service NHS Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/nmas.min.css?v=3.4.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="page-template-disclosure">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/assets/img/nmas-logo.svg" alt="North Mercia Ambulance Service NHS Trust"></a>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/your-health/">Your health</a></li>
        <li><a href="/careers/">Careers</a></li>
        <li><a href="/news/">News</a></li>
        <li class="active"><a href="/about-us/freedom-of-information/">Freedom of Information</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/search/"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
  </div>
</header>
<div class="container">
<ol class="breadcrumb">
  <li><a href="/">Home</a></li><li><a href="/about-us/">About us</a></li>
  <li><a href="/about-us/freedom-of-information/">Freedom of Information</a></li>
  <li><a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></li>
  <li aria-current="page">FOI 24-0587</li>
</ol>
<div class="row">
<main id="main" class="col-8">
<h1>FOI 24-0587 &ndash; CCTV cameras</h1>
<table class="foi-meta">
  <tr><th scope="row">Reference</th><td>FOI 24-0587</td></tr>
  <tr><th scope="row">Date received</th><td>2 September 2024</td></tr>
  <tr><th scope="row">Date responded</th><td>27 September 2024</td></tr>
  <tr><th scope="row">Category</th><td>Estates and Facilities</td></tr>
  <tr><th scope="row">Outcome</th><td>Information partially provided</td></tr>
</table>

<h2>Request</h2>
<p>I would like to know how many CCTV cameras the Trust has across its ambulance stations, hubs and headquarters, who manufactures them and whether any are produced by Hikvision or Dahua, and whether the Trust has carried out any security assessment of these cameras since the government's 2022 announcement about Chinese surveillance equipment.</p>

<h2>Response</h2>
<p>The Trust has approximately 212 CCTV cameras across its estate of 43 sites (ambulance stations, make ready hubs, emergency operations centres and headquarters).</p>
<p>CCTV at Trust premises has been installed over many years by a number of different contractors, in many cases as part of wider building works, and the Trust does not hold a central record of the manufacturer of each camera. To establish the manufacturers, including whether any cameras are produced by Hikvision or Dahua, would require Estates staff to visit or remotely inspect each of the 43 sites and examine the equipment and any installation records held locally. We estimate this would take in excess of 40 hours.</p>
<p>Section 12(1) of the Freedom of Information Act 2000 allows a public authority to refuse to comply with a request where the cost of doing so would exceed the appropriate limit, which for the Trust is &pound;450, equivalent to 18 hours of work. The Trust is therefore applying section 12(1) to this part of your request.</p>
<p>Under section 16 (advice and assistance) you may wish to consider narrowing your request, for example to a small number of named sites.</p>
<p>In respect of a security assessment: the Trust's Digital Services team reviewed the CCTV systems connected to the Trust network in 2023. CCTV at stations is not connected to the corporate network and recordings are held locally on each site.</p>

<h3>Internal review</h3>
<p>If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of the response and should be addressed to: Head of Information Governance, North Mercia Ambulance Service NHS Trust, Millennium House, Trinity Way, Stafford ST16 9ZZ, or <a href="mailto:foi@nmas.nhs.uk">foi@nmas.nhs.uk</a>.</p>
<p>If you are still dissatisfied following the internal review you have the right to complain to the Information Commissioner's Office (<a href="https://ico.org.uk/">ico.org.uk</a>).</p>
<p class="attachments">Attachments: none</p>
</main>
<aside class="col-4 sidebar">
  <h2>Related disclosures</h2>
  <ul class="related">
    <li><a href="/about-us/freedom-of-information/disclosure-log/foi-24-0311/">FOI 24-0311 Body worn cameras</a><br><small>Published 22 May 2024. Number of body worn video cameras issued to frontline crews (350) and supplier.</small></li>
    <li><a href="/about-us/freedom-of-information/disclosure-log/foi-23-0902/">FOI 23-0902 Vehicle CCTV</a><br><small>Published 14 December 2023. Forward-facing and saloon cameras fitted to emergency vehicles.</small></li>
    <li><a href="/about-us/freedom-of-information/disclosure-log/foi-22-0418/">FOI 22-0418 Security contracts</a><br><small>Published 9 August 2022.</small></li>
  </ul>
  <h2>Make a request</h2>
  <p>Email <a href="mailto:foi@nmas.nhs.uk">foi@nmas.nhs.uk</a> or write to the Information Governance Team.</p>
</aside>
</div>
</div>
<footer class="site-footer">
  <div class="container">
    <ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/modern-slavery/">Modern slavery statement</a></li></ul>
    <p>&copy; 2024 North Mercia Ambulance Service NHS Trust. All rights reserved.</p>
  </div>
</footer>
<div id="cookie-banner" class="cookie-banner" hidden><p>We use cookies to make this site work and to help us improve it.</p><button>Accept</button><button>Reject</button></div>
</body>
</html>
"""
open(out("10-reply.html"), "w", encoding="utf-8").write(html)
label("10", "html", "nhs", "foia", "unknown", "unknown", "partially_answered", ["s12"], 212,
      "Disclosure-log web page with navigation, metadata table and a sidebar of related disclosures (one quoting 350 body worn cameras); count is 'approximately 212'; makers refused under s12 cost limit.",
      "Ambulance trust disclosure-log HTML page; approx 212 cameras; manufacturer part refused s12; sidebar distractor (350 BWV).")
