from common import *

NN = "21"
write_request(NN, """
Dear London Borough of Hackney,

I would like to request the following information:
1. The total number of CCTV cameras operated by the council
2. How many are manufactured by Dahua
3. How many are manufactured by Hikvision
4. Whether the council has any plans to replace Chinese-made cameras

Yours faithfully,
N. Adeyemi
""")
html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>FOI disclosure log: CCTV camera manufacturers (FOI-24-0512-HK) | Hackney Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.css">
</head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a href="/" class="logo">Hackney</a>
<nav><ul><li><a href="/services">Services</a></li><li><a href="/council-and-elections">Council and elections</a></li>
<li><a href="/foi">Freedom of information</a></li></ul></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search"><button>Search</button></form></header>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/foi">Freedom of information</a> &gt; <a href="/foi/disclosure-log">Disclosure log</a> &gt; CCTV camera manufacturers</nav>
<main id="main">
<h1>CCTV camera manufacturers</h1>
<dl class="foi-meta"><dt>Reference</dt><dd>FOI-24-0512-HK</dd><dt>Date of response</dt><dd>26 June 2024</dd>
<dt>Category</dt><dd>Community safety</dd></dl>
<h2>Request</h2>
<p>1. The total number of CCTV cameras operated by the council<br>
2. How many are manufactured by Dahua<br>
3. How many are manufactured by Hikvision<br>
4. Whether the council has any plans to replace Chinese-made cameras</p>
<h2>Response</h2>
<p>1. The Council's Community Safety CCTV service operates 287 cameras, including cameras on housing estates monitored from the
Hackney Service Centre control room.</p>
<p>2. 64</p>
<p>3. None</p>
<p>4. The Council is reviewing its CCTV estate as part of the Community Safety CCTV Strategy 2024-2028. No decision has
been taken on the replacement of any specific manufacturer's equipment. Any replacement would be subject to the
Council's procurement rules and budget availability.</p>
<div class="related"><h3>Related</h3><ul><li><a href="/foi/disclosure-log/foi-23-1180">CCTV control room staffing (FOI-23-1180)</a></li>
<li><a href="/cctv">CCTV in Hackney</a></li></ul></div>
</main>
<footer><p>&copy; Hackney Council, Hackney Town Hall, Mare Street, London E8 1EA</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body></html>
"""
write_text(f"{NN}-reply.html", html)
label(NN, "html", "council", "foia", "no", "yes", "answered", [], 287,
      "disclosure-log page; bare answers '64' and 'None' to separately asked makers in reverse order (Dahua before Hikvision); site chrome around it")
