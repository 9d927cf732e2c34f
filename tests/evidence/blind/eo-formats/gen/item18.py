"""18: disclosure-log web page (.html) of an NHS trust: request shown above the response; main answer not held (PFI)."""
import os
OUT = os.path.join(os.path.dirname(__file__), '..')
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 2023-0781 - CCTV cameras | Disclosure log | Westmere Hospitals NHS Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/nhsuk-8.1.1.min.css">
<style>
 body{font-family:Frutiger,Arial,sans-serif;margin:0;color:#212b32;background:#f0f4f5}
 header{background:#005eb8;color:#fff;padding:12px 32px} header a{color:#fff}
 nav.breadcrumb{padding:8px 32px;font-size:14px} main{background:#fff;margin:0 32px;padding:24px 32px}
 dl.meta dt{font-weight:bold;float:left;width:160px} dl.meta dd{margin-left:170px}
 .request{border-left:6px solid #768692;background:#f7f9fa;padding:8px 18px;margin:12px 0}
 footer{font-size:13px;padding:20px 32px;color:#4c6272}
 .cookie{background:#fff;border-bottom:1px solid #ccc;padding:8px 32px;font-size:13px}
</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie banner">We use some essential cookies to make this website work. We'd also like to use analytics cookies. <a href="/cookies">Cookie policy</a> <button>Accept</button> <button>Reject</button></div>
<header><a href="/"><strong>NHS</strong> Westmere Hospitals NHS Trust</a>
 <ul style="display:inline;list-style:none"><li style="display:inline;margin-left:30px"><a href="/patients">Patients and visitors</a></li>
 <li style="display:inline;margin-left:20px"><a href="/services">Our services</a></li><li style="display:inline;margin-left:20px"><a href="/about">About us</a></li></ul>
</header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo; <a href="/about/foi">Freedom of Information</a> &rsaquo; <a href="/about/foi/disclosure-log">Disclosure log</a> &rsaquo; FOI 2023-0781</nav>
<main id="maincontent">
<h1>FOI 2023-0781 &ndash; CCTV cameras</h1>
<dl class="meta">
 <dt>Date received</dt><dd>2 October 2023</dd>
 <dt>Date responded</dt><dd>27 October 2023</dd>
 <dt>Category</dt><dd>Estates and facilities</dd>
</dl>
<h2>Request</h2>
<div class="request">
<p>1. How many CCTV cameras are in use at the Trust's hospitals?</p>
<p>2. Are any of them manufactured by Hikvision?</p>
<p>3. Are any of them manufactured by Dahua?</p>
<p>4. Who is responsible for maintaining the CCTV?</p>
</div>
<h2>Response</h2>
<p>The Trust does not hold the information requested.</p>
<p>Westmere General Hospital and the Kingsgate Treatment Centre were built and are operated under a Private Finance Initiative (PFI) contract. The CCTV systems at both sites are owned, operated and maintained by the PFI project company, Westmere Healthcare Partnerships Ltd, through its facilities management provider, Summit FM Services Ltd. The Trust does not hold records of the number, make or model of the cameras installed at these sites.</p>
<p>You may wish to approach Westmere Healthcare Partnerships Ltd directly; however, please be aware that it is not a public authority for the purposes of the Freedom of Information Act 2000 and is not obliged to respond.</p>
<h3>Attachments</h3>
<p>None</p>
<p style="font-size:14px;margin-top:28px">Information published in our disclosure log is redacted to remove the requester's personal data. If you would like to make a request, please email <a href="mailto:westmere.foi@nhs.net">westmere.foi@nhs.net</a>.</p>
<p style="font-size:14px">Page last reviewed: 30 October 2023<br>Next review due: 30 October 2025</p>
</main>
<footer>
 <a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookies</a> | <a href="/contact">Contact us</a><br>
 &copy; Westmere Hospitals NHS Trust, Westmere General Hospital, Kingsgate Road, Westmere WM3 2HP
</footer>
<script src="/assets/js/nhsuk-8.1.1.min.js" defer></script>
</body>
</html>
"""
open(os.path.join(OUT, '18-reply.html'), 'w').write(html)
print('wrote 18-reply.html')
