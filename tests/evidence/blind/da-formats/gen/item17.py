from lib import *
nn = "17"
write_request(nn, """
To Severnvale Police

Freedom of Information request - body worn video

1. How many body worn video cameras does the force currently have issued or available for issue?
2. Who is the manufacturer of the body worn cameras?
3. Are any of your body worn cameras made by Hikvision or Dahua?
4. What was the total cost of the current body worn video contract?

Thank you,
Eleri Chamberlain
""")
html = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Body worn video - 2024/11873 | Severnvale Police</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<div id="cookie-banner" role="region">We use cookies to make this site work. <button>Accept</button> <button>Reject</button></div>
<header><div class="brand">Severnvale Police</div>
<nav aria-label="Main"><a href="/report">Report</a> | <a href="/advice">Advice</a> | <a href="/foi-ai/disclosure-log">Disclosure log</a> | <a href="/contact">Contact us</a></nav></header>
<main>
<p class="crumbs"><a href="/foi-ai">FOI</a> &gt; <a href="/foi-ai/disclosure-log">Disclosure log</a> &gt; Operational policing</p>
<h1>Body worn video</h1>
<p class="meta">Reference number: 2024/11873 &nbsp;|&nbsp; Date of response: 15/01/2025 &nbsp;|&nbsp; Category: Equipment</p>
<div class="foi-body">
<p>Severnvale Police has now considered your request for information. Please find the response below.</p>
<dl>
<dt>1. How many body worn video cameras does the force currently have issued or available for issue?</dt>
<dd><p>1,240.</p></dd>
<dt>2. Who is the manufacturer of the body worn cameras?</dt>
<dd><p>Axon. The force uses the Axon Body 3 camera. The previous Reveal cameras were fully withdrawn from use in 2022.</p></dd>
<dt>3. Are any of your body worn cameras made by Hikvision or Dahua?</dt>
<dd><p>Please see response to question 2.</p></dd>
<dt>4. What was the total cost of the current body worn video contract?</dt>
<dd><p>£2,316,400 (excluding VAT) over five years, including cameras, docking stations and evidence management licences. This contract was awarded via the Bluelight Commercial framework.</p></dd>
</dl>
<p>Severnvale Police is committed to being open and transparent. Information disclosed under the Freedom of Information Act is considered to be released to the wider public.</p>
<p>If you are dissatisfied with the response you may request an internal review within 40 working days. Further details are in our <a href="/foi-ai/complaint-rights">complaint rights</a> page.</p>
</div>
</main>
<footer><p>&copy; Severnvale Police 2025</p></footer>
</body></html>
"""
open(p(f"{nn}-reply.html"), "w").write(html)
label(nn, "html", "html", "police", "foia", "no", "no", "answered", [], 1240,
      "request is only about body-worn video, so the BWV count is the count; Hikvision/Dahua question answered only by cross-reference to the sole maker (Axon)")
