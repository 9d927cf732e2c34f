from common import *

NN = "06"
write_request(NN, """
Dear Tynemoor Fire and Rescue Service,

Please tell me:
- the number of CCTV cameras at your fire stations and headquarters
- the make(s) of those cameras
- whether any cameras are fitted to appliances, and if so what make
- the annual maintenance cost of the CCTV

Thank you.
""")

html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>FOI 0412-24 CCTV at fire stations | Tynemoor Fire and Rescue Service</title></head>
<body>
<header><nav><a href="/">Home</a> &gt; <a href="/about">About us</a> &gt; <a href="/about/foi">Freedom of Information</a> &gt; Disclosure log</nav></header>
<main>
<h1>FOI 0412-24 &ndash; CCTV at fire stations</h1>
<p class="meta">Date of request: 11/03/2024 &nbsp;|&nbsp; Date of response: 05/04/2024 &nbsp;|&nbsp; Category: Estates</p>
<h2>Request</h2>
<p>The number of CCTV cameras at your fire stations and headquarters; the make(s) of those cameras; whether any cameras are fitted to appliances and if so what make; the annual maintenance cost of the CCTV.</p>
<h2>Response</h2>
<p>There are 211 CCTV cameras across our 28 stations and Service Headquarters.</p>
<p>The cameras currently installed are manufactured by Dahua and Uniview. Hikvision equipment was previously installed at
three stations (Blyth Quay, Seaton Moor and Cramlow) but this was replaced during the 2022 station refurbishment programme.</p>
<p>Forward-facing and 360&deg; vehicle cameras are fitted to 46 front-line appliances. These are Brigade Electronics units and are not included in the figure above.</p>
<p>Annual maintenance cost 2023/24: &pound;18,460 (excl. VAT).</p>
<h2>Documents</h2>
<ul><li>No documents released.</li></ul>
<p><small>Information released under the Freedom of Information Act 2000 is provided for the personal use of the requester. Re-use may require the permission of Tynemoor Fire and Rescue Service.</small></p>
</main>
<footer><p>&copy; Tynemoor Fire and Rescue Authority | <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
"""
open(out(f"{NN}-reply.html"), "w").write(html)
label(NN, f"{NN}-reply.html", "html", "fire", "foia", "no", "yes", "answered", [], 211,
      "Disclosure-log page; Hikvision only previously used and replaced, current makers listed completely; vehicle cameras excluded from count.")
