import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 17
write_text(f"{N:02d}-request.txt", """
Hello,

FOI request to Ashgrove and Tamebridge University Hospitals NHS Trust: how many CCTV cameras does the Trust have, and are any of them Hikvision or Dahua? If so, which and how many? Are there plans to replace them?

Thanks
Lowri Castellanos
""")

html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Disclosure Log - FOI 24/25-0588 CCTV - Ashgrove and Tamebridge University Hospitals NHS Trust</title>
<link href="/css/nhs-trust.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="wrapper">
 <div id="header">
  <img src="/images/atuh-logo.png" alt="Ashgrove and Tamebridge University Hospitals NHS Trust" width="420" height="60" />
  <form id="search" action="/search" method="get"><input type="text" name="q" value="Search this site" /><input type="submit" value="Go" /></form>
 </div>
 <div id="topnav">
  <a href="/">Home</a> | <a href="/patients-visitors/">Patients &amp; Visitors</a> | <a href="/our-services/">Our Services</a> | <a href="/work-for-us/">Work for us</a> | <a href="/about-us/">About us</a>
 </div>
 <div id="leftnav">
  <ul>
   <li><a href="/about-us/foi/">Freedom of Information</a></li>
   <li><a href="/about-us/foi/publication-scheme/">Publication Scheme</a></li>
   <li class="current"><a href="/about-us/foi/disclosure-log/">Disclosure Log</a>
    <ul>
     <li><a href="/about-us/foi/disclosure-log/2024-25/">2024/25</a></li>
     <li><a href="/about-us/foi/disclosure-log/2023-24/">2023/24</a></li>
     <li><a href="/about-us/foi/disclosure-log/2022-23/">2022/23</a></li>
    </ul>
   </li>
   <li><a href="/about-us/board-papers/">Board Papers</a></li>
  </ul>
 </div>
 <div id="content">
  <h1>Disclosure Log 2024/25</h1>
  <table class="foi-log" border="1" cellpadding="4" cellspacing="0" width="100%">
   <tr><td width="22%"><strong>FOI Ref:</strong></td><td>24/25-0588</td></tr>
   <tr><td><strong>Subject:</strong></td><td>CCTV</td></tr>
   <tr><td><strong>Directorate:</strong></td><td>Estates &amp; Facilities</td></tr>
   <tr><td><strong>Date received:</strong></td><td>12/08/2024</td></tr>
   <tr><td><strong>Date responded:</strong></td><td>06/09/2024</td></tr>
   <tr><td valign="top"><strong>Request:</strong></td><td>How many CCTV cameras does the Trust have, and are any of them Hikvision or Dahua? If so, which and how many? Are there plans to replace them?</td></tr>
   <tr><td valign="top"><strong>Response:</strong></td><td>
The Trust currently has 412 CCTV cameras across Ashgrove General Hospital, Tamebridge Hospital and the Orchard Treatment Centre.<br /><br />
The Trust does not have any Hikvision cameras. Dahua cameras were previously in place in the multi-storey car park at Ashgrove General Hospital. These were replaced with Hanwha cameras in the 2023 car park refurbishment and there are now no Dahua cameras on any Trust site.<br /><br />
As there are no cameras from either manufacturer there are no plans to replace.
   </td></tr>
  </table>
  <p>&nbsp;</p>
  <p><a href="/about-us/foi/disclosure-log/2024-25/">&laquo; Back to 2024/25 log</a></p>
  <p class="small">The Trust publishes responses to requests which may be of wider public interest. Requesters' personal details are not published. If you would like to make a request please email <a href="mailto:atuh.foi@nhs.invalid">atuh.foi@nhs.invalid</a>.</p>
 </div>
 <div id="footer">
  &copy; 2024 Ashgrove and Tamebridge University Hospitals NHS Trust | <a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> | <a href="/sitemap/">Sitemap</a><br />
  Ashgrove General Hospital, Holloway Road, Ashgrove AG3 5RT. Switchboard 01632 965 000
 </div>
</div>
</body>
</html>
"""
write_text(f"{N:02d}-reply.html", html)
label(N, "html", "html", "nhs", "foia", "no", "no", "answered", [], 412,
      "old table-based disclosure log page; Dahua previously used but all replaced, none remain")
