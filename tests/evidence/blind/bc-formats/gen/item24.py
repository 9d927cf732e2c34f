from lib import *

write_text("24-request.txt", """
Dear Royal Cornwall Hospitals NHS Trust

Please provide under FOI:
(1) the approximate number of CCTV cameras in use at Trust sites
(2) the number that are made by Hikvision, if any
(3) the number that are made by Dahua, if any
(4) any plans to replace cameras made by either company, with timescales

Thank you
Kerensa Pascoe
""")

html = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>FOI disclosure log – February 2025 | Royal Cornwall Hospitals NHS Trust</title></head>
<body>
<section class="cookie-bar" aria-live="polite">
  <p>We'd like to use cookies to understand how you use our website and to improve it. <a href="/privacy/cookies/">How we use cookies</a></p>
  <button>Accept</button> <button>Decline</button>
</section>
<header>
  <div class="nhs-logo"><a href="/"><span class="nhs">NHS</span> Royal Cornwall Hospitals NHS Trust</a></div>
  <nav>
    <ul>
      <li><a href="/patients-and-visitors/">Patients and visitors</a></li>
      <li><a href="/our-services/">Our services</a></li>
      <li><a href="/work-for-us/">Work for us</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/about-us/freedom-of-information/">Freedom of information</a></li>
      <li><a href="/contact-us/">Contact us</a></li>
    </ul>
  </nav>
</header>
<main>
<p class="breadcrumb"><a href="/">Home</a> › <a href="/about-us/">About us</a> › <a href="/about-us/freedom-of-information/">Freedom of information</a> › Disclosure log February 2025</p>
<h1>Freedom of Information disclosure log – February 2025</h1>
<p>Below are a selection of responses to requests made to the Trust under the Freedom of Information Act 2000 in February 2025. Requesters' personal details have been removed.</p>

<details>
<summary>FOI 25-0188 – Agency nursing spend</summary>
<p><strong>Request:</strong> Total spend on agency nursing staff in 2023/24 and the top three agencies used.</p>
<p><strong>Response:</strong> Total spend on agency nursing staff in 2023/24 was £14,382,000. The Trust does not publish spend by individual agency as this is commercially sensitive and is withheld under section 43(2).</p>
</details>

<details>
<summary>FOI 25-0203 – Car parking income</summary>
<p><strong>Request:</strong> Car parking income at Royal Cornwall Hospital (Treliske) for the last three financial years.</p>
<p><strong>Response:</strong> 2021/22: £2,104,556; 2022/23: £2,387,090; 2023/24: £2,611,472. There are 1,942 parking spaces at the Treliske site, monitored by 36 ANPR cameras operated by the parking contractor.</p>
</details>

<details open>
<summary>FOI 25-0217 – CCTV cameras</summary>
<p><strong>Request:</strong> (1) the approximate number of CCTV cameras in use at Trust sites (2) the number that are made by Hikvision, if any (3) the number that are made by Dahua, if any (4) any plans to replace cameras made by either company, with timescales.</p>
<p><strong>Response:</strong></p>
<p>(1) Around 420.</p>
<p>(2) 57 units, mainly at West Cornwall Hospital (Penzance) and St Michael's Hospital (Hayle).</p>
<p>(3) 0</p>
<p>(4) The Hikvision units are being phased out by March 2026 as part of the Trust's Estates security upgrade programme, subject to capital funding.</p>
</details>

<details>
<summary>FOI 25-0221 – Hospital at Home patients</summary>
<p><strong>Request:</strong> Number of patients treated via Hospital at Home / virtual wards, by month, April 2024 to January 2025.</p>
<p><strong>Response:</strong> Please see the attached spreadsheet (FOI 25-0221.xlsx).</p>
</details>

<p>If you are unhappy with the response to any of these requests you may ask for an internal review. Please contact rch-tr.foi@nhs.net. You may also complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.</p>
</main>
<aside>
<h2>Freedom of information</h2>
<ul><li><a href="/foi/make-a-request/">Make a request</a></li><li><a href="/foi/publication-scheme/">Publication scheme</a></li><li><a href="/foi/disclosure-log/">Disclosure log archive</a></li></ul>
</aside>
<footer>
<p>Royal Cornwall Hospitals NHS Trust, Royal Cornwall Hospital, Truro, Cornwall TR1 3LJ · Switchboard 01872 250000</p>
<p><a href="/accessibility/">Accessibility</a> · <a href="/privacy/">Privacy</a> · <a href="/modern-slavery/">Modern slavery statement</a> · <a href="/sitemap/">Sitemap</a></p>
<p>© 2025 Royal Cornwall Hospitals NHS Trust</p>
</footer>
</body></html>
"""
write_text("24-reply.html", html)
add_label(path="24-reply.html", request_file="24-request.txt", format="html", body_type="nhs",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[],
          camera_count=420, note="Monthly disclosure-log page with several unrelated responses (an s43 withholding, 36 ANPR cameras); the CCTV answers are bare numbers and the Hikvision units are in use until a future phase-out date.")
