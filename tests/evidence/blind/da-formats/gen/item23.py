from lib import *
nn = "23"
write_request(nn, """
Dear Porthallow Council,

1. How many public space CCTV cameras does the council operate?
2. Which manufacturers supplied the cameras?
3. What did the council pay for the CCTV maintenance contract in 2023/24?
4. Are the cameras capable of facial recognition?

Thanks
Jesse Varga
""")
html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Disclosure log entry: Public space CCTV (FOI-8824) - Porthallow Council</title></head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><img src="/img/porthallow-logo.svg" alt="Porthallow Council"><form action="/search"><input name="q" placeholder="Search"></form></header>
<main id="main">
<h1>Public space CCTV</h1>
<ul class="entry-meta">
<li>Reference: FOI-8824</li>
<li>Published: 19 February 2025</li>
<li>Service area: Community Safety</li>
</ul>
<h2>Information requested and our response</h2>
<dl>
<dt>How many public space CCTV cameras does the council operate?</dt>
<dd>78 fixed cameras plus 9 re-deployable cameras, which are moved around hot-spot locations as required.</dd>
<dt>Which manufacturers supplied the cameras?</dt>
<dd>Hanwha (54), Axis (24) and the re-deployables are Hik Vision units supplied in a Mobile CCTV Ltd housing.</dd>
<dt>What did the council pay for the CCTV maintenance contract in 2023/24?</dt>
<dd>This information is exempt under Section 43(2) of the Freedom of Information Act (commercial interests). The contract is currently being re-procured and release of the contract price would be likely to prejudice the council's commercial interests and those of the current contractor. We have considered the public interest and concluded that it favours withholding the information at this time.</dd>
<dt>Are the cameras capable of facial recognition?</dt>
<dd>No.</dd>
</dl>
<p>If you are unhappy with this response, you can ask for an internal review. Email <a href="mailto:infogov@porthallow.gov.uk">infogov@porthallow.gov.uk</a>. You can also contact the <a href="https://ico.org.uk">Information Commissioner's Office</a>.</p>
<p><a href="/foi/disclosure-log">Back to disclosure log</a></p>
</main>
<footer>Porthallow Council, Guildhall, Quay Parade, Porthallow TR21 4HN</footer>
</body></html>
"""
open(p(f"{nn}-reply.html"), "w").write(html)
label(nn, "html", "html", "council", "foia", "yes", "no", "partially_answered", ["s43"], 87,
      "count given as two parts (78 + 9); Hikvision spelt 'Hik Vision' and only for the re-deployables; costs withheld under s43(2)")
