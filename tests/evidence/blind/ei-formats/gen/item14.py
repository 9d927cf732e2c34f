from common import *

req = """
To the Scottish Government

Request under the Freedom of Information (Scotland) Act 2002:

1. How many CCTV cameras are installed across the Scottish Government's core estate (e.g. St Andrew's House, Victoria Quay, Saughton House, Atlantic Quay)?
2. Are any cameras made by Hikvision or Dahua currently in use on the estate?
3. If any such cameras were previously in use, when were they removed?
4. What was the cost of removing and replacing them?

Thank you,
Ross Baillie
"""
write_request("14", req)

html = """<!doctype html>
<html lang="en" class="govscot">
<head>
<meta charset="utf-8">
<title>CCTV cameras on the Scottish Government estate: FOI release - gov.scot</title>
<meta name="description" content="Information request and response under the Freedom of Information (Scotland) Act 2002">
<meta name="dc.date.issued" content="2024-03-12">
<link rel="stylesheet" href="/assets/styles/main.css">
</head>
<body>
<div class="ds_page">
<div class="ds_page__top">
<div class="ds_phase-banner"><p>This is a new service. Your <a href="/feedback/">feedback</a> will help us to improve it.</p></div>
<header class="ds_site-header">
  <a class="ds_site-branding__link" href="/"><img class="ds_site-branding__logo-image" src="/assets/images/logos/scotgovlogo.svg" alt="The Scottish Government"></a>
  <nav class="ds_site-navigation"><ul class="ds_site-navigation__list">
    <li><a href="/about/">About</a></li><li><a href="/topics/">Topics</a></li><li><a href="/news/">News</a></li><li><a href="/publications/">Publications</a></li><li><a href="/consultations/">Consultations</a></li><li><a href="/statistics/">Statistics</a></li>
  </ul></nav>
</header>
</div>
<div class="ds_page__middle">
<div class="ds_wrapper">
<nav aria-label="Breadcrumb"><ol class="ds_breadcrumbs">
  <li><a href="/">Home</a></li><li><a href="/publications/">Publications</a></li><li><span>FOI release</span></li>
</ol></nav>
<header class="ds_page-header">
  <span class="ds_page-header__label ds_content-label">FOI release</span>
  <h1 class="ds_page-header__title">CCTV cameras on the Scottish Government estate: FOI release</h1>
  <dl class="ds_page-header__metadata ds_metadata">
    <div class="ds_metadata__item"><dt class="ds_metadata__key">Published</dt> <dd class="ds_metadata__value">12 March 2024</dd></div>
    <div class="ds_metadata__item"><dt class="ds_metadata__key">Directorate</dt> <dd class="ds_metadata__value">Corporate Services Directorate</dd></div>
    <div class="ds_metadata__item"><dt class="ds_metadata__key">Topic</dt> <dd class="ds_metadata__value">Public sector</dd></div>
  </dl>
</header>
<div class="ds_layout__content">
<div class="body-content">
<p>Information request and response under the Freedom of Information (Scotland) Act 2002</p>
<h2>FOI reference: FOI/202400398712</h2>
<p><strong>Date received:</strong> 15 January 2024</p>
<p><strong>Date responded:</strong> 9 February 2024</p>

<h3>Information requested</h3>
<p>1. How many CCTV cameras are installed across the Scottish Government's core estate?<br>
2. Are any cameras made by Hikvision or Dahua currently in use on the estate?<br>
3. If any such cameras were previously in use, when were they removed?<br>
4. What was the cost of removing and replacing them?</p>

<h3>Response</h3>
<p>I enclose a copy of some of the information you requested.</p>

<p>While our aim is to provide information whenever possible, in this instance we are unable to provide some of the information you have requested because exemptions under sections 31(1) (national security) and 35(1)(a) (law enforcement) of FOISA apply to that information. The reasons why we have applied these exemptions are explained below.</p>

<p><strong>Question 1</strong> &ndash; The number of cameras installed at Scottish Government buildings is withheld. Disclosure of the scale of the CCTV coverage at buildings which house Ministers, senior officials and sensitive government functions would, or would be likely to, substantially prejudice the prevention or detection of crime and would assist anyone wishing to plan hostile reconnaissance of those buildings.</p>

<p>These exemptions are subject to the &lsquo;public interest test&rsquo;. Therefore, taking account of all the circumstances of this case, we have considered if the public interest in disclosing the information outweighs the public interest in applying the exemptions. We have found that, on balance, the public interest lies in favour of upholding the exemptions. We recognise that there is some public interest in release as part of open, transparent and accountable government, and to inform public debate. However, there is a greater public interest in protecting the security of the government estate and the people who work in it.</p>

<p><strong>Questions 2 and 3</strong> &ndash; Following the UK Government&rsquo;s written ministerial statement of 24 November 2022 on the security of surveillance equipment on sensitive sites, the Scottish Government reviewed the equipment installed across its core estate. Cameras manufactured by Hikvision were identified at Saughton House and Atlantic Quay; these were removed and replaced with alternative equipment, with the work being completed in September 2023. I can confirm that no Hikvision or Dahua cameras are in use on the core estate.</p>

<p><strong>Question 4</strong> &ndash; The cost of removal and replacement was &pound;38,420 (excluding VAT). This was met from the existing facilities management budget.</p>

<h3>About FOI</h3>
<p>The Scottish Government is committed to publishing all information released in response to FOI requests. View all <a href="/publications/?publicationTypes=foi-eir-release">FOI responses</a>.</p>
<p>If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to Director of Corporate Services, Victoria Quay, Edinburgh EH6 6QQ. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.</p>
<p>If you are not satisfied with the result of the review, you then have the right to make an application to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the <a href="https://www.foi.scot/appeal">Commissioner's website</a>.</p>
</div>
<aside class="ds_layout__sidebar">
  <h3>Supporting documents</h3>
  <ul><li><a href="/binaries/content/documents/govscot/publications/foi-eir-release/2024/03/foi-202400398712/documents/foi-202400398712---information-released/foi-202400398712---information-released/govscot%3Adocument/FOI%2B202400398712%2B-%2BInformation%2BReleased.pdf">FOI 202400398712 - Information Released</a> (PDF, 96.2 kB)</li></ul>
  <h3>Related</h3>
  <ul><li><a href="/publications/foi-202300156204/">Security of surveillance cameras on government sites: FOI release</a></li></ul>
</aside>
</div>
</div>
</div>
<div class="ds_page__bottom">
<footer class="ds_site-footer"><ul class="ds_site-footer__site-items">
  <li><a href="/accessibility/">Accessibility</a></li><li><a href="/copyright/">Copyright</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li>
</ul>
<p class="ds_site-footer__copyright">&copy; Crown Copyright. All content is available under the Open Government Licence v3.0, except for graphic assets and where otherwise stated.</p>
</footer>
</div>
</div>
</body>
</html>
"""
with open(p("14-reply.html"), "w", encoding="utf-8") as f:
    f.write(html)

add_label(path="14-reply.html", request_file="14-request.txt", format="html", body_type="scottish_gov",
          law="foisa", hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s31", "s35"], camera_count=None,
          note="gov.scot release page: Hikvision named as found and removed in 2023 with none remaining ('no', not 'yes'); camera count withheld under FOISA s31(1)/35(1)(a); removal cost disclosed so partial.")
