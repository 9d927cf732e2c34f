from common import *

NN = "18"
write_request(NN, """
Dear University of Wexcombe,

I am researching the use of body-worn video in higher education. Under FOIA please tell me:

1) Do your security staff use body-worn cameras?
2) If so, how many body-worn cameras do you have?
3) What make and model are they?
4) Do they record audio?
5) How long is footage retained?

Best,
Ola Adeyemi
""")

html = """<!doctype html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>FOI response: Body-worn cameras (FOI-WX-0093) - University of Wexcombe</title>
  <meta name="description" content="Freedom of Information disclosure log entry">
  <link rel='stylesheet' id='uow-theme-css' href='https://www.wexcombe.ac.uk/wp-content/themes/uow/style.css?ver=6.4.3' media='all' />
</head>
<body class="post-template-default single single-foi_response postid-48812">
<div class="uow-masthead"><a href="https://www.wexcombe.ac.uk/"><img src="/wp-content/themes/uow/img/logo.svg" alt="University of Wexcombe" width="180"></a>
<ul class="uow-utility"><li><a href="/study">Study</a></li><li><a href="/research">Research</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></div>
<div class="container">
<aside class="sidebar">
  <h3>Freedom of Information</h3>
  <ul>
    <li><a href="/about/governance/foi/">Make a request</a></li>
    <li><a href="/about/governance/foi/publication-scheme/">Publication scheme</a></li>
    <li class="current"><a href="/about/governance/foi/disclosure-log/">Disclosure log</a></li>
  </ul>
</aside>
<article class="foi-response">
<header><h1 class="entry-title">Body-worn cameras</h1>
<p class="meta">Reference: <strong>FOI-WX-0093</strong> &middot; Category: Estates &amp; Security &middot; Published 3 May 2024</p></header>
<div class="entry-content">
<p>Request received: 8 April 2024<br>Response sent: 29 April 2024</p>
<table class="foi-table" style="width:100%;border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th style="width:45%">Request</th><th>Response</th></tr></thead>
<tbody>
<tr><td>1) Do your security staff use body-worn cameras?</td><td>Yes</td></tr>
<tr><td>2) If so, how many body-worn cameras do you have?</td><td>18</td></tr>
<tr><td>3) What make and model are they?</td><td>Reveal Media D5 (all units)</td></tr>
<tr><td>4) Do they record audio?</td><td>Yes &ndash; audio and video are recorded when the officer activates the device. Devices are not used for continuous recording.</td></tr>
<tr><td>5) How long is footage retained?</td><td>31 days, unless required for an investigation, insurance claim or legal proceedings, in which case it is retained until the matter is concluded.</td></tr>
</tbody>
</table>
<p>The University's Body-Worn Video Standard Operating Procedure is available on our <a href="/about/governance/policies/">policies page</a>.</p>
<p><em>The University publishes responses to FOI requests where it considers the information would be of wider public interest. Information is provided under the Open Government Licence unless otherwise stated.</em></p>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/about/governance/foi/disclosure-log/estates/" rel="category tag">Estates &amp; Security</a></span></footer>
</article>
</div>
<footer class="uow-footer"><p>University of Wexcombe, Wexcombe WX1 4RD &middot; Registered charity no. 1170423</p>
<p><a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a> &middot; <a href="/modern-slavery/">Modern slavery statement</a></p></footer>
<script src='https://www.wexcombe.ac.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
</body>
</html>
"""
with open(out(f"{NN}-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)

add_label(dict(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html",
               body_type="university", law="foia", hikvision="no", dahua="no", outcome="answered",
               exemptions=[], camera_count=18,
               note="Body-worn video only: the 18 body-worn units are the count, and one maker for all units rules out both."))
