from common import *

NN = "09"
write_request(NN, """
Hello,

Please could you provide the following information about cameras used to tackle fly-tipping:

(a) How many cameras does the council currently use to monitor fly-tipping hotspots?
(b) What make are the cameras?
(c) Where are they currently deployed?
(d) How many fixed penalty notices for fly-tipping have resulted from camera evidence in each of the last two financial years?

Thank you,
Lorna Pitchford
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EIR 24-1466 Fly-tipping cameras | Disclosure log | Thornbury Vale District Council</title>
<link rel="stylesheet" href="/assets/css/site.min.css?v=3.8.1">
<script src="/assets/js/cookieconsent.js" defer></script>
</head>
<body class="page-disclosure">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button class="btn" data-accept>Accept additional cookies</button> <button class="btn" data-reject>Reject additional cookies</button>
</div>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/tvdc-logo.svg" alt="Thornbury Vale District Council"></a>
  <nav class="primary-nav" aria-label="Main">
    <ul><li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
    <li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul>
  </nav>
  <form class="search" action="/search"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search"><button>Search</button></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
  <li><a href="/your-council/foi">Freedom of information</a></li><li><a href="/your-council/foi/disclosure-log">Disclosure log</a></li>
  <li aria-current="page">EIR 24-1466</li></ol>
</nav>
<main id="main">
<h1>Fly-tipping cameras</h1>
<dl class="disclosure-meta">
  <dt>Reference</dt><dd>EIR 24-1466</dd>
  <dt>Date received</dt><dd>9 September 2024</dd>
  <dt>Date responded</dt><dd>4 October 2024</dd>
  <dt>Service area</dt><dd>Environmental Services - Street Scene Enforcement</dd>
  <dt>Legislation</dt><dd>Environmental Information Regulations 2004</dd>
</dl>
<h2>Request</h2>
<ol type="a">
  <li>How many cameras does the council currently use to monitor fly-tipping hotspots?</li>
  <li>What make are the cameras?</li>
  <li>Where are they currently deployed?</li>
  <li>How many fixed penalty notices for fly-tipping have resulted from camera evidence in each of the last two financial years?</li>
</ol>
<h2>Response</h2>
<p>The Council has dealt with this request under the Environmental Information Regulations 2004 (EIR) as the information requested relates to measures designed to protect the environment from waste.</p>
<p><strong>(a)</strong> The Council currently has 14 redeployable CCTV cameras which are used for fly-tipping enforcement.</p>
<p><strong>(b)</strong> The cameras are supplied and maintained by Envirowatch Solutions Ltd under a lease agreement. The Council does not hold details of the manufacturer of the cameras and is therefore applying the exception at Regulation 12(4)(a) (information not held) to this part of your request.</p>
<p><strong>(c)</strong> The Council is withholding the deployment locations under Regulation 12(5)(b) of the EIR - the course of justice and the ability of a public authority to conduct an inquiry of a criminal nature. The cameras are moved between hotspots on a rotational basis and disclosure of current or past locations would allow offenders to avoid them, reducing their deterrent effect and the Council's ability to gather evidence for prosecutions.</p>
<p>In applying this exception we have considered the public interest. We recognise that there is a public interest in openness and in the public knowing where enforcement activity takes place. However we consider that the public interest in maintaining the exception, so that enforcement is effective and the environment is protected, outweighs the public interest in disclosure. We have also applied the presumption in favour of disclosure at Regulation 12(2).</p>
<p><strong>(d)</strong></p>
<table class="table">
  <thead><tr><th scope="col">Financial year</th><th scope="col">Fixed penalty notices issued from camera evidence</th></tr></thead>
  <tbody><tr><td>2022/23</td><td>61</td></tr><tr><td>2023/24</td><td>88</td></tr></tbody>
</table>
<p>If you are dissatisfied with the handling of your request you may make representations under Regulation 11 within 40 working days of this response. Please write to the Information Governance Team, Thornbury Vale District Council, Riverside House, Mill Lane, Thornbury Vale, TV7 2EX or email <a href="mailto:foi@thornburyvale.gov.uk">foi@thornburyvale.gov.uk</a>. You may then complain to the <a href="https://ico.org.uk">Information Commissioner's Office</a>.</p>
<p class="documents-heading">Documents</p>
<p class="no-docs">There are no documents attached to this response.</p>
<div class="page-feedback"><p>Was this page helpful? <a href="/feedback?page=eir-24-1466">Yes</a> | <a href="/feedback?page=eir-24-1466&amp;h=0">No</a></p>
<p class="last-updated">Last updated: 7 October 2024</p></div>
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/contact">Contact us</a></li></ul>
  <p>&copy; Thornbury Vale District Council 2024</p>
</footer>
</body>
</html>
"""
with open(out(f"{NN}-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)

add_label(dict(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html",
               body_type="council", law="eir", hikvision="unknown", dahua="unknown",
               outcome="partially_answered", exemptions=["EIR 12(5)(b)", "EIR 12(4)(a)"], camera_count=14,
               note="EIR disclosure-log page with site furniture; only a supplier is named (maker not held) and locations withheld."))
