from lib import *

write_text("07-request.txt", """
Hello Lincolnshire Police

1) How many CCTV cameras does Lincolnshire Police operate at its police stations and other buildings (not including town centre CCTV run by councils)?
2) Are any of the force's CCTV cameras manufactured by Hikvision or Dahua?
3) Is any of the CCTV capable of recording audio?

Thank you,
Marcus Tilley
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CCTV cameras at police buildings - 003981/24 | Lincolnshire Police</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.3f9a2c.css">
<script src="/static/js/analytics.js" async></script>
</head>
<body class="page-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p><strong>Cookies on lincs.police.uk</strong></p>
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site and improve our services.</p>
  <button class="btn" id="accept-cookies">Accept additional cookies</button>
  <button class="btn btn-secondary" id="reject-cookies">Reject additional cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/img/lincs-police-logo.svg" alt="Lincolnshire Police"></a>
  <div class="emergency">In an emergency call <strong>999</strong> &middot; Non-emergency <strong>101</strong></div>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/report">Report</a></li>
      <li><a href="/apply">Apply</a></li>
      <li><a href="/advice">Advice</a></li>
      <li><a href="/news">News</a></li>
      <li><a href="/foi-ai/lincolnshire-police/">About us</a></li>
      <li><a href="/careers">Careers</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/foi-ai/lincolnshire-police/">Freedom of Information</a></li>
    <li><a href="/foi-ai/lincolnshire-police/disclosure-log/">Disclosure log</a></li>
    <li>CCTV cameras at police buildings</li>
  </ol>
</nav>
<main id="main">
  <h1>CCTV cameras at police buildings</h1>
  <dl class="meta">
    <dt>Reference</dt><dd>003981/24</dd>
    <dt>Category</dt><dd>Estates and facilities</dd>
    <dt>Date published</dt><dd>17 July 2024</dd>
  </dl>
  <section class="request">
    <h2>Request</h2>
    <p>1) How many CCTV cameras does Lincolnshire Police operate at its police stations and other buildings (not including town centre CCTV run by councils)?<br>
    2) Are any of the force's CCTV cameras manufactured by Hikvision or Dahua?<br>
    3) Is any of the CCTV capable of recording audio?</p>
  </section>
  <section class="response">
    <h2>Response</h2>
    <p>Lincolnshire Police has located information relevant to your request. This is provided below.</p>
    <p><strong>Q1.</strong> Two hundred and eighty-four (284) cameras across 21 sites, including custody suites at Lincoln, Boston, Grantham and Skegness.</p>
    <p><strong>Q2.</strong> No.</p>
    <p><strong>Q3.</strong> Audio is recorded in custody suites (booking-in areas and cell corridors) in line with the PACE Codes of Practice. Audio is not recorded by any external or public-facing cameras.</p>
    <p>Please note that the force also operates Automatic Number Plate Recognition cameras and body-worn video; these were not within the scope of your request.</p>
  </section>
  <section class="attachments">
    <h2>Downloads</h2>
    <p>There are no attachments for this disclosure.</p>
  </section>
  <p class="feedback"><a href="/feedback">Was this page helpful?</a> &middot; <a href="/foi-ai/lincolnshire-police/request/">Make a Freedom of Information request</a></p>
</main>
<footer class="site-footer">
  <div class="footer-cols">
    <div><h3>Contact us</h3><p>Lincolnshire Police Headquarters<br>PO Box 999, Lincoln LN5 7PH</p><p>Information Compliance Unit: foi@lincs.police.uk</p></div>
    <div><h3>About this site</h3><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/terms">Terms and conditions</a></li></ul></div>
    <div><h3>Follow us</h3><ul><li><a href="https://x.com/LincsPolice">X</a></li><li><a href="https://facebook.com/lincspolice">Facebook</a></li></ul></div>
  </div>
  <p class="copyright">&copy; 2024 Lincolnshire Police. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
"""
write_text("07-reply.html", html)
add_label(path="07-reply.html", request_file="07-request.txt", format="html", body_type="police",
          law="foia", hikvision="no", dahua="no", outcome="answered", exemptions=[],
          camera_count=284, note="Disclosure-log page with cookie banner, nav and footer; bare 'No' to a question naming both makers; count written in words and digits.")
