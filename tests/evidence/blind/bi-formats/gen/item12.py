from common import *
NN='12'
write_request(NN, """
Dear Rushmoor Borough Council,

Please could you tell me, under the Freedom of Information Act:

1. How many CCTV cameras does the council operate?
2. Are any of them made by Hikvision? If so, how many?
3. Are any of them made by Dahua? If so, how many?
4. Are the cameras monitored 24 hours a day?

Thank you,
Joanne Whitlock
""")
html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>FOI 2024-1049 CCTV cameras | Disclosure log | Rushmoor Borough Council</title>
<meta name="description" content="Freedom of Information disclosure log – CCTV cameras">
<link rel="stylesheet" href="/wp-content/themes/rushmoor/dist/css/main.min.css?ver=3.4.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
</head>
<body class="disclosure-template-default single single-disclosure">
<a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use cookies to make this website work and to collect information about how you use it. <a href="/cookies/">Cookie settings</a></p>
  <button type="button">Accept all cookies</button> <button type="button">Reject non-essential cookies</button>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/wp-content/themes/rushmoor/dist/img/logo.svg" alt="Rushmoor Borough Council"></a>
    <form role="search" action="/" class="site-search"><label for="s">Search</label><input id="s" name="s" type="search"><button>Search</button></form>
    <nav class="primary-nav" aria-label="Main">
      <ul>
        <li><a href="/bins-and-recycling/">Bins and recycling</a></li>
        <li><a href="/council-tax/">Council tax</a></li>
        <li><a href="/benefits/">Benefits</a></li>
        <li><a href="/housing/">Housing</a></li>
        <li><a href="/parking/">Parking</a></li>
        <li><a href="/planning/">Planning and building control</a></li>
        <li><a href="/community-safety/">Community safety</a>
          <ul>
            <li><a href="/community-safety/cctv/">CCTV</a></li>
            <li><a href="/community-safety/cctv/cctv-code-of-practice/">CCTV code of practice</a></li>
            <li><a href="/community-safety/anti-social-behaviour/">Anti-social behaviour</a></li>
          </ul>
        </li>
        <li><a href="/your-council/">Your council</a></li>
      </ul>
    </nav>
  </div>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/your-council/">Your council</a></li><li><a href="/your-council/access-to-information/">Access to information</a></li>
  <li><a href="/disclosure-log/">Disclosure log</a></li><li aria-current="page">FOI 2024-1049 CCTV cameras</li></ol>
</nav>
<div class="container layout-two-col">
<main id="main-content">
<article class="disclosure">
  <h1>FOI 2024-1049 CCTV cameras</h1>
  <dl class="disclosure-meta">
    <dt>Reference</dt><dd>2024-1049</dd>
    <dt>Date received</dt><dd>3 September 2024</dd>
    <dt>Date responded</dt><dd>24 September 2024</dd>
    <dt>Service</dt><dd>Community Safety</dd>
  </dl>
  <h2>Request</h2>
  <ol>
    <li>How many CCTV cameras does the council operate?</li>
    <li>Are any of them made by Hikvision? If so, how many?</li>
    <li>Are any of them made by Dahua? If so, how many?</li>
    <li>Are the cameras monitored 24 hours a day?</li>
  </ol>
  <h2>Response</h2>
  <ol>
    <li>51 public space cameras across Aldershot and Farnborough town centres, and 12 in the council-owned multi-storey car parks.</li>
    <li>Yes, 8. These are in the Union Street East multi-storey car park.</li>
    <li>No.</li>
    <li>No. The CCTV control room is staffed from 7am until midnight, seven days a week. Recording is continuous.</li>
  </ol>
  <p>Information provided in response to Freedom of Information requests is correct at the time of the response. The council may hold more recent information.</p>
</article>
</main>
<aside class="sidebar">
  <section class="related">
    <h2>Related pages</h2>
    <ul>
      <li><a href="/community-safety/cctv/">CCTV in Rushmoor</a></li>
      <li><a href="/disclosure-log/foi-2023-0877-cctv-hikvision-and-dahua-equipment/">FOI 2023-0877 CCTV – Hikvision and Dahua equipment</a></li>
      <li><a href="/disclosure-log/foi-2024-0412-body-worn-cameras/">FOI 2024-0412 Body worn cameras</a></li>
    </ul>
  </section>
  <section class="news">
    <h2>Latest news</h2>
    <ul>
      <li><a href="/news/2024/08/farnborough-cctv-upgrade/">40 new CCTV cameras for Farnborough town centre</a> <time datetime="2024-08-14">14 August 2024</time></li>
      <li><a href="/news/2024/08/garden-waste/">Garden waste subscriptions open for 2025</a> <time datetime="2024-08-02">2 August 2024</time></li>
    </ul>
  </section>
</aside>
</div>
<footer class="site-footer">
  <div class="container">
    <ul class="footer-links">
      <li><a href="/accessibility/">Accessibility statement</a></li><li><a href="/privacy/">Privacy</a></li>
      <li><a href="/cookies/">Cookies</a></li><li><a href="/contact-us/">Contact us</a></li>
    </ul>
    <p>Rushmoor Borough Council, Council Offices, Farnborough Road, Farnborough, Hampshire GU14 7JU. Tel 01252 398 399</p>
    <p>&copy; 2024 Rushmoor Borough Council</p>
  </div>
</footer>
<script src="/wp-content/themes/rushmoor/dist/js/main.min.js?ver=3.4.1"></script>
</body>
</html>
"""
open(path(f'{NN}-reply.html'), 'w').write(html)
label(NN, 'html', 'council', 'foia', 'yes', 'no', 'answered', [], 63,
      'reply sits in an <article> between nav menus and a sidebar whose links/news mention "Hikvision and Dahua" and "40 new CCTV cameras"; count is 51+12; answers only make sense with the request')
