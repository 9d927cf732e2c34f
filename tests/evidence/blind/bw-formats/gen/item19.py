from common import *

N = 19
write_request(N, """
Dear Milton Keynes City Council,

1. How many CCTV cameras does the council operate (public space and council buildings)?
2. Does the council use any Hikvision cameras?
3. Does the council use any Dahua cameras?
4. Has the council made any decision to remove Chinese-manufactured cameras following the government's November 2022 announcement?

Yours faithfully,
Frances Dunmore
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CCTV cameras – manufacturers and numbers | FOI disclosure log | Milton Keynes City Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/mkcc/css/main.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Milton Keynes City Council</a>
  <nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
  <li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/your-council">Your council</a> &rsaquo;
<a href="/your-council/foi">Freedom of information</a> &rsaquo; <a href="/your-council/foi/disclosure-log">Disclosure log</a></div>
<main id="main-content">
<h1>CCTV cameras &ndash; manufacturers and numbers</h1>
<dl class="foi-meta">
  <dt>Reference</dt><dd>FOI/2023/05512</dd>
  <dt>Date received</dt><dd>3 October 2023</dd>
  <dt>Date responded</dt><dd>27 October 2023</dd>
  <dt>Service area</dt><dd>Community Safety</dd>
  <dt>Outcome</dt><dd>Information provided</dd>
</dl>
<h2>Request</h2>
<ol>
<li>How many CCTV cameras does the council operate (public space and council buildings)?</li>
<li>Does the council use any Hikvision cameras?</li>
<li>Does the council use any Dahua cameras?</li>
<li>Has the council made any decision to remove Chinese-manufactured cameras following the government's November 2022 announcement?</li>
</ol>
<h2>Response</h2>
<p>1. The council operates 212 public space CCTV cameras (this includes 14 redeployable cameras) and 64 cameras at council buildings, including the Civic Offices, libraries and depots.</p>
<p>2. Yes. 57 units at council buildings are Hikvision. These are being phased out by March 2026 as part of the corporate buildings security contract.</p>
<p>3. No.</p>
<p>4. Although the government announcement applied to sensitive central government sites, the council's Cabinet agreed on 14 March 2023 that no further Hikvision or Dahua equipment would be purchased and that existing equipment would be replaced at the end of its life or by March 2026, whichever is sooner.</p>
<h2>Documents</h2>
<p>No documents were released with this response.</p>
<div class="callout">
<p>Information published in the disclosure log was released in response to a specific request. It was accurate at the time of the response and may since have changed.</p>
<p>If you have a similar question, please check whether the information is already published before making a request. <a href="/your-council/foi/make-a-request">Make a freedom of information request</a>.</p>
</div>
<p class="updated">Last updated: 30 October 2023</p>
</main>
<footer><p>&copy; Milton Keynes City Council, Civic, 1 Saxon Gate East, Milton Keynes MK9 3EJ</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body>
</html>
"""
out(N, "html").write_text(html, encoding="utf-8")
add_label(N, "html", "council", "foia", "yes", "no", "answered", [], 276,
          "disclosure-log page; total must be summed (212+64); Hikvision subset of 57 still in use but to be phased out by March 2026")
