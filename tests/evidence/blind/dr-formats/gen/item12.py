from common import out
HTML = r"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CCTV cameras - manufacturers (FOI 12604) | Westmarsh County Council</title>
<link rel="stylesheet" href="/assets/css/wcc-main.min.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2QZ1H0L"></script>
</head>
<body class="page-disclosure-log">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on westmarsh.gov.uk">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies that help us make improvements.</p>
  <button type="button">Accept analytics cookies</button> <button type="button">Reject analytics cookies</button>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/wcc-logo.svg" alt="Westmarsh County Council"></a>
  <nav aria-label="Main"><ul>
    <li><a href="/bins-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
    <li><a href="/roads-travel">Roads and travel</a></li><li><a href="/your-council">Your council</a></li>
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
  <li><a href="/your-council/foi">Freedom of information</a></li><li><a href="/your-council/foi/disclosure-log">Disclosure log</a></li>
  <li aria-current="page">FOI 12604</li></ol></nav>
<main id="main-content">
<h1>CCTV cameras - manufacturers</h1>
<table class="foi-meta">
  <tr><th scope="row">Reference</th><td>FOI 12604</td></tr>
  <tr><th scope="row">Date received</th><td>3 January 2024</td></tr>
  <tr><th scope="row">Date responded</th><td>29 January 2024</td></tr>
  <tr><th scope="row">Department</th><td>Community Safety / Property Services / Highways</td></tr>
  <tr><th scope="row">Outcome</th><td>Information provided</td></tr>
</table>

<h2>Request</h2>
<ol>
  <li>How many CCTV cameras does the council own or operate?</li>
  <li>Are any of them manufactured by Hikvision?</li>
  <li>Are any of them manufactured by Dahua?</li>
  <li>Following the government's November 2022 announcement about Chinese-made surveillance cameras on sensitive sites, does the council plan to replace any cameras?</li>
</ol>

<h2>Response</h2>
<div class="foi-response">
<p><strong>Q1</strong><br>
Approx. 430. This figure includes 112 traffic monitoring cameras operated by Highways and the public space CCTV systems in Westmarsh, Fordingham and Saltley which the Council operates on behalf of the Community Safety Partnership.</p>
<p><strong>Q2</strong><br>
Yes. A number of the cameras at Council buildings, including libraries and household waste recycling centres, are Hikvision.</p>
<p><strong>Q3</strong><br>
No</p>
<p><strong>Q4</strong><br>
The Council is not a central government department and the November 2022 announcement does not apply to it directly. However, the Council has reviewed its CCTV estate in light of the announcement. Cameras at the Council's data centre and at County Hall are not affected. Any cameras which reach end of life will be replaced with products from manufacturers on the Council's approved list; there is no programme of early replacement.</p>
</div>

<p class="foi-note">Information published in the disclosure log was correct at the time the response was sent. The Council does not update responses after publication. Personal information has been removed.</p>
<p><a href="/your-council/foi/make-a-request">Make a freedom of information request</a> | <a href="/your-council/foi/disclosure-log">Back to disclosure log</a></p>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
  <p>&copy; Westmarsh County Council, County Hall, Fordingham Road, Westmarsh WM1 1DH</p>
</footer>
</body>
</html>
"""
open(out("12-reply.html"), "w", encoding="utf-8").write(HTML)
