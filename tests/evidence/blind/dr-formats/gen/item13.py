from common import out
HTML = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CCTV cameras at Scottish Government buildings: FOI release - gov.scot</title>
<meta name="description" content="Information request and response under the Freedom of Information (Scotland) Act 2002">
<meta name="dc.date.issued" content="2024-08-21">
<link rel="stylesheet" href="/assets/styles/main.css">
</head>
<body>
<header class="ds_site-header">
  <div class="ds_site-branding"><a href="/" class="ds_site-branding__logo"><img src="/assets/images/logos/scotgovlogo.svg" alt="The Scottish Government"></a></div>
  <form class="ds_site-search" action="/search/"><label for="q" class="visually-hidden">Search</label><input id="q" name="q" type="search" placeholder="Search site"><button>Search</button></form>
  <nav><ul class="ds_site-navigation__list"><li><a href="/about/">About</a></li><li><a href="/topics/">Topics</a></li><li><a href="/news/">News</a></li><li><a href="/publications/">Publications</a></li><li><a href="/statistics-and-research/">Statistics and research</a></li><li><a href="/consultations/">Consultations</a></li></ul></nav>
</header>
<main class="ds_layout">
<div class="ds_page-header">
<span class="ds_page-header__label">Foi/eir release</span>
<h1 class="ds_page-header__title">CCTV cameras at Scottish Government buildings: FOI release</h1>
<dl class="ds_metadata">
<div class="ds_metadata__item"><dt>Published</dt><dd>21 August 2024</dd></div>
<div class="ds_metadata__item"><dt>Directorate</dt><dd>Corporate Services Directorate</dd></div>
<div class="ds_metadata__item"><dt>Topic</dt><dd>Public sector</dd></div>
<div class="ds_metadata__item"><dt>FOI reference</dt><dd>FOI/202400417703</dd></div>
<div class="ds_metadata__item"><dt>Date received</dt><dd>22 July 2024</dd></div>
<div class="ds_metadata__item"><dt>Date responded</dt><dd>16 August 2024</dd></div>
</dl>
</div>
<div class="ds_layout__content">
<h3>Information requested</h3>
<p>1) The number of CCTV cameras installed at Scottish Government core buildings (St Andrew's House, Victoria Quay, Atlantic Quay, Saughton House and any others). 2) How many of these are made by Hikvision and how many by Dahua. 3) When the cameras were installed.</p>
<h3>Response</h3>
<p>I enclose a copy of some of the information you requested.</p>
<p>While our aim is to provide information whenever possible, in this instance we are unable to provide the information you have requested because exemptions under sections 31(1) (national security), 35(1)(a) and (b) (law enforcement) and 39(1) (health, safety and the environment) of the Freedom of Information (Scotland) Act 2002 (FOISA) apply to that information. The reasons why we have applied these exemptions are explained below.</p>
<p><strong>Reasons for not providing information</strong></p>
<p><em>Section 31(1) &ndash; National security</em><br>
An exemption applies because disclosing the number, type and manufacturer of the security cameras protecting buildings which house Ministers, senior officials and the Scottish Government's resilience functions, including the Scottish Government Resilience Room, would provide information of use to those who wish to target those buildings. This exemption is subject to the public interest test.</p>
<p><em>Section 35(1)(a) and (b) &ndash; Law enforcement</em><br>
An exemption applies because disclosure would, or would be likely to, prejudice substantially the prevention or detection of crime and the apprehension or prosecution of offenders. Details of the coverage, age and make of the camera systems, taken together with other information in the public domain, would allow a person to identify the capabilities and potential weaknesses of our physical security. This exemption is subject to the public interest test.</p>
<p><em>Section 39(1) &ndash; Health, safety and the environment</em><br>
An exemption applies because disclosure would, or would be likely to, endanger the physical or mental health or the safety of staff and visitors at our buildings. This exemption is subject to the public interest test.</p>
<p><strong>Public interest test</strong></p>
<p>Taking account of all the circumstances of this case, we have concluded that, on balance, the public interest in disclosing the information is outweighed by the public interest in applying the exemptions. We recognise that there is some public interest in release, as part of open, transparent and accountable government, and to inform public debate on the security of surveillance equipment manufactured overseas. However, there is a greater public interest in protecting the security of Scottish Government buildings and the safety of the people who work in and visit them.</p>
<p>For your information, the Scottish Government follows the guidance issued by the UK Government Security Group on visual surveillance systems, and the Scottish Government's Chief Security Officer keeps the physical security of the estate under review.</p>
<p><strong>Your right to request a review</strong></p>
<p>If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to Head of Security, Corporate Services Directorate, Victoria Quay, Edinburgh EH6 6QQ. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.</p>
<p>If you are not satisfied with the result of the review, you then have the right to make an appeal to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website at: https://www.foi.scot/appeal.</p>
<h3>About FOI</h3>
<p>The Scottish Government is committed to publishing all information released in response to Freedom of Information requests. View all <a href="/publications/?publicationTypes=foi-eir-release">FOI/EIR releases</a>.</p>
<h3>Supporting documents</h3>
<p>No supporting documents.</p>
</div>
</main>
<footer class="ds_site-footer"><p>All content is available under the Open Government Licence v3.0, except for graphic assets and where otherwise stated</p><p>&copy; Crown Copyright</p></footer>
</body>
</html>
"""
open(out("13-reply.html"), "w", encoding="utf-8").write(HTML)
