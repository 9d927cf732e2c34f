from common import out, add_label

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI-2024-0581 CCTV cameras and manufacturers | Disclosure log | Blackwater University</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/bw-main.min.css">
</head>
<body class="page-disclosure">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/assets/img/bw-logo.svg" alt="Blackwater University"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/study/">Study</a></li>
        <li><a href="/research/">Research</a></li>
        <li><a href="/about/">About</a></li>
        <li><a href="/about/governance/">Governance</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="breadcrumb container">
  <a href="/">Home</a> &rsaquo; <a href="/about/governance/">Governance</a> &rsaquo;
  <a href="/about/governance/foi/">Freedom of Information</a> &rsaquo; <a href="/about/governance/foi/disclosure-log/">Disclosure log</a>
</div>
<main id="main" class="container">
  <h1>FOI-2024-0581: CCTV cameras and manufacturers</h1>
  <dl class="foi-meta">
    <dt>Date received</dt><dd>3 September 2024</dd>
    <dt>Date responded</dt><dd>30 September 2024</dd>
    <dt>Category</dt><dd>Estates and Facilities</dd>
    <dt>Outcome</dt><dd>Information provided</dd>
  </dl>
  <section class="foi-request">
    <h2>Request</h2>
    <ol>
      <li>How many CCTV cameras does the University operate across all of its campuses?</li>
      <li>How many of these cameras are manufactured by Hikvision?</li>
      <li>How many of these cameras are manufactured by Dahua?</li>
      <li>Does the University have any plans to remove or replace cameras made by these companies?</li>
      <li>Does the University use facial recognition technology with its CCTV?</li>
    </ol>
  </section>
  <section class="foi-response">
    <h2>Response</h2>
    <p><strong>1.</strong> The University operates 1,084 CCTV cameras across the Riverside, Hollins Park and Medway Road campuses,
    including halls of residence.</p>
    <p><strong>2.</strong> 96.</p>
    <p><strong>3.</strong> None.</p>
    <p><strong>4.</strong> Yes. The Hikvision cameras are located in older halls of residence and car parks. They are being
    replaced with Axis cameras as part of the University's security infrastructure programme, which is scheduled to complete
    by July 2026.</p>
    <p><strong>5.</strong> No.</p>
  </section>
  <aside class="foi-furniture">
    <p>This information was released in response to a request made under the Freedom of Information Act 2000. If you would
    like to make a request of your own, please see <a href="/about/governance/foi/make-a-request/">how to make a request</a>.</p>
    <p>Information released under FOI may be subject to copyright. You may re-use it for non-commercial research, private study
    and news reporting; any other re-use requires the University's permission.</p>
  </aside>
  <p class="back"><a href="/about/governance/foi/disclosure-log/">&larr; Back to the disclosure log</a></p>
</main>
<footer class="site-footer">
  <div class="container">
    <p>Blackwater University, Riverside Campus, Quayside Road, Blackwater BW1 2UN &middot; Tel 01632 960 900</p>
    <p><a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/cookies/">Cookies</a>
    &middot; &copy; Blackwater University 2024</p>
  </div>
</footer>
<script src="/assets/js/bw-main.min.js" defer></script>
</body>
</html>
"""
with open(out("14-reply.html"), "w", encoding="utf-8") as fh:
    fh.write(html)
add_label(path="14-reply.html", request_file="14-request.txt", format="html", body_type="university", law="foia",
          hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=1084,
          note="Disclosure-log web page with site navigation; Hikvision answer is a bare '96.' and those cameras are in place but being replaced by a future date (still in use).")
