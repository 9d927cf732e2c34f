from common import write_request, add_label, out

NN = "14"
REQ_QS = [
    "How many CCTV cameras cover Bramwell Heath town centre (Kingsway, High Street and the bus station)?",
    "Who manufactures these cameras?",
    "Are any of them made by Hikvision or Dahua?",
    "Who monitors the cameras and is the control room staffed 24 hours a day?",
]
write_request(NN, "Dear Bramwell Heath Borough Council,\n\nPlease provide the following information under the "
              "Freedom of Information Act 2000.\n\n" + "\n".join(f"{i}. {q}" for i, q in enumerate(REQ_QS, 1))
              + "\n\nThank you,\nHelen Marsh-Ogunbiyi")

qs_html = "".join(f"<li>{q}</li>" for q in REQ_QS)
html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CCTV cameras in the town centre - FOI 24/0561 | Disclosure log | Bramwell Heath Borough Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/bhbc-main.min.css?v=3.2.1">
</head>
<body class="page-disclosure-log">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on our website">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button type="button">Accept additional cookies</button> <button type="button">Reject additional cookies</button>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/bhbc-logo.svg" alt="Bramwell Heath Borough Council"></a>
  <nav class="main-nav"><ul>
    <li><a href="/bins-and-recycling">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
    <li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
  <form class="search" action="/search"><label for="q">Search</label><input id="q" name="q"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
  <li><a href="/">Home</a></li><li><a href="/your-council">Your council</a></li>
  <li><a href="/your-council/foi">Freedom of information</a></li><li><a href="/your-council/foi/disclosure-log">Disclosure log</a></li>
  <li>FOI 24/0561</li></ol></nav>
<main id="main-content">
<div class="layout-two-col">
<article class="disclosure">
  <h1>CCTV cameras in the town centre</h1>
  <dl class="disclosure-meta">
    <dt>Reference</dt><dd>FOI 24/0561</dd>
    <dt>Date received</dt><dd>4 June 2024</dd>
    <dt>Date responded</dt><dd>26 June 2024</dd>
    <dt>Department</dt><dd>Community Safety</dd>
    <dt>Outcome</dt><dd>Information not held</dd>
  </dl>
  <h2>Request</h2>
  <div class="request-text">
    <p>Please provide the following information under the Freedom of Information Act 2000.</p>
    <ol>{qs_html}</ol>
  </div>
  <h2>Response</h2>
  <div class="response-text">
    <p>Bramwell Heath Borough Council does not own or operate a public space CCTV system.</p>
    <p>The cameras covering Kingsway, the High Street and the bus station form part of a system owned and
    operated by Bramwell Heath Business Improvement District Ltd (the BID), in partnership with the owners
    of the Kingsway Shopping Centre. The Council does not fund, monitor or maintain this system and does not
    have access to it, other than through the local Community Safety Partnership meetings.</p>
    <p>The Council therefore does not hold the information you have requested for questions 1 to 4. Under
    section 1(1)(a) of the Act this letter serves as confirmation that the information is not held.</p>
    <p>You may wish to direct your request to the BID at <a href="mailto:info@bramwellheathbid.example">info@bramwellheathbid.example</a>.
    Please note that the BID is a private company and is not subject to the Freedom of Information Act.</p>
    <p>If you are unhappy with this response you may request an internal review by emailing
    <a href="mailto:foi@bramwellheath.gov.uk">foi@bramwellheath.gov.uk</a> within 40 working days. You may also
    complain to the <a href="https://ico.org.uk">Information Commissioner's Office</a>.</p>
  </div>
  <h2>Documents</h2>
  <p>There are no documents attached to this disclosure.</p>
</article>
<aside class="related">
  <h2>Related disclosures</h2>
  <ul>
    <li><a href="/your-council/foi/disclosure-log/foi-23-0212">CCTV - Hikvision and Dahua equipment (FOI 23/0212)</a></li>
    <li><a href="/your-council/foi/disclosure-log/foi-23-0977">Body worn cameras - civil enforcement officers (FOI 23/0977)</a></li>
    <li><a href="/your-council/foi/disclosure-log/foi-24-0103">Fly-tipping enforcement cameras (FOI 24/0103)</a></li>
  </ul>
  <h2>Was this page useful?</h2>
  <p><a href="/feedback">Give feedback</a></p>
</aside>
</div>
</main>
<footer class="site-footer">
  <p>Bramwell Heath Borough Council, Civic Centre, Tolley Road, Bramwell Heath BH7 3RR. Telephone 01632 960 880.</p>
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; Bramwell Heath Borough Council 2024</p>
</footer>
<script src="/assets/js/bhbc.min.js" defer></script>
</body>
</html>
"""
with open(out(f"{NN}-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)
add_label(NN, "html", "council", "foia", "unknown", "unknown", "not_held", [], None,
          "Disclosure-log web page with the request and the response together plus navigation; the town "
          "centre cameras belong to a BID company so nothing is held, while a sidebar link names Hikvision and Dahua.")
