"""17: fire and rescue service disclosure-log web page (HTML) with navigation and related links."""
from common import out, write_request, write_label

write_request("17", """
Hello,

1. How many CCTV cameras does the Service operate at its fire stations and offices?
2. How many of these are made by Hikvision?
3. How many of these are made by Dahua?
4. If you have replaced any Hikvision or Dahua cameras, when, and what did it cost?

Thanks,
Liam Dearden
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 2025-0092 CCTV cameras | Disclosure log | Lancaster & Fylde Fire and Rescue Service</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2Q1LMNV"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7XK2Q1LMNV');</script>
</head>
<body class="page-template-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button class="btn">Accept additional cookies</button> <button class="btn btn--secondary">Reject additional cookies</button>
</div>
<header class="site-header">
  <a class="skip-link" href="#main">Skip to main content</a>
  <a href="/" class="logo"><img src="/assets/img/lffrs-logo.svg" alt="Lancaster &amp; Fylde Fire and Rescue Service"></a>
  <nav class="primary-nav"><ul>
    <li><a href="/safety/">Your safety</a></li><li><a href="/business-safety/">Business safety</a></li>
    <li><a href="/about-us/">About us</a></li><li><a href="/careers/">Careers</a></li><li><a href="/news/">News</a></li>
    <li><a href="/contact/">Contact</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/about-us/">About us</a></li>
  <li><a href="/about-us/freedom-of-information/">Freedom of information</a></li>
  <li><a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></li>
  <li aria-current="page">FOI 2025-0092 CCTV cameras</li></ol></nav>
<main id="main" class="container">
 <div class="row">
  <article class="col-8 disclosure">
   <h1>FOI 2025-0092 CCTV cameras</h1>
   <dl class="disclosure-meta">
     <dt>Date received</dt><dd>14 January 2025</dd>
     <dt>Date responded</dt><dd>7 February 2025</dd>
     <dt>Category</dt><dd>Estates and property</dd>
   </dl>
   <h2>Request</h2>
   <ol>
     <li>How many CCTV cameras does the Service operate at its fire stations and offices?</li>
     <li>How many of these are made by Hikvision?</li>
     <li>How many of these are made by Dahua?</li>
     <li>If you have replaced any Hikvision or Dahua cameras, when, and what did it cost?</li>
   </ol>
   <h2>Response</h2>
   <p>Lancaster &amp; Fylde Fire and Rescue Service can confirm that it holds information relevant to your request.</p>
   <p><strong>1.</strong> 174 cameras across 31 fire stations, Service Headquarters, the Training Centre and the Fleet Workshop.</p>
   <p><strong>2 &amp; 3.</strong> None. Between 2021 and 2023 the Service replaced all cameras and recorders manufactured by Hikvision and
      Dahua as part of its station security upgrade programme. The programme completed in October 2023 and no equipment from
      either manufacturer remains in use.</p>
   <p><strong>4.</strong> 61 Hikvision cameras and 9 Dahua cameras were replaced between June 2021 and October 2023. The total
      capital cost of the programme was &pound;148,600 (excluding VAT), which included new network video recorders and
      installation.</p>
   <p class="small">Information released under the Freedom of Information Act 2000 is published on our disclosure log. If you are
      unhappy with this response you can request an internal review by emailing
      <a href="mailto:foi@lffrs.gov.uk">foi@lffrs.gov.uk</a>. You can also contact the
      <a href="https://ico.org.uk/make-a-complaint/">Information Commissioner's Office</a>.</p>
   <p class="attachments">No attachments.</p>
  </article>
  <aside class="col-4 sidebar">
   <h2>Related disclosures</h2>
   <ul>
     <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0417/">FOI 2024-0417 Hikvision cameras on fire stations</a></li>
     <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0288/">FOI 2024-0288 Body worn cameras</a></li>
     <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-1102/">FOI 2023-1102 Drones (UAV) 2023</a></li>
     <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2022-0931/">FOI 2022-0931 Security contracts</a></li>
   </ul>
   <h2>Search the disclosure log</h2>
   <form action="/about-us/freedom-of-information/disclosure-log/" method="get"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
  </aside>
 </div>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy notice</a></li>
  <li><a href="/cookies/">Cookies</a></li><li><a href="/modern-slavery/">Modern slavery statement</a></li></ul>
  <p>&copy; 2025 Lancaster &amp; Fylde Fire and Rescue Service, Garstang Road, Fulwood, Preston PR2 3LH. In an emergency always dial 999.</p>
</footer>
</body>
</html>
"""
with open(out("17-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)
write_label(path="17-reply.html", request_file="17-request.txt", format="html", body_type="fire", law="foia",
            hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=174,
            note="Disclosure-log web page with nav, cookie banner and a sidebar link titled 'Hikvision cameras on fire stations'; both makers named heavily but only as removed (61 and 9 replaced by 2023), so both are 'no' and 61/9 are historical, not the count.")
