from common import *
NN='23'
write_request(NN, """
Cleveland Police

Freedom of Information request

Q1: Does Cleveland Police use any CCTV cameras made by Hikvision or Dahua at police buildings?
Q2: If so, how many?
Q3: At which buildings are they installed?
Q4: Are there plans to remove them?

Thanks,
Chris Bainbridge
""")
html = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hikvision and Dahua CCTV at police buildings | Freedom of Information | Cleveland Police</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/SysSiteAssets/css/force.min.css">
</head>
<body>
<header class="masthead">
 <div class="masthead__inner">
  <a class="masthead__logo" href="/"><img src="/SysSiteAssets/images/cleveland-logo.svg" alt="Cleveland Police"></a>
  <ul class="masthead__utility"><li><a href="/ro/report/">Report</a></li><li><a href="/apply/">Apply</a></li><li><a href="/tell-us-about/">Tell us about</a></li><li><a href="/contact/">Contact us</a></li></ul>
 </div>
 <nav class="mega-menu" aria-label="Primary">
  <ul>
   <li><a href="/advice/">Advice and information</a></li>
   <li><a href="/police-forces/cleveland-police/areas/au/about-us/">About us</a>
    <ul>
     <li><a href="/foi-ai/cleveland-police/">Freedom of Information</a></li>
     <li><a href="/police-forces/cleveland-police/areas/au/about-us/our-policies/">Our policies</a></li>
     <li><a href="/police-forces/cleveland-police/areas/au/about-us/cctv-and-surveillance/">CCTV, ANPR and surveillance</a></li>
    </ul>
   </li>
   <li><a href="/news/">News</a></li>
   <li><a href="/careers/">Careers</a></li>
  </ul>
 </nav>
</header>
<div class="page">
 <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Home</a> &gt; <a href="/foi-ai/cleveland-police/">Freedom of Information</a> &gt; <a href="/foi-ai/cleveland-police/disclosure-log/">Disclosure log</a> &gt; Other information</nav>
 <div class="layout">
  <nav class="subnav" aria-label="Section">
   <h2>Disclosure log</h2>
   <ul>
    <li><a href="/foi-ai/cleveland-police/disclosure-log/crime/">Crime</a></li>
    <li><a href="/foi-ai/cleveland-police/disclosure-log/finance/">Finance and procurement</a></li>
    <li><a href="/foi-ai/cleveland-police/disclosure-log/hr/">Human resources</a></li>
    <li class="active"><a href="/foi-ai/cleveland-police/disclosure-log/other/">Other information</a></li>
    <li><a href="/foi-ai/cleveland-police/disclosure-log/vehicles/">Vehicles and equipment</a></li>
   </ul>
  </nav>
  <main id="content">
   <article class="foi-item">
    <h1>Hikvision and Dahua CCTV at police buildings</h1>
    <p class="foi-item__meta">Reference: 2024/1326 &middot; Published: 4 December 2024 &middot; Category: Other information</p>
    <div class="rich-text">
     <h2>Request</h2>
     <p>Q1: Does Cleveland Police use any CCTV cameras made by Hikvision or Dahua at police buildings?<br>
     Q2: If so, how many?<br>Q3: At which buildings are they installed?<br>Q4: Are there plans to remove them?</p>
     <h2>Response</h2>
     <p>Cleveland Police can neither confirm nor deny that it holds the information you have requested, as the duty in section 1(1)(a) of the Freedom of Information Act 2000 does not apply by virtue of the following exemptions:</p>
     <ul><li>Section 24(2) National Security</li><li>Section 31(3) Law Enforcement</li></ul>
     <p>Confirming or denying whether the force uses equipment from any particular manufacturer, and where, would identify potential vulnerabilities in the security of police premises and the systems connected to them. Such information could be exploited by those seeking to compromise police buildings or networks, and, when combined with information released by other forces, would indicate where the police estate nationally may be vulnerable.</p>
     <p>We have also considered whether section 43 (commercial interests) applies to this request and have concluded that it does not.</p>
     <p>The public interest test is set out in the attached document. On balance, the force considers that the public interest favours neither confirming nor denying whether the information is held. This should not be taken as an indication that the information you have requested does or does not exist.</p>
     <p>Attachments: <a href="/SysSiteAssets/foi-media/cleveland/other_information/2024-1326-pit.pdf">2024-1326 Public interest test (PDF, 84KB)</a></p>
    </div>
   </article>
  </main>
 </div>
 <section class="related-foi">
  <h2>You may also be interested in</h2>
  <ul>
   <li><a href="/foi-ai/cleveland-police/disclosure-log/other/2024-0951/">Number of CCTV cameras in custody suites (2024/0951)</a></li>
   <li><a href="/foi-ai/cleveland-police/disclosure-log/vehicles/2024-0733/">Body worn video – 1,100 devices (2024/0733)</a></li>
  </ul>
 </section>
</div>
<footer class="footer"><p>Cleveland Police, Ladgate Lane, Middlesbrough TS8 9EH. In an emergency always call 999.</p>
<ul><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/cookies/">Cookies</a></li></ul></footer>
</body>
</html>
"""
open(path(f'{NN}-reply.html'), 'w').write(html)
label(NN, 'html', 'police', 'foia', 'unknown', 'unknown', 'refused', ['s24', 's31'], None,
      'whole-request NCND under s24(2)/s31(3) on a page whose title and links mention Hikvision, Dahua and "1,100 devices"; s43 was considered and not applied; s1(1)(a) is not an exemption')
