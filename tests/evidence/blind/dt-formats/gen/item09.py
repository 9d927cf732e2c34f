from common import *

write_text("09-request.txt", """
Dear Royal Cornwall Hospitals NHS Trust,

Please provide the following under the Freedom of Information Act 2000:

1. The total number of CCTV cameras in use across Trust sites.
2. The manufacturers of those cameras.
3. Whether the Trust uses any cameras made by Hikvision or Dahua.
4. Whether the Trust has a policy on the security risks of Chinese-manufactured surveillance equipment.

Yours faithfully,
Nathan Trevail
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI 2024-0655 CCTV cameras | Royal Cornwall Hospitals NHS Trust</title>
<link rel="stylesheet" href="/wp-content/themes/rcht/assets/css/main.min.css?ver=4.2.1">
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'analytics_storage':'denied'});</script>
</head>
<body class="foi_disclosure-template-default single single-foi_disclosure postid-18824">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use necessary cookies to make our site work. We'd also like to set optional analytics cookies to help us improve it.</p>
  <button class="btn" id="accept-cookies">Accept analytics cookies</button> <button class="btn btn-secondary" id="reject-cookies">Reject</button>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/wp-content/uploads/2021/03/rcht-logo.svg" alt="Royal Cornwall Hospitals NHS Trust"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/patients-visitors/">Patients &amp; visitors</a></li>
        <li><a href="/services/">Our services</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/work-for-us/">Work for us</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/contact-us/">Contact us</a></li>
      </ul>
    </nav>
    <form class="search" action="/" method="get"><label for="s" class="sr-only">Search</label><input id="s" name="s" type="search" placeholder="Search our website"></form>
  </div>
</header>
<div class="container">
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/about-us/">About us</a></li>
    <li><a href="/about-us/freedom-of-information/">Freedom of Information</a></li>
    <li><a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></li>
    <li aria-current="page">FOI 2024-0655 CCTV cameras</li>
  </ol>
  <div class="row">
  <main id="main" class="col-md-8">
    <h1>FOI 2024-0655 CCTV cameras</h1>
    <table class="foi-meta">
      <tr><th scope="row">Reference</th><td>FOI 2024-0655</td></tr>
      <tr><th scope="row">Date received</th><td>02/04/2024</td></tr>
      <tr><th scope="row">Date responded</th><td>29/04/2024</td></tr>
      <tr><th scope="row">Category</th><td>Estates and Facilities</td></tr>
    </table>

    <h2>Request</h2>
    <div class="foi-request">
      <p>Please provide the following under the Freedom of Information Act 2000:</p>
      <ol>
        <li>The total number of CCTV cameras in use across Trust sites.</li>
        <li>The manufacturers of those cameras.</li>
        <li>Whether the Trust uses any cameras made by Hikvision or Dahua.</li>
        <li>Whether the Trust has a policy on the security risks of Chinese-manufactured surveillance equipment.</li>
      </ol>
    </div>

    <h2>Response</h2>
    <div class="foi-response">
      <p>Royal Cornwall Hospitals NHS Trust can confirm that it holds the information requested.</p>
      <ol>
        <li>412</li>
        <li>Avigilon, Axis, Hanwha and Hikvision.</li>
        <li>Yes &ndash; see response to question 2. The Trust does not use Dahua equipment.</li>
        <li>The Trust does not have a specific policy on this subject. Procurement of security equipment follows NHS Supply Chain frameworks and the Trust&rsquo;s Information Security Policy.</li>
      </ol>
      <p>Information published in our disclosure log is released under the Freedom of Information Act 2000 and is correct at the date of response.</p>
    </div>

    <p class="updated">Page last reviewed: 3 May 2024</p>
  </main>
  <aside class="col-md-4 sidebar">
    <h2>Related disclosures</h2>
    <ul class="related">
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-1122-dahua-and-hikvision-surveillance-equipment/">FOI 2023-1122 Dahua and Hikvision surveillance equipment</a></li>
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-0871-body-worn-cameras-security-staff/">FOI 2023-0871 Body worn cameras &ndash; security staff</a></li>
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0102-car-parking-anpr/">FOI 2024-0102 Car parking and ANPR</a></li>
      <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2022-0417-security-contract-values/">FOI 2022-0417 Security contract values</a></li>
    </ul>
    <h2>Make a request</h2>
    <p>Email <a href="mailto:rch-tr.foi@nhs.net">rch-tr.foi@nhs.net</a> or write to the Information Governance Team, Royal Cornwall Hospital, Truro TR1 3LJ.</p>
  </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy-notice/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="/about-us/freedom-of-information/">Freedom of Information</a></li>
      <li><a href="/modern-slavery-statement/">Modern slavery statement</a></li>
    </ul>
    <p>&copy; 2024 Royal Cornwall Hospitals NHS Trust. Royal Cornwall Hospital, Treliske, Truro, Cornwall TR1 3LJ. Switchboard 01632 960 100.</p>
  </div>
</footer>
<script src="/wp-content/themes/rcht/assets/js/main.min.js?ver=4.2.1" defer></script>
</body>
</html>
"""
with open(p("09-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)

add_label("09", "html", "html", "nhs", "foia", "yes", "no", "answered", [], 412,
          "Disclosure-log web page with navigation, cookie banner and a sidebar link titled 'Dahua and Hikvision surveillance equipment'; the response is a bare numbered list ('412', makers list) and 'Yes - see response to question 2'.")
