from common import *
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI-12044 Public space CCTV cameras - manufacturers | Harlow Moor Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/hmbc/css/main.min.css?v=4.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX0000"></script>
</head>
<body class="page-disclosure-log">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We'd also like to set analytics cookies to help us improve it.</p>
  <button class="btn">Accept analytics cookies</button> <button class="btn btn--secondary">Reject analytics cookies</button>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/themes/hmbc/img/logo.svg" alt="Harlow Moor Borough Council"></a>
  <nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
  <form class="search" action="/search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/foi/disclosure-log">Disclosure log</a></li><li aria-current="page">FOI-12044</li>
</ol></nav>
<main id="main-content">
<h1>Public space CCTV cameras - manufacturers</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>FOI-12044</dd>
  <dt>Date received</dt><dd>8 July 2024</dd>
  <dt>Date responded</dt><dd>1 August 2024</dd>
  <dt>Service area</dt><dd>Community Safety</dd>
  <dt>Outcome</dt><dd>Information provided</dd>
</dl>
<h2>Request</h2>
<div class="foi-request">
<p>1. The number of public space CCTV cameras operated by the Council (town centre, car parks, parks, housing estates).<br>
2. A breakdown of those cameras by manufacturer, with the number from each manufacturer.<br>
3. If any are made by Hikvision or Dahua, does the Council have any plans to replace them, and by when?<br>
4. Is the control room staffed 24/7?</p>
</div>
<h2>Response</h2>
<div class="foi-response">
<p><strong>Q1 and Q2</strong> &ndash; The Council's public space CCTV system is made up of the following cameras:</p>
<ul>
<li>Hikvision &ndash; 112</li>
<li>Dahua &ndash; 38</li>
<li>Axis &ndash; 20</li>
</ul>
<p>These figures include the 6 redeployable cameras used by the Anti-Social Behaviour team on housing estates. They do not include cameras inside council buildings (e.g. the Civic Centre, leisure centres), which are managed by Facilities and were not covered by your request.</p>
<p><strong>Q3</strong> &ndash; The 38 Dahua cameras are at the Queensway and Northgate multi-storey car parks and are being phased out by March 2027 as part of the car park refurbishment programme. There are currently no plans to replace the Hikvision cameras, which were installed during the 2020 town centre upgrade and remain under the manufacturer's warranty and support. The Council keeps this under review in line with Government guidance.</p>
<p><strong>Q4</strong> &ndash; Yes. The CCTV control room at the Civic Centre is staffed 24 hours a day, 365 days a year, by the Council's own accredited operators.</p>
</div>
<div class="foi-rights">
<h3>Your rights</h3>
<p>If you are not satisfied with this response you can ask for an internal review within 40 working days by emailing <a href="mailto:foi@harlowmoor.example.gov.uk">foi@harlowmoor.example.gov.uk</a>. If you remain unhappy after the review you can complain to the <a href="https://ico.org.uk">Information Commissioner's Office</a>.</p>
</div>
<p class="updated">Page last updated: 2 August 2024</p>
<section class="feedback"><h2>Was this page useful?</h2><a href="/feedback?page=foi-12044">Yes</a> <a href="/feedback?page=foi-12044">No</a></section>
</main>
<footer class="site-footer">
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; Harlow Moor Borough Council, Civic Centre, Moor Parade, Harlow Moor HM1 2CC</p>
</footer>
<script src="/themes/hmbc/js/main.min.js?v=4.2.1"></script>
</body>
</html>
"""
write_text("07-reply.html", html)
add_label(path="07-reply.html", request_file="07-request.txt", format="html", body_type="council",
          law="foia", hikvision="yes", dahua="yes", outcome="answered", exemptions=[], camera_count=170,
          note="Disclosure-log web page with site chrome; no stated total (sum of maker list), and Dahua units 'being phased out by March 2027' are still in use now.")
