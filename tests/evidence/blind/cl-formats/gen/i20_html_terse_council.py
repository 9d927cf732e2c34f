from common import *

NN = "20"
write_request(NN, """
Dear Eastwold Borough Council,

Please answer the following questions under the Freedom of Information Act 2000.

1. Does the council currently use any CCTV cameras manufactured by Hikvision?
2. Does the council currently use any CCTV cameras manufactured by Dahua? If so, where?
3. How many CCTV cameras does the council operate in total?
4. Does the council use facial recognition technology with its CCTV?
5. If yes to question 4, which supplier provides the software?
6. Has the council removed any cameras on security grounds since 2022?

Yours faithfully
Harriet Ng
""")
html = """<!doctype html>
<html><head><meta charset="utf-8"><title>Disclosure log - EBC-FOI-24-3312 - Eastwold Borough Council</title>
<style>body{font-family:Arial;max-width:900px;margin:auto} dt{font-weight:bold;margin-top:8px}</style></head>
<body>
<div class="breadcrumb">Home / Your council / Freedom of information / Disclosure log / 2024</div>
<h1>CCTV cameras</h1>
<dl>
<dt>Reference</dt><dd>EBC-FOI-24-3312</dd>
<dt>Date received</dt><dd>6 June 2024</dd>
<dt>Date responded</dt><dd>1 July 2024</dd>
<dt>Service area</dt><dd>Community Safety</dd>
</dl>
<h2>Information requested</h2>
<p>Questions about CCTV cameras operated by the council.</p>
<h2>Response</h2>
<ol>
<li>No.</li>
<li>Yes &ndash; Greenway Depot (14).</li>
<li>58</li>
<li>No</li>
<li>N/A</li>
<li>No. See also answer 1.</li>
</ol>
<p>The information provided in this response is subject to copyright. Eastwold Borough Council, Town Hall, Eastwold EW3 8PL.</p>
<p><a href="/foi/disclosure-log">Back to disclosure log</a></p>
</body></html>
"""
open(out(f"{NN}-reply.html"), "w").write(html)
label(NN, f"{NN}-reply.html", "html", "council", "foia", "no", "yes", "answered", [], 58,
      "Hard: terse numbered answers ('No.', 'Yes - Greenway Depot (14)', '58') only make sense with the request; "
      "the page's own summary does not restate the questions; 14 is the Dahua subset.")
