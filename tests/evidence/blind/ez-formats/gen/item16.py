"""16: university, .html disclosure-log entry; whole request refused under s12 cost limit."""
from common import *

NN = "16"
write_request(NN, """
Dear University of Northbridge,

Under FOIA please provide, for every building owned or occupied by the University (including halls of residence, sports facilities and research sites):

1. the number of CCTV cameras
2. the make and model of each camera
3. the date each camera was installed
4. whether any are made by Hikvision, Dahua or their subsidiaries (e.g. EZVIZ, HiLook, Imou)
5. who has access to the footage

Thank you,
Dr Adam Kowalczyk
""")

html = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Disclosure log: FOI-2023-0874 | University of Northbridge</title>
  <link rel="stylesheet" href="https://www.northbridge.ac.uk/static/css/uon-2023.css">
</head>
<body>
<div id="cookie-banner" hidden>We use cookies to improve your experience. <button>Accept</button></div>
<header id="uon-header"><a href="https://www.northbridge.ac.uk/"><span class="logo">University of Northbridge</span></a>
<nav><a href="/study/">Study</a> <a href="/research/">Research</a> <a href="/about/">About</a> <a href="/about/governance/">Governance</a></nav></header>
<main class="container">
  <p class="crumbs"><a href="/about/governance/">Governance</a> / <a href="/about/governance/foi/">Freedom of information</a> / <a href="/about/governance/foi/log/">Disclosure log</a></p>
  <h1>FOI-2023-0874: CCTV cameras on University premises</h1>
  <dl class="foi-meta">
    <dt>Date of request</dt><dd>6 November 2023</dd>
    <dt>Date of response</dt><dd>1 December 2023</dd>
    <dt>Outcome</dt><dd>Refused - s.12</dd>
    <dt>Department</dt><dd>Estates and Facilities</dd>
  </dl>
  <section class="foi-request">
    <h2>Information requested</h2>
    <p>For every building owned or occupied by the University (including halls of residence, sports facilities and research sites): (1) the number of CCTV cameras; (2) the make and model of each camera; (3) the date each camera was installed; (4) whether any are made by Hikvision, Dahua or their subsidiaries; (5) who has access to the footage.</p>
  </section>
  <section class="foi-response">
    <h2>Response</h2>
    <p>The University holds information relevant to your request. However, we estimate that the cost of complying with the request would exceed the appropriate limit of &pound;450, which represents 18 hours of staff time. The University is therefore relying on section 12(1) of the Freedom of Information Act 2000 to refuse the request in its entirety.</p>
    <p>CCTV on the University estate is not managed as a single system. Security Services manage the cameras linked to the central control room, but a large number of cameras have been installed and are managed locally by academic schools, the Students' Union, residential services and individual research facilities, often under separate maintenance arrangements. There is no central register of cameras, makes or installation dates. To respond we would need to contact over 60 budget holders and arrange physical surveys of approximately 140 buildings; even at a conservative estimate of 30 minutes per building this would take around 70 hours.</p>
    <p>Where the cost of answering one part of a request would exceed the limit, the University is not obliged to answer any other part of that request.</p>
    <h3>Advice and assistance</h3>
    <p>Under section 16 we are required to provide advice and assistance. You may wish to consider submitting a narrower request, for example limited to cameras connected to the Security Services control room at the Clement Building, which we would expect to be able to answer within the cost limit.</p>
    <h3>Your right to complain</h3>
    <p>If you are dissatisfied with the handling of your request, you may ask for an internal review by writing to <a href="mailto:foi@northbridge.ac.uk">foi@northbridge.ac.uk</a> within 40 working days. If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner.</p>
  </section>
  <p class="attachments">Attachments: none</p>
  <p class="updated">Page last updated: 04/12/2023</p>
</main>
<footer id="uon-footer">University of Northbridge, Cloister Road, Northbridge NB2 8TU. Registered charity number 1147xxx. &copy; 2023</footer>
</body>
</html>
"""
(ROOT / f"{NN}-reply.html").write_text(html, encoding="utf-8")
add_label(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html",
          body_type="university", law="foia", hikvision="unknown", dahua="unknown", outcome="refused",
          exemptions=["s12"], camera_count=None,
          note="Whole request refused on cost (s12); numbers on the page (60 budget holders, 140 buildings, 70 hours) are not camera counts; s16 advice is not an exemption.")
