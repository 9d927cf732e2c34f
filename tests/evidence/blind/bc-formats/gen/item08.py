from lib import *

write_text("08-request.txt", """
Dear Wakefield Council,

I would be grateful for the following information regarding CCTV.

1. Number of public space CCTV cameras operated by the council
2. Manufacturer of each camera (a count per manufacturer is fine)
3. Do you use any Hikvision equipment?
4. Do you use any Dahua equipment?
5. How many staff work in the CCTV control room?

Best wishes,
Owain Sheldrake
""")

html = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>FOI response: public space CCTV cameras (WMDC-FOI-5527) - Wakefield Council</title>
<meta name="description" content="Freedom of Information disclosure log">
</head>
<body>
<div class="cookie-consent" id="cc">
  <p>Wakefield Council uses cookies to improve your experience. Some are essential; others help us understand how the website is used. <a href="/site-information/cookies">Find out more about cookies</a>.</p>
  <button>Accept all cookies</button> <button>Essential cookies only</button> <button>Manage preferences</button>
</div>
<header>
  <div class="top-bar"><a href="/">Wakefield Council</a> | <a href="/contact-us">Contact us</a> | <a href="/my-account">My Account</a> | <a href="/cymraeg">Accessibility tools</a></div>
  <nav class="mega-menu">
    <ul>
      <li><a href="/bins-and-recycling">Bins and recycling</a></li>
      <li><a href="/council-tax">Council tax</a></li>
      <li><a href="/roads-and-transport">Roads, parking and transport</a></li>
      <li><a href="/housing">Housing</a></li>
      <li><a href="/schools-and-education">Schools and education</a></li>
      <li><a href="/community-safety">Community safety</a></li>
      <li><a href="/about-the-council">About the council</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/about-the-council">About the council</a> &gt; <a href="/about-the-council/foi">Freedom of Information</a> &gt; <a href="/about-the-council/foi/disclosure-log">Disclosure log</a> &gt; WMDC-FOI-5527</div>
<div class="layout">
<main class="content">
  <h1>Public space CCTV cameras</h1>
  <p class="published">Published: 9 February 2024 &middot; Directorate: Communities &middot; Reference: WMDC-FOI-5527</p>

  <h2>Information requested</h2>
  <ol>
    <li>Number of public space CCTV cameras operated by the council</li>
    <li>Manufacturer of each camera (a count per manufacturer is fine)</li>
    <li>Do you use any Hikvision equipment?</li>
    <li>Do you use any Dahua equipment?</li>
    <li>How many staff work in the CCTV control room?</li>
  </ol>

  <h2>Our response</h2>
  <p>1 &amp; 2. The council's public space system comprises the following cameras:</p>
  <table class="data">
    <thead><tr><th>Manufacturer</th><th>Number of cameras</th></tr></thead>
    <tbody>
      <tr><td>Axis Communications</td><td>71</td></tr>
      <tr><td>Dahua</td><td>38</td></tr>
      <tr><td>Bosch</td><td>9</td></tr>
    </tbody>
  </table>
  <p>3. No</p>
  <p>4. Yes &ndash; please see the table above. The Dahua cameras are all located in the Castleford and Pontefract town centre schemes.</p>
  <p>5. The control room is staffed 24/7 by a team of 14 operators and 2 supervisors.</p>

  <p>Wakefield Council is committed to being open and transparent. If you are unhappy with the way your request has been handled you can ask for a review by writing to the Information Governance Team, Wakefield One, PO Box 700, Burton Street, Wakefield WF1 2EB. You also have the right to complain to the Information Commissioner's Office.</p>
</main>
<aside class="sidebar">
  <section>
    <h2>Wakefield in numbers</h2>
    <ul>
      <li><strong>1,946</strong> street lights converted to LED in 2023</li>
      <li><strong>212</strong> parks and green spaces</li>
      <li><strong>18,902</strong> penalty charge notices issued 2022/23</li>
      <li><strong>4,117</strong> potholes repaired last winter</li>
      <li><strong>62</strong> miles of cycle routes</li>
    </ul>
  </section>
  <section>
    <h2>Related disclosures</h2>
    <ul>
      <li><a href="/foi/disclosure-log/5490">WMDC-FOI-5490: Body-worn cameras used by civil enforcement officers</a></li>
      <li><a href="/foi/disclosure-log/5388">WMDC-FOI-5388: Number of ANPR cameras on council roads (27)</a></li>
      <li><a href="/foi/disclosure-log/5301">WMDC-FOI-5301: CCTV in council housing blocks</a></li>
    </ul>
  </section>
  <section>
    <h2>Latest news</h2>
    <ul>
      <li><a href="/news/market-cctv">Upgrade complete: old Hikvision cameras at Wakefield Market replaced with 12 new HD units</a> <span class="date">22 Jan 2024</span></li>
      <li><a href="/news/winter-gritting">Gritters out as temperatures drop</a> <span class="date">15 Jan 2024</span></li>
    </ul>
  </section>
  <section>
    <h2>Popular pages</h2>
    <ul><li><a href="/bins">Bin collection dates</a></li><li><a href="/council-tax/pay">Pay council tax</a></li><li><a href="/jobs">Jobs</a></li></ul>
  </section>
</aside>
</div>
<footer>
  <ul class="footer-links"><li><a href="/site-information/accessibility">Accessibility statement</a></li><li><a href="/site-information/privacy">Privacy</a></li><li><a href="/site-information/cookies">Cookies</a></li><li><a href="/contact-us">Contact us</a></li></ul>
  <p>Wakefield Council, Wakefield One, Burton Street, Wakefield WF1 2EB. Telephone 0345 8 506 506.</p>
  <p>&copy; Wakefield Council 2024</p>
</footer>
</body>
</html>
"""
write_text("08-reply.html", html)
add_label(path="08-reply.html", request_file="08-request.txt", format="html", body_type="council",
          law="foia", hikvision="no", dahua="yes", outcome="answered", exemptions=[],
          camera_count=118, note="Per-maker table without a total row; sidebar lists unrelated figures (a news link about replaced Hikvision cameras and an ANPR count) around a bare 'No'/'Yes' answer.")
