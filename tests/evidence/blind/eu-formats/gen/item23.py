from common import *
html = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ANPR cameras - 2024/1577 | Disclosure log | Wessex Downs Constabulary</title>
<link rel="stylesheet" href="/static/css/force.css">
</head>
<body>
<header class="force-header"><div class="container">
<a href="/" class="brand"><img src="/static/img/crest.png" alt="Wessex Downs Constabulary crest"> Wessex Downs Constabulary</a>
<p class="emergency">In an emergency always call 999. For non-emergencies call 101.</p>
<nav><a href="/report">Report</a> | <a href="/advice">Advice</a> | <a href="/foi-ai/wessex-downs/">FOI</a> | <a href="/contact">Contact</a></nav>
</div></header>
<main class="container">
<div class="crumbs"><a href="/foi-ai/wessex-downs/">Freedom of information</a> &rsaquo; <a href="/foi-ai/wessex-downs/disclosure-log/">Disclosure log</a> &rsaquo; Traffic &amp; roads policing</div>
<article>
<h1>ANPR cameras</h1>
<table class="meta">
<tr><th scope="row">Reference number</th><td>2024/1577</td></tr>
<tr><th scope="row">Date of response</th><td>14/01/2025</td></tr>
<tr><th scope="row">Category</th><td>Traffic &amp; roads policing</td></tr>
</table>
<section class="request-response">
<h2>Request and response</h2>
<table class="qa">
<thead><tr><th>Request</th><th>Response</th></tr></thead>
<tbody>
<tr><td>Question 1: How many fixed ANPR cameras does the force operate?</td>
<td>186. In addition, 64 roads policing and response vehicles are fitted with mobile ANPR; these are not included in this figure.</td></tr>
<tr><td>Question 2: Are any of the force's ANPR cameras manufactured by Hikvision or Dahua?</td>
<td>No.</td></tr>
<tr><td>Question 3: Please provide the location of each fixed ANPR camera.</td>
<td>This information is exempt from disclosure by virtue of s.24(1) and s.31(1)(a)(b) &ndash; see below.</td></tr>
<tr><td>Question 4: How long is ANPR data retained?</td>
<td>ANPR data is retained in accordance with the National ANPR Standards for Policing and Law Enforcement (NASPLE): read data is retained for 12 months unless it is required for an ongoing investigation. <a href="https://www.gov.uk/government/publications/national-anpr-standards-for-policing-and-law-enforcement">NASPLE (GOV.UK)</a></td></tr>
</tbody>
</table>
<h3>Reasons for decision &ndash; Question 3</h3>
<p>Section 24(1) National Security and section 31(1)(a)(b) Law Enforcement are qualified, prejudice-based exemptions. ANPR is used by the police service to detect, deter and disrupt criminality at a local, regional and national level, including serious and organised crime and terrorism. Disclosure of the location of each camera would reveal where ANPR coverage exists and, by implication, where it does not, allowing offenders to plan routes that avoid detection.</p>
<p>The Home Office has published a map showing the number of ANPR cameras in each force area, which we consider meets the public interest in transparency. After weighing the public interest, the force has concluded that the balance lies in favour of withholding the exact locations.</p>
<p>This response is partially disclosed. It may also be made available on our website as part of our disclosure log.</p>
</section>
<section class="complaint">
<h2>Complaint rights</h2>
<p>If you are dissatisfied with this response you may request an internal review within 40 working days by writing to Information Management, Wessex Downs Constabulary Headquarters, Ridgeway, Upavon Down SN9 6AB. If you remain dissatisfied you may then apply to the Information Commissioner.</p>
</section>
</article>
</main>
<footer class="force-footer"><div class="container">
<p>&copy; 2025 Wessex Downs Constabulary. <a href="/accessibility">Accessibility</a> &middot; <a href="/privacy-notice">Privacy notice</a> &middot; <a href="/cookies">Cookies</a></p>
</div></footer>
</body>
</html>
"""
write_text("23-reply.html", html)
add_label(path="23-reply.html", request_file="23-request.txt", format="html", body_type="police",
          law="foia", hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s24", "s31"],
          camera_count=186,
          note="ANPR-only police disclosure-log page in a Q/A table: the answer is the 186 fixed ANPR cameras not the 64 mobile units, a bare 'No' covers both makers, and locations are withheld under s.24(1)/31(1)(a)(b).")
