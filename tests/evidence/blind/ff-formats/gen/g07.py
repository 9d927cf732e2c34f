from helpers import *

write_text("07-request.txt", """
Dear Wessex Vale Police,

Please answer the following under FOIA:

Question 1: How many CCTV cameras are installed at police stations and custody suites operated by the force?
Question 2: Are any of these cameras manufactured by Hikvision?
Question 3: Are any of these cameras manufactured by Dahua?
Question 4: Has the force carried out any security review of Chinese-manufactured surveillance equipment since November 2022?

Yours faithfully,
R. Bhattacharya
""")

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>CCTV at police stations and custody suites | Disclosure log | Wessex Vale Police</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/site.min.css?v=3.4.1">
</head>
<body class="disclosure-page">
<div id="cookie-banner" role="region" aria-label="Cookies on this site">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to understand how you use the site.</p>
  <button>Accept additional cookies</button> <button>Reject additional cookies</button> <a href="/cookies">View cookies</a>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/static/img/wvp-logo.svg" alt="Wessex Vale Police"></a>
  <nav><ul>
    <li><a href="/report">Report</a></li><li><a href="/contact">Contact us</a></li>
    <li><a href="/advice">Advice</a></li><li><a href="/news">News</a></li>
    <li><a href="/foi-ai/wessex-vale-police/">About us</a></li>
  </ul></nav>
</header>
<main id="main-content">
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/foi-ai/wessex-vale-police/">About us</a> &rsaquo; <a href="/foi-ai/wessex-vale-police/disclosure-log/">Disclosure log</a> &rsaquo; Estates and facilities</nav>
<article>
<h1>CCTV at police stations and custody suites</h1>
<dl class="meta">
  <dt>Reference</dt><dd>FOI 000412/24</dd>
  <dt>Category</dt><dd>Estates and facilities</dd>
  <dt>Published</dt><dd>2 April 2024</dd>
</dl>
<h2>Request</h2>
<p>Question 1: How many CCTV cameras are installed at police stations and custody suites operated by the force?<br>
Question 2: Are any of these cameras manufactured by Hikvision?<br>
Question 3: Are any of these cameras manufactured by Dahua?<br>
Question 4: Has the force carried out any security review of Chinese-manufactured surveillance equipment since November 2022?</p>
<h2>Response</h2>
<p>Wessex Vale Police has considered your request under the Freedom of Information Act 2000.</p>
<p>In respect of question 1, the force holds this information; however it is exempt from disclosure by virtue of Section 24(1) National Security and Section 31(1)(a)(b) Law Enforcement.</p>
<p>In respect of questions 2 to 4, Wessex Vale Police can neither confirm nor deny that it holds the information you have requested, by virtue of the following exemptions:</p>
<ul>
<li>Section 24(2) National Security</li>
<li>Section 31(3) Law Enforcement</li>
</ul>
<p>Sections 24 and 31 are prejudice-based qualified exemptions, and there is a requirement to evidence the harm in disclosure and to consider the public interest.</p>
<h3>Harm</h3>
<p>Police stations and custody suites are part of the force's critical estate. To disclose the number of cameras at these sites, or to confirm or deny the make of the equipment in use, would allow individuals intent on criminality to build a picture of the force's security arrangements, and to identify vulnerabilities in equipment that could be exploited. Modern surveillance equipment is networked, and any information that assists in identifying the hardware in use increases the risk of a cyber attack. Disclosure under FOIA is a disclosure to the world, not just to the requester.</p>
<h3>Public interest considerations</h3>
<p><strong>Factors favouring confirmation or denial / disclosure:</strong> confirming whether the information is held would increase public awareness of how public money is spent and would inform the public debate on the use of surveillance equipment manufactured by certain companies.</p>
<p><strong>Factors against:</strong> confirmation or denial would undermine the security of the police estate, hinder the prevention and detection of crime, and compromise the force's ability to protect the safety of staff and detained persons.</p>
<h3>Balancing test</h3>
<p>Whilst there is a public interest in transparency, the security of the police estate and the safety of those within it is of paramount importance. The balance therefore lies in favour of neither confirming nor denying that information is held in respect of questions 2 to 4, and in withholding the information in respect of question 1.</p>
<p>No inference should be taken from this response that the information you have requested does or does not exist.</p>
<h3>Your rights</h3>
<p>If you are not satisfied with this response you may request an internal review by writing to the Information Access Team, Wessex Vale Police Headquarters, Milbourne Road, Dunsford DF3 8PQ, or emailing <a href="mailto:foi@wessexvale.police.uk">foi@wessexvale.police.uk</a>, within 40 working days. Should you remain dissatisfied you may contact the Information Commissioner's Office.</p>
</article>
<aside class="related">
<h2>Related disclosures</h2>
<ul>
<li><a href="/foi-ai/wessex-vale-police/disclosure-log/000318-24/">ANPR cameras - number and locations</a></li>
<li><a href="/foi-ai/wessex-vale-police/disclosure-log/000287-24/">Body worn video - supplier and contract value</a></li>
<li><a href="/foi-ai/wessex-vale-police/disclosure-log/000199-24/">Drones (UAV) - fleet size</a></li>
<li><a href="/foi-ai/wessex-vale-police/disclosure-log/000104-24/">Facial recognition technology</a></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<p>&copy; Wessex Vale Police 2024 &middot; <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy">Privacy notice</a> &middot; In an emergency always call 999</p>
</footer>
</body>
</html>
"""
write_text("07-reply.html", html)
label(7, "html", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
      "Disclosure-log web page with site chrome and 'related disclosures' links; count withheld s24(1)/s31(1) and makers NCND s24(2)/s31(3).")
note(7, "HTML disclosure-log page, police; Q1 withheld s24(1)/31(1), Q2-4 NCND s24(2)/31(3); page noise (nav, cookie banner, related links on ANPR/BWV/drones). Medium.")
