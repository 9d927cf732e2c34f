"""17: mental health trust disclosure-log HTML; answers cross-refer ('See answer to Q2')."""
from common import out

html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>FOI 24-0193 CCTV | Pennine Moors Mental Health NHS Trust</title>
<link rel="stylesheet" href="/assets/nhs-frontend.min.css"></head>
<body class="js-enabled">
<a class="skip-link" href="#maincontent">Skip to main content</a>
<div class="nhsuk-header"><span class="nhsuk-logo">NHS</span> Pennine Moors Mental Health NHS Trust
 <ul class="nhsuk-header__navigation-list"><li><a href="/services">Our services</a></li><li><a href="/about-us">About us</a></li><li><a href="/work-for-us">Work for us</a></li><li><a href="/about-us/foi">Freedom of information</a></li></ul>
</div>
<div class="nhsuk-width-container">
<main id="maincontent" class="nhsuk-main-wrapper" role="main">
<h1>FOI 24-0193: CCTV</h1>
<p class="meta">Published: 19 April 2024 &middot; Category: Estates and Facilities</p>
<div class="foi-body">
<p>The Trust received the following request and has provided the response set out below. For ease of reference we have numbered the parts of your request.</p>
<table class="nhsuk-table">
<caption class="nhsuk-table__caption">Request and response</caption>
<thead><tr><th scope="col">No.</th><th scope="col">You asked</th><th scope="col">Our response</th></tr></thead>
<tbody>
<tr><td>1</td><td>How many CCTV cameras the Trust has</td><td>431</td></tr>
<tr><td>2</td><td>What brands they are</td><td>Axis, Hanwha, Avigilon and HikVision.</td></tr>
<tr><td>3</td><td>Whether you have any made by Hikvision</td><td>See answer to Q2.</td></tr>
<tr><td>4</td><td>Whether you have any made by Dahua</td><td>See answer to Q2.</td></tr>
<tr><td>5</td><td>Whether any cameras are in patient bedrooms or seclusion rooms</td><td>No cameras are installed in patient bedrooms. Each of the Trust's 11 seclusion rooms has a camera so that patients can be observed in line with the Mental Health Act Code of Practice; these are included in the figure at Q1.</td></tr>
<tr><td>6</td><td>Whether any record audio</td><td>No</td></tr>
</tbody>
</table>
<p>If you are dissatisfied with the response to your request you can ask for an internal review by emailing <a href="mailto:pmmh.foi@nhs.example.net">pmmh.foi@nhs.example.net</a> within 40 working days. If you remain dissatisfied you may complain to the Information Commissioner's Office (<a href="https://ico.org.uk">ico.org.uk</a>).</p>
<p>Information released under the Freedom of Information Act may be re-used under the terms of the Open Government Licence unless otherwise stated.</p>
</div>
<div class="nhsuk-related"><h2>Related disclosures</h2><ul>
<li><a href="/foi/24-0102">FOI 24-0102: Security contract spend</a></li>
<li><a href="/foi/23-0877">FOI 23-0877: Body worn cameras on inpatient wards</a></li>
<li><a href="/foi/23-0610">FOI 23-0610: Hikvision and Dahua equipment (Government guidance)</a></li></ul></div>
</main></div>
<footer class="nhsuk-footer"><p>&copy; Pennine Moors Mental Health NHS Trust 2024</p></footer>
</body></html>
"""
open(out("17-reply.html"), "w", encoding="utf-8").write(html)
