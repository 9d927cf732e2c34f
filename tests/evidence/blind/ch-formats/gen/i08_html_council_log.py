from common import out, write_request, add_label

NN = "08"
write_request(NN, """
Under the Freedom of Information Act I request the following information from Harrowfield Borough Council:

- the total number of public space CCTV cameras operated by the council
- the manufacturers of those cameras, with the number from each
- whether any Dahua equipment is used
- the annual cost of the CCTV control room for 2022/23
- whether the system has ANPR or facial recognition capability

Thank you
Ravi Lakhani
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>FOI 23-1187: Public space CCTV | Harrowfield Borough Council</title>
<link rel="stylesheet" href="/assets/css/main.css"></head>
<body>
<div class="cookie-banner">We use some essential cookies to make this website work. <a href="/cookies">Cookie settings</a> <button>Accept</button></div>
<header class="site-header"><a href="/" class="logo">Harrowfield Borough Council</a>
<nav><ul><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li><li><a href="/planning">Planning</a></li><li><a href="/your-council">Your council</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search"></form></header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/your-council">Your council</a> &rsaquo; <a href="/foi">Freedom of information</a> &rsaquo; <a href="/foi/disclosure-log">Disclosure log</a> &rsaquo; FOI 23-1187</div>
<main>
<h1>FOI 23-1187: Public space CCTV</h1>
<dl class="meta"><dt>Date received</dt><dd>9 October 2023</dd><dt>Date responded</dt><dd>2 November 2023</dd><dt>Department</dt><dd>Community Safety</dd><dt>Outcome</dt><dd>Information provided</dd></dl>
<h2>Request</h2>
<p>Under the Freedom of Information Act I request the following information from Harrowfield Borough Council:</p>
<ul><li>the total number of public space CCTV cameras operated by the council</li>
<li>the manufacturers of those cameras, with the number from each</li>
<li>whether any Dahua equipment is used</li>
<li>the annual cost of the CCTV control room for 2022/23</li>
<li>whether the system has ANPR or facial recognition capability</li></ul>
<h2>Response</h2>
<p>The Council operates approx. 212 public space CCTV cameras across the borough, monitored 24/7 from the control room at Kingsway House.</p>
<p>Manufacturers:</p>
<table class="govuk-table"><thead><tr><th>Manufacturer</th><th>Number</th></tr></thead>
<tbody><tr><td>HIKVISION</td><td>97</td></tr><tr><td>Bosch</td><td>64</td></tr><tr><td>Vicon</td><td>31</td></tr><tr><td>Axis</td><td>20</td></tr></tbody></table>
<p>Numbers fluctuate slightly as redeployable cameras are moved or out for repair.</p>
<p>No Dahua equipment is in use.</p>
<p>The cost of running the control room in 2022/23 was &pound;486,230. This includes staffing (&pound;371,900), maintenance contract with Northgate Vision Ltd (&pound;78,410) and BT line rental (&pound;35,920).</p>
<p>The system does not have facial recognition capability. Six cameras in the town centre are ANPR-capable but this function is not enabled.</p>
<p class="note">Information published in the disclosure log is correct at the date of response and may since have changed.</p>
</main>
<aside class="related"><h2>Related requests</h2><ul>
<li><a href="/foi/disclosure-log/23-0902">FOI 23-0902: Body worn cameras for civil enforcement officers</a></li>
<li><a href="/foi/disclosure-log/23-0455">FOI 23-0455: Fly-tipping enforcement</a></li>
<li><a href="/foi/disclosure-log/22-1630">FOI 22-1630: Town centre CCTV upgrade</a></li></ul></aside>
<footer><p>&copy; Harrowfield Borough Council, Civic Centre, Station Road, Harrowfield HW2 1AA. Tel 01632 960 100</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>
"""
open(out(f"{NN}-reply.html"), "w", encoding="utf-8").write(html)

add_label({"path": f"{NN}-reply.html", "request_file": f"{NN}-request.txt", "format": "html",
           "body_type": "council", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 212,
           "note": "disclosure-log web page with site furniture; approximate total; Hikvision only in a maker table in capitals"})
