from common import *

write_request("14", """
Dear Mercia Vale Police,

Please could you provide the following information about body worn video (BWV) under the Freedom of Information Act 2000:

1. How many body worn video cameras does the force currently have?
2. What make and model are they?
3. Are any of them made by Hikvision or Dahua?
4. Please give a breakdown of the number of BWV cameras allocated to each police station / policing team.

Kind regards,
Aisha Rahman
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Body worn video – numbers and supplier | Disclosure log | Mercia Vale Police</title>
<link rel="stylesheet" href="/static/css/mvp-main.min.css?v=4.12.0">
<script async src="/static/js/cookie-consent.js"></script>
</head>
<body class="page-disclosure">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner" hidden>
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button>Accept additional cookies</button> <button>Reject additional cookies</button>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/img/mvp-logo.svg" alt="Mercia Vale Police"></a>
  <nav class="primary-nav" aria-label="Main">
    <ul>
      <li><a href="/report">Report</a></li><li><a href="/advice">Advice</a></li><li><a href="/news">News</a></li>
      <li><a href="/careers">Careers</a></li><li><a href="/foi-ai" class="active">Freedom of Information</a></li>
      <li><a href="/contact">Contact us</a></li>
    </ul>
  </nav>
  <p class="emergency">In an emergency always call 999</p>
</header>

<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/foi-ai">Freedom of Information</a> &rsaquo; <a href="/foi-ai/disclosure-log">Disclosure log</a> &rsaquo; <span>Body worn video – numbers and supplier</span></div>

<div class="layout">
<main id="main">
  <h1>Body worn video – numbers and supplier</h1>
  <dl class="meta">
    <dt>Reference</dt><dd>FOI/2024/03381</dd>
    <dt>Date of response</dt><dd>2 December 2024</dd>
    <dt>Category</dt><dd>Operational policing – equipment</dd>
  </dl>

  <h2>Request</h2>
  <ol>
    <li>How many body worn video cameras does the force currently have?</li>
    <li>What make and model are they?</li>
    <li>Are any of them made by Hikvision or Dahua?</li>
    <li>Please give a breakdown of the number of BWV cameras allocated to each police station / policing team.</li>
  </ol>

  <h2>Response</h2>
  <p>Mercia Vale Police can confirm that it holds information relevant to your request. Some of the information is exempt from disclosure and the reasons are set out below.</p>

  <p><strong>Q1.</strong> 1,850 devices.</p>
  <p><strong>Q2.</strong> Axon Body 3. These were rolled out during 2021/22 and replaced the force's previous Reveal RS2-X2L cameras, which have now been disposed of.</p>
  <p><strong>Q3.</strong> No.</p>
  <p><strong>Q4.</strong> This information is exempt under section 31(1)(a)(b) of the Act – Law Enforcement.</p>

  <h3>Section 31 – Law Enforcement</h3>
  <p>Section 31 is a prejudice based qualified exemption, which means that the force must evidence the harm that would arise from disclosure and consider the public interest.</p>
  <p><em>Evidence of harm:</em> Disclosing the number of body worn video devices allocated to each station or team would indicate the level of resourcing at particular locations and times. Individuals intent on committing crime, or on avoiding detection, could use this to identify areas where evidence-gathering capability is lower. Disclosure under the Act is to the world, not just to the requester.</p>
  <p><em>Public interest considerations favouring disclosure:</em> Disclosure would increase public awareness of how the force deploys technology funded by the public purse and would contribute to an informed debate about police accountability.</p>
  <p><em>Public interest considerations favouring non-disclosure:</em> The force has a duty to prevent and detect crime and to protect its officers and staff. Any disclosure that would assist offenders in avoiding detection is not in the public interest.</p>
  <p><em>Balance test:</em> Having weighed the arguments, the force considers that the public interest in maintaining the exemption outweighs the public interest in disclosure for question 4.</p>

  <p>In accordance with the Act, this letter represents a Refusal Notice for this part of your request.</p>

  <div class="callout">
    <h3>Your right to request a review</h3>
    <p>If you are dissatisfied with the response you have been provided with, you can request an internal review within 40 working days by emailing <a href="mailto:foi@merciavale.police.example">foi@merciavale.police.example</a>. If you remain dissatisfied after the internal review you can complain to the Information Commissioner's Office.</p>
  </div>

  <p class="small">Published: 09/12/2024 &middot; Page last reviewed: 09/12/2024</p>
</main>

<aside class="sidebar" aria-label="Related disclosures">
  <h2>Related disclosures</h2>
  <ul>
    <li><a href="/foi-ai/disclosure-log/2023/02716">CCTV equipment manufactured by Hikvision (FOI/2023/02716)</a></li>
    <li><a href="/foi-ai/disclosure-log/2024/00412">Dahua and Hikvision equipment in custody suites (FOI/2024/00412)</a></li>
    <li><a href="/foi-ai/disclosure-log/2024/01988">Drones – number of units and flight hours (FOI/2024/01988)</a></li>
    <li><a href="/foi-ai/disclosure-log/2022/04410">Body worn video – footage retention (FOI/2022/04410)</a></li>
    <li><a href="/foi-ai/disclosure-log/2024/02240">ANPR cameras – locations (FOI/2024/02240)</a></li>
  </ul>
  <h2>Search the disclosure log</h2>
  <form action="/foi-ai/disclosure-log/search"><input type="search" name="q" aria-label="Search"><button>Search</button></form>
</aside>
</div>

<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
  <p>&copy; Mercia Vale Police 2024. Mercia Vale Police, PO Box 881, Wellsbury WB1 9ZZ. Non-emergency: 101.</p>
</footer>
</body>
</html>
"""
open(out("14-reply.html"), "w", encoding="utf-8").write(html)
label("14", "html", "html", "police", "foia", "no", "no", "partially_answered", ["s31"], 1850,
      "disclosure-log web page on body-worn video (count = BWV devices, '1,850'); bare 'No.' to a joint Hik/Dahua question; sidebar links mention Hikvision/Dahua; s31 on breakdown")
