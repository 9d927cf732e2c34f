from common import *

req = """
Dear Sir/Madam,

I am writing to request the following information under the Freedom of Information Act 2000:

1. How many CCTV cameras are in operation across all Trust sites?
2. Are any of these cameras manufactured by Hikvision? If so, how many?
3. Are any of these cameras manufactured by Dahua? If so, how many?
4. Are CCTV cameras used in patient areas such as wards?
5. Do any of the cameras record audio?

Yours faithfully,
Naomi Fairclough
"""
write_request("13", req)

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI/2024/0788 - CCTV cameras | Disclosure log | Mersey Estuary Hospitals NHS Trust</title>
<link rel="stylesheet" href="/assets/css/nhsuk-8.1.1.min.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2LM0P9K"></script>
</head>
<body class="js-enabled">
<div id="cookiebanner" class="nhsuk-cookie-banner">
  <p>We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies.</p>
  <button id="cookie-accept">I'm OK with analytics cookies</button> <button id="cookie-decline">Do not use analytics cookies</button>
</div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner">
  <div class="nhsuk-header__container">
    <a class="nhsuk-header__link" href="/" aria-label="Mersey Estuary Hospitals NHS Trust homepage"><span class="nhsuk-organisation-name">Mersey Estuary Hospitals</span> <span class="nhsuk-organisation-descriptor">NHS Trust</span></a>
    <nav class="nhsuk-header__navigation"><ul>
      <li><a href="/patients-and-visitors">Patients and visitors</a></li>
      <li><a href="/our-services">Our services</a></li>
      <li><a href="/work-for-us">Work for us</a></li>
      <li><a href="/about-us">About us</a></li>
      <li><a href="/contact-us">Contact us</a></li>
    </ul></nav>
  </div>
</header>
<div class="nhsuk-width-container">
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list">
  <li><a href="/">Home</a></li><li><a href="/about-us">About us</a></li><li><a href="/about-us/freedom-of-information">Freedom of information</a></li><li><a href="/about-us/freedom-of-information/disclosure-log">Disclosure log</a></li>
</ol></nav>
<main id="maincontent" class="nhsuk-main-wrapper" role="main">
<div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds">
<h1>CCTV cameras</h1>
<dl class="nhsuk-summary-list">
  <div class="nhsuk-summary-list__row"><dt>Reference</dt><dd>FOI/2024/0788</dd></div>
  <div class="nhsuk-summary-list__row"><dt>Category</dt><dd>Estates and Facilities</dd></div>
  <div class="nhsuk-summary-list__row"><dt>Date of response</dt><dd>14 June 2024</dd></div>
</dl>

<h2>Request</h2>
<ol>
<li>How many CCTV cameras are in operation across all Trust sites?</li>
<li>Are any of these cameras manufactured by Hikvision? If so, how many?</li>
<li>Are any of these cameras manufactured by Dahua? If so, how many?</li>
<li>Are CCTV cameras used in patient areas such as wards?</li>
<li>Do any of the cameras record audio?</li>
</ol>

<h2>Response</h2>
<p><strong>1.</strong> 387</p>
<p><strong>2.</strong> Yes &ndash; 23. These were installed before 2019 and are included for replacement in the Trust&rsquo;s 2025/26 capital programme.</p>
<p><strong>3.</strong> Nil.</p>
<p><strong>4.</strong> Cameras are installed in communal areas (corridors, day rooms and entrances) of the Trust&rsquo;s two adult mental health wards and at ward entrances on the acute site. Patient bedrooms, bathrooms and clinical examination areas are not covered, with the exception of the two seclusion rooms, where observation is governed by the Trust&rsquo;s Seclusion and Long-Term Segregation Policy.</p>
<p><strong>5.</strong> No.</p>

<div class="nhsuk-inset-text"><p>Information released under the Freedom of Information Act is published in our disclosure log. Personal data about the requester is removed before publication.</p></div>
</div>

<div class="nhsuk-grid-column-one-third">
<aside class="app-related" role="complementary">
<h2 class="nhsuk-heading-s">Related disclosures</h2>
<ul class="nhsuk-list">
  <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-0412">FOI/2023/0412 &ndash; Car parking: CCTV and ANPR (52 cameras)</a></li>
  <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2022-1170">FOI/2022/1170 &ndash; Number of CCTV cameras and security staff</a></li>
  <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0391">FOI/2024/0391 &ndash; Body worn cameras for security officers</a></li>
  <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0602">FOI/2024/0602 &ndash; Facial recognition software</a></li>
</ul>
<h2 class="nhsuk-heading-s">Make a request</h2>
<p>Email <a href="mailto:meht.foi@nhs.net">meht.foi@nhs.net</a> or write to the FOI Office, Whiston Lane, Runcorn WA7 2XL.</p>
</aside>
</div>
</div>
</main>
</div>
<footer role="contentinfo"><div class="nhsuk-footer">
<ul class="nhsuk-footer__list">
  <li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/about-us/freedom-of-information">Freedom of information</a></li>
</ul>
<p class="nhsuk-footer__copyright">&copy; Mersey Estuary Hospitals NHS Trust 2024. Page last reviewed: 17 June 2024.</p>
</div></footer>
</body>
</html>
"""
with open(p("13-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)

add_label(path="13-reply.html", request_file="13-request.txt", format="html", body_type="nhs",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=387,
          note="Disclosure-log web page with nav, cookie banner and a 'Related disclosures' sidebar quoting another request's '52 cameras'; answers are bare '387', 'Yes – 23' (subset, due for replacement) and 'Nil'.")
