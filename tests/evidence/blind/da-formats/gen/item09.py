from lib import *
nn = "09"
write_request(nn, """
Dear University of Calderbrook,

Please provide the following information under the Freedom of Information Act 2000:

Q1. How many CCTV cameras does the University operate across all campuses?
Q2. Are any of the University's CCTV cameras manufactured by Hikvision or Dahua?
Q3. Does the University use facial recognition technology with its CCTV?
Q4. Which company monitors the CCTV?

Yours faithfully,
Imran Sethi-Cole
""")
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI-2024-0517 CCTV cameras | Disclosure log | University of Calderbrook</title>
<link rel="stylesheet" href="/assets/css/uoc-main.min.css">
</head>
<body class="page-disclosure-log">
<header class="site-header">
  <a class="logo" href="/">University of Calderbrook</a>
  <nav><ul><li><a href="/study">Study</a></li><li><a href="/research">Research</a></li><li><a href="/about">About</a></li><li><a href="/about/governance/foi">Freedom of Information</a></li></ul></nav>
</header>
<main id="content">
<ol class="breadcrumb"><li><a href="/about">About</a></li><li><a href="/about/governance">Governance</a></li><li><a href="/about/governance/foi">FOI</a></li><li>Disclosure log</li></ol>
<h1>CCTV cameras</h1>
<table class="meta">
<tr><th>Reference</th><td>FOI-2024-0517</td></tr>
<tr><th>Date received</th><td>4 June 2024</td></tr>
<tr><th>Date responded</th><td>28 June 2024</td></tr>
<tr><th>Category</th><td>Estates &amp; Facilities</td></tr>
<tr><th>Outcome</th><td>Information provided in full</td></tr>
</table>
<h2>Request and response</h2>
<dl class="foi-qa">
  <dt>Q1. How many CCTV cameras does the University operate across all campuses?</dt>
  <dd>Approximately 640 cameras across the Calderbrook city campus, Westholme campus and the halls of residence estate. The number changes regularly as buildings are refurbished.</dd>
  <dt>Q2. Are any of the University's CCTV cameras manufactured by Hikvision or Dahua?</dt>
  <dd>No.</dd>
  <dt>Q3. Does the University use facial recognition technology with its CCTV?</dt>
  <dd>The University does not use facial recognition.</dd>
  <dt>Q4. Which company monitors the CCTV?</dt>
  <dd>CCTV is monitored in-house by the University Security Team from the Security Control Room, Hallam Building. Maintenance is provided by Brightwell Integrated Systems Ltd.</dd>
</dl>
<p class="small">Information released under the Freedom of Information Act is published in our disclosure log. Re-use of this information may be subject to copyright.
If you would like to make a request, please email <a href="mailto:foi@calderbrook.ac.uk">foi@calderbrook.ac.uk</a>.</p>
</main>
<footer class="site-footer"><p>&copy; University of Calderbrook 2024 &middot; Registered charity no. 1134907 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
"""
open(p(f"{nn}-reply.html"), "w").write(html)
label(nn, "html", "html", "university", "foia", "no", "no", "answered", [], 640,
      "disclosure-log page with <dl> Q/A pairs; approximate count; bare 'No.' to a question naming both makers")
