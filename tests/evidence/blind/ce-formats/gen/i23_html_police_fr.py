from common import *

NN = "23"
write_request(NN, """
Avon and Somerset Constabulary

1. Does the force use live facial recognition (LFR)?
2. Has the force trialled LFR in the last 5 years?
3. Does the force have a DPIA for facial recognition? If so please provide it.

Regards,
C. Mendes
""")
html = """<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Facial recognition technology - Disclosure log - Avon and Somerset Police</title>
<meta name="description" content="FOI disclosure 2841/24"></head>
<body class="disclosure">
<header><div class="brand">Avon and Somerset Police</div><nav><a href="/report">Report</a> | <a href="/contact">Contact us</a> | <a href="/about">About us</a></nav></header>
<main>
<p class="crumbs">About us / Freedom of information / Disclosure log / 2024</p>
<h1>Facial recognition technology</h1>
<p class="meta">Reference number: <strong>2841/24</strong> &middot; Published: 08/11/2024 &middot; Category: Operational policing</p>
<section>
<h2>Request and response</h2>
<ol>
<li><p><strong>Does the force use live facial recognition (LFR)?</strong></p>
<p>No. Avon and Somerset Police does not deploy live facial recognition.</p></li>
<li><p><strong>Has the force trialled LFR in the last 5 years?</strong></p>
<p>No.</p></li>
<li><p><strong>Does the force have a DPIA for facial recognition? If so please provide it.</strong></p>
<p>As the force does not use live facial recognition there is no DPIA for it. The force uses the retrospective facial
search facility within the Police National Database, which is provided nationally by the Home Office; any enquiry about that
system should be directed to the Home Office.</p></li>
</ol>
</section>
<aside><p>Information released under the Freedom of Information Act 2000 is released to the world at large. If you would
like to make a complaint about this response, please write to the Information Access Unit, Police Headquarters, Valley
Road, Portishead, Bristol BS20 8QJ.</p></aside>
</main>
<footer>&copy; Avon and Somerset Constabulary. All rights reserved.</footer>
</body></html>
"""
write_text(f"{NN}-reply.html", html)
label(NN, "html", "police", "foia", "unknown", "unknown", "answered", [], None,
      "facial-recognition-only request: 'No' says nothing about cameras or makers; no camera count")
