import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 6
write_text(f"{N:02d}-request.txt", """
Dear Transport for Northbridge,

Under FOI please can you tell me:
- how many CCTV cameras you operate at bus stations, interchanges and park and ride sites
- the manufacturer of each camera (a count per manufacturer is fine)
- whether any are Hikvision or Dahua
- whether the cameras are capable of facial recognition or audio recording, and whether those functions are switched on

Best wishes,
Idris Coulthard
""")

rows = [
    ("Northbridge Central Bus Station", 74, "Hikvision"),
    ("Northbridge Central Bus Station", 12, "Axis"),
    ("Ravensworth Interchange", 41, "Hikvision"),
    ("Ravensworth Interchange", 6, "Axis"),
    ("Low Fell Interchange", 29, "Vivotek"),
    ("St Aidan's Bus Station", 38, "Axis"),
    ("Hebburn Quay Interchange", 22, "Hikvision"),
    ("Park and Ride - Kingston Park", 31, "Axis"),
    ("Park and Ride - Follingsby", 27, "Vivotek"),
    ("Park and Ride - Cramlington Road", 19, "Axis"),
    ("Ferry landing (North Shields)", 19, "Hikvision"),
]
total = sum(r[1] for r in rows)
trs = "\n".join(f"              <tr><td>{a}</td><td>{m}</td><td class=\"num\">{n}</td></tr>" for a, n, m in rows)

html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>FOI 2024-0417 CCTV cameras at bus stations and interchanges | Disclosure log | Transport for Northbridge</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/tfn-main.min.css?v=4.12.0">
<script async src="/assets/js/cookie-consent.js"></script>
</head>
<body class="page-template-disclosure">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-banner" role="region" aria-label="Cookie consent">
  <p>We use cookies to make our website work and to understand how you use it. <a href="/cookies/">Cookie settings</a></p>
  <button type="button">Accept all cookies</button> <button type="button">Reject non-essential</button>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="logo"><img src="/assets/img/tfn-logo.svg" alt="Transport for Northbridge"></a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/journey-planner/">Plan a journey</a></li>
        <li><a href="/tickets/">Tickets and passes</a></li>
        <li><a href="/service-updates/">Service updates</a></li>
        <li><a href="/about-us/">About us</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="container">
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/about-us/">About us</a></li>
    <li><a href="/about-us/freedom-of-information/">Freedom of information</a></li>
    <li><a href="/about-us/freedom-of-information/disclosure-log/">Disclosure log</a></li>
    <li aria-current="page">FOI 2024-0417</li>
  </ol>
  <div class="row">
    <main id="main" class="col-8">
      <h1>CCTV cameras at bus stations and interchanges</h1>
      <table class="meta">
        <tr><th>Reference</th><td>FOI 2024-0417</td></tr>
        <tr><th>Date of response</th><td>03/07/2024</td></tr>
        <tr><th>Category</th><td>Security and CCTV</td></tr>
        <tr><th>Outcome</th><td>Information provided</td></tr>
      </table>
      <h2>Request</h2>
      <div class="request">
        <p>Under FOI please can you tell me:</p>
        <ul>
          <li>how many CCTV cameras you operate at bus stations, interchanges and park and ride sites</li>
          <li>the manufacturer of each camera (a count per manufacturer is fine)</li>
          <li>whether any are Hikvision or Dahua</li>
          <li>whether the cameras are capable of facial recognition or audio recording, and whether those functions are switched on</li>
        </ul>
      </div>
      <h2>Response</h2>
      <div class="response">
        <p>Transport for Northbridge (TfN) operates CCTV at the following bus stations, interchanges and park and ride sites. The table below shows the number of cameras at each site by manufacturer.</p>
        <table class="data">
          <thead>
            <tr><th>Site</th><th>Manufacturer</th><th>No. of cameras</th></tr>
          </thead>
          <tbody>
{trs}
          </tbody>
          <tfoot>
            <tr><th colspan="2">Total</th><th class="num">{total}</th></tr>
          </tfoot>
        </table>
        <p>CCTV on board buses and at individual bus stops is the responsibility of the bus operators and is not held by TfN. The Metro network is operated under a separate concession and is not included.</p>
        <p>None of the cameras listed is capable of facial recognition. A small number of the Axis cameras at Northbridge Central have audio capability; this is disabled and has never been enabled.</p>
        <p>TfN is aware of the guidance issued by the Cabinet Office in November 2022 in relation to surveillance equipment on sensitive central government sites. TfN's sites are not covered by that guidance; however, the replacement of equipment at end of life is being reviewed as part of the Bus Station Security Strategy 2024-2029.</p>
      </div>
      <p class="disclaimer"><em>Information published in the disclosure log was correct at the date of the response and may since have changed. Personal information has been removed.</em></p>
      <p><a href="/about-us/freedom-of-information/disclosure-log/" class="btn">Back to disclosure log</a></p>
    </main>
    <aside class="col-4">
      <h2>Related disclosures</h2>
      <ul class="related">
        <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-0912/">FOI 2023-0912 Dahua cameras at park and ride sites</a></li>
        <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2022-0331/">FOI 2022-0331 CCTV on the ferry</a></li>
        <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2024-0102/">FOI 2024-0102 Facial recognition technology</a></li>
        <li><a href="/about-us/freedom-of-information/disclosure-log/foi-2023-1188/">FOI 2023-1188 Security contract spend</a></li>
      </ul>
      <h2>Make a request</h2>
      <p>You can make a freedom of information request by emailing <a href="mailto:foi@tfnorthbridge.invalid">foi@tfnorthbridge.invalid</a>.</p>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <ul>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookies</a></li>
      <li><a href="/about-us/freedom-of-information/">Freedom of information</a></li>
    </ul>
    <p>&copy; Transport for Northbridge 2024. Northbridge Combined Authority, Quayside House, Northbridge NB1 3QQ.</p>
  </div>
</footer>
</body>
</html>
"""
write_text(f"{N:02d}-reply.html", html)
print(total)
label(N, "html", "html", "other", "foia", "yes", "no", "answered", [], total,
      "disclosure-log web page with cookie banner, nav and a 'Related disclosures' sidebar whose titles name Dahua; answer is a site/maker table with total row")
