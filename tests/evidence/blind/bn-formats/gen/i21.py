from common import *

NN = "21"
write_request(NN, """
Please can you tell me:
(1) how many CCTV cameras the Trust has (internal and external)
(2) whether any are Hikvision
(3) whether any are Dahua
(4) whether any have facial recognition or audio capability
(5) whether the Trust has carried out a DPIA for its CCTV
""")
html = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>FOI 23/24-1057 CCTV cameras - Sherwood Forest Hospitals NHS Foundation Trust</title>
<link rel="stylesheet" href="/themes/sfh/css/style.css"></head>
<body>
<div id="top-bar"><a href="/accessibility">Accessibility</a> | <a href="/contact-us">Contact us</a> | <a href="/translate">Translate</a></div>
<header id="masthead"><a href="/" class="brand"><img src="/themes/sfh/img/nhs-logo.png" alt="NHS"> Sherwood Forest Hospitals NHS Foundation Trust</a>
<nav id="menu"><ul>
<li><a href="/our-hospitals">Our hospitals</a></li><li><a href="/services">Services A–Z</a></li>
<li><a href="/patients-visitors">Patients and visitors</a></li><li><a href="/about-us">About us</a>
<ul class="sub"><li><a href="/about-us/board">Board of Directors</a></li><li><a href="/about-us/freedom-of-information">Freedom of Information</a></li>
<li><a href="/about-us/freedom-of-information/disclosure-log">Disclosure log</a></li></ul></li>
<li><a href="/work-for-us">Work for us</a></li></ul></nav></header>
<div id="wrapper">
<div id="sidebar">
  <h3>In this section</h3>
  <ul><li><a href="/about-us/freedom-of-information">Making a request</a></li>
  <li><a href="/about-us/freedom-of-information/publication-scheme">Publication scheme</a></li>
  <li class="active"><a href="/about-us/freedom-of-information/disclosure-log">Disclosure log</a></li></ul>
  <h3>Recent disclosures</h3>
  <ul><li><a href="/disclosure-log/foi-23-24-1049">FOI 23/24-1049 Agency nursing spend</a></li>
  <li><a href="/disclosure-log/foi-23-24-1031">FOI 23/24-1031 Car parking income</a></li>
  <li><a href="/disclosure-log/foi-22-23-0874">FOI 22/23-0874 Security staffing and CCTV contract</a></li>
  <li><a href="/disclosure-log/foi-23-24-0998">FOI 23/24-0998 Body worn cameras for security staff</a></li></ul>
</div>
<div id="content">
<p class="crumbs"><a href="/">Home</a> &gt; <a href="/about-us">About us</a> &gt; <a href="/about-us/freedom-of-information">Freedom of Information</a> &gt; Disclosure log</p>
<h1>FOI 23/24-1057 CCTV cameras</h1>
<p><em>Date of response: 06/03/2024</em></p>
<h2>Request</h2>
<p>(1) how many CCTV cameras the Trust has (internal and external)<br>(2) whether any are Hikvision<br>(3) whether any are Dahua<br>
(4) whether any have facial recognition or audio capability<br>(5) whether the Trust has carried out a DPIA for its CCTV</p>
<h2>Response</h2>
<table class="foi">
<tr><td>1</td><td>Approximately five hundred and thirty cameras across King's Mill Hospital, Newark Hospital and Mansfield Community Hospital.</td></tr>
<tr><td>2</td><td>Yes &ndash; HIKVISION cameras are installed at Newark Hospital and in the multi-storey car park at King's Mill. </td></tr>
<tr><td>3</td><td>No</td></tr>
<tr><td>4</td><td>No</td></tr>
<tr><td>5</td><td>Yes. The CCTV DPIA was reviewed in November 2023.</td></tr>
</table>
</div></div>
<footer id="footer">
<div class="cols"><div><h4>King's Mill Hospital</h4><p>Mansfield Road, Sutton-in-Ashfield, Notts NG17 4JL<br>Tel: 01623 622515</p></div>
<div><h4>Useful links</h4><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/modern-slavery">Modern slavery statement</a></li></ul></div></div>
<p>&copy; 2024 Sherwood Forest Hospitals NHS Foundation Trust</p></footer>
</body></html>
"""
with open(out(f"{NN}-reply.html"), "w") as f: f.write(html)
add_label(NN, "html", "nhs", "foia", "yes", "no", "answered", [], 530,
          "Disclosure-log page with menus/sidebar; count in words ('approximately five hundred and thirty'); answers in a bare numbered table.")
